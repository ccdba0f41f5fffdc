"""Members' forms on a phone: written in one language, errors where the person wrote, short enough to fill."""

import pytest

from tests.browser.conftest import log_in_directly

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_organisation_form_is_at_most_three_phone_screens_before_the_translations(
    new_page, live_server, owner, taxonomies, language
):
    page = new_page(viewport=PHONE)
    log_in_directly(page, live_server, owner)
    page.goto(f"/{language}/dashboard/organisations/new/")
    top = page.locator("main form").bounding_box()["y"]
    fold = page.locator("details.translations").bounding_box()["y"]
    page.screenshot(path=f"/tmp/fd/org-{language}.png", full_page=True)
    assert fold - top <= 3 * PHONE["height"], f"{fold - top:.0f} px"
