"""The overview's tables, drawn from its counts: the HTML tables, the SVG charts and the CSV downloads all come
from the same ``Table`` objects, so they cannot disagree."""

import csv
import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlencode

from django.http import HttpResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

from directory.models import Population
from directory.portal.overview.counts import OverviewCounts
from opportunities.models import Opportunity

# A cell with at most this many organisations (or opportunities) is marked as thinly covered.
FEW = 2
DEADLINE_DAYS = 30
DEADLINE_LIST_SIZE = 30
PER_INHABITANTS = 10_000
OFFERED, SOUGHT = Opportunity.Direction.OFFERED, Opportunity.Direction.SOUGHT


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


def latest_populations(areas):
    """{area id: the most recent census figure for it}; areas without one are absent."""
    latest = {}
    for figure in Population.objects.filter(area__in=areas).order_by("area_id", "-year"):
        latest.setdefault(figure.area_id, figure)
    return latest


def per_inhabitants(count, population):
    rate = Decimal(count) * PER_INHABITANTS / population
    return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def quarters_between(first, last):
    """Every quarter from ``first`` to ``last`` inclusive, so quarters with nothing published show as zero."""
    year, quarter = first
    while (year, quarter) <= last:
        yield year, quarter
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


class Overview(OverviewCounts):
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

    def table(self, name):
        table = getattr(self, self.TABLES[name])
        table.csv_url = "?" + urlencode([*self.filter_params(), ("csv", name)])
        return table

    def tables(self):
        return {name.replace("-", "_"): self.table(name) for name in self.TABLES}

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
        return self.open_opportunities.closing_next(self.now, within=datetime.timedelta(days=DEADLINE_DAYS))

    @cached_property
    def deadlines(self):
        soonest = self._closing_soon.select_related("organisation")
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
