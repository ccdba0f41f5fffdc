import datetime

import pytest
from django.utils import timezone

from directory.models import LegalForm
from directory.moderation import ModerationStatus
from tests.opportunity_helpers import days, make_opportunity

LIST = "/fr/opportunities/"


def titles(response):
    return [o.title_fr for o in response.context["opportunities"]]


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {item["option"].slug: item["count"] for item in found["items"]}


@pytest.fixture
def organisation(make_organisation):
    return make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل")


@pytest.fixture
def board(organisation):
    """Seven public opportunities covering every facet; titles are their keys."""
    return {
        "youth": make_opportunity(
            organisation=organisation,
            title_fr="Bourse jeunesse Bni Makada",
            title_ar="منحة للشباب",
            sectors=["youth", "education"],
            areas=["bni-makada"],
            currency="MAD",
            amount_min=20_000,
            amount_max=40_000,
            deadline=days(5),
        ),
        "culture": make_opportunity(
            title_fr="Fonds culture Assilah",
            sectors=["culture"],
            areas=["assilah"],
            currency="MAD",
            amount_min=100_000,
            amount_max=300_000,
            deadline=days(20),
        ),
        "europe": make_opportunity(
            title_fr="Subvention européenne à distance",
            sectors=["education"],
            is_remote=True,
            currency="EUR",
            amount_min=600_000,
            deadline=days(60),
        ),
        "volunteers": make_opportunity(
            organisation=organisation,
            title_fr="Bénévoles pour le soutien scolaire",
            kind="volunteering",
            direction="sought",
            sectors=["education"],
            areas=["charf-souani"],
        ),
        "van": make_opportunity(
            organisation=organisation,
            title_fr="Minibus recherché",
            kind="in-kind",
            direction="sought",
            sectors=["disability"],
            areas=["tanger"],
            deadline=days(2),
        ),
        "old": make_opportunity(
            title_fr="Ancien appel santé",
            sectors=["health"],
            areas=["tanger"],
            currency="MAD",
            amount_max=10_000,
            deadline=days(-3),
        ),
        "closed-early": make_opportunity(
            organisation=organisation,
            title_fr="Formation fermée tôt",
            kind="training",
            sectors=["education"],
            areas=["tanger-medina"],
            deadline=days(10),
            closed_at=days(-1),
        ),
    }


def test_default_list_is_open_ones_soonest_first(client, board):
    assert titles(client.get(LIST)) == [
        "Minibus recherché",
        "Bourse jeunesse Bni Makada",
        "Fonds culture Assilah",
        "Subvention européenne à distance",
        "Bénévoles pour le soutien scolaire",
    ]


def test_with_closed_ones_shown_they_follow_the_open_ones_latest_first(client, board):
    assert titles(client.get(LIST, {"status": ["open", "closed"]})) == [
        "Minibus recherché",
        "Bourse jeunesse Bni Makada",
        "Fonds culture Assilah",
        "Subvention européenne à distance",
        "Bénévoles pour le soutien scolaire",  # open, no deadline: after every dated open one
        "Formation fermée tôt",
        "Ancien appel santé",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Without a choice of open or closed, only open ones are listed.
        ({}, {"youth", "culture", "europe", "volunteers", "van"}),
        ({"kind": "funding"}, {"youth", "culture", "europe"}),
        ({"kind": "funding", "status": ["open", "closed"]}, {"youth", "culture", "europe", "old"}),
        ({"kind": ["volunteering", "in-kind"]}, {"volunteers", "van"}),
        ({"direction": "sought"}, {"volunteers", "van"}),
        ({"kind": "funding", "direction": "offered", "sector": "education"}, {"youth", "europe"}),
        ({"sector": ["culture", "health"]}, {"culture"}),
        ({"target_group": "women"}, set()),
        # An area includes everything below it: Bni Makada, Charf-Souani and Tanger-Médina are in Tanger.
        (
            {"area": "tanger", "status": ["open", "closed"]},
            {"youth", "volunteers", "van", "old", "closed-early"},
        ),
        ({"area": "prefecture-tanger-assilah"}, {"youth", "culture", "volunteers", "van"}),
        ({"area": "bni-makada"}, {"youth"}),
        ({"remote": "yes"}, {"europe"}),
        ({"currency": "EUR"}, {"europe"}),
        ({"currency": "MAD"}, {"youth", "culture"}),
        ({"amount": "small", "status": ["open", "closed"]}, {"youth", "old"}),
        ({"amount": "medium"}, {"culture"}),
        ({"amount": "large"}, {"europe"}),
        ({"amount": ["small", "large"], "currency": "MAD"}, {"youth"}),
        ({"deadline": "7"}, {"van", "youth"}),
        ({"deadline": "30"}, {"van", "youth", "culture"}),  # closing early is not "closing soon"
        ({"status": "open"}, {"youth", "culture", "europe", "volunteers", "van"}),
        ({"status": "closed"}, {"old", "closed-early"}),
        ({"status": "closed", "sector": "education"}, {"closed-early"}),
        ({"status": ["open", "closed"], "kind": "training"}, {"closed-early"}),
        (
            {
                "kind": "funding",
                "direction": "offered",
                "sector": ["youth", "culture", "health"],
                "area": "prefecture-tanger-assilah",
                "currency": "MAD",
                "amount": ["small", "medium"],
                "deadline": "30",
                "status": "open",
            },
            {"youth", "culture"},
        ),
        ({"kind": "funding", "area": "tanger", "status": "open", "remote": "yes"}, set()),
        ({"q": "bourse", "area": "tanger"}, {"youth"}),
        ({"q": "bourse", "area": "assilah"}, set()),
        ({"q": "al amal", "direction": "sought"}, {"volunteers", "van"}),
    ],
)
def test_facets_and_search_combine(client, board, query, expected):
    response = client.get(LIST, query)
    assert response.status_code == 200
    titles_by_key = {key: o.title_fr for key, o in board.items()}
    assert sorted(titles(response)) == sorted(titles_by_key[key] for key in expected)
    assert response.context["paginator"].count == len(expected)


def test_facet_counts_ignore_their_own_selection_and_respect_the_others(client, board):
    response = client.get(LIST, {"kind": "funding", "status": ["open", "closed"]})
    assert facet(response, "kind") == {"funding": 4, "volunteering": 1, "in-kind": 1, "training": 1}
    assert facet(response, "direction") == {"offered": 4}
    assert facet(response, "status") == {"open": 3, "closed": 1}
    assert facet(response, "currency") == {"MAD": 3, "EUR": 1}
    assert facet(response, "remote") == {"yes": 1}
    assert facet(response, "deadline") == {"7": 1, "30": 2}

    narrowed = client.get(LIST, {"kind": "funding", "status": "open", "area": "tanger"})
    assert facet(narrowed, "kind") == {"funding": 1, "volunteering": 1, "in-kind": 1}
    assert facet(narrowed, "status") == {"open": 1, "closed": 1}
    areas = facet(narrowed, "area")
    assert (areas["tanger"], areas["bni-makada"], areas["assilah"], areas["prefecture-tanger-assilah"]) == (
        1,
        1,
        1,
        2,
    )
    assert "charf-souani" not in areas  # the sought volunteers are not funding
    assert facet(narrowed, "amount") == {"small": 1}


def test_amount_facet_counts_overlapping_ranges(client, board):
    counts = facet(client.get(LIST, {"status": ["open", "closed"]}), "amount")
    assert counts == {"small": 2, "medium": 1, "large": 1}


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.DRAFT, ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED],
)
def test_unpublished_opportunities_are_never_listed_or_counted(client, organisation, status):
    make_opportunity(organisation=organisation, title_fr="Appel caché", status=status, sectors=["health"])
    response = client.get(LIST, {"q": "cache"})
    assert titles(response) == []
    assert "Appel caché" not in response.content.decode()
    assert facet(client.get(LIST), "sector").get("health", 0) == 0
    assert facet(client.get(LIST), "kind") == {}


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.DRAFT, ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED],
)
def test_opportunities_of_an_unpublished_organisation_are_never_listed(client, make_organisation, status):
    hidden = make_organisation(name_fr="Association en attente", status=status)
    make_opportunity(organisation=hidden, title_fr="Appel de l'association cachée", sectors=["health"])
    response = client.get(LIST)
    assert titles(response) == []
    assert "cachée" not in response.content.decode()
    assert facet(response, "sector").get("health", 0) == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("benevoles", "Bénévoles pour le soutien scolaire"),
        ("BÉNÉVOLES scolaire", "Bénévoles pour le soutien scolaire"),
        ("subvention europeenne", "Subvention européenne à distance"),
        ("منحة", "Bourse jeunesse Bni Makada"),
        ("منحه للشباب", "Bourse jeunesse Bni Makada"),  # ta marbuta typed as ha
        ("مِنْحَة", "Bourse jeunesse Bni Makada"),  # with tashkeel
        ("جمعيه الامل", "Minibus recherché"),  # the publisher's Arabic name, without hamza
    ],
)
def test_search_normalises_french_and_arabic(client, board, query, expected):
    assert expected in titles(client.get(LIST, {"q": query}))


def test_search_needs_every_word(client, board):
    assert titles(client.get(LIST, {"q": "bourse assilah"})) == []


def test_bad_facet_value_does_not_cancel_the_others(client, board):
    response = client.get(LIST, {"kind": "funding", "sector": "no-such-sector", "currency": "EUR"})
    assert titles(response) == ["Subvention européenne à distance"]


@pytest.mark.parametrize(
    "query, cold, warm",
    [
        # Warm: the page, cached facet counts (version, counts: the status facet's are the list's total), about
        # pages; no COUNT of the list's own. Cold: the facets' maintained
        # tallies and the deadlines passed since their clock (2), the two facets counted live from the dates
        # ("when", "deadline": 2), the options of the three taxonomy facets and of "open to" (4), and caching the
        # version and the counts (5 each in a test).
        ({}, 22, 4),
        (
            {
                "kind": "funding",
                "area": "tanger",
                "sector": ["education", "youth"],
                "amount": "small",
                "q": "appel",
            },
            # The chosen sectors and area (2) and the search's cached plan (2, or 2 + 5 to make and cache it);
            # on PostgreSQL, making it checks whether the word occurs as typed (1; see search_plan). The
            # matches are a condition of the count, facet and page queries themselves.
            (41, 42),
            8,
        ),
    ],
)
def test_list_query_count_is_pinned(organisation, assert_page_queries, query, cold, warm):
    for i in range(30):
        make_opportunity(
            organisation=organisation,
            title_fr=f"Appel {i}",
            sectors=["education", "youth"],
            areas=["bni-makada", "tanger"],
            currency="MAD",
            amount_min=1000,
            deadline=timezone.now() + datetime.timedelta(days=i - 5),
        )
    assert_page_queries(LIST, query, cold=cold, warm=warm)


def test_search_finds_every_language_of_every_translated_field(client, organisation):
    make_opportunity(
        organisation=organisation,
        title_fr="Bénévoles menuisiers",
        kind="volunteering",
        skills_fr="menuiserie",
        skills_ar="نجارة",
        time_commitment_en="two evenings a week",
        how_to_apply_es="escribir a la asociación",
    )
    for query in ("نجاره", "menuiserie", "evenings", "asociacion"):
        assert titles(client.get(LIST, {"q": query})) == ["Bénévoles menuisiers"], query


def test_open_to_a_legal_form_includes_calls_open_to_every_form(client, organisation):
    """ "Open to cooperatives" (a start guide's link): calls naming cooperatives, and calls naming no legal form."""
    named = make_opportunity(title_fr="Réservé aux coopératives", deadline=days(10))
    named.eligible_legal_forms.set(LegalForm.objects.filter(slug__in=["cooperative", "association"]))
    make_opportunity(title_fr="Ouvert à tous", deadline=days(11))
    other = make_opportunity(title_fr="Réservé aux associations", deadline=days(12))
    other.eligible_legal_forms.set(LegalForm.objects.filter(slug="association"))

    response = client.get(LIST, {"open_to": "cooperative"})
    assert titles(response) == ["Réservé aux coopératives", "Ouvert à tous"]
    counts = facet(response, "open_to")
    assert counts["cooperative"] == 2 and counts["association"] == 3 and counts["company"] == 1
    assert titles(client.get(LIST, {"open_to": "cooperative", "kind": "training"})) == []
