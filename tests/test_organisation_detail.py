import re

import pytest

from directory.moderation import ModerationStatus
from tests.news_helpers import make_project


def test_published_profile_shows_what_a_partner_needs(client, make_organisation):
    organisation = make_organisation(
        name_fr="Association Nour",
        acronym="AN",
        description_fr="Soutien scolaire pour les enfants.",
        mission_fr="Que chaque enfant finisse l'école.",
        sectors=["education"],
        target_groups=["children"],
        areas=["bni-makada"],
        languages=["ar", "fr"],
        legal_form="association",
        founded=2009,
        registration_number="TNG-2009-117",
        website="https://nour.example.org",
        email="contact@nour.example.org",
        phone="+212 539 00 00 00",
        address="12 rue de Fès",
        staff_count=3,
        volunteer_count=25,
    )
    response = client.get(f"/fr/organisations/{organisation.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    for expected in (
        "Association Nour",
        "Soutien scolaire",
        "Que chaque enfant",
        "Éducation",
        "Enfants",
        "Bni Makada",
        "Arabe",
        "2009",
        "TNG-2009-117",
        "https://nour.example.org",
        "mailto:contact@nour.example.org",
        "12 rue de Fès",
        "25 bénévoles",
    ):
        assert expected in html, expected


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.DRAFT, ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED],
)
def test_unpublished_profile_is_a_404(client, make_organisation, status):
    organisation = make_organisation(status=status)
    assert client.get(f"/fr/organisations/{organisation.slug}/").status_code == 404


def test_unknown_slug_is_a_404(client, db):
    assert client.get("/fr/organisations/nobody-here/").status_code == 404


def test_arabic_only_profile_has_an_arabic_slug_and_renders(client, make_organisation):
    organisation = make_organisation(name_fr="", name_ar="جمعية الأمل")
    assert organisation.slug == "جمعية-الأمل"
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    assert "جمعية الأمل" in response.content.decode()


def test_missing_translation_falls_back_and_is_marked_with_its_language(client, make_organisation):
    organisation = make_organisation(name_fr="", name_ar="جمعية الأمل", description_ar="نساعد النساء")
    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert '<span lang="ar" dir="rtl">جمعية الأمل</span>' in html
    french = make_organisation(name_fr="Maison des jeunes")
    arabic_page = client.get(f"/ar/organisations/{french.slug}/").content.decode()
    assert '<span lang="fr" dir="ltr">Maison des jeunes</span>' in arabic_page


def test_translation_in_the_readers_language_is_shown_without_marking(client, make_organisation):
    organisation = make_organisation(name_fr="Maison des jeunes", name_nl="Jongerenhuis")
    html = client.get(f"/nl/organisations/{organisation.slug}/").content.decode()
    assert "<bdi>Jongerenhuis</bdi>" in html


def test_map_is_offered_only_with_coordinates(client, make_organisation):
    located = make_organisation(latitude="35.767000", longitude="-5.800000")
    plain = make_organisation()
    located_html = client.get(located.get_absolute_url()).content.decode()
    assert 'id="map"' in located_html and "openstreetmap.org/?mlat=35.767000" in located_html
    plain_html = client.get(plain.get_absolute_url()).content.decode()
    assert 'id="map"' not in plain_html and "js/map.js" not in plain_html


def test_a_profile_shows_a_pin_and_loads_leaflet_only_when_the_reader_opens_the_map(
    client, make_organisation
):
    located = make_organisation(latitude="35.767000", longitude="-5.800000")
    html = client.get(located.get_absolute_url()).content.decode()
    # Nothing of Leaflet's is fetched with the page: no stylesheet, no script.
    assert not re.search(r"<(script|link)\b[^>]*leaflet", html)
    assert '<script src="/static/js/map.js" defer></script>' in html
    # What map.js fetches on "Show the map", resolved by {% static %} (hashed names in production).
    assert 'data-leaflet-css="/static/vendor/leaflet/leaflet.css"' in html
    assert 'data-leaflet-js="/static/vendor/leaflet/leaflet.js"' in html
    assert 'data-leaflet-icons-js="/static/js/leaflet-icons.js"' in html
    # The map's place and its button are hidden until a script can use them; the pin and the link are not.
    assert re.search(r'<div id="map" class="map" hidden', html)
    assert re.search(r'<button type="button" class="secondary" data-show-map hidden>[^<]+</button>', html)
    assert re.search(r'<svg class="map-pin" aria-hidden="true"', html)


def test_related_organisations_share_a_sector_and_an_area(client, make_organisation):
    organisation = make_organisation(name_fr="Centre A", sectors=["health"], areas=["tanger-medina"])
    make_organisation(name_fr="Centre B", sectors=["health"], areas=["tanger-medina"])
    make_organisation(name_fr="Centre C", sectors=["health"], areas=["assilah"])
    make_organisation(name_fr="Centre D", sectors=["sport"], areas=["tanger-medina"])
    make_organisation(
        name_fr="Centre E", sectors=["health"], areas=["tanger-medina"], status=ModerationStatus.PENDING
    )
    related = client.get(organisation.get_absolute_url()).context["related"]
    assert [o.name_fr for o in related] == ["Centre B"]


def test_detail_query_count_is_pinned(make_organisation, assert_page_queries):
    organisation = make_organisation(
        sectors=["health", "sport", "culture"], areas=["tanger-medina"], languages=["ar"]
    )
    for _ in range(7):
        make_organisation(sectors=["health", "education"], areas=["tanger-medina", "assilah"])
    # The organisation, its sectors, target groups, areas, languages; related organisations with their sectors
    # and areas; memberships, news, projects, partnerships, about pages. Nothing is cached.
    assert_page_queries(organisation.get_absolute_url(), cold=13, warm=13)


@pytest.mark.parametrize("projects", [1, 8])
def test_detail_query_count_does_not_grow_with_the_projects(make_organisation, assert_page_queries, projects):
    organisation = make_organisation(sectors=["health"], areas=["tanger-medina"])
    for n in range(projects):
        make_project(partners=[organisation, make_organisation()], sectors=["health"], title_ar=f"مشروع {n}")
    # As above without related organisations (none shares an area): their sectors and areas are not fetched.
    assert_page_queries(organisation.get_absolute_url(), cold=11, warm=11)
