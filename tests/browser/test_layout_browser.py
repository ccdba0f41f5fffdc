"""A 360 px phone: the header leaves the first screen to the content, the menu opens without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, ui

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("javascript", [True, False])
def test_phone_header_is_one_line_and_its_menu_opens_without_javascript(
    new_page, live_server, make_organisation, assert_accessible, language, javascript
):
    make_organisation(name_fr="Association Amal", sectors=["education"])
    page = new_page(javascript=javascript, viewport=PHONE)
    page.goto(f"/{language}/")
    header = page.locator(".site-header")
    assert header.bounding_box()["height"] <= 64
    organisations = page.locator(".site-header").get_by_role("link", name=ui(language, "Organisations"))
    expect(organisations).to_be_hidden()
    page.locator(".site-menu > summary").click()
    expect(organisations).to_be_visible()
    expect(page.locator(".language-switcher")).to_be_visible()
    assert page.locator(".site-menu").get_attribute("open") is not None
    if javascript:
        assert_accessible(page)
    with page.expect_navigation():
        organisations.click()
    assert page.url.endswith(f"/{language}/organisations/")


def test_wide_screen_shows_the_menu_without_a_button(new_page, live_server, db):
    page = new_page(viewport=DESKTOP)
    page.goto("/fr/")
    expect(page.locator(".site-menu > summary")).to_be_hidden()
    expect(page.locator(".site-header").get_by_role("link", name=ui("fr", "Organisations"))).to_be_visible()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_phone_sees_active_filters_with_the_panel_folded_and_removes_one(
    new_page, live_server, make_organisation, assert_accessible, language
):
    make_organisation(name_fr="Association Amal", sectors=["education", "health"])
    make_organisation(name_fr="Association Nour", sectors=["health"])
    page = new_page(viewport=PHONE)
    page.goto(f"/{language}/organisations/?sector=education")
    expect(page.locator(".facets-panel")).not_to_have_attribute("open", "")
    chips = page.get_by_role("list", name=ui(language, "Active filters"))
    expect(chips).to_be_visible()
    assert_accessible(page)
    remove = chips.get_by_role("link")
    expect(remove).to_have_count(1)
    with page.expect_navigation():
        remove.click()
    assert page.url.endswith(f"/{language}/organisations/?")
    expect(page.locator(".chips")).to_have_count(0)
