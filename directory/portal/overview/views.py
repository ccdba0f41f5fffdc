from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from directory import caching
from directory.portal.overview.filters import OverviewFilter
from directory.portal.overview.tables import DEADLINE_DAYS, FEW, Overview, csv_response
from organisations.models import Organisation


def _cache_key(request, version):
    """Changes with the data, the language, the filters and the minute (deadlines move with time)."""
    query = sorted((k, v) for k, values in request.GET.lists() for v in values if k != "csv")
    minute = int(timezone.now().timestamp() // 60)
    return caching.overview_fragment_key(version=version, language=get_language(), minute=minute, query=query)


def overview(request):
    filterset = OverviewFilter(request.GET or None, queryset=Organisation.objects.none())
    page = Overview(filterset)
    name = request.GET.get("csv")
    if name is not None:
        if name not in Overview.TABLES:
            raise Http404("No such table.")
        return csv_response(page.table(name))
    return render(
        request,
        "directory/overview.html",
        {
            "filter": filterset,
            "filters": [
                {
                    "name": name,
                    "label": filterset.filters[name].label,
                    "options": options,
                    "selected": {item.slug for item in page.chosen(name)},
                }
                for name, options in (
                    ("sector", page.all_sectors),
                    ("target_group", page.all_target_groups),
                    ("area", sorted(page.areas.values(), key=lambda a: a.path)),
                )
            ],
            "page": page,
            # Lazy: with the tables fragment cached, nothing below is computed at all.
            "tables": SimpleLazyObject(page.tables),
            "cache_key": _cache_key(request, page.version),
            "few": FEW,
            "deadline_days": DEADLINE_DAYS,
        },
    )
