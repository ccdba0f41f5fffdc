"""The overview's counts: grouped or conditional aggregates, never one query per row or per cell.

They are made once per change of the data (``OverviewCounts.counts``) and kept up to the minute by subtracting
the opportunities whose deadline has passed since; the request that changes the data counts the unfiltered page
again after answering, so that its readers do not wait for the counting.
"""

from django.core.cache import cache
from django.db.models import BigIntegerField, Case, Count, Q, Sum, Value, When
from django.db.models.functions import Coalesce, TruncQuarter
from django.utils import timezone
from django.utils.functional import cached_property

from directory import caching
from directory.counting import OPEN
from directory.models import Area, Sector, TargetGroup
from directory.portal.overview.filters import OverviewFilter
from opportunities import counts as opportunity_counts
from opportunities.models import Opportunity
from organisations import counts as organisation_counts
from organisations.models import Organisation

PREFECTURE = "prefecture-tanger-assilah"
CITY = "tanger"


def _within(area, chosen):
    """True when ``area`` is one of the chosen areas or lies below one (or when none is chosen)."""
    return not chosen or any(area.path == c.path or area.path.startswith(f"{c.path}/") for c in chosen)


def counts_by_term_and_place(queryset, relation, places):
    """{(term id, place id): how many records of ``queryset`` have the term and serve the place or below}.

    ``places`` maps each place's id to the ids of the areas at or below it. The places must not overlap, so
    each area maps to at most one place and a single grouped count fills the whole matrix; comparing area ids
    rather than paths keeps the per-row work to integer tests.
    """
    if not places:
        return {}
    place = Case(
        *[When(areas__in=ids, then=Value(pk)) for pk, ids in places.items()], output_field=BigIntegerField()
    )
    # A record may name two areas of one place only if the place has areas below it; otherwise each
    # (record, term, place) row is unique and the costly DISTINCT (a sort per group) can be skipped.
    distinct = any(len(ids) > 1 for ids in places.values())
    rows = (
        queryset.filter(
            areas__in=[i for ids in places.values() for i in ids], **{f"{relation}__isnull": False}
        )
        .annotate(place=place)
        .values(relation, "place")
        .annotate(n=Count("pk", distinct=distinct))
        .order_by()
    )
    return {(row[relation], row["place"]): row["n"] for row in rows}


def organisations_by_area(organisations, areas):
    """{area id: organisations serving the area or anything below it}; ``areas`` maps an area's id to the ids
    at or below it, and may overlap (the city contains its arrondissements)."""
    if not areas:
        return {}
    totals = organisations.filter(areas__in={i for ids in areas.values() for i in ids}).aggregate(
        **{f"a{pk}": Count("pk", distinct=len(ids) > 1, filter=Q(areas__in=ids)) for pk, ids in areas.items()}
    )
    return {pk: totals[f"a{pk}"] for pk in areas}


def by_sector_and_kind(opportunities):
    """{(sector id, kind, direction): (how many, {currency: total amount})} over the given opportunities.

    One pass serves both the needs without answers and the funding totals. The amount of an opportunity is its
    upper amount, else its lower one.
    """
    amount = Coalesce("amount_max", "amount_min")
    currencies = [code for code, _label in Opportunity.Currency.choices]
    rows = (
        opportunities.filter(sectors__isnull=False)
        .values("sectors", "kind", "direction")
        .annotate(n=Count("pk"), **{code: Sum(amount, filter=Q(currency=code)) for code in currencies})
        .order_by()
    )
    return {
        (row["sectors"], row["kind"], row["direction"]): (row["n"], {code: row[code] for code in currencies})
        for row in rows
    }


def published_per_quarter(queryset):
    """{(year, quarter): how many were first published then}, in the site's time zone."""
    rows = (
        queryset.filter(published_at__isnull=False)
        .annotate(quarter=TruncQuarter("published_at"))
        .values("quarter")
        .annotate(n=Count("pk"))
        .order_by()
    )
    # The truncated dates are already in the site's time zone.
    return {(row["quarter"].year, (row["quarter"].month - 1) // 3 + 1): row["n"] for row in rows}


def subtract(counts, passed):
    """``counts`` of open opportunities less those of ``passed`` ones (both as made by ``Overview._open_counts``).

    A combination left with none is dropped, as if it had never been counted: "nothing on offer" tests for it.
    """
    result = {}
    for name, table in counts.items():
        less = passed[name]
        kept = {}
        for key, value in table.items():
            if name == "kinds":
                (n, totals), (gone, gone_totals) = value, less.get(key, (0, {}))
                if n > gone:
                    kept[key] = (
                        n - gone,
                        {c: (t or 0) - (gone_totals.get(c) or 0) for c, t in totals.items()},
                    )
            elif value > less.get(key, 0):
                kept[key] = value - less.get(key, 0)
        result[name] = kept
    return result


def refresh_counts():
    """Count the unfiltered page now rather than when its next reader asks for it (see directory.caching)."""
    page = OverviewCounts(OverviewFilter(None, queryset=Organisation.objects.none()))
    if page.tallied_counts() is not None:
        return  # maintained as the data changes: nothing to count
    # The version is read before counting: a change made meanwhile leaves these counts under a stale key.
    key = caching.overview_counts_key(page.version, [])
    cache.set(key, page.compute_counts(), caching.COUNTS_SECONDS)


class OverviewCounts:
    """What the overview counts for one set of filters: the scope (terms, places, filtered records) and the
    aggregates behind every table, cached per version of the data."""

    def __init__(self, filterset, now=None):
        self.filterset = filterset
        self.values = filterset.values
        self.now = now or timezone.now()

    @cached_property
    def version(self):
        return caching.facet_version()

    def filter_params(self):
        """The valid filters as URL parameters, for CSV links and links to the lists."""
        return [
            (name, item.slug) for name in ("sector", "target_group", "area") for item in self.chosen(name)
        ]

    def chosen(self, name):
        return list(self.values.get(name) or [])

    def _filtered(self, queryset):
        for name in ("sector", "target_group"):
            queryset = self.filterset.filters[name].filter(queryset, self.values.get(name))
        chosen = self.chosen("area")
        if chosen:
            # AreaFilter's rule, with the areas resolved to ids here: PostgreSQL estimates a list of ids from
            # its statistics but only guesses at a path pattern, and a low guess chose slow nested loops.
            ids = [area.pk for area in self.areas.values() if _within(area, chosen)]
            through = queryset.model.areas.through
            owner = f"{queryset.model._meta.model_name}_id"
            queryset = queryset.filter(pk__in=through.objects.filter(area_id__in=ids).values(owner))
        return queryset.order_by()

    @cached_property
    def organisations(self):
        return self._filtered(Organisation.objects.public())

    @cached_property
    def open_opportunities(self):
        return self._filtered(Opportunity.objects.open(self.now))

    # Every term and area, loaded once: for the filter form, the rows, and the areas below each place.
    @cached_property
    def all_sectors(self):
        return list(Sector.objects.all())

    @cached_property
    def all_target_groups(self):
        return list(TargetGroup.objects.all())

    @cached_property
    def areas(self):
        return {area.slug: area for area in Area.objects.all()}

    @property
    def sectors(self):
        return self.chosen("sector") or self.all_sectors

    @property
    def target_groups(self):
        return self.chosen("target_group") or self.all_target_groups

    def _children(self, parent):
        children = [a for a in self.areas.values() if parent and a.parent_id == parent.pk]
        return sorted(children, key=lambda a: (a.position, a.path))

    @cached_property
    def places(self):
        """The matrix's columns, within the chosen areas: the city's arrondissements, then the prefecture's
        other communes. None lies below another, as the matrix query needs."""
        city = self.areas.get(CITY)
        places = self._children(city) + [a for a in self._children(self.areas.get(PREFECTURE)) if a != city]
        return [place for place in places if _within(place, self.chosen("area"))]

    @cached_property
    def wider(self):
        """The prefecture and the city, which contain the places, within the chosen areas."""
        areas = [self.areas.get(PREFECTURE), self.areas.get(CITY)]
        return [area for area in areas if area is not None and _within(area, self.chosen("area"))]

    def _below(self, areas):
        """{area id: ids of the area and of every area below it}."""
        return {area.pk: [a.pk for a in self.areas.values() if _within(a, [area])] for area in areas}

    # The counts behind the tables ----------------------------------------------------------------------

    def _open_counts(self, opportunities):
        """The counts over open opportunities: the only ones that change with time alone."""
        below = self._below(self.places)
        return {
            "sectors": counts_by_term_and_place(opportunities, "sectors", below),
            "target_groups": counts_by_term_and_place(opportunities, "target_groups", below),
            "kinds": by_sector_and_kind(opportunities),
        }

    def compute_counts(self):
        below = self._below(self.places)
        return {
            "at": self.now,
            "organisations": {
                "sectors": counts_by_term_and_place(self.organisations, "sectors", below),
                "target_groups": counts_by_term_and_place(self.organisations, "target_groups", below),
                "areas": organisations_by_area(self.organisations, self._below(self.wider + self.places)),
                "growth": published_per_quarter(self.organisations),
            },
            "open": self._open_counts(self.open_opportunities),
            "opportunity_growth": published_per_quarter(self._filtered(Opportunity.objects.public())),
        }

    def tallied_counts(self):
        """The unfiltered page's counts, read from the tallies kept up to date by every change (organisations/
        counts.py, opportunities/counts.py); None until they are built."""
        organisations, opportunities = organisation_counts.tallies(), opportunity_counts.tallies(self.now)
        if organisations is None or opportunities is None:
            return None

        def n(tallied, key):
            return tallied.get(key, (0, 0))[0]

        def matrix(tallied, prefix, terms):
            found = {}
            for term in terms:
                for place in self.places:
                    count = n(tallied, f"{prefix}@{place.pk}:{term.pk}")
                    if count:
                        found[(term.pk, place.pk)] = count
            return found

        def growth(tallied):
            quarters = {}
            for key, (count, _total) in tallied.items():
                if key.startswith("quarter:"):
                    _name, year, quarter = key.split(":")
                    quarters[(int(year), int(quarter))] = count
            return quarters

        kinds = {}
        currencies = [code for code, _label in Opportunity.Currency.choices]
        for sector in self.all_sectors:
            for kind, _label in Opportunity.Kind.choices:
                for direction, _label in Opportunity.Direction.choices:
                    count = n(opportunities, f"{OPEN}kind:{sector.pk}:{kind}:{direction}")
                    if count:
                        sums = {
                            code: opportunities.get(f"{OPEN}kindsum:{sector.pk}:{kind}:{direction}:{code}")
                            for code in currencies
                        }
                        kinds[(sector.pk, kind, direction)] = (
                            count,
                            {code: total[1] if total else None for code, total in sums.items()},
                        )
        return {
            "at": self.now,
            "organisations": {
                "sectors": matrix(organisations, "sector", self.all_sectors),
                "target_groups": matrix(organisations, "target_group", self.all_target_groups),
                "areas": {area.pk: n(organisations, f"area:{area.pk}") for area in self.wider + self.places},
                "growth": growth(organisations),
            },
            "open": {
                "sectors": matrix(opportunities, f"{OPEN}sector", self.all_sectors),
                "target_groups": matrix(opportunities, f"{OPEN}target_group", self.all_target_groups),
                "kinds": kinds,
            },
            "opportunity_growth": growth(opportunities),
        }

    @cached_property
    def counts(self):
        """The counts for these filters, computed once per change of the data and brought up to the minute.

        Unfiltered, they are maintained as the data changes and only read (``tallied_counts``).

        Time alone changes only which opportunities are open, and only by deadlines passing. So counts made at
        an earlier moment stay exact once the opportunities whose deadline has passed since are subtracted:
        a few rows, found through the deadline index, instead of aggregating every opportunity again.
        """
        if not self.filter_params():
            tallied = self.tallied_counts()
            if tallied is not None:
                return tallied
        key = caching.overview_counts_key(self.version, self.filter_params())
        counts = cache.get(key)
        if counts is None or counts["at"] > self.now:
            counts = self.compute_counts()
            cache.set(key, counts, caching.COUNTS_SECONDS)
            return counts
        passed = self._filtered(
            Opportunity.objects.public().filter(
                closed_at__isnull=True, deadline__gt=counts["at"], deadline__lte=self.now
            )
        )
        return {**counts, "open": subtract(counts["open"], self._open_counts(passed))}
