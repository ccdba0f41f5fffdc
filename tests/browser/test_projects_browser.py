"""The founders' projects in a real browser: reading them in Arabic, filtering by status without JavaScript,
the note on a project written in another language, and accessibility."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Project
from news.seed import seed_all
from tests.browser.conftest import ui
from tests.news_helpers import make_project

pytestmark = pytest.mark.browser

ARABIC_TITLE = "أركان القراءة في بني مكادة"
FRENCH_ONLY_TITLE = "Cartographier la société civile"
DONE_TITLE = "المهارات الرقمية للجمعيات"


def in_days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def projects(make_organisation):
    """An upcoming project in Arabic and French with two partners (one not public), a running one only in
    French, a done one in Arabic."""
    seed_all()
    amal = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل")
    hidden = make_organisation(name_fr="Association Cachée", status="pending")
    return {
        "upcoming": make_project(
            title_ar=ARABIC_TITLE,
            title_fr="Des coins lecture à Bni Makada",
            summary_ar="خمس مكتبات صغيرة في فضاءات الحي.",
            summary_fr="Cinq petites bibliothèques dans le quartier.",
            body_ar="كتب **بثلاث لغات**.",
            body_fr="Des livres **en trois langues**.",
            start_date=in_days(30),
            end_date=in_days(90),
            sectors=["education"],
            partners=[amal, hidden],
        ),
        "running": make_project(
            title_fr=FRENCH_ONLY_TITLE,
            summary_fr="Des visites, quartier par quartier.",
            stage=Project.Stage.RUNNING,
            start_date=in_days(-60),
            partners=[amal],
        ),
        "done": make_project(
            title_ar=DONE_TITLE,
            summary_ar="ستون عضوا تكوّنوا.",
            stage=Project.Stage.DONE,
            start_date=in_days(-300),
            end_date=in_days(-200),
        ),
    }


def test_reads_projects_in_arabic_and_filters_by_status_without_javascript(new_page, live_server, projects):
    language = "ar"
    page = new_page(javascript=False)
    page.goto(f"/{language}/projects/")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.locator(".card.project")).to_have_count(3)
    french = page.locator(".card.project", has_text=FRENCH_ONLY_TITLE)
    expect(french.get_by_role("link", name=FRENCH_ONLY_TITLE)).to_have_attribute("lang", "fr")
    expect(french.locator(".meta")).to_contain_text(ui(language, "French"))

    # The status facet is a plain form: tick "done", apply, and only the done project is left, with a chip.
    page.get_by_role("checkbox", name=ui(language, "done")).check()
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Apply filters")).click()
    expect(page.locator(".card.project")).to_have_count(1)
    expect(page.get_by_role("link", name=DONE_TITLE)).to_be_visible()
    expect(page.locator(".chips")).to_contain_text(ui(language, "done"))

    page.goto(f"/{language}/projects/")
    page.get_by_role("link", name=ARABIC_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ARABIC_TITLE)
    expect(page.get_by_role("note")).to_have_count(0)
    expect(page.locator(".prose strong")).to_have_text("بثلاث لغات")
    expect(page.get_by_role("link", name="جمعية الأمل")).to_be_visible()
    expect(page.get_by_text("Association Cachée")).to_have_count(0)

    page.goto(f"/{language}/projects/{projects['running'].slug}/")
    expect(page.get_by_role("note")).to_contain_text(ui(language, "French"))
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "fr")


def test_home_shows_the_next_upcoming_project(page, live_server, projects):
    page.goto("/ar/")
    section = page.locator("section", has=page.get_by_role("heading", name=ui("ar", "Upcoming projects")))
    expect(section.get_by_role("link", name=ARABIC_TITLE)).to_be_visible()
    expect(section.get_by_role("link", name=FRENCH_ONLY_TITLE)).to_have_count(0)


@pytest.mark.parametrize("language", ["ar", "nl"])
def test_projects_pages_pass_axe(page, live_server, projects, assert_accessible, language):
    for url in (
        f"/{language}/projects/",
        f"/{language}/projects/?stage=upcoming",
        f"/{language}/projects/{projects['upcoming'].slug}/",
        f"/{language}/projects/{projects['running'].slug}/",
        f"/{language}/",
        f"/{language}/about/vision/",
    ):
        assert page.goto(url).ok, url
        assert_accessible(page)
