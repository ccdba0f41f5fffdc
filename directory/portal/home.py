"""The home page: the newest organisations, the deadlines closing soonest, the sectors and the founders' next
projects."""

from django.db.models import Count
from django.shortcuts import render

from directory.models import Sector
from news.models import Project
from opportunities.models import Opportunity
from organisations.models import Organisation


def home(request):
    public = Organisation.objects.public_q("organisations__")
    sectors = Sector.objects.annotate(organisation_count=Count("organisations", filter=public))
    newest = (
        Organisation.objects.public()
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
            "organisation_total": Organisation.objects.public().count(),
            "upcoming_projects": Project.objects.next_upcoming(),
        },
    )
