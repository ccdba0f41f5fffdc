"""A starter in a real browser, in Arabic and Dutch: compares the forms, reads the cooperative guide, finds training
open to cooperatives, asks for accompaniment (through the login) and a moderator publishes the notice."""

import re

import pytest
from playwright.sync_api import expect

from directory.models import LegalForm, Sector
from directory.moderation import ModerationStatus
from news.start.models import Fact, Guide
from news.start.seed import seed_start
from opportunities.models import Opportunity
from organisations.models import Membership
from tests.browser.conftest import PASSWORD, admin_language, log_in_directly, ui
from tests.opportunity_helpers import days, make_opportunity

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
STARTER = "starter@example.org"


@pytest.fixture
def section(taxonomies):
    """The seeded section (a live-server test starts from a flushed database, without the data migration's rows)."""
    seed_start(Guide, Fact, Sector, LegalForm)
    return Guide.objects.get(slug="cooperative")


@pytest.fixture
def starter(make_organisation, django_user_model):
    """A group of seamstresses preparing a cooperative, listed as an informal group, and its member."""
    group = make_organisation(name_fr="Groupe des couturières de Bni Makada", legal_form="informal-group")
    user = django_user_model.objects.create_user(email=STARTER, password=PASSWORD, email_verified=True)
    Membership.objects.create(organisation=group, user=user, role=Membership.Role.OWNER)
    return user


@pytest.fixture
def trainings(taxonomies):
    open_to_cooperatives = make_opportunity(
        title_fr="Formation à la gestion d'une coopérative",
        title_ar="تكوين في تسيير التعاونيات",
        title_nl="Training in het beheer van een coöperatie",
        kind=Opportunity.Kind.TRAINING,
        deadline=days(20),
    )
    open_to_cooperatives.eligible_legal_forms.set(LegalForm.objects.filter(slug="cooperative"))
    associations_only = make_opportunity(
        title_fr="Formation réservée aux associations",
        title_ar="تكوين خاص بالجمعيات",
        title_nl="Training alleen voor verenigingen",
        kind=Opportunity.Kind.TRAINING,
        deadline=days(20),
    )
    associations_only.eligible_legal_forms.set(LegalForm.objects.filter(slug="association"))
    return open_to_cooperatives, associations_only


@pytest.mark.parametrize("language", ["ar", "nl"])
def test_a_starter_compares_reads_the_cooperative_guide_and_asks_for_accompaniment(
    new_page, live_server, section, starter, trainings, live_moderator, assert_accessible, language
):
    guide_title = getattr(section, f"title_{language}")
    help_title = getattr(section, f"help_title_{language}")
    page = new_page()
    page.goto(f"/{language}/start/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    table = page.locator("table.comparison")
    expect(table.locator("caption")).to_be_visible()
    suits = table.locator("tr", has=page.get_by_role("rowheader", name=ui(language, "Who it suits")))
    expect(suits).to_contain_text(getattr(Fact.objects.get(guide=section, topic="suits"), f"text_{language}"))
    expect(table).to_contain_text(ui(language, "Not checked yet"))
    expect(table).to_contain_text(ui(language, "checked on"))
    assert_accessible(page)

    page.locator(".cards").get_by_role("link", name=guide_title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(guide_title)
    expect(page.get_by_role("note").first).to_contain_text(ui(language, "Guidance, not legal advice."))
    assert_accessible(page)

    page.get_by_role("link", name=ui(language, "Training open to this form")).click()
    expect(page).to_have_url(re.compile(r"/opportunities/\?kind=training&open_to=cooperative$"))
    open_one, restricted = trainings
    expect(page.get_by_role("link", name=getattr(open_one, f"title_{language}"))).to_be_visible()
    expect(page.get_by_role("link", name=getattr(restricted, f"title_{language}"))).to_have_count(0)
    page.go_back()

    # Logged out, "ask" goes through the login and comes back to the guide's prefilled notice.
    page.get_by_role("link", name=ui(language, "Ask for accompaniment")).click()
    page.get_by_role("textbox", name=ui(language, "E-mail address")).fill(STARTER)
    page.get_by_label(ui(language, "Password")).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Log in")).click()
    expect(page.locator(f"#id_title_{language}")).to_have_value(help_title)
    expect(page.locator(f"#id_description_{language}")).not_to_be_empty()
    assert_accessible(page)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send for approval")).click()
    notice = Opportunity.objects.get(**{f"title_{language}": help_title})
    assert notice.status == ModerationStatus.PENDING
    assert (notice.kind, notice.direction) == (Opportunity.Kind.TRAINING, Opportunity.Direction.SOUGHT)
    assert list(notice.sectors.values_list("slug", flat=True)) == ["starter-support"]

    visitor = new_page()
    visitor.goto(f"/{language}/opportunities/?direction=sought")
    expect(visitor.get_by_role("link", name=help_title)).to_have_count(0)

    admin = new_page()
    log_in_directly(admin, live_server, live_moderator)
    admin.goto(f"/admin/opportunities/opportunity/{notice.pk}/change/")
    with admin.expect_navigation(wait_until="commit"):
        admin.get_by_role("button", name=ui(admin_language(admin), "Save and publish")).click()

    visitor.goto(f"/{language}/opportunities/?direction=sought")
    expect(visitor.get_by_role("link", name=help_title)).to_be_visible()


def test_the_comparison_stacks_into_cards_on_a_phone(new_page, section, assert_accessible):
    page = new_page(viewport=PHONE)
    page.goto("/ar/start/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    cell = page.locator("table.comparison td").first
    assert cell.evaluate("el => getComputedStyle(el).display") == "block"
    assert cell.evaluate("el => getComputedStyle(el, '::before').content") != "none"
    assert_accessible(page)
