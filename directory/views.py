from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from directory.models import Sector
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
    closing_soon = (
        Opportunity.objects.open()
        # A range on the deadline (rather than "not null") lets PostgreSQL read the deadline index in order.
        .filter(deadline__gt=timezone.now())
        .select_related("organisation")
        .order_by("deadline", "pk")[:4]
    )
    return render(
        request,
        "directory/home.html",
        {
            "closing_soon": closing_soon,
            "sectors": sectors,
            "newest": newest,
            "organisation_total": Organisation.objects.public().count(),
        },
    )


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")
