"""The admin as an Arabic-speaking moderator uses it: branded, its widgets in Arabic, accessible, readable RTL."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from organisations.models import Claim, Membership, PartnerSearch
from tests.browser.conftest import TIMEOUT_MS, log_in_directly, ui
from tests.format_helpers import MOROCCAN_MONTHS
from tests.news_helpers import make_article, make_event
from tests.opportunity_helpers import make_opportunity

pytestmark = pytest.mark.browser


@pytest.fixture
def moderated(make_organisation, live_moderator, owner, citizen):
    """One of each moderated kind of record, with what their change forms show (a member, related records)."""
    organisation = make_organisation(
        name_fr="Association Al Amal", name_ar="جمعية الأمل", sectors=["education"]
    )
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    unowned = make_organisation(name_fr="Association Sans Maître")
    return {
        "organisations/organisation": organisation,
        "organisations/claim": Claim.objects.create(
            organisation=unowned, user=citizen, message="Je préside."
        ),
        "organisations/partnersearch": PartnerSearch.objects.create(
            organisation=organisation, title_fr="Partenaires pour la plage"
        ),
        "opportunities/opportunity": make_opportunity(
            organisation=organisation,
            deadline=timezone.now() + datetime.timedelta(days=10),
            amount_max=Decimal("150000"),
            currency="MAD",
        ),
        "news/article": make_article(title_fr="Nouvelles du quartier"),
        "news/event": make_event(start=timezone.now() + datetime.timedelta(days=3), title_fr="Forum"),
    }


@pytest.fixture
def arabic_admin(browser, live_server, live_moderator):
    """A moderator whose browser asks for Arabic, on a phone-sized screen, logged in."""
    context = browser.new_context(
        base_url=live_server.url, locale="ar", viewport={"width": 1024, "height": 800}
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    log_in_directly(page, live_server, live_moderator)
    yield page
    context.close()


def test_admin_is_branded_in_the_readers_language(arabic_admin):
    arabic_admin.goto("/admin/")
    assert arabic_admin.locator("html").get_attribute("lang") == "ar"
    assert arabic_admin.locator("html").get_attribute("dir") == "rtl"
    header = arabic_admin.locator("#site-name").inner_text()
    assert header == ui("ar", "Tangier Associations: administration")
    assert "جانغو" not in arabic_admin.content()
    assert "Django" not in arabic_admin.title()


@pytest.mark.parametrize(
    "model",
    [
        "organisations/organisation",
        "organisations/claim",
        "organisations/partnersearch",
        "opportunities/opportunity",
        "news/article",
        "news/event",
    ],
)
def test_change_forms_in_arabic_pass_axe(arabic_admin, moderated, assert_accessible, model):
    arabic_admin.goto(f"/admin/{model}/{moderated[model].pk}/change/")
    arabic_admin.wait_for_load_state("networkidle")
    assert arabic_admin.locator("html").get_attribute("lang") == "ar"
    assert_accessible(arabic_admin)


def test_admin_widgets_speak_arabic_with_moroccan_month_names(arabic_admin, moderated):
    event = moderated["news/event"]
    arabic_admin.goto(f"/admin/news/event/{event.pk}/change/")
    # The date widget's calendar: days and months from the JavaScript catalogue.
    arabic_admin.locator("#calendarlink0").click()
    calendar = arabic_admin.locator("#calendarbox0")
    expect(calendar).to_be_visible()
    text = calendar.inner_text()
    month = timezone.localtime(event.start).month
    moroccan = MOROCCAN_MONTHS[month - 1]
    assert moroccan in text, text
    for french in ("Lundi", "Mardi", "Dimanche", "Aujourd", "janvier", "décembre"):
        assert french.lower() not in text.lower(), text
    # The two-box selector of sectors: its labels come from the catalogue too.
    selector = arabic_admin.locator(".selector").first.inner_text()
    assert "Choisir" not in selector and "Supprimer" not in selector, selector


def test_changelist_dates_are_not_clipped_in_rtl(arabic_admin, moderated):
    Article.objects.update(publish_at=timezone.now() - datetime.timedelta(days=2))
    arabic_admin.goto("/admin/news/article/")
    cells = arabic_admin.locator("#result_list td.field-publish_at")
    expect(cells.first).to_be_visible()
    for cell in cells.all():
        clipped = cell.evaluate("el => el.scrollWidth > el.clientWidth + 1")
        assert not clipped, cell.inner_text()
    # The date reads day first with the Moroccan month name and a 24-hour time.
    text = cells.first.inner_text()
    assert any(name in text for name in MOROCCAN_MONTHS)
