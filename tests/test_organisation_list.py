import re

import pytest
from django.test import override_settings

from directory.moderation import ModerationStatus

LIST = "/fr/organisations/"


def names(response):
    return [o.name_fr or o.name_ar for o in response.context["organisations"]]


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {item["option"].slug: item["count"] for item in found["items"]}


@pytest.fixture
def directory(make_organisation):
    return {
        "school": make_organisation(
            name_fr="École Bni Makada",
            sectors=["education", "youth"],
            areas=["bni-makada"],
            legal_form="association",
        ),
        "women": make_organisation(
            name_fr="Coopérative des femmes",
            sectors=["social-economy", "gender-equality"],
            areas=["charf-souani"],
            legal_form="cooperative",
            languages=["ar", "fr"],
        ),
        "assilah": make_organisation(
            name_fr="Culture Assilah", sectors=["culture", "education"], areas=["assilah"]
        ),
        "rotterdam": make_organisation(
            name_fr="Stichting Rotterdam", sectors=["education"], country="netherlands", languages=["nl"]
        ),
    }


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.DRAFT, ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED],
)
def test_unpublished_organisations_are_not_listed_or_counted(client, make_organisation, status):
    make_organisation(name_fr="Cachée", status=status, sectors=["health"])
    response = client.get(LIST, {"q": "cachee"})
    assert names(response) == []
    assert "Cachée" not in response.content.decode()
    assert facet(client.get(LIST), "sector").get("health", 0) == 0


def test_the_total_counts_public_organisations_only_with_or_without_filters(client, make_organisation):
    make_organisation(name_fr="Publique", sectors=["health"])
    make_organisation(name_fr="Autre publique", sectors=["education"])
    make_organisation(name_fr="En attente", status=ModerationStatus.PENDING, sectors=["health"])
    closed = make_organisation(name_fr="Fermée", sectors=["health"])
    closed.closed_on = closed.created_at.date()
    closed.save(update_fields=["closed_on"])
    unfiltered = client.get(LIST)
    assert unfiltered.context["paginator"].count == 2
    assert "2 organisations" in unfiltered.content.decode()
    assert client.get(LIST, {"sector": "health"}).context["paginator"].count == 1


def test_sector_facet_filters_and_counts(client, directory):
    response = client.get(LIST, {"sector": "education"})
    assert sorted(names(response)) == ["Culture Assilah", "Stichting Rotterdam", "École Bni Makada"]
    # Counts for the sector facet ignore its own selection, so the other options stay meaningful.
    assert facet(response, "sector")["social-economy"] == 1
    assert facet(response, "sector")["education"] == 3
    # Other facets count within the current results.
    assert facet(response, "legal_form") == {"association": 1}


def test_values_within_a_facet_widen_and_facets_combine_to_narrow(client, directory):
    either = client.get(LIST, {"sector": ["culture", "social-economy"]})
    assert sorted(names(either)) == ["Coopérative des femmes", "Culture Assilah"]
    both = client.get(LIST, {"sector": ["culture", "social-economy"], "area": "assilah"})
    assert names(both) == ["Culture Assilah"]


def test_area_includes_everything_below_it(client, directory):
    response = client.get(LIST, {"area": "tanger"})
    assert sorted(names(response)) == ["Coopérative des femmes", "École Bni Makada"]
    prefecture = client.get(LIST, {"area": "prefecture-tanger-assilah"})
    assert len(names(prefecture)) == 3
    counts = facet(client.get(LIST), "area")
    assert counts["tanger"] == 2
    assert counts["bni-makada"] == 1
    assert counts["morocco"] == 3


def test_country_legal_form_and_language_facets(client, directory):
    assert names(client.get(LIST, {"country": "netherlands"})) == ["Stichting Rotterdam"]
    assert names(client.get(LIST, {"legal_form": "cooperative"})) == ["Coopérative des femmes"]
    assert names(client.get(LIST, {"language": "nl"})) == ["Stichting Rotterdam"]
    assert facet(client.get(LIST), "country") == {"morocco": 3, "netherlands": 1}


def test_search_and_facets_combine_and_stay_in_the_url(client, directory):
    response = client.get(LIST, {"q": "ecole", "sector": "youth", "page": "1"})
    assert names(response) == ["École Bni Makada"]
    html = response.content.decode()
    assert 'value="ecole"' in html
    assert re.search(r'name="sector" value="youth"[^>]*checked', html)


def test_unknown_filter_value_is_reported_not_fatal(client, directory):
    response = client.get(LIST, {"sector": "no-such-sector"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert 'role="alert"' in response.content.decode()


def test_sort_by_name_and_by_recently_updated(client, directory):
    by_name = names(client.get(LIST, {"sort": "name"}))
    assert by_name == sorted(by_name, key=str.casefold)
    directory["assilah"].save()  # touch: now the most recently updated
    assert names(client.get(LIST, {"sort": "updated"}))[0] == "Culture Assilah"


def test_relevance_puts_name_matches_first(client, make_organisation):
    make_organisation(name_fr="Maison de quartier", description_fr="Accueil des femmes")
    make_organisation(name_fr="Femmes solidaires")
    assert names(client.get(LIST, {"q": "femmes"}))[0] == "Femmes solidaires"


@override_settings(DIRECTORY_PAGE_SIZE=20)
def test_results_are_paginated_with_filters_kept_in_page_links(client, make_organisation):
    for n in range(25):
        make_organisation(name_fr=f"Club {n:02d}", sectors=["sport"])
    first = client.get(LIST, {"sector": "sport", "sort": "name"})
    assert len(names(first)) == 20
    html = first.content.decode()
    assert "sector=sport" in html and "page=2" in html
    second = client.get(LIST, {"sector": "sport", "sort": "name", "page": 2})
    assert names(second) == [f"Club {n:02d}" for n in range(20, 25)]


@pytest.mark.parametrize(
    "query, cold, warm",
    [
        # Warm: the total (unfiltered: the maintained count of public organisations, read rather than counted),
        # facet counts from the cache (version, counts), the page, its sectors (the card shows no area), about
        # pages. Cold adds the six facets' options and their maintained tallies, read rather than counted (7),
        # and filling the cache: the version and the counts (5 each in a test: count, savepoint, read, write,
        # release).
        ({}, 23, 6),
        # The chosen sector and area are looked up (2); filtered, the total is counted.
        ({"sector": "education", "area": "assilah"}, 31, 8),
        # The search's plan (its words, and their typo corrections) comes from the cache (1), or is made and
        # cached (5); the matches are a condition of the count, facet and page queries themselves.
        ({"q": "org", "sector": "education"}, 37, 9),
    ],
)
def test_query_count_is_pinned(make_organisation, assert_page_queries, query, cold, warm):
    for n in range(43):
        make_organisation(
            name_fr=f"Org {n}",
            sectors=["education", "health"],
            areas=["bni-makada", "assilah"],
            target_groups=["women"],
            languages=["ar"],
            legal_form="association",
        )
    response = assert_page_queries(LIST, query, cold=cold, warm=warm)
    assert len(names(response)) == 20


def test_list_works_in_every_language(client, directory):
    for code in ("ar", "fr", "en", "nl", "es"):
        response = client.get(f"/{code}/organisations/", {"sector": "education"})
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.content.decode()
