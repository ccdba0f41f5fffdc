"""How opportunities are found: their sitemap, and schema.org for the kinds schema.org has a type for."""

from django.urls import reverse
from django.utils.translation import gettext

from directory.seo import SCHEMA, TranslatedSitemap, breadcrumbs, drop_empty
from opportunities.models import Opportunity


class OpportunitySitemap(TranslatedSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return Opportunity.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, opportunity):
        return opportunity.updated_at


def _publisher(opportunity, origin):
    if opportunity.organisation_id:
        return {
            "@type": "Organization",
            "name": opportunity.organisation.display_name(),
            "url": origin + opportunity.organisation.get_absolute_url(),
        }
    return {"@type": "Organization", "name": opportunity.funder_name, "url": opportunity.funder_url}


def opportunity_json_ld(opportunity, origin):
    """A JobPosting for volunteers sought, a MonetaryGrant for funding offered; breadcrumbs for every kind."""
    url = origin + opportunity.get_absolute_url()
    data = None
    if (
        opportunity.kind == Opportunity.Kind.VOLUNTEERING
        and opportunity.direction == Opportunity.Direction.SOUGHT
    ):
        areas = [area.name for area in opportunity.areas.all()]
        data = {
            "@context": SCHEMA,
            "@type": "JobPosting",
            "title": opportunity.display_title(),
            "description": opportunity.description or opportunity.display_title(),
            "url": url,
            "datePosted": opportunity.published_at.date().isoformat() if opportunity.published_at else "",
            "validThrough": opportunity.deadline.isoformat() if opportunity.deadline else "",
            "employmentType": "VOLUNTEER",
            "hiringOrganization": _publisher(opportunity, origin),
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": areas[0] if areas else "Tanger",
                    "addressCountry": "MA",
                },
            },
            "jobLocationType": "TELECOMMUTE" if opportunity.is_remote else "",
            "skills": opportunity.skills,
            "workHours": opportunity.time_commitment,
        }
    elif (
        opportunity.kind == Opportunity.Kind.FUNDING
        and opportunity.direction == Opportunity.Direction.OFFERED
    ):
        amount = {}
        if opportunity.currency and (
            opportunity.amount_min is not None or opportunity.amount_max is not None
        ):
            amount = {
                "@type": "MonetaryAmount",
                "currency": opportunity.currency,
                "minValue": float(opportunity.amount_min) if opportunity.amount_min is not None else None,
                "maxValue": float(opportunity.amount_max) if opportunity.amount_max is not None else None,
            }
        data = {
            "@context": SCHEMA,
            "@type": "MonetaryGrant",
            "name": opportunity.display_title(),
            "description": opportunity.description,
            "url": url,
            "funder": _publisher(opportunity, origin),
            "amount": amount,
        }
    trail = breadcrumbs(
        origin,
        (gettext("Opportunities"), reverse("opportunities:list")),
        (opportunity.display_title(), opportunity.get_absolute_url()),
    )
    return [drop_empty(data), trail] if data else [trail]
