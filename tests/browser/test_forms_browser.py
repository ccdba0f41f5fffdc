"""Members' forms on a phone, in Arabic and French: written in one language, errors shown where the person wrote
with the focus on a summary, a volunteering slot with its date found by "this weekend"."""

import pytest
from django.utils import formats, translation
from playwright.sync_api import expect

from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from opportunities.filters import _weekend
from opportunities.models import Opportunity
from organisations.models import Organisation
from tests.browser.conftest import log_in_directly, sector_name, ui

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
NAMES = {"ar": "جمعية أصدقاء الحي", "fr": "Association Amis du quartier"}
SLOTS = {"ar": "متطوعون لتنظيف الشاطئ", "fr": "Bénévoles pour nettoyer la plage"}


def shown_date(language, day):
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_an_ngo_registers_in_its_language_posts_a_weekend_slot_and_a_reader_finds_it(
    new_page, live_server, owner, live_moderator, taxonomies, assert_accessible, language
):
    other = "fr" if language == "ar" else "ar"
    page = new_page(viewport=PHONE)
    log_in_directly(page, live_server, owner)
    page.goto(f"/{language}/dashboard/organisations/new/")
    # Only the language written in is on show; the others wait under "Add a translation".
    expect(page.locator(f"#id_name_{language}")).to_be_visible()
    expect(page.locator(f"#id_name_{other}")).to_be_hidden()
    page.locator(f"#id_description_{language}").fill("…")
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send for approval")).click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(page.locator(f"#id_name_{language}")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#id_name_{other}")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("details.translations")).not_to_have_attribute("open", "")
    assert_accessible(page)
    summary.get_by_role("link").first.click()
    expect(page.locator(f"#id_name_{language}")).to_be_focused()
    page.keyboard.type(NAMES[language])
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send for approval")).click()
    organisation = Organisation.objects.get(**{f"name_{language}": NAMES[language]})
    assert getattr(organisation, f"name_{other}") in (None, "")
    moderation_decide(obj=organisation, to_status=ModerationStatus.PUBLISHED, actor=live_moderator)

    # Kind and direction first, in plain words; then a form that asks only what volunteering needs.
    saturday = _weekend()[0]
    page.goto(f"/{language}/dashboard/opportunities/{organisation.slug}/new/")
    with translation.override(language):
        page.get_by_role("link", name=str(ui(language, "We are looking for volunteers"))).click()
    for absent in ("amount_min", "currency", "registration_required", "condition"):
        expect(page.locator(f"#id_{absent}")).to_have_count(0)
    page.locator(f"#id_title_{language}").fill(SLOTS[language])
    page.locator("#id_start_date").fill(saturday.isoformat())
    page.get_by_role("checkbox", name=sector_name(language, "education"), exact=True).check()
    assert_accessible(page)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send for approval")).click()
    slot = Opportunity.objects.get(**{f"title_{language}": SLOTS[language]})
    assert (slot.kind, slot.direction, slot.start_date) == ("volunteering", "sought", saturday)
    moderation_decide(obj=slot, to_status=ModerationStatus.PUBLISHED, actor=live_moderator)

    reader = new_page(viewport=PHONE)
    reader.goto(f"/{language}/opportunities/")
    reader.locator("details.facets-panel > summary").click()
    with reader.expect_navigation():
        reader.locator("#f-when-weekend").check()
    card = reader.locator(".results .card", has_text=SLOTS[language])
    expect(card).to_have_count(1)
    expect(card.locator(".when")).to_contain_text(shown_date(language, saturday))
    assert_accessible(reader)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_organisation_form_is_at_most_three_phone_screens_before_the_translations(
    new_page, live_server, owner, taxonomies, language
):
    page = new_page(viewport=PHONE)
    log_in_directly(page, live_server, owner)
    page.goto(f"/{language}/dashboard/organisations/new/")
    top = page.locator("main form").bounding_box()["y"]
    fold = page.locator("details.translations").bounding_box()["y"]
    assert fold - top <= 3 * PHONE["height"], f"the form is {fold - top:.0f} px tall before the translations"


@pytest.mark.parametrize("javascript", [True, False])
def test_the_point_is_set_on_a_map_or_typed_without_javascript(
    new_page, live_server, owner, taxonomies, javascript
):
    page = new_page(viewport=PHONE, javascript=javascript)
    log_in_directly(page, live_server, owner)
    page.goto("/fr/dashboard/organisations/new/")
    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")
    expect(latitude).to_be_hidden()  # folded under the address
    page.get_by_text(ui("fr", "Set the point on a map")).click()
    if javascript:
        point_map = page.locator("[data-point-map]")
        expect(point_map).to_be_visible()
        point_map.click()
        expect(latitude).not_to_have_value("")
        assert 35 < float(latitude.input_value()) < 36.5 and -6.5 < float(longitude.input_value()) < -5
    else:
        expect(page.locator("[data-point-map]")).to_be_hidden()
        latitude.fill("35.7673")
        longitude.fill("-5.7997")
    page.locator("#id_name_fr").fill("Association du Phare")
    with page.expect_navigation():
        page.get_by_role("button", name=ui("fr", "Send for approval")).click()
    organisation = Organisation.objects.get(name_fr="Association du Phare")
    assert organisation.latitude is not None and organisation.longitude is not None
