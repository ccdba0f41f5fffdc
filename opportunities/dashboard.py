"""Members' pages for their organisation's support opportunities: create, edit, close, duplicate, messages."""

from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory.moderation import ModerationStatus, editing
from directory.moderation.decisions import moderation_decide
from directory.moderation.editing import edit_moderated, moderation_states
from opportunities import services
from opportunities.forms import CHOICES, OpportunityForm, kind_and_direction
from opportunities.models import InterestMessage, Opportunity
from organisations.access import get_membership


def _get_opportunity(request, slug, pk):
    """One of the organisation's opportunities, for its members only; a 404 for anyone else."""
    organisation = get_membership(request, slug).organisation
    return get_object_or_404(
        Opportunity.objects.select_related("organisation"), pk=pk, organisation=organisation
    )


def _back_to_list(opportunity):
    return redirect("opportunity_dashboard:list", slug=opportunity.organisation.slug)


@login_required
def opportunity_list(request, slug):
    membership = get_membership(request, slug)
    organisation = membership.organisation
    opportunities = list(organisation.opportunities.order_by("-created_at", "-pk"))
    states = moderation_states(opportunities)
    now = timezone.now()
    rows = [
        {
            "opportunity": o,
            # Past its deadline it is closed already; closing early is for one still taking replies.
            "can_close": o.closed_at is None and (o.deadline is None or o.deadline > now),
            **states[o.pk],
        }
        for o in opportunities
    ]
    return render(
        request,
        "opportunities/dashboard/list.html",
        {"organisation": organisation, "membership": membership, "rows": rows},
    )


def _choices():
    """The kinds and directions to start from, as the person posting says them."""
    return [
        {"kind": kind, "direction": direction, "headline": headline, "example": example}
        for (kind, direction), (headline, example) in CHOICES.items()
    ]


def _form(request, **kwargs):
    """The form for the kind and direction chosen in the URL (or posted), in the language written in."""
    return partial(
        OpportunityForm,
        kind=request.GET.get("kind"),
        direction=request.GET.get("direction"),
        written_in=request.GET.get("written_in"),
        **kwargs,
    )


@login_required
def create(request, slug):
    organisation = get_membership(request, slug).organisation
    chosen = kind_and_direction(request.GET.get("kind"), request.GET.get("direction"))
    if request.method == "GET" and chosen is None:
        # Kind and direction first, as plain sentences: a "we need volunteers" post is not filed as an offer.
        return render(
            request,
            "opportunities/dashboard/choose.html",
            {"organisation": organisation, "choices": _choices(), "creating": True},
        )
    form = _form(request)(request.POST or None, instance=Opportunity(organisation=organisation))
    if request.method == "GET":
        form.prefill(request.GET)
    if request.method == "POST" and form.is_valid():
        opportunity = services.opportunity_create(form=form)
        messages.success(
            request,
            _("Thank you! %(title)s is waiting for a moderator's approval.")
            % {"title": opportunity.display_title()},
        )
        return _back_to_list(opportunity)
    return render(
        request,
        "opportunities/dashboard/form.html",
        {"form": form, "organisation": organisation, "creating": True},
    )


@login_required
def edit(request, slug, pk):
    opportunity = _get_opportunity(request, slug, pk)
    if request.method == "GET" and "choose" in request.GET:
        return render(
            request,
            "opportunities/dashboard/choose.html",
            {"organisation": opportunity.organisation, "opportunity": opportunity, "choices": _choices()},
        )
    return edit_moderated(
        request,
        obj=opportunity,
        form_class=_form(request),
        save=partial(services.opportunity_update, opportunity=opportunity, user=request.user),
        template="opportunities/dashboard/form.html",
        context={"organisation": opportunity.organisation, "opportunity": opportunity},
        done_url=reverse("opportunity_dashboard:list", kwargs={"slug": opportunity.organisation.slug}),
    )


@login_required
@require_POST
def withdraw_revision(request, slug, pk):
    opportunity = _get_opportunity(request, slug, pk)
    revision = editing.pending_revision(opportunity)
    if revision is not None:
        moderation_decide(obj=revision, to_status=ModerationStatus.ARCHIVED, actor=request.user)
        messages.success(request, _("Your proposed changes are withdrawn."))
    return _back_to_list(opportunity)


@login_required
@require_POST
def close(request, slug, pk):
    opportunity = _get_opportunity(request, slug, pk)
    services.opportunity_close(opportunity=opportunity)
    messages.success(
        request,
        _("%(title)s is closed: it no longer takes replies.") % {"title": opportunity.display_title()},
    )
    return _back_to_list(opportunity)


@login_required
@require_POST
def duplicate(request, slug, pk):
    opportunity = _get_opportunity(request, slug, pk)
    copy = services.opportunity_duplicate(opportunity=opportunity)
    messages.success(
        request,
        _("This is a draft copy. Set the new deadline and change what differs, then send it for approval."),
    )
    return redirect("opportunity_dashboard:edit", slug=slug, pk=copy.pk)


@login_required
def interest_messages(request, slug):
    organisation = get_membership(request, slug).organisation
    queryset = (
        InterestMessage.objects.filter(opportunity__organisation=organisation)
        .select_related("opportunity")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(queryset, settings.DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "opportunities/dashboard/messages.html",
        {"organisation": organisation, "page_obj": page, "interest_messages": page.object_list},
    )
