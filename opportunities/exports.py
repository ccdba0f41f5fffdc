"""Any filtered list of public opportunities as CSV or JSON."""

from directory.exports import download_views, translations
from directory.translated import LANGUAGE_CODES
from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity


def _filtered(request):
    queryset = Opportunity.objects.public().select_related("organisation").prefetch_related(*LINKED)
    return OpportunityFilter(request.GET or None, queryset=queryset, request=request).qs.order_by("pk")


# The terms a record names by slug, each from one many-to-many relation.
LINKED = ("sectors", "target_groups", "areas", "eligible_legal_forms")


def opportunity_record(opportunity, origin, slugs=None):
    """One opportunity as the downloads and the API give it. ``slugs``: {relation: [slugs]} for ``LINKED``, read
    in bulk for a page (directory.api.links); by default from the opportunity's prefetched relations."""
    if slugs is None:
        slugs = {name: [term.slug for term in getattr(opportunity, name).all()] for name in LINKED}
    organisation = opportunity.organisation
    return {
        "id": opportunity.pk,
        "slug": opportunity.slug,
        "url": origin + opportunity.get_absolute_url(),
        "kind": opportunity.kind,
        "direction": opportunity.direction,
        "is_open": opportunity.is_open(),
        **translations(opportunity, "title", LANGUAGE_CODES),
        **translations(opportunity, "description", LANGUAGE_CODES),
        "organisation_id": organisation.pk if organisation else None,
        "organisation": organisation.display_name() if organisation else "",
        "funder": opportunity.funder_name,
        "funder_url": opportunity.funder_url,
        "sectors": slugs["sectors"],
        "target_groups": slugs["target_groups"],
        "areas": slugs["areas"],
        "is_remote": opportunity.is_remote,
        "deadline": opportunity.deadline,
        "start_date": opportunity.start_date,
        "end_date": opportunity.end_date,
        "amount_min": opportunity.amount_min,
        "amount_max": opportunity.amount_max,
        "currency": opportunity.currency,
        "eligible_legal_forms": slugs["eligible_legal_forms"],
        "apply_url": opportunity.apply_url,
        "published_at": opportunity.published_at,
        "updated_at": opportunity.updated_at,
    }


export_csv, export_json = download_views(filtered=_filtered, record=opportunity_record, name="opportunities")
