"""The home page: the newest organisations, the deadlines closing soonest, the sectors and the founders' next
projects."""

from django.db.models import Count
from django.shortcuts import render

from directory.models import Sector
from news.models import Project
from opportunities.models import Opportunity
from organisations import counts
from organisations.models import Organisation


def _sectors_and_total():
    """The sectors with their public organisations, and how many are public: maintained counts, read."""
    tallied = counts.tallies(["total", "sector:"])
    if tallied is None:  # never built (``manage.py recount``): counted here
        public = Organisation.objects.public_q("organisations__")
        sectors = Sector.objects.annotate(organisation_count=Count("organisations", filter=public))
        return sectors, Organisation.objects.public().count()
    sectors = list(Sector.objects.all())
    for sector in sectors:
        sector.organisation_count = tallied.get(f"sector:{sector.pk}", (0, 0))[0]
    return sectors, tallied.get("total", (0, 0))[0]


def home(request):
    sectors, total = _sectors_and_total()
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
            "organisation_total": total,
            "upcoming_projects": Project.objects.next_upcoming(),
        },
    )
