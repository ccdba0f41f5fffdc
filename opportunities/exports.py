"""Any filtered list of public opportunities as CSV or JSON."""

from directory.exports import download_views, translations
from directory.translated import LANGUAGE_CODES
from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity


def _filtered(request):
    queryset = (
        Opportunity.objects.public()
        .select_related("organisation")
        .prefetch_related("sectors", "target_groups", "areas", "eligible_legal_forms")
    )
    return OpportunityFilter(request.GET or None, queryset=queryset, request=request).qs.order_by("pk")


def opportunity_record(opportunity, origin):
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
        "sectors": [s.slug for s in opportunity.sectors.all()],
        "target_groups": [g.slug for g in opportunity.target_groups.all()],
        "areas": [a.slug for a in opportunity.areas.all()],
        "is_remote": opportunity.is_remote,
        "deadline": opportunity.deadline,
        "start_date": opportunity.start_date,
        "end_date": opportunity.end_date,
        "amount_min": opportunity.amount_min,
        "amount_max": opportunity.amount_max,
        "currency": opportunity.currency,
        "eligible_legal_forms": [f.slug for f in opportunity.eligible_legal_forms.all()],
        "apply_url": opportunity.apply_url,
        "published_at": opportunity.published_at,
        "updated_at": opportunity.updated_at,
    }


export_csv, export_json = download_views(filtered=_filtered, record=opportunity_record, name="opportunities")
