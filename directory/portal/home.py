"""The home page: the newest organisations, the deadlines closing soonest and the sectors."""

from django.db.models import Count, Q
from django.shortcuts import render

from directory.models import Sector
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from organisations.models import Organisation


def home(request):
    published = Q(organisations__status=ModerationStatus.PUBLISHED)
    sectors = Sector.objects.annotate(organisation_count=Count("organisations", filter=published))
    newest = (
        Organisation.objects.published()
        .select_related("legal_form", "country")
        .prefetch_related("sectors")
        .order_by("-published_at", "-pk")[:6]
    )
    closing_soon = Opportunity.objects.open().select_related("organisation").closing_next()[:4]
    return render(
        request,
        "directory/home.html",
        {
            "closing_soon": closing_soon,
            "sectors": sectors,
            "newest": newest,
            "organisation_total": Organisation.objects.published().count(),
        },
    )
