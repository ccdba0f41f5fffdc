from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django_filters.views import FilterView

from directory import seo
from directory.counting import TalliedPaginator
from news.models import Article, Project
from organisations import counts
from organisations.cooperation import services
from organisations.filters import OrganisationFilter
from organisations.models import Organisation
from organisations.seo import organisation_json_ld


def _public_organisations():
    return Organisation.objects.public()


class OrganisationListView(FilterView):
    filterset_class = OrganisationFilter
    template_name = "organisations/list.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "organisations"
    # An invalid filter value (a slug that no longer exists) shows the form error instead of hiding all results.
    strict = False

    def get_queryset(self):
        # What a card shows; the prefetch runs for the rows of one page only, so the query count does not grow
        # with page size.
        return (
            _public_organisations()
            .select_related("legal_form", "country")
            .defer("search_text", "search_name")
            .prefetch_related("sectors")
        )

    def get_paginator(self, queryset, per_page, *args, **kwargs):
        # Unfiltered, the list is every public organisation: its size is a maintained count, not a COUNT(*).
        total = counts.total() if self.filterset.is_unfiltered() else None
        return TalliedPaginator(queryset, per_page, *args, count=total, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.filterset.facet_counts(self.get_queryset())
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_without_page"] = query.urlencode()
        return context


def organisation_detail(request, slug):
    organisation = (
        _public_organisations()
        .select_related("legal_form", "country")
        .prefetch_related("sectors", "target_groups", "areas", "languages")
        .filter(slug=slug)
        .first()
    )
    if organisation is None:
        return closed_organisation(request, slug)
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "related": organisation.related_organisations(),
            "claimable": not organisation.memberships.owners().exists(),
            "in_the_news": list(Article.objects.public().filter(organisations=organisation)[:3]),
            # Every published project it is a partner in: one query, however many there are.
            "projects": list(Project.objects.public().filter(partners=organisation).in_list_order()),
            "cooperation": services.for_profile(organisation),
            "json_ld": organisation_json_ld(organisation, seo.origin(request)),
        },
    )


def closed_organisation(request, slug):
    """A closed organisation's address answers 410 Gone, honestly: since when, and who else does the same work."""
    organisation = get_object_or_404(
        Organisation.objects.closed().prefetch_related("sectors", "areas"), slug=slug
    )
    return render(
        request,
        "organisations/closed.html",
        {"organisation": organisation, "related": organisation.related_organisations()},
        status=410,
    )
