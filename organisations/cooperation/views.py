"""Cooperation pages: the public overview and partner searches, and members' pages for their services."""

from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory.moderation import ModerationStatus, editing
from directory.moderation.decisions import moderation_decide
from directory.moderation.editing import edit_moderated, moderation_states
from directory.ratelimit import ratelimit
from organisations.access import get_membership
from organisations.cooperation import services
from organisations.cooperation.forms import (
    DirectoryPartnershipForm,
    OutsidePartnershipForm,
    PartnerSearchForm,
    PartnerSearchMessageForm,
)
from organisations.models import Organisation, PartnerSearch, PartnerSearchMessage, Partnership

LINKS_PER_PAGE = 50
SEARCHES_SHOWN = 10
CANDIDATES_SHOWN = 10

# Public ------------------------------------------------------------------------------------------------------


def cooperation(request):
    links = Paginator(services.links_abroad(), LINKS_PER_PAGE).get_page(request.GET.get("page"))
    searches = services.public_searches()
    return render(
        request,
        "organisations/cooperation.html",
        {
            "countries": services.by_country(),
            "page_obj": links,
            "links": [services.link_sides(p) for p in links.object_list],
            "searches": list(searches[:SEARCHES_SHOWN]),
            "search_count": searches.count(),
        },
    )


def search_list(request):
    page = Paginator(services.public_searches(), settings.DIRECTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request, "organisations/partner_searches.html", {"page_obj": page, "searches": page.object_list}
    )


@ratelimit("partner-search", limit=5, window=600)
def search_detail(request, pk):
    search = get_object_or_404(services.public_searches(), pk=pk)
    form = PartnerSearchMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.relay(search=search, form=form)
        messages.success(
            request, _("Your message has been sent to the organisation. They will reply to you by e-mail.")
        )
        return redirect(search.get_absolute_url())
    return render(request, "organisations/partner_search.html", {"search": search, "form": form})


# Members ----------------------------------------------------------------------------------------------------


def _candidates(organisation, query):
    """Published organisations matching a name search, for choosing a partner; never the whole directory."""
    others = Organisation.objects.public().exclude(pk=organisation.pk).select_related("country")
    if not query.strip():
        return others.none()
    ids = list(
        others.search(query).order_by("-relevance", "pk").values_list("pk", flat=True)[:CANDIDATES_SHOWN]
    )
    return others.filter(pk__in=ids)


def _declaration_forms(request, organisation):
    """The two declaration forms, the posted one bound. On a POST the directory form offers only the chosen
    organisation, so re-showing it with an error lists one choice, not the directory. Both forms are on one
    page, so their fields get distinct ids."""
    posted = request.POST.get("declare") if request.method == "POST" else None
    if posted == "directory":
        chosen = request.POST.get("partner", "")
        others = Organisation.objects.public().exclude(pk=organisation.pk)
        candidates = others.filter(pk=chosen) if chosen.isdigit() else others.none()
    else:
        candidates = _candidates(organisation, request.GET.get("q", ""))
    directory_form = DirectoryPartnershipForm(
        request.POST if posted == "directory" else None,
        instance=Partnership(organisation=organisation),
        candidates=candidates,
        auto_id="directory-%s",
    )
    outside_form = OutsidePartnershipForm(
        request.POST if posted == "outside" else None,
        instance=Partnership(organisation=organisation),
        auto_id="outside-%s",
    )
    return posted, directory_form, outside_form


def _search_rows(organisation):
    searches = list(organisation.partner_searches.order_by("-created_at", "-pk"))
    states = moderation_states(searches)
    return [{"search": s, **states[s.pk]} for s in searches]


@login_required
def manage(request, slug):
    organisation = get_membership(request, slug).organisation
    posted, directory_form, outside_form = _declaration_forms(request, organisation)
    form = {"directory": directory_form, "outside": outside_form}.get(posted)
    if form is not None and form.is_valid():
        try:
            partnership = services.declare(form=form)
        except services.AlreadyDeclared:
            form.add_error(None, _("This partnership is already declared."))
        else:
            if partnership.partner_id:
                messages.success(
                    request,
                    _(
                        "Your request is sent. The partnership shows on both profiles once %(name)s confirms it."
                    )
                    % {"name": partnership.partner.display_name()},
                )
            else:
                messages.success(
                    request,
                    _("The partnership is sent. It shows on your profile once a moderator approves it."),
                )
            return redirect("cooperation_dashboard:manage", slug=slug)
    related = ("organisation__country", "partner__country", "partner_country")
    incoming = (
        Partnership.objects.published()
        .filter(
            Organisation.objects.public_q("organisation__"), partner=organisation, confirmed_at__isnull=True
        )
        .select_related(*related)
    )
    current = (
        Partnership.objects.involving(organisation)
        .exclude(partner=organisation, confirmed_at__isnull=True)
        .select_related(*related)
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "organisations/dashboard/cooperation.html",
        {
            "organisation": organisation,
            "incoming": [services.side(p, organisation) for p in incoming],
            "current": [services.side(p, organisation) for p in current],
            "query": request.GET.get("q", ""),
            "directory_form": directory_form,
            "outside_form": outside_form,
            "search_rows": _search_rows(organisation),
        },
    )


def _incoming(request, slug, pk):
    """A request to this organisation that it has not confirmed yet; a 404 for anyone else."""
    organisation = get_membership(request, slug).organisation
    return get_object_or_404(
        Partnership.objects.published().select_related("organisation"),
        pk=pk,
        partner=organisation,
        confirmed_at__isnull=True,
    )


@login_required
@require_POST
def confirm(request, slug, pk):
    partnership = _incoming(request, slug, pk)
    services.confirm(partnership=partnership)
    messages.success(
        request,
        _("The partnership with %(name)s now shows on both profiles.")
        % {"name": partnership.organisation.display_name()},
    )
    return redirect("cooperation_dashboard:manage", slug=slug)


@login_required
@require_POST
def decline(request, slug, pk):
    partnership = _incoming(request, slug, pk)
    partnership.delete()
    messages.success(request, _("The request is declined."))
    return redirect("cooperation_dashboard:manage", slug=slug)


@login_required
@require_POST
def remove(request, slug, pk):
    organisation = get_membership(request, slug).organisation
    partnership = get_object_or_404(Partnership.objects.involving(organisation), pk=pk)
    partnership.delete()
    messages.success(request, _("The partnership is removed from both profiles."))
    return redirect("cooperation_dashboard:manage", slug=slug)


def _get_search(request, slug, pk):
    """One of the organisation's partner searches, for its members only; a 404 for anyone else."""
    organisation = get_membership(request, slug).organisation
    return get_object_or_404(
        PartnerSearch.objects.select_related("organisation"), pk=pk, organisation=organisation
    )


@login_required
def search_create(request, slug):
    organisation = get_membership(request, slug).organisation
    form = PartnerSearchForm(
        request.POST or None,
        instance=PartnerSearch(organisation=organisation),
        written_in=request.GET.get("written_in"),
    )
    if request.method == "POST" and form.is_valid():
        services.search_create(form=form)
        messages.success(request, _("Thank you! Your notice is waiting for a moderator's approval."))
        return redirect("cooperation_dashboard:manage", slug=slug)
    return render(
        request,
        "organisations/dashboard/partner_search_form.html",
        {"form": form, "organisation": organisation, "creating": True},
    )


@login_required
def search_edit(request, slug, pk):
    search = _get_search(request, slug, pk)
    return edit_moderated(
        request,
        obj=search,
        form_class=partial(PartnerSearchForm, written_in=request.GET.get("written_in")),
        save=partial(services.search_update, search=search, user=request.user),
        template="organisations/dashboard/partner_search_form.html",
        context={"organisation": search.organisation, "search": search},
        done_url=reverse("cooperation_dashboard:manage", kwargs={"slug": slug}),
    )


@login_required
@require_POST
def search_withdraw_revision(request, slug, pk):
    search = _get_search(request, slug, pk)
    revision = editing.pending_revision(search)
    if revision is not None:
        moderation_decide(obj=revision, to_status=ModerationStatus.ARCHIVED, actor=request.user)
        messages.success(request, _("Your proposed changes are withdrawn."))
    return redirect("cooperation_dashboard:manage", slug=slug)


@login_required
@require_POST
def search_close(request, slug, pk):
    search = _get_search(request, slug, pk)
    services.search_close(search=search, user=request.user)
    messages.success(request, _("The notice is closed: it no longer shows on the cooperation page."))
    return redirect("cooperation_dashboard:manage", slug=slug)


@login_required
def search_messages(request, slug):
    organisation = get_membership(request, slug).organisation
    queryset = (
        PartnerSearchMessage.objects.filter(partner_search__organisation=organisation)
        .select_related("partner_search")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(queryset, settings.DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "organisations/dashboard/partner_search_messages.html",
        {"organisation": organisation, "page_obj": page, "answers": page.object_list},
    )
