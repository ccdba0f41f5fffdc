"""The frame of every page on a phone: compact header, visible active filters, informative cards, favicon."""

import re
from html import unescape

import pytest

from tests.opportunity_helpers import make_opportunity


def test_favicon_is_linked_and_served_at_the_address_browsers_ask_for(client, db):
    html = client.get("/ar/").content.decode()
    assert re.search(r'<link rel="icon" href="/static/img/favicon\.svg" type="image/svg\+xml">', html)
    assert '<link rel="icon" href="/static/img/favicon-32.png" type="image/png" sizes="32x32">' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.ico"


def test_header_has_a_logo_and_a_menu_button_that_needs_no_javascript(client, db):
    html = client.get("/fr/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert '<img src="/static/img/logo.svg" alt=""' in header  # the name beside it says it all
    # A <details> is a button with its expanded state for assistive technology, without any script.
    assert re.search(r'<details class="site-menu">\s*<summary>.*Menu</summary>', header, re.S)
    assert 'aria-label="Menu principal"' in header
    assert "<script" not in header


@pytest.mark.parametrize(
    ("url", "query", "removed", "kept"),
    [
        (
            "/fr/organisations/",
            "sector=education&sector=health&q=amal",
            "sector=health",
            "sector=education&q=amal",
        ),
        ("/fr/organisations/", "sector=education&q=amal", "q=amal", "sector=education"),
        ("/fr/opportunities/", "sector=education&page=1", "sector=education", ""),
        ("/fr/organisations/map/", "area=bni-makada", "area=bni-makada", ""),
    ],
)
def test_active_filters_show_as_chips_each_removing_only_itself(
    client, make_organisation, url, query, removed, kept
):
    organisation = make_organisation(
        name_fr="Association Amal", sectors=["education", "health"], areas=["bni-makada"]
    )
    make_opportunity(organisation=organisation, sectors=["education"])
    html = client.get(f"{url}?{query}").content.decode()
    chips = re.search(r'<ul class="chips" aria-label="Filtres actifs">(.*?)</ul>', html, re.S)
    assert chips, "the active filters should show above the results"
    links = [unescape(href) for href in re.findall(r'href="([^"]*)" class="chip-remove"', chips.group(1))]
    # Removing one filter keeps the others and drops the page number (the results change).
    assert f"?{kept}" in links
    assert all(removed not in link and "page=" not in link for link in links if link == f"?{kept}")
    # Every chip is named for what it removes, not "×".
    assert len(re.findall(r'aria-label="Retirer le filtre « [^"]+ »"', chips.group(1))) == query.count(
        "="
    ) - query.count("page=")


def test_no_chips_without_filters(client, make_organisation):
    make_organisation(sectors=["education"])
    assert 'class="chips"' not in client.get("/fr/organisations/").content.decode()


def test_cards_show_a_one_line_summary_and_the_amount_with_its_currency(client, make_organisation):
    organisation = make_organisation(
        name_fr="Association Amal",
        description_fr="Soutien scolaire et ateliers de lecture pour les enfants de Bni Makada.",
    )
    make_opportunity(
        organisation=organisation, amount_max=150000, currency="MAD", description_fr="Un appel ouvert."
    )
    html = client.get("/fr/organisations/").content.decode()
    assert '<p class="card-summary">Soutien scolaire et ateliers de lecture' in html
    html = client.get("/fr/opportunities/").content.decode()
    assert '<p class="amount"><bdi dir="ltr">150\xa0000\xa0MAD</bdi></p>' in html


def test_cards_show_the_logo_when_there_is_one(client, make_organisation, settings, tmp_path):
    from tests.images import image_upload

    settings.MEDIA_ROOT = tmp_path
    with_logo = make_organisation(name_fr="Avec logo")
    with_logo.logo = image_upload()
    with_logo.save()
    make_organisation(name_fr="Sans logo")
    html = client.get("/fr/organisations/").content.decode()
    assert html.count('class="card-logo"') == 1
