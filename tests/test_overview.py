"""The overview page: every number is checked against a count made here, in plain Python over the objects."""

import csv
import datetime
import importlib
import io
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser

import pytest
from django.apps import apps as django_apps
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from directory.models import Area, Population, Sector, TargetGroup
from directory.moderation import ModerationStatus
from directory.portal.overview.tables import DEADLINE_LIST_SIZE
from directory.templatetags.charts import LABEL_WIDTH, WIDTH
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


@pytest.fixture
def figures(taxonomies):
    """A second area with two census figures (the latest counts); the prefecture's comes from the migration."""
    Population.objects.update_or_create(
        area=Area.objects.get(slug=PREFECTURE),
        year=2024,
        defaults={"population": 1_494_413, "source": "HCP", "source_url": "https://www.hcp.ma/"},
    )
    bni_makada = Area.objects.get(slug="bni-makada")
    Population.objects.create(area=bni_makada, population=250_000, year=2014, source="Test census 2014")
    # The migration holds the real 2024 figure; the test's own stands in for it.
    Population.objects.update_or_create(
        area=bni_makada, year=2024, defaults={"population": 310_000, "source": "Test census 2024"}
    )


@pytest.fixture
def dataset(taxonomies, figures):
    build(random.Random(20240601), organisations=40, opportunities=80)


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


# Tests --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("filters", FILTERS)
def test_every_number_on_the_page_matches_a_count_made_in_python(client, dataset, filters):
    tables = page_tables(client, filters)
    world = World(filters)
    for name, rows in expected_tables(world).items():
        assert normalised(tables[name]["rows"]) == normalised(rows), name
    assert tables["coverage-sectors"]["groups"] == [name for _path, name in world.places]
    closing = world.deadlines()
    assert [row[0] for row in tables["deadlines"]["rows"]] == [
        o["title"] for o in closing[:DEADLINE_LIST_SIZE]
    ]
    html = client.get(PAGE, filters).content.decode()
    sentence = re.search(r'<p id="deadline-count">(.*?)</p>', html, re.S).group(1)
    assert re.search(r"\d+", sentence).group() == str(len(closing))


@pytest.mark.parametrize("filters", FILTERS)
def test_each_csv_holds_exactly_the_numbers_of_its_table(client, dataset, filters):
    tables = page_tables(client, filters)
    world = World(filters)
    expected = expected_tables(world)
    for name in TABLES:
        header, *rows = csv_rows(client, name, filters)
        if rows:
            assert len(header) == len(tables[name]["header"]) == len(rows[0]), name
        assert [row[0] for row in rows] == [row[0] for row in tables[name]["rows"]], name
        if name in expected:
            assert normalised(rows) == normalised(expected[name]), name
    deadlines = csv_rows(client, "deadlines", filters)[1:]
    assert [(row[0], row[1]) for row in deadlines] == [
        (o["title"], timezone.localtime(o["deadline"]).strftime("%Y-%m-%d %H:%M")) for o in world.deadlines()
    ]


def test_the_data_set_exercises_every_table(client, dataset):
    """Guard against a generator change that would leave the comparisons above comparing empty tables."""
    world = World({})
    assert any(any(row[1:]) for row in world.coverage("sectors", world.sectors))
    assert world.needs() and world.deadlines() and world.growth()
    assert any(row[1] for row in world.funding()) and any(row[2] for row in world.funding())
    assert sum(1 for row in world.per_inhabitants() if row[2] == "unknown") >= 10


def test_matrix_headers_name_each_area_over_its_two_counts(client, dataset):
    table = page_tables(client, {})["coverage-sectors"]
    assert table["groups"][:4] == ["Bni Makada", "Charf-Mghogha", "Charf-Souani", "Tanger-Médina"]
    assert "Tanger" not in table["groups"] and "Assilah" in table["groups"]
    assert len(table["header"]) == 1 + 2 * len(table["groups"])
    header = csv_rows(client, "coverage-sectors", {})[0]
    assert header[1:3] == [
        f"Bni Makada – {french('Organisations')}",
        f"Bni Makada – {french('Open opportunities')}",
    ]


def test_empty_and_thin_cells_carry_a_class_and_a_word(client, dataset):
    table = page_tables(client, {})["coverage-sectors"]
    seen = set()
    for row, classes in zip(table["rows"], table["classes"], strict=True):
        for text, css in zip(row[1:], classes, strict=True):
            n = value(text)
            if n == 0:
                assert "gap-none" in css and text == f"0 {french('none')}"
                seen.add("none")
            elif n <= 2:
                assert "gap-few" in css and text == f"{n} {french('few')}"
                seen.add("few")
            else:
                assert "gap" not in css and text == str(n)
    assert seen == {"none", "few"}


def test_area_filter_keeps_only_the_areas_within_it(client, dataset):
    tables = page_tables(client, {"area": "tanger"})
    assert tables["coverage-sectors"]["groups"] == [
        "Bni Makada",
        "Charf-Mghogha",
        "Charf-Souani",
        "Tanger-Médina",
    ]
    assert [row[0] for row in tables["per-inhabitants"]["rows"]] == [
        "Tanger",
        "Bni Makada",
        "Charf-Mghogha",
        "Charf-Souani",
        "Tanger-Médina",
    ]


def test_population_figures_come_with_their_source_and_unknown_ones_say_so(client, dataset):
    rows = {row[0]: row for row in page_tables(client, {})["per-inhabitants"]["rows"]}
    assert rows["Préfecture de Tanger-Assilah"][2:5] == ["1 494 413", "2024", "HCP"]
    # The latest of two figures counts.
    assert rows["Bni Makada"][2:5] == ["310 000", "2024", "Test census 2024"]
    assert rows["Assilah"][2:] == [
        french("unknown"),
        french("unknown"),
        french("figure not found"),
        french("unknown"),
    ]


def test_the_migration_seeds_the_prefecture_census_figure(db):
    figure = Population.objects.get(area__slug=PREFECTURE, year=2024)
    assert figure.population == 1_494_413
    assert "HCP" in figure.source


def test_the_migration_seeds_tangier_and_its_arrondissements_from_the_2024_census(db):
    figures = dict(
        Population.objects.filter(year=2024, area__parent__slug="tanger").values_list(
            "area__slug", "population"
        )
    )
    assert figures == {
        "bni-makada": 567_465,
        "charf-mghogha": 252_656,
        "charf-souani": 111_772,
        "tanger-medina": 343_535,
    }
    city = Population.objects.get(area__slug="tanger", year=2024)
    # The arrondissements make up the commune exactly, as the census counts them.
    assert city.population == sum(figures.values())
    assert all(
        "(RGPH) 2024" in f.source and f.source_url.startswith("https://www.hcp.ma/")
        for f in Population.objects.filter(year=2024, area__slug__in=[*figures, "tanger"])
    )


def test_overview_cites_the_census_and_says_which_figures_were_not_found(client, taxonomies):
    # As the migration left them (a flushed database has lost them).
    importlib.import_module("directory.migrations.0009_census_2024_tanger").seed(django_apps, None)
    html = client.get("/fr/overview/").content.decode()
    assert "HCP, Recensement général de la population et de l&#x27;habitat (RGPH) 2024" in html
    assert french("figure not found") in html


def test_unpublished_records_never_count(client, taxonomies, make_organisation):
    areas, sectors = ["bni-makada"], ["education"]
    now = timezone.now()
    live = make_organisation(sectors=sectors, areas=areas, published_at=now)
    for status in STATUSES[6:]:
        hidden = make_organisation(sectors=sectors, areas=areas, status=status, published_at=now)
        Opportunity.objects.create(
            title_fr=f"De {status}",
            kind="funding",
            direction="sought",
            organisation=hidden,
            status=PUBLISHED,
            published_at=now,
            deadline=now + datetime.timedelta(days=3),
        ).sectors.set(Sector.objects.filter(slug="education"))
        opportunity = Opportunity.objects.create(
            title_fr=f"Statut {status}",
            kind="funding",
            direction="sought",
            organisation=live,
            status=status,
            published_at=now,
            deadline=now + datetime.timedelta(days=3),
        )
        opportunity.sectors.set(Sector.objects.filter(slug="education"))
        opportunity.areas.set(Area.objects.filter(slug="bni-makada"))
    tables = page_tables(client, {"sector": "education"})
    assert tables["coverage-sectors"]["rows"][0][1:3] == [f"1 {french('few')}", f"0 {french('none')}"]
    assert tables["needs"]["rows"] == tables["deadlines"]["rows"] == []
    local = timezone.localtime(now)
    quarter = french("Q%(quarter)s %(year)s") % {"quarter": (local.month - 1) // 3 + 1, "year": local.year}
    assert normalised(tables["growth"]["rows"]) == normalised([[quarter, 1, 0]])


@pytest.mark.parametrize(
    "filters, cold, warm",
    [
        # Warm: sectors, target groups, areas, the cached tables (version, fragment), about pages. Cold: the
        # maintained tallies of organisations and opportunities and the deadlines passed since their clock (3),
        # populations, the deadlines table and its count (2), caching the version and the fragment (5 each in a
        # test).
        ({}, 22, 6),
        # The chosen sectors, target groups and areas are looked up (3).
        (FILTERS[-1], 36, 9),
    ],
)
def test_query_count_is_pinned(dataset, filters, cold, warm, assert_page_queries):
    # The page has no pagination: 40 organisations and 80 opportunities already fill every table.
    assert_page_queries(PAGE, filters, cold=cold, warm=warm)


def bars(html):
    return [
        (float(x), float(width))
        for x, width in re.findall(r'<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', html)
    ]


def test_arabic_page_is_right_to_left_with_mirrored_bars(client, dataset):
    html = client.get("/ar/overview/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'direction="rtl"' in html
    drawn = [b for b in bars(html) if b[1] > 0]
    assert drawn
    # Every bar grows leftwards from the same edge: the labels' side, on the right.
    assert {round(x + width, 1) for x, width in drawn} == {WIDTH - LABEL_WIDTH}


def test_french_page_is_left_to_right_with_bars_from_the_left(client, dataset):
    html = client.get(PAGE).content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    drawn = [b for b in bars(html) if b[1] > 0]
    assert drawn
    assert {x for x, _width in drawn} == {LABEL_WIDTH}
    assert 'role="img"' in html and "<caption" in html and 'scope="row"' in html


def test_arabic_tables_show_the_same_numbers(client, dataset):
    french = page_tables(client, {}, "fr")
    arabic = page_tables(client, {}, "ar")
    for name in ("coverage-sectors", "funding", "growth"):
        assert [[value(c) for c in row[1:]] for row in arabic[name]["rows"]] == [
            [value(c) for c in row[1:]] for row in french[name]["rows"]
        ], name


def test_filters_live_in_the_url_and_a_bad_value_does_not_cancel_the_others(client, dataset):
    html = client.get(PAGE, {"sector": ["education", "no-such-sector"], "area": "tanger"}).content.decode()
    assert 'method="get"' in html
    assert 'value="tanger" id="o-area-tanger" checked' in html
    assert "csv=coverage-sectors" in html and "area=tanger" in html


def test_unknown_csv_table_is_not_found(client, dataset):
    assert client.get(PAGE, {"csv": "passwords"}).status_code == 404


def test_menu_links_to_the_overview(client, taxonomies):
    html = client.get(PAGE).content.decode()
    assert 'href="/fr/overview/" aria-current="page"' in html


def test_moderators_keep_the_census_figures_up_to_date(client, taxonomies, moderator):
    client.force_login(moderator)
    assert client.get("/admin/directory/population/").status_code == 200
    response = client.post(
        "/admin/directory/population/add/",
        {
            "area": Area.objects.get(slug="assilah").pk,
            "population": 37_000,
            "year": 2024,
            "source": "HCP, RGPH 2024",
            "source_url": "https://www.hcp.ma/",
        },
    )
    assert response.status_code == 302
    rows = {row[0]: row for row in page_tables(client, {})["per-inhabitants"]["rows"]}
    assert rows["Assilah"][2:5] == ["37 000", "2024", "HCP, RGPH 2024"]


# Counts made once per change of the data ----------------------------------------------------------------------


@pytest.fixture
def later(monkeypatch):
    """Move "now" forward for everything that asks django.utils.timezone, as time passing would."""

    def move(**delta):
        instant = timezone.now() + datetime.timedelta(**delta)
        monkeypatch.setattr(timezone, "now", lambda: instant)

    return move


def organisation_counting(queries):
    return [q["sql"] for q in queries if "organisations_organisation_sectors" in q["sql"]]


@pytest.mark.parametrize("filters", [{}, FILTERS[1]])
def test_numbers_stay_exact_as_deadlines_pass_without_counting_everything_again(
    client, dataset, filters, later
):
    page_tables(client, filters)
    # A month on, deadlines have passed, and the page has not been drawn in this minute.
    month = datetime.timedelta(days=30)
    later(days=month.days)
    with CaptureQueriesContext(connection) as queries:
        tables = page_tables(client, filters)
    world = World(filters)
    passed = [
        o
        for o in world.opportunities
        if o["deadline"]
        and world.now - month < o["deadline"] <= world.now
        and world.is_public(o)
        and o["closed_at"] is None
        and world.passes(o)
    ]
    assert len(passed) >= 2
    for name, rows in expected_tables(world).items():
        assert normalised(tables[name]["rows"]) == normalised(rows), name
    assert not organisation_counting(queries.captured_queries)


def test_a_need_shows_once_the_only_matching_offer_has_closed(client, taxonomies, later):
    now = timezone.now()
    education = Sector.objects.filter(slug="education")
    for direction, deadline in (("sought", None), ("offered", now + datetime.timedelta(days=2))):
        opportunity = Opportunity.objects.create(
            title_fr=f"Financement {direction}",
            kind="funding",
            direction=direction,
            funder_name="Fondation du Détroit",
            status=PUBLISHED,
            published_at=now,
            deadline=deadline,
            currency="EUR",
            amount_max=5_000,
        )
        opportunity.sectors.set(education)
    tables = page_tables(client, {"sector": "education"})
    assert tables["needs"]["rows"] == []
    assert normalised(tables["funding"]["rows"]) == [["Éducation", 1, 0, 5000]]
    later(days=3)
    tables = page_tables(client, {"sector": "education"})
    assert normalised(tables["needs"]["rows"]) == [["Éducation", french("Funding"), 1]]
    assert normalised(tables["funding"]["rows"]) == [["Éducation", 0, 0, 0]]


def test_a_change_made_through_the_site_is_counted_before_the_next_reader_comes(
    client, dataset, moderator, make_organisation
):
    pending = make_organisation(status=ModerationStatus.PENDING, sectors=["education"], areas=["bni-makada"])
    page_tables(client, {})
    client.force_login(moderator)
    response = client.post(
        "/admin/organisations/organisation/",
        {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [pending.pk]},
    )
    assert response.status_code == 302
    # The moderator's decision updated the maintained counts in its own transaction (directory/counting.py).
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        tables = page_tables(client, {})
    assert not organisation_counting(queries.captured_queries)
    expected = expected_tables(World({}))
    assert normalised(tables["coverage-sectors"]["rows"]) == normalised(expected["coverage-sectors"])


def test_a_change_made_outside_a_request_is_counted_without_the_next_reader(
    client, dataset, make_organisation
):
    page_tables(client, {})
    make_organisation(sectors=["education"], areas=["bni-makada"])
    with CaptureQueriesContext(connection) as queries:
        tables = page_tables(client, {})
    assert not organisation_counting(queries.captured_queries)
    expected = expected_tables(World({}))
    assert normalised(tables["coverage-sectors"]["rows"]) == normalised(expected["coverage-sectors"])
