"""The public directory in a real browser: accessibility, direction, search, filters, language, keyboard."""

import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import get_language_info
from playwright.sync_api import expect

from organisations.models import TranslationRequest

pytestmark = pytest.mark.browser


def ui(language, text):
    """An interface string as the reader sees it, so the tests survive the translations being filled in."""
    with translation.override(language):
        return translation.gettext(text)


@pytest.fixture
def directory(make_organisation):
    """A handful of organisations as they appear in Tangier: bilingual, Arabic-only, in and around the city."""
    return {
        "amal": make_organisation(
            name_fr="Association Al Amal pour l'éducation",
            name_ar="جمعية الأمل للتربية",
            acronym="AAE",
            legal_form="association",
            sectors=["education", "children"],
            target_groups=["children", "families"],
            areas=["bni-makada"],
            languages=["ar", "ary", "fr"],
            description_fr="Soutien scolaire et ateliers de lecture pour les enfants de Bni Makada.",
            description_ar="دعم مدرسي وورشات للقراءة لفائدة أطفال بني مكادة.",
            mission_fr="Que chaque enfant du quartier lise couramment à dix ans.",
            address="12, rue Moulay Ismaïl",
            latitude=Decimal("35.759465"),
            longitude=Decimal("-5.833954"),
            founded=2009,
            website="https://al-amal.example.org",
            email="contact@al-amal.example.org",
            phone="+212 539 00 00 00",
            staff_count=4,
            volunteer_count=25,
            registration_number="123/2009",
        ),
        "medina": make_organisation(
            name_fr="Fondation Jeunesse Médina",
            name_ar="مؤسسة شباب المدينة",
            legal_form="foundation",
            sectors=["youth", "education"],
            target_groups=["young-people"],
            areas=["tanger-medina"],
        ),
        "nour": make_organisation(
            name_fr="",
            name_ar="جمعية النور لذوي الإعاقة",
            legal_form="association",
            sectors=["disability"],
            areas=["charf-souani"],
        ),
        "femmes": make_organisation(
            name_fr="Coopérative Femmes du Nord",
            name_ar="تعاونية نساء الشمال",
            legal_form="cooperative",
            sectors=["social-economy", "gender-equality"],
            target_groups=["women"],
            areas=["charf-mghogha"],
            is_sample=True,
        ),
        "assilah": make_organisation(
            name_fr="Association Santé pour tous Assilah",
            name_ar="جمعية الصحة للجميع أصيلة",
            legal_form="association",
            sectors=["health", "education"],
            areas=["assilah"],
            city="Assilah",
        ),
    }


def listed(page):
    """The names of the organisations in the results, as shown."""
    return set(page.locator(".results .card-title > a > bdi").all_inner_texts())


def facet(page, name):
    """The checkbox of a facet option, found by its visible label (the option's name, then its count)."""
    return page.get_by_role("checkbox", name=re.compile(rf"^{re.escape(name)} \(\d+\)$"))


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_public_pages_pass_axe_and_declare_language_and_direction(
    page, live_server, directory, assert_accessible, language, direction
):
    for path in (
        "/",
        "/organisations/",
        # Search, two facets and an unknown area: the form error and the narrowed facets are checked too.
        "/organisations/?q=association&sector=education&area=tanger&area=nowhere",
        f"/organisations/{directory['amal'].slug}/",
        # The page that asks an organisation for a translation, linked from texts shown in another language.
        f"/translations/ask/organisation/{directory['amal'].pk}/?language={language}",
    ):
        assert page.goto(f"/{language}{path}").ok
        html = page.locator("html")
        expect(html).to_have_attribute("lang", language)
        expect(html).to_have_attribute("dir", direction)
        assert_accessible(page)


def test_french_page_marks_an_arabic_only_name_as_arabic_right_to_left(page, live_server, directory):
    page.goto("/fr/organisations/")
    name = page.locator('.card-title [lang="ar"]', has_text="جمعية النور لذوي الإعاقة")
    expect(name).to_have_attribute("dir", "rtl")


def test_french_search_then_sector_and_area_facets_narrow_results(page, live_server, directory):
    page.goto("/fr/organisations/")
    page.locator("#id_q").fill("association")
    page.locator("#id_q").press("Enter")
    page.wait_for_url(re.compile(r"q=association"))
    assert listed(page) == {"Association Al Amal pour l'éducation", "Association Santé pour tous Assilah"}

    # The form submits itself when a facet changes (static/js/filters.js).
    with page.expect_navigation():
        facet(page, "Éducation").click()
    assert "sector=education" in page.url
    assert listed(page) == {"Association Al Amal pour l'éducation", "Association Santé pour tous Assilah"}

    # Bni Makada is an arrondissement of Tanger; Assilah is a separate commune.
    with page.expect_navigation():
        facet(page, "Tanger").click()
    assert "area=tanger" in page.url
    assert listed(page) == {"Association Al Amal pour l'éducation"}
    expect(facet(page, "Éducation")).to_be_checked()
    expect(facet(page, "Tanger")).to_be_checked()
    expect(page.locator("#id_q")).to_have_value("association")


def test_arabic_sector_and_area_facets_narrow_results(page, live_server, directory):
    page.goto("/ar/organisations/")
    with page.expect_navigation():
        facet(page, "التعليم").click()
    assert "sector=education" in page.url
    assert listed(page) == {"جمعية الأمل للتربية", "مؤسسة شباب المدينة", "جمعية الصحة للجميع أصيلة"}

    with page.expect_navigation():
        facet(page, "طنجة").click()
    assert "area=tanger" in page.url
    assert listed(page) == {"جمعية الأمل للتربية", "مؤسسة شباب المدينة"}


def test_arabic_search_finds_a_record_however_it_is_spelled(page, live_server, directory):
    page.goto("/ar/")
    for query in (
        "جمعيه الامل",  # ta marbuta typed as ha, hamza left off
        "جَمْعِيَّة الأَمَل",  # with tashkeel
        "إلأمل",  # a different hamza seat
    ):
        # The first search starts on the home page, the next ones from the results page.
        search = page.get_by_role("searchbox")
        search.fill(query)
        with page.expect_navigation():
            search.press("Enter")
        assert "/ar/organisations/?q=" in page.url
        assert listed(page) == {"جمعية الأمل للتربية"}, query


def test_search_from_french_home_page_finds_an_arabic_name(page, live_server, directory):
    page.goto("/fr/")
    page.get_by_role("searchbox").fill("تعاونية")
    page.get_by_role("button", name=ui("fr", "Search")).click()
    page.wait_for_url(re.compile(r"/fr/organisations/\?q="))
    assert listed(page) == {"Coopérative Femmes du Nord"}


def test_filters_apply_without_javascript(new_page, live_server, directory):
    page = new_page(javascript=False)
    page.goto("/fr/organisations/")
    facet(page, "Éducation").check()
    facet(page, "Tanger").check()
    # Nothing submits on change without JavaScript; the page stays as it was until the button is pressed.
    assert page.url.endswith("/fr/organisations/")
    page.get_by_role("button", name=ui("fr", "Apply filters")).click()
    page.wait_for_url(re.compile(r"sector=education"))
    assert "area=tanger" in page.url
    assert listed(page) == {"Association Al Amal pour l'éducation", "Fondation Jeunesse Médina"}


def test_language_switcher_keeps_the_page_and_its_query(page, live_server, directory):
    page.goto("/fr/organisations/?q=association&sector=education")
    page.get_by_role("navigation", name=ui("fr", "Choose a language")).get_by_role(
        "link", name=get_language_info("ar")["name_local"]
    ).click()
    page.wait_for_url(re.compile(r"/ar/organisations/"))
    assert page.url.endswith("/ar/organisations/?q=association&sector=education")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert listed(page) == {"جمعية الأمل للتربية", "جمعية الصحة للجميع أصيلة"}

    page.goto(f"/ar/organisations/{directory['amal'].slug}/")
    page.get_by_role("link", name=get_language_info("fr")["name_local"]).click()
    page.wait_for_url(f"**/fr/organisations/{directory['amal'].slug}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Association Al Amal pour l'éducation")


def test_skip_link_is_first_focusable_and_moves_focus_to_main(page, live_server, directory):
    # Both directions: the link sits at the inline start, on the right in Arabic.
    for language in ("ar", "fr"):
        page.goto(f"/{language}/organisations/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name=ui(language, "Skip to main content"))
        expect(skip).to_be_focused()
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["x"] >= 0, f"the focused skip link must be on screen ({language})"
        page.keyboard.press("Enter")
        expect(page.locator("main")).to_be_focused()
        # The next Tab continues from the main content, not from the header.
        page.keyboard.press("Tab")
        assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_keyboard_user_stays_on_the_facet_they_ticked(page, live_server, directory):
    page.goto("/fr/organisations/")
    facet(page, "Tanger").focus()
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert "area=tanger" in page.url
    expect(facet(page, "Tanger")).to_be_focused()
    expect(facet(page, "Tanger")).to_be_checked()


def test_phone_shows_results_before_the_folded_facets(new_page, live_server, directory):
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto("/ar/organisations/")
    expect(facet(page, "التعليم")).to_be_hidden()
    expect(page.locator(".results .card").first).to_be_in_viewport()

    page.locator(".facets-panel > summary").click()
    with page.expect_navigation():
        facet(page, "التعليم").click()
    assert "sector=education" in page.url
    expect(facet(page, "التعليم")).to_be_focused()
    assert listed(page) == {"جمعية الأمل للتربية", "مؤسسة شباب المدينة", "جمعية الصحة للجميع أصيلة"}


def test_home_sector_links_say_how_many_organisations(page, live_server, directory):
    page.goto("/fr/")
    with translation.override("fr"):
        three = translation.ngettext("%(counter)s organisation", "%(counter)s organisations", 3) % {
            "counter": 3
        }
    expect(page.get_by_role("link", name=f"Éducation {three}")).to_have_attribute(
        "href", re.compile("sector=education")
    )


def test_a_reader_without_javascript_asks_for_a_translation_from_the_keyboard(
    new_page, live_server, directory
):
    # Al Amal's mission is written in French only: the Arabic profile says so and links to the page that asks.
    page = new_page(javascript=False)
    page.goto(f"/ar/organisations/{directory['amal'].slug}/")
    ask = page.get_by_role("link", name=ui("ar", "Ask the organisation for an Arabic translation"))
    ask.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ar/translations/ask/organisation/\d+/\?language=ar$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(ui("ar", "Ask for a translation"))
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")

    # The button says what it asks for; what asking does is its description, read out when it takes the focus.
    button = page.get_by_role("button", name=ui("ar", "Ask the organisation for an Arabic translation"))
    expect(button).to_have_accessible_description(re.compile(r"بالعربية"))
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ar/organisations/{directory['amal'].slug}/")
    thanks = ui(
        "ar", "Thank you. The organisation will see that readers would like this text in your language."
    )
    expect(page.get_by_role("status")).to_have_text(thanks)
    assert TranslationRequest.objects.get().language == "ar"


def test_leaving_the_ask_page_asks_nothing(page, live_server, directory):
    page.goto(f"/fr/translations/ask/organisation/{directory['medina'].pk}/?language=fr")
    page.get_by_role("link", name=ui("fr", "Go back to the text without asking")).click()
    page.wait_for_url(f"**/fr/organisations/{directory['medina'].slug}/")
    assert not TranslationRequest.objects.exists()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_missing_page_passes_axe_and_its_search_leads_back_to_organisations(
    page, live_server, directory, assert_accessible, language
):
    assert page.goto(f"/{language}/no-such-page/").status == 404
    assert_accessible(page)
    page.locator("#not-found-q").fill("association")
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Search"), exact=True).click()
    assert page.url.startswith(f"{live_server.url}/{language}/organisations/?q=association")
    assert listed(page)
