"""The overview's seeded random data set, the counts it should show made in plain Python over the objects, and a
reader of the page's tables (tests/test_overview.py and tests/test_overview_cases.py)."""

import csv
import datetime
import io
import re
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser

from django.utils import timezone, translation

from directory.models import Area, Population, Sector, TargetGroup
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from organisations.models import Organisation

PAGE = "/fr/overview/"
PREFECTURE = "prefecture-tanger-assilah"
PUBLISHED = ModerationStatus.PUBLISHED
# Published ones dominate; the others (an archived one may have a publication date) must never count.
STATUSES = [PUBLISHED] * 6 + [
    ModerationStatus.PENDING,
    ModerationStatus.DRAFT,
    ModerationStatus.REJECTED,
    ModerationStatus.ARCHIVED,
]
FILTERS = [
    {},
    {"sector": ["education", "health"]},
    {"area": ["tanger"]},
    {"target_group": ["women"]},
    {"sector": ["youth", "education"], "area": ["bni-makada", "assilah"], "target_group": ["children"]},
]
TABLES = [
    "coverage-sectors",
    "coverage-target-groups",
    "per-inhabitants",
    "needs",
    "funding",
    "deadlines",
    "growth",
]


# Data ---------------------------------------------------------------------------------------------------------


def build(rng, organisations, opportunities, start=0):
    """Seeded random organisations and opportunities spread over every sector, group, area and status."""
    now = timezone.now()
    # The terms the data was first drawn from: a sector added later (starter support) must not reshuffle it.
    sectors = list(Sector.objects.exclude(slug="starter-support"))
    groups = list(TargetGroup.objects.all())
    areas = list(Area.objects.exclude(kind=Area.Kind.COUNTRY)) + list(Area.objects.filter(slug="netherlands"))

    def published_at(status):
        if status in (PUBLISHED, ModerationStatus.ARCHIVED) and rng.random() < 0.95:
            return now - datetime.timedelta(days=rng.randint(0, 800), minutes=rng.randint(0, 1440))
        return None

    made = []
    for n in range(start, start + organisations):
        status = rng.choice(STATUSES)
        organisation = Organisation.objects.create(
            name_fr=f"Association {n}", status=status, published_at=published_at(status)
        )
        organisation.sectors.set(rng.sample(sectors, rng.randint(0, 3)))
        organisation.target_groups.set(rng.sample(groups, rng.randint(0, 3)))
        organisation.areas.set(rng.sample(areas, rng.randint(0, 3)))
        made.append(organisation)
    for n in range(start * 2, start * 2 + opportunities):
        status = rng.choice(STATUSES)
        kind = rng.choice([Opportunity.Kind.FUNDING] * 2 + Opportunity.Kind.values)
        fields = {}
        if kind == Opportunity.Kind.FUNDING and rng.random() < 0.85:
            low = rng.choice([None, rng.randrange(1_000, 100_000, 250)])
            high = rng.choice([None, rng.randrange(100_000, 900_000, 250)])
            fields = {"currency": rng.choice(["MAD", "EUR"]), "amount_min": low, "amount_max": high}
        organisation = rng.choice([*made, None, None])
        # Whole days plus six hours from now: none sits on the edge of "open" or "within 30 days".
        deadline = rng.choice([None, *range(-40, 30), *range(31, 80)])
        opportunity = Opportunity.objects.create(
            title_fr=f"Opportunité {n}",
            kind=kind,
            direction=rng.choice(Opportunity.Direction.values),
            organisation=organisation,
            funder_name="" if organisation else "Fondation du Détroit",
            status=status,
            published_at=published_at(status),
            deadline=None if deadline is None else now + datetime.timedelta(days=deadline, hours=6),
            closed_at=now - datetime.timedelta(days=1) if rng.random() < 0.08 else None,
            **fields,
        )
        opportunity.sectors.set(rng.sample(sectors, rng.randint(1, 3)))
        opportunity.target_groups.set(rng.sample(groups, rng.randint(0, 2)))
        opportunity.areas.set(rng.sample(areas, rng.randint(0, 2)))


# Independent expectations -------------------------------------------------------------------------------------


class World:
    """Everything in the database as plain Python objects, and the counts the page should show."""

    def __init__(self, filters):
        self.now = timezone.now()
        self.organisations = [
            {
                "status": o.status,
                "published_at": o.published_at,
                "sectors": {s.slug for s in o.sectors.all()},
                "target_groups": {g.slug for g in o.target_groups.all()},
                "areas": [a.path for a in o.areas.all()],
            }
            for o in Organisation.objects.prefetch_related("sectors", "target_groups", "areas")
        ]
        self.opportunities = [
            {
                "pk": o.pk,
                "title": o.title_fr,
                "status": o.status,
                "organisation_status": o.organisation.status if o.organisation else None,
                "kind": o.kind,
                "direction": o.direction,
                "deadline": o.deadline,
                "closed_at": o.closed_at,
                "published_at": o.published_at,
                "currency": o.currency,
                "amount": o.amount_max if o.amount_max is not None else o.amount_min,
                "sectors": {s.slug for s in o.sectors.all()},
                "target_groups": {g.slug for g in o.target_groups.all()},
                "areas": [a.path for a in o.areas.all()],
            }
            for o in Opportunity.objects.select_related("organisation").prefetch_related(
                "sectors", "target_groups", "areas"
            )
        ]
        self.filters = filters
        chosen_areas = [a.path for a in Area.objects.filter(slug__in=filters.get("area", []))]
        self.chosen_areas = chosen_areas
        sectors = Sector.objects.all()
        groups = TargetGroup.objects.all()
        if filters.get("sector"):
            sectors = sectors.filter(slug__in=filters["sector"])
        if filters.get("target_group"):
            groups = groups.filter(slug__in=filters["target_group"])
        self.sectors = [(s.slug, s.name_fr) for s in sectors]
        self.groups = [(g.slug, g.name_fr) for g in groups]
        city = Area.objects.get(slug="tanger")
        prefecture = Area.objects.get(slug=PREFECTURE)
        places = list(Area.objects.filter(parent=city).order_by("position")) + list(
            Area.objects.filter(parent=prefecture).exclude(pk=city.pk).order_by("position")
        )
        self.places = [(a.path, a.name_fr) for a in places if self.within(a.path)]
        self.wider = [(a.path, a.name_fr) for a in (prefecture, city) if self.within(a.path)]

    @staticmethod
    def below(paths, place):
        return any(p == place or p.startswith(place + "/") for p in paths)

    def within(self, path):
        return not self.chosen_areas or any(path == c or path.startswith(c + "/") for c in self.chosen_areas)

    def passes(self, record):
        f = self.filters
        return (
            (not f.get("sector") or record["sectors"] & set(f["sector"]))
            and (not f.get("target_group") or record["target_groups"] & set(f["target_group"]))
            and (not self.chosen_areas or any(self.below(record["areas"], c) for c in self.chosen_areas))
        )

    @property
    def published_organisations(self):
        return [o for o in self.organisations if o["status"] == PUBLISHED and self.passes(o)]

    def is_public(self, o):
        return o["status"] == PUBLISHED and o["organisation_status"] in (None, PUBLISHED)

    @property
    def public_opportunities(self):
        return [o for o in self.opportunities if self.is_public(o) and self.passes(o)]

    @property
    def open_opportunities(self):
        return [
            o
            for o in self.public_opportunities
            if o["closed_at"] is None and (o["deadline"] is None or o["deadline"] > self.now)
        ]

    def coverage(self, relation, terms):
        organisations, opportunities = self.published_organisations, self.open_opportunities
        rows = []
        for slug, name in terms:
            cells = []
            for path, _name in self.places:
                for records in (organisations, opportunities):
                    cells.append(
                        sum(1 for r in records if slug in r[relation] and self.below(r["areas"], path))
                    )
            rows.append([name, *cells])
        return rows

    def per_inhabitants(self):
        rows = []
        for path, name in self.wider + self.places:
            count = sum(1 for o in self.published_organisations if self.below(o["areas"], path))
            figures = Population.objects.filter(area__path=path).order_by("-year")
            figure = figures.first()
            if figure is None:
                rows.append([name, count, "unknown", "unknown", "figure not found", "unknown"])
            else:
                rate = (Decimal(count) * 10000 / figure.population).quantize(
                    Decimal("0.01"), rounding=ROUND_HALF_UP
                )
                rows.append([name, count, figure.population, str(figure.year), figure.source, rate])
        return rows

    def needs(self):
        labels = dict(Opportunity.Kind.choices)
        rows = []
        for slug, name in self.sectors:
            for kind in Opportunity.Kind.values:
                matching = [o for o in self.open_opportunities if slug in o["sectors"] and o["kind"] == kind]
                sought = sum(1 for o in matching if o["direction"] == "sought")
                offered = sum(1 for o in matching if o["direction"] == "offered")
                if sought and not offered:
                    rows.append([name, str(labels[kind]), sought])
        return rows

    def funding(self):
        offers = [
            o for o in self.open_opportunities if o["kind"] == "funding" and o["direction"] == "offered"
        ]
        rows = []
        for slug, name in self.sectors:
            mine = [o for o in offers if slug in o["sectors"]]
            totals = [
                sum((o["amount"] for o in mine if o["currency"] == c and o["amount"] is not None), Decimal(0))
                for c in ("MAD", "EUR")
            ]
            rows.append([name, len(mine), *totals])
        return rows

    def deadlines(self):
        limit = self.now + datetime.timedelta(days=30)
        closing = sorted(
            (o for o in self.open_opportunities if o["deadline"] is not None and o["deadline"] <= limit),
            key=lambda o: (o["deadline"], o["pk"]),
        )
        return closing

    def growth(self):
        def quarter(moment):
            local = timezone.localtime(moment)
            return local.year, (local.month - 1) // 3 + 1

        organisations, opportunities = {}, {}
        for counts, records in (
            (organisations, self.published_organisations),
            (opportunities, self.public_opportunities),
        ):
            for record in records:
                if record["published_at"] is not None:
                    key = quarter(record["published_at"])
                    counts[key] = counts.get(key, 0) + 1
        known = sorted([*organisations, *opportunities])
        if not known:
            return []
        rows, (year, q) = [], known[0]
        while (year, q) <= known[-1]:
            label = translation.gettext("Q%(quarter)s %(year)s") % {"quarter": q, "year": year}
            rows.append([label, organisations.get((year, q), 0), opportunities.get((year, q), 0)])
            year, q = (year + 1, 1) if q == 4 else (year, q + 1)
        return rows


# Reading the page ---------------------------------------------------------------------------------------------


class Tables(HTMLParser):
    """Table id → {"groups", "header", "rows", "classes"}: the text of each cell, and each data cell's classes."""

    def __init__(self, html):
        super().__init__()
        self.tables, self.current, self.cell, self.section = {}, None, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id", "").startswith("table-"):
            self.current = {"groups": [], "header": [], "rows": [], "classes": []}
            self.tables[attrs["id"][len("table-") :]] = self.current
        elif self.current is None:
            return
        elif tag in ("thead", "tbody"):
            self.section = tag
        elif tag == "tr" and self.section == "tbody":
            self.current["rows"].append([])
            self.current["classes"].append([])
        elif tag in ("th", "td"):
            self.cell = {
                "tag": tag,
                "text": "",
                "scope": attrs.get("scope"),
                "class": attrs.get("class") or "",
            }

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data

    def handle_endtag(self, tag):
        if self.current is None:
            return
        if tag == "table":
            self.current = None
        elif tag in ("th", "td") and self.cell is not None:
            text = " ".join(self.cell["text"].split())
            if self.section == "tbody":
                self.current["rows"][-1].append(text)
                if tag == "td":
                    self.current["classes"][-1].append(self.cell["class"])
            elif self.cell["scope"] == "colgroup":
                self.current["groups"].append(text)
            elif self.cell["scope"] == "col":
                self.current["header"].append(text)
            self.cell = None


def value(text):
    """A cell as the page shows it, back to a value: the number before any marker or currency, else the text.

    Figures are grouped by thousands with the reader's separator (French "1 494 413", Arabic "1.494.413");
    both languages write decimals with a comma. Python's own figures ("0.12") read as they are.
    """
    text = text or ""
    grouped = re.match(r"\d{1,3}(?:[\xa0 .]\d{3})+(?:,\d+)?(?!\d)", text)
    if grouped:
        return Decimal(re.sub(r"[\xa0 .]", "", grouped.group()).replace(",", "."))
    plain = re.match(r"\d+(?:[.,]\d+)?", text)
    return Decimal(plain.group().replace(",", ".")) if plain else text


def normalised(rows):
    return [[row[0], *(value(str(cell)) for cell in row[1:])] for row in rows]


def page_tables(client, filters, language="fr"):
    response = client.get(f"/{language}/overview/", filters)
    assert response.status_code == 200
    tables = Tables(response.content.decode()).tables
    # An empty table is not drawn (the page says there is nothing to show).
    empty = {"groups": [], "header": [], "rows": [], "classes": []}
    return {name: tables.get(name, empty) for name in TABLES}


def csv_rows(client, name, filters):
    response = client.get(PAGE, {**filters, "csv": name})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def french(message):
    with translation.override("fr"):
        return translation.gettext(message)


def expected_tables(world):
    """The tables of the French page, computed from ``world``."""
    with translation.override("fr"):
        said = {word: translation.gettext(word) for word in ("unknown", "figure not found")}
        return {
            "coverage-sectors": world.coverage("sectors", world.sectors),
            "coverage-target-groups": world.coverage("target_groups", world.groups),
            "per-inhabitants": [[said.get(cell, cell) for cell in row] for row in world.per_inhabitants()],
            "needs": world.needs(),
            "funding": world.funding(),
            "growth": world.growth(),
        }
