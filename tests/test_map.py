import json
import re
from decimal import Decimal

import pytest

from directory.moderation import ModerationStatus

MAP = "/fr/organisations/map/"
LIST = "/fr/organisations/"


def map_data(response):
    match = re.search(
        r'<script id="map-data" type="application/json">(.*?)</script>', response.content.decode()
    )
    assert match, "no map data on the page"
    return json.loads(match.group(1))


def point_names(response):
    return sorted(point[1] for point in map_data(response)["points"])


def listed(response):
    return sorted(o.name_fr for o in response.context["organisations"])


@pytest.fixture
def directory(make_organisation):
    here = {"latitude": Decimal("35.776"), "longitude": Decimal("-5.80312")}
    return {
        "school": make_organisation(
            name_fr="École Bni Makada", sectors=["education"], areas=["bni-makada"], **here
        ),
        "clinic": make_organisation(
            name_fr="Santé Médina", sectors=["health"], areas=["tanger-medina"], **here
        ),
        "nowhere": make_organisation(
            name_fr="Éducation sans adresse", sectors=["education"], areas=["assilah"]
        ),
        "hidden": make_organisation(
            name_fr="Éducation en attente", sectors=["education"], status=ModerationStatus.PENDING, **here
        ),
    }


def test_map_data_has_only_published_organisations_with_coordinates(client, directory):
    data = map_data(client.get(MAP))
    assert [point[1] for point in data["points"]] == ["École Bni Makada", "Santé Médina"]
    school = directory["school"]
    assert data["points"][0] == [school.pk, "École Bni Makada", 35.776, -5.80312, school.slug]
    assert data["url"].replace(data["placeholder"], school.slug) == school.get_absolute_url()


def test_map_names_follow_the_readers_language(client, make_organisation):
    make_organisation(name_fr="Amal", name_ar="الأمل", latitude=Decimal("35.7"), longitude=Decimal("-5.8"))
    make_organisation(name_fr="Nour", latitude=Decimal("35.7"), longitude=Decimal("-5.8"))
    assert point_names(client.get("/ar/organisations/map/")) == ["Nour", "الأمل"]


def test_map_uses_the_same_filters_and_facets_as_the_list(client, directory):
    query = {"sector": "education", "area": "tanger"}
    on_map, on_list = client.get(MAP, query), client.get(LIST, query)
    assert listed(on_map) == listed(on_list) == ["École Bni Makada"]
    assert on_map.context["facets"] == on_list.context["facets"]
    assert point_names(on_map) == ["École Bni Makada"]
    searched = client.get(MAP, {"q": "sante"})
    assert point_names(searched) == listed(searched) == ["Santé Médina"]


def test_without_javascript_the_page_lists_every_organisation_found(client, directory):
    html = client.get(MAP, {"sector": "education"}).content.decode()
    # The list is plain HTML: names linking to the profiles, with their areas; no coordinates needed.
    for organisation, area in ((directory["school"], "Bni Makada"), (directory["nowhere"], "Assilah")):
        assert f'href="{organisation.get_absolute_url()}"' in html
        assert organisation.name_fr in html
        assert area in html
    assert "Éducation en attente" not in html
    assert re.search(r'<div id="orgmap"[^>]*role="region"[^>]*aria-label="[^"]+"', html)


def test_list_and_map_link_to_each_other_keeping_the_query(client, directory):
    html = client.get(LIST, {"sector": "education", "page": "1"}).content.decode()
    assert 'href="/fr/organisations/map/?sector=education"' in html
    html = client.get(MAP, {"sector": "education"}).content.decode()
    assert 'href="/fr/organisations/?sector=education"' in html


def test_a_search_without_coordinates_loads_no_map(client, directory):
    response = client.get(MAP, {"area": "assilah"})
    html = response.content.decode()
    assert listed(response) == ["Éducation sans adresse"]
    assert 'id="map-data"' not in html
    assert "leaflet" not in html


def test_an_organisation_called_map_keeps_the_map_page_reachable(client, make_organisation):
    organisation = make_organisation(name_fr="Map")
    assert organisation.slug != "map"
    assert client.get(MAP).context["organisations"]  # the map page, not a profile
    assert client.get(organisation.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "query, cold, warm",
    [
        # Warm: count, cached facet counts (version, counts), the markers, the list, areas, about pages.
        # Cold: as the list's (test_organisation_list): the facets' options and their maintained tallies (7), and
        # caching the version and the counts (5 each in a test).
        ({}, 24, 7),
        # The chosen sector (1) and the search's cached plan (1, or 1 + 5 to make and cache it); making it on
        # PostgreSQL first checks whether the word occurs as typed, before looking for corrections (1). The
        # matches are a condition of the count, facet and marker queries themselves.
        ({"sector": "education", "q": "ecole"}, (38, 39), 10),
    ],
)
def test_map_query_count_is_pinned(make_organisation, assert_page_queries, query, cold, warm):
    for i in range(25):
        make_organisation(
            name_fr=f"École {i}",
            sectors=["education", "youth"],
            areas=["bni-makada", "assilah"],
            latitude=Decimal("35.7"),
            longitude=Decimal("-5.8"),
        )
    assert_page_queries(MAP, query, cold=cold, warm=warm)
