"""The overview, the map and the cooperation page in a real browser, in Arabic and French."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from directory.models import Sector
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from opportunities.models import Opportunity
from organisations.models import PartnerSearch, PartnerSearchMessage, Partnership
from tests.browser.conftest import sector_name, ui
from tests.opportunity_helpers import days, make_opportunity

pytestmark = pytest.mark.browser

ORG_EMAIL = "contact@al-amal.example.org"
AMAL = {"ar": "جمعية الأمل", "fr": "Association Al Amal"}
MEDINA = {"ar": "مؤسسة شباب المدينة", "fr": "Fondation Jeunesse Médina"}
SEARCH_TITLE = {"ar": "نبحث عن شريك لتبادل الشباب", "fr": "Partenaire cherché pour un échange de jeunes"}


@pytest.fixture
def scene(make_organisation, live_moderator):
    """Organisations in Tangier (two of them side by side, for a cluster), one in Rotterdam, a confirmed
    partnership between Tangier and Rotterdam, a published partner search, and some open opportunities."""
    last_year = timezone.now() - datetime.timedelta(days=400)
    amal = make_organisation(
        name_fr=AMAL["fr"],
        name_ar=AMAL["ar"],
        email=ORG_EMAIL,
        sectors=["education"],
        target_groups=["children"],
        areas=["bni-makada"],
        latitude=Decimal("35.759465"),
        longitude=Decimal("-5.833954"),
        published_at=last_year,
    )
    make_organisation(
        name_fr="Association Amal Bis",
        name_ar="جمعية الأمل الثانية",
        sectors=["education"],
        areas=["bni-makada"],
        latitude=Decimal("35.759600"),
        longitude=Decimal("-5.834100"),
        published_at=last_year,
    )
    make_organisation(
        name_fr=MEDINA["fr"],
        name_ar=MEDINA["ar"],
        sectors=["youth"],
        areas=["tanger-medina"],
        latitude=Decimal("35.786700"),
        longitude=Decimal("-5.811900"),
        published_at=timezone.now(),
    )
    rotterdam = make_organisation(
        name_fr="Stichting Samen Rotterdam", city="Rotterdam", country="netherlands"
    )
    Partnership.objects.create(
        organisation=amal,
        partner=rotterdam,
        role=Partnership.Role.PROJECT,
        confirmed_at=timezone.now(),
        status="published",
    )
    search = PartnerSearch.objects.create(
        organisation=amal,
        title_ar=SEARCH_TITLE["ar"],
        title_fr=SEARCH_TITLE["fr"],
        description_fr="Une semaine d'échange à Tanger en juillet.",
    )
    search.sectors.set(Sector.objects.filter(slug="youth"))
    moderation_decide(obj=search, to_status=ModerationStatus.PUBLISHED, actor=live_moderator)
    make_opportunity(
        title_fr="Fonds jeunesse",
        sectors=["youth"],
        areas=["tanger-medina"],
        amount_max=Decimal("50000"),
        currency=Opportunity.Currency.MAD,
    )
    make_opportunity(
        organisation=amal,
        title_fr="Des livres pour la bibliothèque",
        kind=Opportunity.Kind.IN_KIND,
        direction=Opportunity.Direction.SOUGHT,
        sectors=["education"],
        areas=["bni-makada"],
        deadline=days(10),
    )
    return {"amal": amal, "rotterdam": rotterdam, "search": search}


def left_and_right(locator):
    box = locator.bounding_box()
    return box["x"], box["x"] + box["width"]


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_overview_charts_follow_the_reading_direction_and_filters_apply(
    page, live_server, scene, assert_accessible, language, direction
):
    assert page.goto(f"/{language}/overview/").ok
    expect(page.locator("html")).to_have_attribute("dir", direction)
    chart = page.get_by_role("img", name=ui(language, "Open funding offers by sector"))
    expect(chart).to_have_count(1)
    # The youth row: label, then the bar, then its value, in the reading direction.
    row = chart.locator(".bar-row", has_text=sector_name(language, "youth"))
    label_left, label_right = left_and_right(row.locator(".bar-label"))
    bar_left, bar_right = left_and_right(row.locator("rect.bar"))
    value_left, value_right = left_and_right(row.locator(".bar-value"))
    assert bar_right > bar_left
    if direction == "rtl":
        assert label_left >= bar_right - 1 and value_right <= bar_left + 1
    else:
        assert label_right <= bar_left + 1 and value_left >= bar_right - 1
    expect(page.get_by_role("img", name=ui(language, "Organisations published per quarter"))).to_be_visible()

    filters = page.locator("details", has=page.get_by_text(ui(language, "Sector"), exact=True))
    filters.locator("summary").click()
    filters.get_by_role("checkbox", name=sector_name(language, "education"), exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Apply filters")).click()
    assert "sector=education" in page.url
    sectors = page.locator("#table-coverage-sectors tbody th")
    expect(sectors).to_have_text([sector_name(language, "education")])
    expect(page.get_by_role("link", name=ui(language, "Clear all filters"))).to_be_visible()
    # Checked once, filtered: the same markup with an open filter, and a matrix small enough for axe to take
    # two seconds rather than five.
    assert_accessible(page)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_map_clusters_markers_and_lists_them_without_javascript(
    new_page, live_server, scene, assert_accessible, language
):
    page = new_page()
    assert page.goto(f"/{language}/organisations/map/").ok
    expect(page.get_by_role("region", name=ui(language, "Map of the organisations found"))).to_be_visible()
    # The two neighbours in Bni Makada share a cluster; the Médina foundation has a marker of its own.
    expect(page.locator(".marker-cluster")).to_have_text("2")
    expect(page.locator(f".leaflet-marker-icon[title='{MEDINA[language]}']")).to_be_visible()
    assert_accessible(page)

    # axe-core is a script, so it cannot run here; the markup is the page above's, without the map drawn.
    plain = new_page(javascript=False)
    assert plain.goto(f"/{language}/organisations/map/").ok
    expect(plain.locator("#orgmap")).to_be_hidden()
    expect(plain.locator(".org-list > li")).to_have_count(4)
    expect(plain.locator(".org-list").get_by_role("link", name=MEDINA[language])).to_be_visible()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_cooperation_page_shows_links_abroad_and_relays_a_message(
    page, live_server, scene, assert_accessible, language
):
    assert page.goto(f"/{language}/cooperation/").ok
    link = page.locator(".links-abroad > li")
    expect(link).to_have_count(1)
    expect(link.get_by_role("link", name=AMAL[language])).to_be_visible()
    expect(link.get_by_role("link", name="Stichting Samen Rotterdam")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=SEARCH_TITLE[language]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEARCH_TITLE[language])
    assert_accessible(page)
    page.locator("#id_name").fill("Anouk de Vries")
    page.locator("#id_email").fill("anouk@example.nl")
    page.locator("#id_message").fill("Wij zoeken ook een jongerenuitwisseling.")
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send the message")).click()
    expect(page.get_by_role("status")).to_contain_text(
        ui(language, "Your message has been sent to the organisation. They will reply to you by e-mail.")
    )
    assert ORG_EMAIL not in page.content()
    assert PartnerSearchMessage.objects.get().partner_search == scene["search"]
    (relayed,) = [message for message in mail.outbox if message.to == [ORG_EMAIL]]
    assert relayed.message()["Reply-To"] == "anouk@example.nl"
    assert "Wij zoeken ook een jongerenuitwisseling." in relayed.body
