"""The overview page: every number is checked against a count made here, in plain Python over the objects, on one
seeded random data set built once for the module (hand-made cases: tests/test_overview_cases.py)."""

import datetime
import random
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Area, Population
from directory.moderation import ModerationStatus
from directory.portal.overview.tables import DEADLINE_LIST_SIZE
from directory.templatetags.charts import LABEL_WIDTH, WIDTH
from tests.module_data import built_for_module
from tests.overview_helpers import (
    FILTERS,
    PAGE,
    PREFECTURE,
    TABLES,
    World,
    build,
    csv_rows,
    expected_tables,
    french,
    normalised,
    page_tables,
    value,
)

# The data set is built once and read by every test here; its tests stay on one worker.
pytestmark = pytest.mark.xdist_group("overview-dataset")


def census_figures():
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


@pytest.fixture(scope="module")
def overview_data(django_db_setup, django_db_blocker):
    def build_all():
        census_figures()
        build(random.Random(20240601), organisations=40, opportunities=80)

    yield from built_for_module(django_db_blocker, build_all)


@pytest.fixture
def dataset(overview_data, db):
    """The module's data set; each test's changes to it are rolled back after the test."""


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


# Counts made once per change of the data ----------------------------------------------------------------------


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
