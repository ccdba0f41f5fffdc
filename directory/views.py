from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.cache import never_cache

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
            "organisation_total": Organisation.objects.published().count(),
        },
    )


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page links to; send them to the collected file.

    Not a permanent redirect: the collected file's name carries a hash that changes with the image.
    """
    return redirect(static("favicon.ico"))
