"""Opportunities in the project's own JSON (HSDS has no type for a funding call or a volunteering post), with
the filters of the public list and the same paging as the HSDS endpoints."""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response

from directory import seo
from directory.api.ids import parse_public_id, public_id
from directory.api.links import linked_slugs
from directory.api.views import PublicDetailView, PublicListView
from directory.translated import LANGUAGE_CODES
from opportunities import counts, tasks
from opportunities.exports import LINKED, opportunity_record
from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity

# What search reads and no record shows (several hundred characters a row).
SEARCH_COLUMNS = ("search_text", "search_name")


def _public():
    """The public opportunities with their publishers; their terms are read by ``page_slugs``."""
    return (
        Opportunity.objects.public()
        .select_related("organisation")
        .defer(*SEARCH_COLUMNS, *(f"organisation__{column}" for column in SEARCH_COLUMNS))
    )


def page_slugs(opportunities):
    """{pk: the ``slugs`` of ``opportunity_record``} for a page of opportunities, one query per relation."""
    pks = [opportunity.pk for opportunity in opportunities]
    found = {name: linked_slugs(Opportunity, name, pks) for name in LINKED}
    return {pk: {name: found[name][pk] for name in LINKED} for pk in pks}


def opportunity_json(opportunity, origin, slugs=None):
    """The download's record, with texts grouped by language and stable ids."""
    record = opportunity_record(opportunity, origin, slugs)
    texts = {
        code: {field: record.pop(f"{field}_{code}") for field in ("title", "description")}
        for code in LANGUAGE_CODES
    }
    record["id"] = public_id("opportunity", opportunity.pk)
    if opportunity.organisation_id:
        record["organisation_id"] = public_id("organization", opportunity.organisation_id)
    record["texts"] = {code: text for code, text in texts.items() if text["title"] or text["description"]}
    return record


FILTERS = [
    OpenApiParameter(name, str, description=f"As on the opportunities page: {name}.")
    for name in (
        "q",
        "kind",
        "direction",
        "status",
        "deadline",
        "sector",
        "target_group",
        "area",
        "remote",
        "currency",
        "amount",
        "sort",
    )
]


class OpportunityListView(PublicListView):
    page_kinds, page_clock = ("opportunities", "organisations", "taxonomies"), True

    def tallied_count(self):
        """Unfiltered, the list holds the open ones: their maintained count."""
        if not self.filterset.is_unfiltered():
            return None
        return counts.open_total(advance_later=tasks.advance_counts_later)

    @extend_schema(
        parameters=[*FILTERS, OpenApiParameter("page", int), OpenApiParameter("per_page", int)],
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of public opportunities",
        operation_id="getPaginatedListOfOpportunities",
    )
    def get(self, request):
        self.filterset = OpportunityFilter(request.query_params or None, queryset=_public(), request=request)
        page = self.paginate_queryset(self.filterset.qs.order_by("pk"))
        origin, slugs = seo.origin(request), page_slugs(page)
        return self.get_paginated_response([opportunity_json(o, origin, slugs[o.pk]) for o in page])


class OpportunityDetailView(PublicDetailView):
    page_kinds, page_clock = ("opportunities", "organisations", "taxonomies"), True

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT},
        summary="A public opportunity",
        operation_id="getOpportunityById",
    )
    def get(self, request, pk):
        parsed = parse_public_id("opportunity", pk)
        self.opportunity = _public().filter(pk=parsed[0]).first() if parsed else None
        if self.opportunity is None:
            raise Http404
        opportunity = self.opportunity
        return Response(
            opportunity_json(opportunity, seo.origin(request), page_slugs([opportunity])[opportunity.pk])
        )

    def last_modified(self):
        return self.opportunity.updated_at
