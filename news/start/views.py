"""The section's pages: the comparison of forms, one guide, and "ask for help" (a sought opportunity)."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from directory.translated import first_translation
from news.start.models import Fact, Guide, Office
from opportunities.models import Opportunity
from organisations.models import Membership

STARTER_SUPPORT = "starter-support"
FACTS = Prefetch("facts", queryset=Fact.objects.order_by("topic", "position", "pk"))


def _by_topic(guide):
    found = {}
    for fact in guide.facts.all():
        found.setdefault(fact.topic, []).append(fact)
    return found


def comparison(guides):
    """Rows of the table: one per topic, a cell per guide holding that guide's facts (none: not checked yet)."""
    facts = [_by_topic(guide) for guide in guides]
    return [
        {
            "topic": topic,
            "label": label,
            "cells": [
                {"form": first_translation(g, "title"), "facts": found.get(topic, [])}
                for g, found in zip(guides, facts, strict=True)
            ],
        }
        for topic, label in Fact.Topic.choices
    ]


def index(request):
    guides = list(Guide.objects.public().prefetch_related(FACTS))
    return render(
        request,
        "start/index.html",
        {"guides": guides, "rows": comparison(guides), "support_url": _organisations_url()},
    )


def _opportunities_url(kind, legal_form):
    query = {"kind": kind, "open_to": legal_form.slug}
    return f"{reverse('opportunities:list')}?{urlencode(query)}"


def _organisations_url():
    return f"{reverse('organisations:list')}?{urlencode({'sector': STARTER_SUPPORT})}"


def guide(request, slug):
    found = get_object_or_404(
        Guide.objects.public()
        .select_related("legal_form")
        .prefetch_related(FACTS, Prefetch("offices", queryset=Office.objects.public())),
        slug=slug,
    )
    legal_form = found.legal_form
    by_topic = _by_topic(found)
    return render(
        request,
        "start/guide.html",
        {
            "guide": found,
            "text": found.reading(),
            "facts": [(label, by_topic.get(topic, [])) for topic, label in Fact.Topic.choices],
            "offices": list(found.offices.all()),
            "training_url": legal_form and _opportunities_url(Opportunity.Kind.TRAINING, legal_form),
            "funding_url": legal_form and _opportunities_url(Opportunity.Kind.FUNDING, legal_form),
            "support_url": _organisations_url(),
        },
    )


def ask_query(guide):
    """The new notice as the guide words it, in the reader's language when the guide has it."""
    text = guide.reading()
    return urlencode(
        {
            "kind": Opportunity.Kind.TRAINING,
            "direction": Opportunity.Direction.SOUGHT,
            "written_in": text.language,
            "title": text.help_title,
            "description": text.help_text,
            "sector": STARTER_SUPPORT,
        }
    )


@login_required
def ask(request, slug):
    """Post a "looking for accompaniment" notice for one's organisation, pre-filled from the guide.

    A logged-out reader comes back here after logging in (``next``), so the prefill is made again, whole.
    """
    found = get_object_or_404(Guide.objects.public(), slug=slug)
    memberships = (
        Membership.objects.filter(user=request.user, organisation__closed_on__isnull=True)
        .select_related("organisation")
        .order_by("organisation__created_at", "pk")
    )
    query = ask_query(found)
    choices = [
        (m.organisation, f"{reverse('opportunity_dashboard:create', args=[m.organisation.slug])}?{query}")
        for m in memberships
    ]
    if len(choices) == 1:
        return redirect(choices[0][1])
    return render(request, "start/ask.html", {"guide": found, "text": found.reading(), "choices": choices})
