"""Support opportunities in a real browser: published through moderation, answered through the relay."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from organisations.models import Membership
from tests.browser.conftest import (
    PASSWORD,
    admin_language,
    log_in,
    log_in_directly,
    sector_name,
    shown,
    ui,
)
from tests.opportunity_helpers import days, make_opportunity

pytestmark = pytest.mark.browser

ORG_EMAIL = "contact@al-amal.example.org"


def listed(page):
    """The titles of the opportunities in the public list, as shown."""
    return set(page.locator(".results .card-title > a > bdi").all_inner_texts())


def facet(page, name):
    """The checkbox of a facet option, found by its visible label (the option's name, then its count)."""
    return page.get_by_role("checkbox", name=re.compile(rf"^{re.escape(name)} \(\d+\)$"))


@pytest.fixture
def organisation(make_organisation, django_user_model):
    """A published organisation with a public address and an owner who can log in."""
    organisation = make_organisation(
        name_fr="Association Al Amal",
        name_ar="جمعية الأمل",
        legal_form="association",
        email=ORG_EMAIL,
        sectors=["education"],
        areas=["bni-makada"],
    )
    owner = django_user_model.objects.create_user(
        email="owner@al-amal.example.org", email_verified=True, password=PASSWORD, language="ar"
    )
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation


def test_a_sought_opportunity_from_dashboard_to_a_relayed_reply(
    new_page, live_server, organisation, live_moderator, mailoutbox
):
    language = "ar"
    title = "نبحث عن متطوعين للدعم المدرسي"
    owner = new_page()
    log_in(owner, language, "owner@al-amal.example.org")
    owner.get_by_role("link", name=ui(language, "Support opportunities and messages")).click()
    owner.get_by_role("link", name=ui(language, "Add an opportunity")).click()
    owner.get_by_role("link", name=ui(language, "We are looking for volunteers")).click()
    owner.locator("#id_title_ar").fill(title)
    owner.locator("#id_description_ar").fill("مساءان في الأسبوع لمساعدة التلاميذ في بني مكادة.")
    owner.get_by_role("checkbox", name=sector_name(language, "education"), exact=True).check()
    owner.locator("#id_deadline").fill(days(20).strftime("%Y-%m-%dT%H:%M"))
    with owner.expect_navigation():
        owner.get_by_role("button", name=ui(language, "Send for approval")).click()
    card = owner.locator(".dashboard-list > .card", has_text=title)
    expect(card.locator(".status")).to_have_text(shown(language, ModerationStatus.PENDING.label))
    owner.goto(f"/{language}/opportunities/")
    assert title not in listed(owner)

    admin = new_page()
    log_in_directly(admin, live_server, live_moderator)
    admin.goto("/admin/")
    with admin.expect_navigation():
        admin.locator("#moderation-queue a[href*='/opportunities/opportunity/']").click()
    with admin.expect_navigation():
        admin.get_by_role("link", name=title).click()
    # Once the decision is answered the opportunity is public; the admin page need not finish loading.
    with admin.expect_navigation(wait_until="commit"):
        admin.get_by_role("button", name=ui(admin_language(admin), "Save and publish")).click()

    visitor = new_page()
    visitor.goto(f"/{language}/opportunities/")
    visitor.get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    visitor.locator("#id_name").fill("سلمى بناني")
    visitor.locator("#id_email").fill("salma@example.org")
    visitor.locator("#id_message").fill("أستطيع المساعدة يومي الأربعاء والسبت.")
    assert ORG_EMAIL not in visitor.content()
    with visitor.expect_navigation():
        visitor.get_by_role("button", name=ui(language, "Send the message")).click()
    expect(visitor.locator(".messages")).to_contain_text(
        ui(language, "Your message has been sent to the organisation. They will reply to you by e-mail.")
    )
    assert ORG_EMAIL not in visitor.content()

    (relayed,) = [mail for mail in mailoutbox if mail.to == [ORG_EMAIL]]
    assert relayed.message()["Reply-To"] == "salma@example.org"
    assert "أستطيع المساعدة يومي الأربعاء والسبت." in relayed.body


@pytest.fixture
def opportunities(organisation):
    """A funding call with amounts from a funder outside the directory, and a need of the organisation."""
    return {
        "funding": make_opportunity(
            title_fr="Appel à projets Jeunesse 2025",
            title_ar="طلب مشاريع الشباب 2025",
            description_fr="Subventions pour les associations de jeunesse du nord du Maroc.",
            funder_name="Fondation Méditerranée",
            funder_url="https://fondation-mediterranee.example.org",
            amount_min=Decimal("20000"),
            amount_max=Decimal("150000"),
            currency=Opportunity.Currency.MAD,
            how_to_apply_fr="Envoyez le dossier avant la date limite.",
            registration_required=True,
            sectors=["youth"],
            areas=["tanger"],
            deadline=days(30),
        ),
        "sought": make_opportunity(
            organisation=organisation,
            title_fr="Un minibus pour les sorties scolaires",
            title_ar="حافلة صغيرة للخرجات المدرسية",
            kind=Opportunity.Kind.IN_KIND,
            direction=Opportunity.Direction.SOUGHT,
            quantity="1",
            condition=Opportunity.Condition.USED,
            sectors=["education"],
            areas=["bni-makada"],
            deadline=days(10),
        ),
    }


def inline_start(page, locator):
    """Where a box begins in the reading direction: its right edge in Arabic, its left edge in French."""
    box = locator.bounding_box()
    rtl = page.locator("html").get_attribute("dir") == "rtl"
    return box["x"] + box["width"] if rtl else box["x"]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_opportunity_pages_pass_axe(page, live_server, opportunities, assert_accessible, language):
    assert page.goto(f"/{language}/opportunities/").ok
    assert_accessible(page)

    assert page.goto(f"/{language}/opportunities/{opportunities['funding'].slug}/").ok
    assert_accessible(page)
    # The amount reads left to right in Arabic too, yet lines up with its label like every other fact.
    amount = page.locator(".facts dd bdi[dir='ltr']")
    expect(amount).to_have_text(re.compile(r"^20\D?000\s?–\s?150\D?000\s?MAD$"))
    label = page.locator(".facts dt", has_text=ui(language, "Amount"))
    assert inline_start(page, amount) == pytest.approx(inline_start(page, label), abs=1)

    assert page.goto(f"/{language}/opportunities/{opportunities['sought'].slug}/").ok
    assert_accessible(page)
    expect(page.get_by_role("button", name=ui(language, "Send the message"))).to_be_visible()

    log_in(page, language, "owner@al-amal.example.org")
    assert page.goto(
        f"/{language}/dashboard/opportunities/{opportunities['sought'].organisation.slug}/new/"
    ).ok
    assert_accessible(page)  # the choice of kind and direction
    page.get_by_role("link", name=ui(language, "We offer funding")).click()
    assert_accessible(page)
    # A lone checkbox has its label beside it, not on the line below.
    remote, remote_label = page.locator("#id_is_remote"), page.locator("label[for='id_is_remote']")
    assert remote_label.bounding_box()["y"] < remote.bounding_box()["y"] + remote.bounding_box()["height"]
    # Sent empty: the errors are announced and tied to their fields, and the page stays clean.
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Send for approval")).click()
    expect(page.get_by_role("alert")).to_be_visible()
    title = page.locator(f"#id_title_{language}")
    expect(title).to_have_attribute(
        "aria-describedby", f"id_title_{language}_helptext id_title_{language}_error"
    )
    expect(page.locator("#error-summary")).to_be_focused()
    assert_accessible(page)


def test_arabic_kind_facet_narrows_the_list(page, live_server, opportunities):
    page.goto("/ar/opportunities/")
    assert listed(page) == {"طلب مشاريع الشباب 2025", "حافلة صغيرة للخرجات المدرسية"}
    # The form submits itself when a facet changes (static/js/filters.js).
    with page.expect_navigation():
        facet(page, shown("ar", Opportunity.Kind.FUNDING.label)).click()
    assert "kind=funding" in page.url
    assert listed(page) == {"طلب مشاريع الشباب 2025"}
    expect(facet(page, shown("ar", Opportunity.Kind.FUNDING.label))).to_be_checked()
    expect(facet(page, shown("ar", Opportunity.Kind.FUNDING.label))).to_be_focused()
