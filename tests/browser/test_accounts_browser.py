"""Accounts and organisation self-service in a real browser: from signing up to a moderated, public profile."""

import re

import pytest
from playwright.sync_api import expect

from directory.moderation import ModerationStatus
from organisations.models import Membership
from tests.browser.conftest import (
    ADMIN_LOGIN,
    PASSWORD,
    admin_language,
    log_in,
    log_in_to_admin,
    sector_name,
    shown,
    ui,
)

pytestmark = pytest.mark.browser

VERIFY_LINK = re.compile(r"https?://\S+/account/verify/\S+/")


def publicly_listed(page, language, query):
    """The organisation names the public list shows for a search."""
    page.goto(f"/{language}/organisations/?q={query}")
    return set(page.locator(".results .card-title > a > bdi").all_inner_texts())


def sign_up(page, language, *, email, first_name, password1, password2):
    page.goto(f"/{language}/account/signup/")
    page.locator("#id_email").fill(email)
    page.locator("#id_first_name").fill(first_name)
    page.locator("#id_password1").fill(password1)
    page.locator("#id_password2").fill(password2)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Create my account")).click()


def test_signup_to_a_public_profile_and_a_moderated_change(
    new_page, live_server, taxonomies, live_moderator, mailoutbox
):
    language = "fr"
    # The moderator opens the admin while the owner signs up, as two people would.
    admin = new_page()
    admin.goto(ADMIN_LOGIN, wait_until="commit")
    owner = new_page()
    sign_up(
        owner,
        language,
        email="salma@bahr.example.org",
        first_name="Salma",
        password1=PASSWORD,
        password2=PASSWORD,
    )
    expect(owner.locator("main")).to_contain_text("salma@bahr.example.org")
    (verification,) = mailoutbox
    assert verification.to == ["salma@bahr.example.org"]
    owner.goto(VERIFY_LINK.search(verification.body).group())
    # The link logs the new account holder in and takes them to their (still empty) dashboard.
    assert owner.url.endswith(f"/{language}/dashboard/")
    expect(owner.get_by_role("link", name=ui(language, "Your account"))).to_be_visible()

    owner.get_by_role("link", name=ui(language, "Register an organisation")).click()
    owner.locator("#id_name_fr").fill("Association Bahr Tanger")
    owner.get_by_text(ui(language, "Add a translation")).click()  # the other languages are folded
    owner.locator("#id_name_ar").fill("جمعية البحر طنجة")
    owner.locator("#id_description_fr").fill("Nettoyage des plages de Tanger.")
    owner.get_by_role("checkbox", name=sector_name(language, "environment"), exact=True).check()
    owner.locator("#id_city").fill("Tanger")
    with owner.expect_navigation():
        owner.get_by_role("button", name=ui(language, "Send for approval")).click()
    # The form posts to #error-summary (so that, without JavaScript, a refused form opens on its errors); the
    # browser keeps that fragment across the redirect, where it points at nothing.
    assert owner.url.split("#")[0].endswith(f"/{language}/dashboard/")
    card = owner.locator(".dashboard-list > .card", has_text="Association Bahr Tanger")
    expect(card.locator(".status")).to_have_text(shown(language, ModerationStatus.PENDING.label))
    visitor = new_page()
    assert publicly_listed(visitor, language, "Bahr") == set()

    log_in_to_admin(admin, "moderator@example.org")
    # The queue on the admin index leads to what waits; the moderator publishes from that list.
    admin.locator("#moderation-queue a[href*='/organisations/organisation/']").click()
    admin.locator("#result_list tr", has_text="Association Bahr Tanger").locator(".action-select").check()
    admin.locator("select[name=action]").select_option("publish_selected")
    with admin.expect_navigation():
        admin.locator("#changelist-form button[name=index]").click()
    expect(admin.locator(".messagelist")).to_be_visible()
    assert publicly_listed(visitor, language, "Bahr") == {"Association Bahr Tanger"}
    visitor.get_by_role("link", name="Association Bahr Tanger").click()
    public_page = visitor.url
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Association Bahr Tanger")

    owner.goto(f"/{language}/dashboard/")
    owner.get_by_role("link", name=ui(language, "Edit the profile")).click()
    owner.locator("#id_name_fr").fill("Association Bahr Nadif")
    with owner.expect_navigation():
        owner.get_by_role("button", name=ui(language, "Send the changes for approval")).click()
    expect(owner.locator(".dashboard-list .notice")).to_have_text(
        ui(
            language,
            "Your latest changes are waiting for a moderator; the public profile stays as it was until they "
            "are approved.",
        )
    )
    # The public keeps seeing the approved version until the moderator approves the change.
    visitor.goto(public_page)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Association Bahr Tanger")

    admin.goto("/admin/directory/revision/")
    admin.locator("#result_list tbody a").first.click()
    expect(admin.locator(".field-changes_table ins")).to_contain_text(["Association Bahr Nadif"])
    # Once the approval is answered the change is live; the admin page need not finish loading.
    with admin.expect_navigation(wait_until="commit"):
        admin.get_by_role("button", name=ui(admin_language(admin), "Approve and apply the changes")).click()
    visitor.goto(public_page)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Association Bahr Nadif")
    assert publicly_listed(visitor, language, "Bahr") == {"Association Bahr Nadif"}


@pytest.fixture
def member(django_user_model, make_organisation):
    """An owner with a verified account and a published organisation that has an editor too."""
    user = django_user_model.objects.create_user(
        email="owner@example.org", password=PASSWORD, email_verified=True, first_name="Karim"
    )
    organisation = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل")
    Membership.objects.create(organisation=organisation, user=user, role=Membership.Role.OWNER)
    editor = django_user_model.objects.create_user(email="editor@example.org", password=PASSWORD)
    Membership.objects.create(organisation=organisation, user=editor, role=Membership.Role.EDITOR)
    return user


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_account_pages_pass_axe(page, live_server, member, assert_accessible, language):
    for path in ("account/signup/", "account/password/reset/", "account/login/"):
        assert page.goto(f"/{language}/{path}").ok
        assert_accessible(page)

    log_in(page, language, "owner@example.org")
    organisation = member.memberships.get().organisation
    for path in (
        "account/",
        "dashboard/",
        "dashboard/organisations/new/",
        f"dashboard/organisations/{organisation.slug}/members/",
    ):
        assert page.goto(f"/{language}/{path}").ok
        assert_accessible(page)


def test_arabic_signup_with_bad_passwords_keeps_what_was_typed(page, live_server, assert_accessible):
    sign_up(
        page,
        "ar",
        email="nadia@example.org",
        first_name="نادية",
        # Too short, too common and all digits: three errors on one field.
        password1="12345678",
        password2="12345678",
    )
    expect(page.get_by_role("alert")).to_be_visible()
    password = page.locator("#id_password1")
    expect(password).to_have_attribute("aria-invalid", "true")
    # The field points at one element holding all its errors, so a screen reader reads every one of them.
    expect(password).to_have_attribute("aria-describedby", "id_password1_helptext id_password1_error")
    expect(page.locator("[id='id_password1_error']")).to_have_count(1)
    assert page.locator("#id_password1_error > p").count() > 1
    expect(page.locator("#id_email")).to_have_value("nadia@example.org")
    expect(page.locator("#id_first_name")).to_have_value("نادية")
    assert_accessible(page)
