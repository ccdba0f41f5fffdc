"""The organisations of a search on a map: the list's filters, a plain list that works everywhere, and the
points for the map as JSON, which static/js/orgmap.js turns into a clustered map."""

from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django_filters.views import FilterView

from directory.translated import fallback_order
from organisations.filters import OrganisationFilter
from organisations.models import Organisation

LIST_PAGE_SIZE = 100
# Every organisation of a search, as compact rows: 20,000 of them is still a few hundred kilobytes gzipped.
MAX_POINTS = 20_000
SLUG_PLACEHOLDER = "__slug__"


def map_points(queryset, limit=MAX_POINTS):
    """[id, name in the reader's language, latitude, longitude, slug] of those with coordinates, in one query."""
    names = [NullIf(F(f"name_{code}"), Value("")) for code in fallback_order()]
    rows = (
        queryset.order_by("pk")
        .filter(latitude__isnull=False, longitude__isnull=False)
        .annotate(
            label=Coalesce(*names, NullIf(F("acronym"), Value("")), F("slug"), output_field=CharField())
        )
        .values_list("pk", "label", "latitude", "longitude", "slug")[:limit]
    )
    return [
        [pk, label, round(float(lat), 5), round(float(lon), 5), slug] for pk, label, lat, lon, slug in rows
    ]


class OrganisationMapView(FilterView):
    filterset_class = OrganisationFilter
    template_name = "organisations/map.html"
    paginate_by = LIST_PAGE_SIZE
    context_object_name = "organisations"
    strict = False

    def get_queryset(self):
        return Organisation.objects.public().prefetch_related("areas")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.filterset.facet_counts(self.get_queryset())
        points = map_points(self.object_list, limit=MAX_POINTS + 1)
        context["truncated"] = len(points) > MAX_POINTS
        points = points[:MAX_POINTS]
        context["map_data"] = {
            "url": reverse("organisations:detail", kwargs={"slug": SLUG_PLACEHOLDER}),
            "placeholder": SLUG_PLACEHOLDER,
            "points": points,
        }
        context["max_points"] = MAX_POINTS
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_without_page"] = query.urlencode()
        return context
