"""Members' pages for their organisation's news and events: submit, follow the moderation, correct.

A submission waits for a moderator before anyone else sees it. Changes to a published one become a pending
revision, as for profiles, so the public keeps seeing the approved text until a moderator approves the change.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from directory.moderation import ModerationStatus, editing
from directory.moderation.editing import edit_moderated, moderation_states
from news.forms import ARTICLE_FIELDS, EVENT_FIELDS, ArticleForm, EventForm
from news.models import Article, Event
from organisations.access import get_membership
from organisations.models import Membership

# Per kind of submission: the model, its form, the fields members may change, and the organisation's field.
KINDS = {
    "article": (Article, ArticleForm, ARTICLE_FIELDS, "submitted_by"),
    "event": (Event, EventForm, EVENT_FIELDS, "organiser"),
}


def _rows(objects):
    """Each submission with its pending change and, if refused, the moderators' latest reason."""
    states = moderation_states(objects)
    return [{"object": obj, **states[obj.pk]} for obj in objects]


@login_required
def home(request):
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("organisation")
        .order_by("organisation__created_at")
    )
    ids = [m.organisation_id for m in memberships]
    articles = list(Article.objects.filter(submitted_by__in=ids).order_by("-created_at", "-pk"))
    events = list(Event.objects.filter(organiser__in=ids).order_by("-start", "-pk"))
    article_rows, event_rows = _rows(articles), _rows(events)
    sections = [
        {
            "organisation": m.organisation,
            "articles": [r for r in article_rows if r["object"].submitted_by_id == m.organisation_id],
            "events": [r for r in event_rows if r["object"].organiser_id == m.organisation_id],
        }
        for m in memberships
    ]
    return render(request, "news/dashboard/home.html", {"sections": sections})


def _submit(request, slug, kind):
    organisation = get_membership(request, slug).organisation
    _model, form_class, _fields, owner = KINDS[kind]
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        obj = form.save(commit=False)
        obj.status = ModerationStatus.PENDING
        setattr(obj, owner, organisation)
        if kind == "article":
            obj.author = request.user
        obj.save()
        form.save_m2m()
        if kind == "article":
            # The news is about the submitting organisation's own work, so its profile lists it.
            obj.organisations.add(organisation)
        messages.success(
            request,
            _("Thank you! A moderator will check it before it appears; we will e-mail you the outcome."),
        )
        return redirect("news_dashboard:home")
    return render(
        request,
        "news/dashboard/form.html",
        {"form": form, "organisation": organisation, "kind": kind, "creating": True},
    )


def _edit(request, slug, kind, pk):
    organisation = get_membership(request, slug).organisation
    model, form_class, fields, owner = KINDS[kind]
    obj = get_object_or_404(model, pk=pk, **{owner: organisation})
    return edit_moderated(
        request,
        obj=obj,
        form_class=form_class,
        save=partial(editing.submit_changes, obj=obj, field_names=fields, user=request.user),
        template="news/dashboard/form.html",
        context={"organisation": organisation, "kind": kind, "object": obj},
        done_url="news_dashboard:home",
    )


@login_required
def article_new(request, slug):
    return _submit(request, slug, "article")


@login_required
def article_edit(request, slug, pk):
    return _edit(request, slug, "article", pk)


@login_required
def event_new(request, slug):
    return _submit(request, slug, "event")


@login_required
def event_edit(request, slug, pk):
    return _edit(request, slug, "event", pk)
