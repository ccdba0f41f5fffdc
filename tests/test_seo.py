"""Being found: sitemaps, robots.txt, canonical and alternate links, link previews and schema.org data."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.utils import timezone, translation
from pyld import jsonld

from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from tests.news_helpers import make_article, make_event, make_project
from tests.opportunity_helpers import days, make_opportunity

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGS = ["ar", "fr", "en", "nl", "es"]


def _sitemap_urls(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {}
    for loc in index.iter(f"{SITEMAP}loc"):
        section = ET.fromstring(client.get(loc.text.replace("http://testserver", "")).content)
        for url in section.iter(f"{SITEMAP}url"):
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
            urls[url.find(f"{SITEMAP}loc").text] = alternates
    return urls


def _json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def _expand(document):
    """Parse with a real JSON-LD processor; schema.org's context is served locally (no network here)."""

    def loader(url, options=None):
        return {
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}},
        }

    return jsonld.expand(document, {"documentLoader": loader})


def test_sitemap_lists_every_public_page_once_per_language_with_alternates(client, make_organisation):
    public = make_organisation(name_fr="Association Visible")
    hidden = make_organisation(name_fr="Association Cachée", status=ModerationStatus.PENDING)
    urls = _sitemap_urls(client)
    for code in LANGS:
        page = f"http://testserver/{code}/organisations/{public.slug}/"
        assert page in urls
        assert set(urls[page]) == {*LANGS, "x-default"}
        assert f"http://testserver/{code}/organisations/{hidden.slug}/" not in urls
        assert f"http://testserver/{code}/organisations/" in urls
    assert len([u for u in urls if u.endswith(f"/organisations/{public.slug}/")]) == len(LANGS)


@pytest.mark.parametrize(
    "status", [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED]
)
def test_sitemap_leaves_out_opportunities_and_events_that_are_not_public(client, make_organisation, status):
    make_opportunity(title_fr="Appel caché", status=status)
    make_event(title_fr="Rencontre cachée", start=timezone.now() + datetime.timedelta(days=3), status=status)
    shown = make_opportunity(title_fr="Appel public")
    urls = " ".join(_sitemap_urls(client))
    assert shown.slug in urls
    assert "appel-cache" not in urls and "rencontre-cachee" not in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_members_pages(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /ar/dashboard/" in text


def test_every_page_has_one_canonical_link_and_x_default_to_the_same_page(client, db):
    html = client.get("/fr/organisations/?sector=health").content.decode()
    assert html.count('rel="canonical"') == 1
    assert '<link rel="canonical" href="http://testserver/fr/organisations/?sector=health">' in html
    assert 'hreflang="x-default" href="http://testserver/organisations/?sector=health"' in html


def test_x_default_address_sends_readers_to_the_page_in_their_language(client, db):
    response = client.get("/organisations/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 302
    assert response["Location"] == "/nl/organisations/"


def test_profile_link_preview_in_the_page_language(client, make_organisation):
    organisation = make_organisation(
        name_fr="Association Al Amal", name_ar="جمعية الأمل", description_fr="Soutien scolaire à Bni Makada."
    )
    html = client.get(f"/ar/organisations/{organisation.slug}/").content.decode()
    assert '<meta property="og:title" content="جمعية الأمل">' in html
    assert '<meta property="og:locale" content="ar_MA">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert 'property="og:image" content="http://testserver/static/img/og-default.png"' in html


def test_profile_describes_the_organisation_as_json_ld(client, make_organisation):
    organisation = make_organisation(
        name_fr="Association Al Amal",
        acronym="AAA",
        legal_form="association",
        areas=["bni-makada"],
        website="https://al-amal.example.org",
        email="president.personal@example.org",
        address="12 rue de Fès",
    )
    html = client.get(f"/fr/organisations/{organisation.slug}/").content.decode()
    ngo, trail = _json_ld(html)
    assert ngo["@type"] == "NGO"
    assert ngo["name"] == "Association Al Amal"
    assert ngo["sameAs"] == ["https://al-amal.example.org"]
    assert ngo["address"]["streetAddress"] == "12 rue de Fès"
    assert [place["name"] for place in ngo["areaServed"]] == ["Bni Makada"]
    assert "president.personal@example.org" not in json.dumps(ngo)
    assert [item["name"] for item in trail["itemListElement"]][-1] == "Association Al Amal"
    assert _expand(ngo) and _expand(trail)


def test_json_ld_cannot_close_its_script_element(client, make_organisation):
    organisation = make_organisation(name_fr="</script><script>alert(1)</script>")
    html = client.get(f"/fr/organisations/{organisation.slug}/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    assert "<" not in block
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"


def test_volunteers_sought_are_a_volunteer_job_posting(client, make_organisation):
    organisation = make_organisation(name_fr="Association Al Amal")
    opportunity = make_opportunity(
        organisation=organisation,
        kind=Opportunity.Kind.VOLUNTEERING,
        direction=Opportunity.Direction.SOUGHT,
        title_fr="Bénévoles pour l'aide aux devoirs",
        description_fr="Deux heures par semaine.",
        deadline=days(10),
    )
    posting, _trail = _json_ld(client.get(f"/fr/opportunities/{opportunity.slug}/").content.decode())
    assert posting["@type"] == "JobPosting"
    assert posting["employmentType"] == "VOLUNTEER"
    assert posting["hiringOrganization"]["name"] == "Association Al Amal"
    assert posting["validThrough"].startswith(str(days(10).year))
    assert _expand(posting)


def test_funding_offered_is_a_monetary_grant_with_its_amount(client, taxonomies):
    opportunity = make_opportunity(
        title_fr="Fonds pour l'éducation", amount_min=10000, amount_max=50000, currency="MAD"
    )
    grant, _trail = _json_ld(client.get(f"/fr/opportunities/{opportunity.slug}/").content.decode())
    assert grant["@type"] == "MonetaryGrant"
    assert grant["funder"]["name"] == "Fondation Méditerranée"
    assert grant["amount"] == {
        "@type": "MonetaryAmount",
        "currency": "MAD",
        "minValue": 10000.0,
        "maxValue": 50000.0,
    }
    assert _expand(grant)


def test_event_describes_when_where_and_who_as_json_ld(client, make_organisation):
    organiser = make_organisation(name_fr="Association Al Amal")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=5)
    event = make_event(title_fr="Journée portes ouvertes", start=start, organiser=organiser)
    data, trail = _json_ld(client.get(f"/fr/events/{event.slug}/").content.decode())
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Place du 9 Avril 1947, Tanger"
    assert data["organizer"]["name"] == "Association Al Amal"
    assert datetime.datetime.fromisoformat(data["startDate"]) == start
    assert _expand(data) and _expand(trail)
    html = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert html.count('rel="canonical"') == 1


SITE_DESCRIPTION = (
    "Who does what in Tangier's civil society: associations, cooperatives and their partners abroad."
)


def _meta_description(html):
    return unescape(re.search(r'<meta name="description" content="([^"]*)">', html).group(1))


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize(
    "page",
    [
        lambda make_organisation: f"organisations/{make_organisation().slug}/",
        lambda make_organisation: f"opportunities/{make_opportunity().slug}/",
        lambda make_organisation: f"news/{make_article().slug}/",
        lambda make_organisation: (
            f"events/{make_event(start=timezone.now() + datetime.timedelta(days=3)).slug}/"
        ),
        lambda make_organisation: f"projects/{make_project().slug}/",
    ],
    ids=["organisation", "opportunity", "article", "event", "project"],
)
def test_a_record_without_text_keeps_the_site_description_rather_than_an_empty_one(
    client, make_organisation, page, language
):
    # An empty meta description is what search engines (and Lighthouse's SEO audit) flag.
    html = client.get(f"/{language}/{page(make_organisation)}").content.decode()
    with translation.override(language):
        assert _meta_description(html) == translation.gettext(SITE_DESCRIPTION)


def test_a_record_with_text_describes_itself(client, make_organisation):
    organisation = make_organisation(description_fr="Soutien scolaire à Bni Makada.")
    html = client.get(f"/ar/organisations/{organisation.slug}/").content.decode()
    assert _meta_description(html) == "Soutien scolaire à Bni Makada."
