import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from organisations.models import Membership, Organisation

User = get_user_model()
PASSWORD = "tanger-2026-sunrise"


@pytest.fixture
def member(db):
    return User.objects.create_user(
        email="member@example.org", password=PASSWORD, email_verified=True, language="nl"
    )


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_password_reset_mail_is_in_the_account_holders_language(client, member):
    response = client.post("/fr/account/password/reset/", {"email": "member@example.org"})
    assert response.status_code == 302
    assert "/nl/account/password/reset/" in link_in(mail.outbox[0])


def test_password_reset_link_sets_a_new_password(client, member):
    client.post("/fr/account/password/reset/", {"email": "member@example.org"})
    form_url = client.get(link_in(mail.outbox[0]))["Location"]  # Django hides the token behind a redirect
    response = client.post(
        form_url, {"new_password1": "new-pass-tanger-77", "new_password2": "new-pass-tanger-77"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("new-pass-tanger-77")


def test_password_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(client, db):
    response = client.post("/fr/account/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_change_needs_the_old_password(client, member):
    client.force_login(member)
    wrong = client.post(
        "/fr/account/password/change/",
        {"old_password": "nope", "new_password1": "another-pass-2026", "new_password2": "another-pass-2026"},
    )
    assert "old_password" in wrong.context["form"].errors
    right = client.post(
        "/fr/account/password/change/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-pass-2026",
            "new_password2": "another-pass-2026",
        },
    )
    assert right.status_code == 302
    assert client.get("/fr/account/").status_code == 200  # still logged in


def test_email_change_takes_effect_only_from_the_new_address(client, member):
    client.force_login(member)
    client.post("/fr/account/email/", {"new_email": "new@example.org", "password": PASSWORD})
    member.refresh_from_db()
    assert member.email == "member@example.org"
    assert mail.outbox[0].to == ["new@example.org"]
    client.get(link_in(mail.outbox[0]), follow=True)
    member.refresh_from_db()
    assert member.email == "new@example.org"


def test_email_change_refuses_a_wrong_password_or_a_taken_address(client, member):
    User.objects.create_user(email="taken@example.org", password=PASSWORD)
    client.force_login(member)
    wrong = client.post("/fr/account/email/", {"new_email": "new@example.org", "password": "nope"})
    assert "password" in wrong.context["form"].errors
    taken = client.post("/fr/account/email/", {"new_email": "taken@example.org", "password": PASSWORD})
    assert "new_email" in taken.context["form"].errors
    assert mail.outbox == []


def test_a_forged_email_change_link_does_nothing(client, member):
    assert client.get("/fr/account/email/confirm/eyJmb3JnZWQiOnRydWV9:abc:def/").status_code == 400
    member.refresh_from_db()
    assert member.email == "member@example.org"


def test_data_download_contains_the_account_and_its_organisations(client, member, make_organisation):
    organisation = make_organisation(name_fr="Association Nour")
    Membership.objects.create(organisation=organisation, user=member, role=Membership.Role.OWNER)
    client.force_login(member)
    response = client.get("/fr/account/data/")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == "member@example.org"
    assert data["organisations"] == [
        {
            "name": "Association Nour",
            "slug": organisation.slug,
            "role": "owner",
            "status": "published",
            "member_since": data["organisations"][0]["member_since"],
        }
    ]


def test_deleting_the_account_needs_the_password(client, member):
    client.force_login(member)
    response = client.post("/fr/account/delete/", {"password": "nope"})
    assert "password" in response.context["form"].errors
    assert User.objects.filter(pk=member.pk).exists()


def test_deleting_the_account_keeps_organisations_and_flags_those_left_without_owner(
    client, member, make_organisation
):
    alone = make_organisation(name_fr="Seule")
    shared = make_organisation(name_fr="Partagée")
    Membership.objects.create(organisation=alone, user=member, role=Membership.Role.OWNER)
    Membership.objects.create(organisation=shared, user=member, role=Membership.Role.OWNER)
    other = User.objects.create_user(email="other@example.org", password=PASSWORD)
    Membership.objects.create(organisation=shared, user=other, role=Membership.Role.OWNER)
    client.force_login(member)
    response = client.post("/fr/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()
    alone.refresh_from_db()
    shared.refresh_from_db()
    assert alone.orphaned_at is not None
    assert shared.orphaned_at is None
    assert Organisation.objects.count() == 2


def test_preferences_are_saved(client, member):
    client.force_login(member)
    client.post("/fr/account/", {"first_name": "Sanne", "last_name": "de Vries", "language": "es"})
    member.refresh_from_db()
    assert (member.first_name, member.language) == ("Sanne", "es")


def test_privacy_page_is_public(client, db):
    assert client.get("/ar/privacy/", follow=True).status_code == 200
