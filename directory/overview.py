"""The overview page: where support goes and where the gaps are.

Each table comes from one grouped or conditional aggregate query (never one query per row or per cell), so the
page costs a fixed number of queries whatever the size of the directory. The HTML tables, the SVG charts and the
CSV downloads are all drawn from the same ``Table`` objects, so they cannot disagree.

Those aggregates are made once per change of the data (``Overview.counts``) and kept up to the minute by
subtracting the opportunities whose deadline has passed since; the request that changes the data has a task
count the unfiltered page again, so that its readers do not wait for the counting.
"""

import csv
import datetime
import threading
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import BigIntegerField, Case, Count, Q, Sum, Value, When
from django.db.models.functions import Coalesce, TruncQuarter
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from directory.filters import AreaFilter, FacetedFilterSet, SlugMultipleChoiceFilter, facet_version
from directory.models import Area, Population, Sector, TargetGroup
from opportunities.models import Opportunity
from organisations.models import Organisation

PREFECTURE = "prefecture-tanger-assilah"
CITY = "tanger"
# A cell with at most this many organisations (or opportunities) is marked as thinly covered.
FEW = 2
DEADLINE_DAYS = 30
DEADLINE_LIST_SIZE = 30
PER_INHABITANTS = 10_000
OFFERED, SOUGHT = Opportunity.Direction.OFFERED, Opportunity.Direction.SOUGHT


class OverviewFilter(FacetedFilterSet):
    """The page's filters; applied alike to organisations and opportunities, which share the field names."""

    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))
    target_group = SlugMultipleChoiceFilter(
        field_name="target_groups", queryset=TargetGroup.objects.all(), label=_("Target group")
    )
    area = AreaFilter(queryset=Area.objects.all(), label=_("Area"))

    class Meta:
        model = Organisation
        fields = []


# Tables -----------------------------------------------------------------------------------------------------


@dataclass
class Cell:
    """A value as the page shows it; ``None`` is a figure nobody knows, shown as such rather than as zero."""

    value: object
    url: str = ""
    # "none" or "few": the cell is a gap, marked by a class and a word, not by colour alone.
    level: str = ""

    @property
    def display(self):
        if self.value is None:
            return gettext("unknown")
        if isinstance(self.value, datetime.datetime):
            return formats.date_format(timezone.localtime(self.value), "SHORT_DATETIME_FORMAT")
        return formats.localize(self.value)

    @property
    def csv(self):
        """Plain machine-readable values: a dot for decimals, ISO dates."""
        if self.value is None:
            return gettext("unknown")
        if isinstance(self.value, datetime.datetime):
            return timezone.localtime(self.value).strftime("%Y-%m-%d %H:%M")
        return str(self.value)

    @property
    def number(self):
        return self.value if isinstance(self.value, int | Decimal) else None

    # The table template reads these once per cell: a matrix has a thousand cells.
    @property
    def css(self):
        classes = ["num"] if self.number is not None else []
        if self.level:
            classes += ["gap", f"gap-{self.level}"]
        if self.value is None:
            classes.append("unknown")
        return " ".join(classes)

    @property
    def marker(self):
        """The word marking a gap, so that it does not rest on colour alone."""
        if self.level == "none":
            return gettext("none")
        return gettext("few") if self.level == "few" else ""

    @property
    def html(self):
        content = format_html('<a href="{}">{}</a>', self.url, self.display) if self.url else self.display
        marker = self.marker
        return format_html('{} <span class="marker">{}</span>', content, marker) if marker else content


def gap_cell(n):
    return Cell(n, level="none" if n == 0 else "few" if n <= FEW else "")


@dataclass
class Row:
    label: str
    cells: list
    depth: int = 0
    url: str = ""

    @property
    def cells_html(self):
        # Joined here rather than looped over in the template: a matrix has a thousand cells, and the template
        # engine's lookups made up most of the time of drawing the page.
        return format_html_join("", '<td class="{}">{}</td>', ((cell.css, cell.html) for cell in self.cells))


@dataclass
class Table:
    name: str
    caption: str
    row_header: str
    columns: list
    rows: list
    # Headers spanning several columns, as (label, span): an area over its "organisations" and "opportunities".
    groups: list = field(default_factory=list)
    note: str = ""
    csv_url: str = ""

    @property
    def headers(self):
        """(label, holds numbers) per column, so the header of a column of numbers aligns with them."""
        return [
            (label, any(row.cells[i].number is not None for row in self.rows))
            for i, label in enumerate(self.columns)
        ]

    def csv_header(self):
        if not self.groups:
            return [self.row_header, *self.columns]
        spanned = [label for label, span in self.groups for _i in range(span)]
        return [self.row_header, *(f"{g} – {c}" for g, c in zip(spanned, self.columns, strict=True))]


# Computations -----------------------------------------------------------------------------------------------


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


def latest_populations(areas):
    """{area id: the most recent census figure for it}; areas without one are absent."""
    latest = {}
    for figure in Population.objects.filter(area__in=areas).order_by("area_id", "-year"):
        latest.setdefault(figure.area_id, figure)
    return latest


def per_inhabitants(count, population):
    rate = Decimal(count) * PER_INHABITANTS / population
    return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


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


def quarters_between(first, last):
    """Every quarter from ``first`` to ``last`` inclusive, so quarters with nothing published show as zero."""
    year, quarter = first
    while (year, quarter) <= last:
        yield year, quarter
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


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


# Counted once per change of the data; the key holds the data's version, so a change makes them unreachable.
COUNTS_SECONDS = 7 * 24 * 3600


def counts_key(version, filter_params):
    return f"overview-counts:{version}:{urlencode(sorted(filter_params))}"


def refresh_counts():
    """Count the unfiltered page now rather than when its next reader asks for it."""
    page = Overview(OverviewFilter(None, queryset=Organisation.objects.none()))
    # The version is read before counting: a change made meanwhile leaves these counts under a stale key.
    key = counts_key(page.version, [])
    cache.set(key, page.compute_counts(), COUNTS_SECONDS)


# A request that changes what the overview counts has the unfiltered counts refreshed by a task once it has
# answered (request_finished), so that neither it nor any reader waits for them. Changes made outside a request
# (imports, generators) leave the counting to the page's next reader.
_changes = threading.local()


def note_change(**kwargs):
    _changes.pending = True


def forget_changes(**kwargs):
    _changes.pending = False


def refresh_after_change(**kwargs):
    if getattr(_changes, "pending", False):
        _changes.pending = False
        from directory.tasks import refresh_overview_counts

        refresh_overview_counts.enqueue()


# The page ---------------------------------------------------------------------------------------------------


class Overview:
    """The page's tables for one set of filters; each is computed only when asked for (a CSV needs one)."""

    TABLES = {
        "coverage-sectors": "sector_coverage",
        "coverage-target-groups": "target_group_coverage",
        "per-inhabitants": "inhabitants",
        "needs": "needs",
        "funding": "funding",
        "deadlines": "deadlines",
        "growth": "growth",
    }

    def __init__(self, filterset, now=None):
        self.filterset = filterset
        self.values = filterset.values
        self.now = now or timezone.now()

    @cached_property
    def version(self):
        return facet_version()

    def table(self, name):
        table = getattr(self, self.TABLES[name])
        table.csv_url = "?" + urlencode([*self.filter_params(), ("csv", name)])
        return table

    def tables(self):
        return {name.replace("-", "_"): self.table(name) for name in self.TABLES}

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
        return self._filtered(Organisation.objects.published())

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

    @cached_property
    def counts(self):
        """The counts for these filters, computed once per change of the data and brought up to the minute.

        Time alone changes only which opportunities are open, and only by deadlines passing. So counts made at
        an earlier moment stay exact once the opportunities whose deadline has passed since are subtracted:
        a few rows, found through the deadline index, instead of aggregating every opportunity again.
        """
        key = counts_key(self.version, self.filter_params())
        counts = cache.get(key)
        if counts is None or counts["at"] > self.now:
            counts = self.compute_counts()
            cache.set(key, counts, COUNTS_SECONDS)
            return counts
        passed = self._filtered(
            Opportunity.objects.public().filter(
                closed_at__isnull=True, deadline__gt=counts["at"], deadline__lte=self.now
            )
        )
        return {**counts, "open": subtract(counts["open"], self._open_counts(passed))}

    # Tables ---------------------------------------------------------------------------------------------

    def _coverage(self, name, caption, row_header, terms, relation):
        organisations = self.counts["organisations"][relation]
        opportunities = self.counts["open"][relation]
        rows = [
            Row(
                term.name,
                [
                    cell
                    for place in self.places
                    for cell in (
                        gap_cell(organisations.get((term.pk, place.pk), 0)),
                        gap_cell(opportunities.get((term.pk, place.pk), 0)),
                    )
                ],
            )
            for term in terms
        ]
        return Table(
            name=name,
            caption=caption,
            row_header=row_header,
            columns=[gettext("Organisations"), gettext("Open opportunities")] * len(self.places),
            groups=[(place.name, 2) for place in self.places],
            rows=rows,
        )

    @cached_property
    def sector_coverage(self):
        return self._coverage(
            "coverage-sectors",
            gettext("Organisations and open opportunities by sector and area"),
            gettext("Sector"),
            self.sectors,
            "sectors",
        )

    @cached_property
    def target_group_coverage(self):
        return self._coverage(
            "coverage-target-groups",
            gettext("Organisations and open opportunities by target group and area"),
            gettext("Target group"),
            self.target_groups,
            "target_groups",
        )

    @cached_property
    def inhabitants(self):
        areas = self.wider + self.places
        counts = self.counts["organisations"]["areas"]
        figures = latest_populations(areas)
        rows = []
        for area in areas:
            figure = figures.get(area.pk)
            count = counts[area.pk]
            rows.append(
                Row(
                    area.name,
                    [
                        Cell(count),
                        Cell(figure.population if figure else None),
                        Cell(str(figure.year) if figure else None),
                        Cell(figure.source, url=figure.source_url) if figure else Cell(None),
                        Cell(per_inhabitants(count, figure.population) if figure else None),
                    ],
                    depth=area.depth - areas[0].depth,
                )
            )
        return Table(
            name="per-inhabitants",
            caption=gettext("Organisations per 10,000 inhabitants"),
            row_header=gettext("Area"),
            columns=[
                gettext("Organisations"),
                gettext("Inhabitants"),
                gettext("Census year"),
                gettext("Source"),
                gettext("Organisations per 10,000 inhabitants"),
            ],
            rows=rows,
        )

    @property
    def _by_sector_and_kind(self):
        return self.counts["open"]["kinds"]

    @cached_property
    def needs(self):
        extra = [(name, slug) for name, slug in self.filter_params() if name != "sector"]
        rows = []
        for sector in self.sectors:
            for kind, label in Opportunity.Kind.choices:
                sought, _totals = self._by_sector_and_kind.get((sector.pk, kind, SOUGHT), (0, {}))
                if sought and (sector.pk, kind, OFFERED) not in self._by_sector_and_kind:
                    query = [
                        ("status", "open"),
                        ("direction", "sought"),
                        ("kind", kind),
                        ("sector", sector.slug),
                    ]
                    url = f"{reverse('opportunities:list')}?{urlencode(query + extra)}"
                    rows.append(Row(sector.name, [Cell(str(label)), Cell(sought, url=url)]))
        return Table(
            name="needs",
            caption=gettext("Support sought with nothing on offer in the same sector and kind"),
            row_header=gettext("Sector"),
            columns=[gettext("Kind of support"), gettext("Open requests")],
            rows=rows,
        )

    @cached_property
    def funding(self):
        currencies = [code for code, _label in Opportunity.Currency.choices]
        rows = []
        for sector in self.sectors:
            offers, totals = self._by_sector_and_kind.get(
                (sector.pk, Opportunity.Kind.FUNDING, OFFERED), (0, {})
            )
            rows.append(
                Row(
                    sector.name,
                    [
                        gap_cell(offers),
                        # Whole units, the same on every database (SQLite may sum to an int).
                        *(
                            Cell(Decimal(totals.get(code) or 0).quantize(Decimal(1), ROUND_HALF_UP))
                            for code in currencies
                        ),
                    ],
                )
            )
        return Table(
            name="funding",
            caption=gettext("Open funding on offer by sector"),
            row_header=gettext("Sector"),
            columns=[
                gettext("Open offers"),
                *(gettext("Total in %(currency)s") % {"currency": code} for code in currencies),
            ],
            rows=rows,
            note=gettext(
                "Totals add up the upper amount of each offer, or its lower amount when no upper amount "
                "is given; offers without an amount are counted but add nothing to the totals. An offer in "
                "several sectors counts in each of them."
            ),
        )

    @cached_property
    def deadline_total(self):
        return self._closing_soon.count()

    @cached_property
    def _closing_soon(self):
        # Stating deadline > now (open ones have it anyway) lets PostgreSQL use the deadline index for a range.
        return self.open_opportunities.filter(
            deadline__gt=self.now, deadline__lte=self.now + datetime.timedelta(days=DEADLINE_DAYS)
        )

    @cached_property
    def deadlines(self):
        soonest = self._closing_soon.select_related("organisation").order_by("deadline", "pk")
        rows = [
            Row(
                opportunity.display_title(),
                [
                    Cell(opportunity.deadline),
                    Cell(str(opportunity.get_kind_display())),
                    Cell(str(opportunity.get_direction_display())),
                    Cell(opportunity.publisher_name()),
                ],
                url=opportunity.get_absolute_url(),
            )
            for opportunity in soonest[:DEADLINE_LIST_SIZE]
        ]
        return Table(
            name="deadlines",
            caption=gettext("Deadlines in the next %(days)s days") % {"days": DEADLINE_DAYS},
            row_header=gettext("Opportunity"),
            columns=[
                gettext("Deadline"),
                gettext("Kind of support"),
                gettext("Offered or sought"),
                gettext("Published by"),
            ],
            rows=rows,
        )

    @property
    def deadlines_url(self):
        query = [("status", "open"), ("deadline", str(DEADLINE_DAYS)), *self.filter_params()]
        return f"{reverse('opportunities:list')}?{urlencode(query)}"

    @cached_property
    def growth(self):
        organisations = self.counts["organisations"]["growth"]
        opportunities = self.counts["opportunity_growth"]
        known = [*organisations, *opportunities]
        quarters = list(quarters_between(min(known), max(known))) if known else []
        rows = [
            Row(
                gettext("Q%(quarter)s %(year)s") % {"quarter": quarter, "year": year},
                [Cell(organisations.get((year, quarter), 0)), Cell(opportunities.get((year, quarter), 0))],
            )
            for year, quarter in quarters
        ]
        return Table(
            name="growth",
            caption=gettext("Organisations and opportunities published per quarter"),
            row_header=gettext("Quarter"),
            columns=[gettext("Organisations"), gettext("Opportunities")],
            rows=rows,
        )


def csv_response(table):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="overview-{table.name}.csv"'
    # The byte-order mark makes Excel read the file as UTF-8 (Arabic names would be garbled otherwise).
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(table.csv_header())
    for row in table.rows:
        writer.writerow([row.label, *(cell.csv for cell in row.cells)])
    return response


def _cache_key(request, version):
    """Changes with the data, the language, the filters and the minute (deadlines move with time)."""
    query = sorted((k, v) for k, values in request.GET.lists() for v in values if k != "csv")
    minute = int(timezone.now().timestamp() // 60)
    return f"{get_language()}:{version}:{minute}:{query}"


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
