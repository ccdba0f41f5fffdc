"""Every mail is written in its reader's language, in plain text, with links short enough to survive a mail
program: the organisation's chosen (or spoken) language for mail to its address, a person's own for theirs."""

import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.shortlinks import LONGEST_PATH
from organisations.models import Invitation, Membership, Organisation, PartnerSearch
from tests.newsletter_helpers import make_article, make_subscriber
from tests.opportunity_helpers import days, make_opportunity

# The scheme and host, plus a short path; a slug link in Arabic was about 250 characters.
MAX_LINK = len("http://127.0.0.1:8000") + LONGEST_PATH
VISITOR = {
    "name": "Salma Bennani",
    "email": "salma@example.org",
    "message": "Nous pouvons prêter un minibus.",
}
ARABIC_NAME = "جمعية النور للتنمية والتضامن بحي بني مكادة"


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def assert_plain_text_with_short_links(message):
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    for link in links_in(message):
        assert len(link) <= MAX_LINK, link


def to(address):
    (message,) = [m for m in mail.outbox if m.to == [address]]
    return message


@pytest.fixture
def arabic_only(make_organisation):
    return make_organisation(
        name_ar=ARABIC_NAME,
        name_fr=None,
        email="contact@nour.ma",
        languages=["ar"],
        status=ModerationStatus.PUBLISHED,
    )


@pytest.fixture
def french_owner(db, django_user_model):
    return django_user_model.objects.create_user(email="karim@example.org", password="x" * 12, language="fr")


# The organisation's language -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spoken", "names", "expected"),
    [
        (["ar"], {"name_ar": "جمعية"}, "ar"),
        # Darija or Amazigh speakers read standard Arabic; the site has no Darija.
        (["ary", "zgh"], {"name_fr": "Association"}, "ar"),
        # Two spoken languages: the one the profile is written in.
        (["ar", "fr"], {"name_fr": "Association"}, "fr"),
        (["es", "en"], {"name_fr": "Asociación"}, "en"),
        # Nothing spoken that the site has: the language the profile is written in.
        ([], {"name_nl": "Stichting", "name_fr": None}, "nl"),
    ],
)
def test_an_organisations_mail_language_follows_what_it_speaks_and_writes(
    make_organisation, spoken, names, expected
):
    organisation = make_organisation(languages=spoken, **names)
    assert organisation.mail_language() == expected


def test_an_organisations_chosen_mail_language_wins(make_organisation):
    organisation = make_organisation(languages=["ar"], email_language="es")
    assert organisation.mail_language() == "es"


def test_owners_choose_the_mail_language_on_the_profile_form(client, arabic_only, owner):
    Membership.objects.create(organisation=arabic_only, user=owner, role=Membership.Role.OWNER)
    client.force_login(owner)
    form = client.get(f"/fr/dashboard/organisations/{arabic_only.slug}/").context["form"]
    assert "email_language" in form.fields


# Each kind of mail ---------------------------------------------------------------------------------------------


def test_a_visitors_interest_reaches_an_arabic_only_organisation_in_arabic(
    client, arabic_only, french_owner, django_capture_on_commit_callbacks
):
    Membership.objects.create(organisation=arabic_only, user=french_owner, role=Membership.Role.OWNER)
    opportunity = make_opportunity(
        organisation=arabic_only, title_ar="متطوعون للدعم المدرسي", title_fr="Bénévoles", kind="volunteering"
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fr/opportunities/{opportunity.slug}/", VISITOR)

    arabic = to("contact@nour.ma")
    assert (
        in_language(
            "ar", "Reply to this e-mail to answer them directly. You also find the message on your dashboard."
        )
        in arabic.body
    )
    assert "متطوعون للدعم المدرسي" in arabic.subject
    assert_plain_text_with_short_links(arabic)
    # The owner reads their own language, whatever the organisation's.
    french = to("karim@example.org")
    assert in_language("fr", "Hello,") in french.body
    assert "Bénévoles" in french.subject


def test_a_partner_search_answer_reaches_the_organisation_in_its_chosen_language(
    client, arabic_only, moderator, django_capture_on_commit_callbacks
):
    Organisation.objects.filter(pk=arabic_only.pk).update(email_language="nl")
    search = PartnerSearch.objects.create(organisation=arabic_only, title_ar="شركاء لتنظيف الشواطئ")
    search.sectors.set(Sector.objects.filter(slug="environment"))
    moderation_decide(obj=search, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    data = {**VISITOR, "organisation_name": "Stichting Zee"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/ar/cooperation/partner-searches/{search.pk}/", data)

    message = to("contact@nour.ma")
    assert (
        in_language(
            "nl", "Reply to this e-mail to answer them directly. You also find the message on your dashboard."
        )
        in message.body
    )
    assert_plain_text_with_short_links(message)


def test_a_decision_reaches_each_owner_in_their_language_with_a_short_link(
    client, moderator, make_organisation, django_user_model, django_capture_on_commit_callbacks
):
    organisation = make_organisation(name_ar=ARABIC_NAME, name_fr=None, status=ModerationStatus.PENDING)
    reader = django_user_model.objects.create_user(email="amina@example.org", language="ar")
    Membership.objects.create(organisation=organisation, user=reader, role=Membership.Role.OWNER)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/organisations/organisation/",
            {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]},
        )

    message = to("amina@example.org")
    assert in_language("ar", "It is now public:") in message.body
    assert f"/ar/o/{organisation.pk}/" in message.body
    assert_plain_text_with_short_links(message)


def test_the_digest_links_each_item_by_a_short_link_in_the_readers_language(db):
    make_subscriber("amina@example.org", language="ar")
    article = make_article(title_ar="يوم الأبواب المفتوحة لجمعيات طنجة في بني مكادة", title_fr=None)
    call_command("send_digest", stdout=None)
    message = to("amina@example.org")
    assert f"/ar/a/{article.pk}/" in message.body
    assert_plain_text_with_short_links(message)


def test_a_password_reset_is_written_in_the_account_holders_language(client, django_user_model):
    django_user_model.objects.create_user(email="amina@example.org", password="x" * 12, language="ar")
    client.post("/fr/account/password/reset/", {"email": "amina@example.org"})
    message = to("amina@example.org")
    assert message.subject == in_language("ar", "Choose a new password")
    assert "/ar/account/" in message.body
    assert_plain_text_with_short_links(message)


def test_the_verification_mail_is_in_the_language_chosen_at_signup(client, db):
    client.post(
        "/fr/account/signup/",
        {
            "email": "amina@example.org",
            "first_name": "Amina",
            "language": "es",
            "password1": "tanger-2026-sunrise",
            "password2": "tanger-2026-sunrise",
            "homepage": "",
        },
    )
    message = to("amina@example.org")
    assert message.subject == in_language("es", "Confirm your e-mail address")
    assert_plain_text_with_short_links(message)


def test_an_invitation_reaches_someone_with_an_account_in_their_language(
    client, published_organisation_with_owner, owner, django_user_model
):
    django_user_model.objects.create_user(email="helper@example.org", password="x" * 12, language="nl")
    client.force_login(owner)
    client.post(
        f"/fr/dashboard/organisations/{published_organisation_with_owner.slug}/members/",
        {"email": "helper@example.org", "role": Membership.Role.EDITOR},
    )
    assert Invitation.objects.filter(email="helper@example.org").exists()
    message = to("helper@example.org")
    assert in_language("nl", "Hello,") in message.body
    assert_plain_text_with_short_links(message)


def test_an_address_change_is_confirmed_in_the_account_holders_language(client, django_user_model):
    member = django_user_model.objects.create_user(
        email="amina@example.org", password="x" * 12, language="ar"
    )
    client.force_login(member)
    client.post("/fr/account/email/", {"new_email": "amina.new@example.org", "password": "x" * 12})
    message = to("amina.new@example.org")
    assert message.subject == in_language("ar", "Confirm your new e-mail address")
    assert_plain_text_with_short_links(message)


def test_a_newsletter_confirmation_is_in_the_chosen_language(client, taxonomies):
    client.post(
        "/fr/newsletter/",
        {
            "email": "amina@example.org",
            "language": "ar",
            "languages": ["ar", "fr"],
            "opportunity_kinds": ["funding", "training"],
            "sectors": [Sector.objects.get(slug="health").pk],
            "areas": [Area.objects.get(slug="tanger").pk],
            "homepage": "",
        },
    )
    message = to("amina@example.org")
    assert message.subject == in_language("ar", "Confirm your newsletter subscription")
    assert_plain_text_with_short_links(message)


def test_a_confirmation_reminder_is_in_the_owners_language(make_organisation, django_user_model):
    organisation = make_organisation(last_confirmed=days(-400).date())
    reader = django_user_model.objects.create_user(email="amina@example.org", language="ar")
    Membership.objects.create(organisation=organisation, user=reader, role=Membership.Role.OWNER)
    call_command("send_confirmation_reminders", stdout=None)
    message = to("amina@example.org")
    assert in_language("ar", "Hello,") in message.body
    assert_plain_text_with_short_links(message)


# Short links ---------------------------------------------------------------------------------------------------


def test_a_short_link_leads_to_the_page_in_its_language(client, arabic_only):
    response = client.get(f"/ar/o/{arabic_only.pk}/", follow=True)
    assert response.redirect_chain[0][1] == 302
    assert response.status_code == 200
    assert response.context["organisation"] == arabic_only
    assert response.wsgi_request.path == f"/ar/organisations/{arabic_only.slug}/"


def test_a_short_link_to_something_not_public_is_a_404(client, make_organisation, moderator):
    pending = make_organisation(status=ModerationStatus.PENDING)
    assert client.get(f"/fr/o/{pending.pk}/").status_code == 404
    assert client.get("/fr/o/999999/").status_code == 404
    assert client.get("/fr/p/99999999999999999999/").status_code == 404


def test_a_long_link_with_a_token_is_sent_short_and_leads_to_the_same_page(client, django_user_model):
    member = django_user_model.objects.create_user(
        email="amina@example.org", password="x" * 12, language="ar"
    )
    client.force_login(member)
    client.post("/fr/account/email/", {"new_email": "amina.new@example.org", "password": "x" * 12})
    (link,) = links_in(to("amina.new@example.org"))
    assert "/l/" in link

    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/ar/account/email/confirm/")
    member.refresh_from_db()
    assert member.email == "amina.new@example.org"


def test_an_unknown_short_key_is_a_404(client, db):
    assert client.get("/l/not-a-key/").status_code == 404


def test_links_elsewhere_are_left_as_they_are(db):
    from directory.shortlinks import shorten_links

    elsewhere = "https://example.net/" + "x" * 200
    assert shorten_links(f"See {elsewhere} please") == f"See {elsewhere} please"
