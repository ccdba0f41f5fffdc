"""The organisations' maintained counts (directory.counting): what each public organisation adds to the unfiltered
list's facets, the home page's sector counts and the overview's matrices."""

from django.utils import timezone

from directory import counting
from directory.filters import area_lineage, facet_keys
from organisations.models import Organisation

NAME = "organisations"
# The list's facets (organisations.filters.OrganisationFilter.FACETS), whose tallies its unfiltered page reads.
FACETS = ["sector", "target_group", "area", "country", "legal_form", "language"]


def quarter_key(moment):
    """The quarter of publication, in the site's time zone (as the overview's growth table counts it)."""
    local = timezone.localtime(moment)
    return f"quarter:{local.year}:{(local.month - 1) // 3 + 1}"


def term_area_keys(prefix, terms, areas, lineage):
    """``sector@<area>:<sector>`` for each term and each area served or containing one served: the overview's
    matrices (a record is counted once per cell, however many areas below it it serves)."""
    served = {a for area in areas for a in lineage.get(area, [area])}
    return {f"{prefix}@{area}:{term}" for term in terms for area in served}


def links(field, pks):
    """{pk: [linked ids]} for the many-to-many ``field`` of Organisation or Opportunity."""
    through = field.remote_field.through
    found = {pk: [] for pk in pks}
    rows = through.objects.filter(**{f"{field.m2m_column_name()}__in": pks}).values_list(
        field.m2m_column_name(), field.m2m_reverse_name()
    )
    for pk, term in rows:
        found[pk].append(term)
    return found


class OrganisationCounter(counting.Counter):
    name = NAME
    model = Organisation

    def scope(self):
        return Organisation.objects.public()

    def __init__(self, filterset_class):
        # The list's filter set (organisations.filters), which says what its facets count.
        self.filterset_class = filterset_class

    def keys(self, queryset, as_of):
        lineage = area_lineage()
        facets = facet_keys(self.filterset_class, queryset, lineage)
        if not facets:
            return {}
        pks = list(facets)
        published = dict(Organisation.objects.filter(pk__in=pks).values_list("pk", "published_at"))
        sectors = links(Organisation._meta.get_field("sectors"), pks)
        groups = links(Organisation._meta.get_field("target_groups"), pks)
        areas = links(Organisation._meta.get_field("areas"), pks)
        found = {}
        for pk, keys in facets.items():
            keys = {"total", *keys}
            keys |= term_area_keys("sector", sectors[pk], areas[pk], lineage)
            keys |= term_area_keys("target_group", groups[pk], areas[pk], lineage)
            if published[pk]:
                keys.add(quarter_key(published[pk]))
            found[pk] = (dict.fromkeys(keys, 0), None)
        return found


def tallies(prefixes=None):
    """{key: (count, total)} of the public organisations, or None until built."""
    return counting.tallies(NAME, prefixes=prefixes)


def total():
    """How many organisations are public (``Organisation.objects.public().count()``), or None until built."""
    counted = tallies(["total"])
    return None if counted is None else counted.get("total", (0, 0))[0]


def facet_tallies():
    counted = tallies([f"{name}:" for name in FACETS])
    return None if counted is None else {key: n for key, (n, _total) in counted.items()}
