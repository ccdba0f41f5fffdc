"""The content security policy in a real browser: every page still works and nothing is blocked."""

from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import PASSWORD

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`);
});
"""


def violations(page):
    page.wait_for_timeout(200)  # reports are dispatched asynchronously
    return page.evaluate("window.cspViolations")


@pytest.fixture
def watched(page):
    page.add_init_script(RECORD_VIOLATIONS)
    return page


@pytest.fixture
def mapped(make_organisation):
    return make_organisation(
        name_fr="Association Al Amal", latitude=Decimal("35.759465"), longitude=Decimal("-5.833954")
    )


def test_profile_and_directory_map_draw_without_any_policy_violation(watched, live_server, mapped):
    page = watched
    assert page.goto(mapped.get_absolute_url()).ok
    page.locator("[data-show-map]").click()  # Leaflet is fetched only now
    expect(page.locator("#map.leaflet-container")).to_be_visible()
    assert violations(page) == []
    assert page.goto("/fr/organisations/map/").ok
    expect(page.locator(".leaflet-marker-icon")).to_have_count(1)
    assert violations(page) == []
    # The watch itself works: an image from elsewhere is refused and reported.
    page.evaluate("document.body.appendChild(Object.assign(new Image(), {src: 'https://example.org/x.png'}))")
    assert violations(page) == ["img-src https://example.org/x.png"]


def test_admin_change_form_scripts_run_under_the_policy(watched, live_server, live_moderator, mapped):
    page = watched
    page.goto("/admin/login/")
    page.locator("#id_username").fill(live_moderator.email)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("input[type=submit]").click()
    assert page.goto(f"/admin/organisations/organisation/{mapped.pk}/change/").ok
    # The two-list selector for sectors is built by the admin's JavaScript.
    expect(page.locator("#id_sectors_filter")).to_be_visible()
    expect(page.locator("input[name=edit_version]")).to_have_count(1)
    assert violations(page) == []


def _admin_login(page, email):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("input[type=submit]").click()


def test_two_moderators_in_two_browsers_the_second_sees_both_versions(
    new_page, live_server, live_moderator, mapped, django_user_model
):
    second = django_user_model.objects.create_user(
        email="second@example.org", password=PASSWORD, is_staff=True, email_verified=True
    )
    second.groups.set(live_moderator.groups.all())
    first_page, second_page = new_page(), new_page()
    _admin_login(first_page, live_moderator.email)
    _admin_login(second_page, second.email)
    url = f"/admin/organisations/organisation/{mapped.pk}/change/"
    first_page.goto(url)
    second_page.goto(url)

    first_page.locator("#id_city").fill("Tétouan")
    with first_page.expect_navigation():
        first_page.locator("input[name=_save]").click()
    second_page.locator("#id_city").fill("Asilah")
    with second_page.expect_navigation():
        second_page.locator("input[name=_save]").click()

    table = second_page.get_by_role("alert").locator("table")
    expect(table.locator("tbody tr").filter(has_text="Tétouan")).to_contain_text("Asilah")
    mapped.refresh_from_db()
    assert mapped.city == "Tétouan"
    # Only our part of the page: Django's own admin widgets have findings of their own.
    found = Axe().run(second_page, context="#edit-conflict").response["violations"]
    assert found == []
