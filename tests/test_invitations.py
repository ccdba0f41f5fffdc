"""Owners inviting people to help edit a profile, and managing who may edit it."""

import datetime
import re

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, override

from organisations.models import Invitation, Membership

OWNER = Membership.Role.OWNER
EDITOR = Membership.Role.EDITOR
# The accept button's form posts back to the page itself; every other form on the page has an action.
ACCEPT_FORM = '<form method="post">'


def members_url(organisation):
    return f"/fr/dashboard/organisations/{organisation.slug}/members/"


def remove_url(organisation, membership):
    return f"/fr/dashboard/organisations/{organisation.slug}/members/{membership.pk}/remove/"


def invitation_url(invitation):
    return f"/fr/dashboard/invitations/{invitation.token}/"


def join(organisation, user, role=EDITOR):
    return Membership.objects.create(organisation=organisation, user=user, role=role)


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def organisation(published_organisation_with_owner):
    return published_organisation_with_owner


@pytest.fixture
def invitee(db, django_user_model):
    return django_user_model.objects.create_user(email="Invitee@Example.org", password="x" * 12)


@pytest.fixture
def invitation(organisation, owner):
    return Invitation.objects.create(
        organisation=organisation,
        email="invitee@example.org",
        role=EDITOR,
        token="a-secret-token-nobody-guesses",
        invited_by=owner,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_user(email="editor@example.org", password="x" * 12)


@pytest.fixture
def organisation_b(make_organisation, other_owner, django_user_model):
    """Another owner's organisation, with an editor of its own."""
    organisation = make_organisation(name_fr="Association Voisine")
    join(organisation, other_owner, OWNER)
    join(organisation, django_user_model.objects.create_user(email="b-editor@example.org"), EDITOR)
    return organisation


def test_owner_invites_by_e_mail_and_the_mail_carries_the_link(client, organisation, owner):
    client.force_login(owner)

    response = client.post(members_url(organisation), {"email": "New.Helper@Example.org", "role": EDITOR})

    assert response.status_code == 302
    assert response["Location"] == members_url(organisation)
    invitation = Invitation.objects.get()
    assert (invitation.organisation, invitation.email, invitation.role) == (
        organisation,
        "new.helper@example.org",
        EDITOR,
    )
    assert invitation.invited_by == owner
    assert invitation.is_usable
    [message] = mail.outbox
    assert message.to == ["new.helper@example.org"]
    links = re.findall(r"https?://\S+/dashboard/invitations/(\S+?)/", message.body)
    assert links == [invitation.token]
    assert "new.helper@example.org" in client.get(members_url(organisation)).content.decode()


def test_invited_person_accepts_and_becomes_an_editor(client, invitation, invitee, organisation):
    client.force_login(invitee)
    page = client.get(invitation_url(invitation))
    assert page.status_code == 200
    assert "Association Al Amal" in page.content.decode()
    assert ACCEPT_FORM in page.content.decode()

    response = client.post(invitation_url(invitation))

    assert response.status_code == 302
    membership = Membership.objects.get(organisation=organisation, user=invitee)
    assert membership.role == EDITOR
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert client.get(f"/fr/dashboard/organisations/{organisation.slug}/").status_code == 200
    assert "Association Al Amal" in client.get("/fr/dashboard/").content.decode()


def test_accepting_needs_an_account(client, invitation):
    response = client.post(invitation_url(invitation))

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_someone_logged_in_with_another_address_cannot_accept(client, invitation, citizen, organisation):
    client.force_login(citizen)

    response = client.post(invitation_url(invitation))

    assert response.status_code == 200
    assert response.context["mismatch"] is True
    assert "invitee@example.org" in response.content.decode()
    assert not Membership.objects.filter(user=citizen).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_expired_invitation_cannot_be_accepted(client, invitation, invitee):
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    client.force_login(invitee)

    response = client.post(invitation_url(invitation))

    assert response.status_code == 200
    assert ACCEPT_FORM not in response.content.decode()
    assert not Membership.objects.filter(user=invitee).exists()


def test_a_used_invitation_cannot_be_accepted_again(client, invitation, invitee, organisation):
    client.force_login(invitee)
    client.post(invitation_url(invitation))
    Membership.objects.filter(user=invitee).delete()  # removed by an owner since

    response = client.post(invitation_url(invitation))

    assert response.status_code == 200
    assert ACCEPT_FORM not in response.content.decode()
    assert not Membership.objects.filter(user=invitee).exists()


def test_an_unknown_token_is_not_found(client, invitee, invitation):
    client.force_login(invitee)

    assert client.get("/fr/dashboard/invitations/not-the-token/").status_code == 404


def test_inviting_someone_who_already_edits_is_refused(client, organisation, owner, editor):
    join(organisation, editor)
    client.force_login(owner)

    response = client.post(members_url(organisation), {"email": "EDITOR@example.org", "role": OWNER})

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_editors_cannot_open_the_members_page_or_invite(client, organisation, editor):
    join(organisation, editor)
    client.force_login(editor)

    assert client.get(members_url(organisation)).status_code == 404
    assert (
        client.post(members_url(organisation), {"email": "friend@example.org", "role": OWNER}).status_code
        == 404
    )
    assert not Invitation.objects.exists()


def test_editors_cannot_remove_anyone(client, organisation, owner, editor):
    join(organisation, editor)
    owner_membership = Membership.objects.get(user=owner)
    client.force_login(editor)

    assert client.post(remove_url(organisation, owner_membership)).status_code == 404
    assert Membership.objects.filter(pk=owner_membership.pk).exists()


def test_an_owner_cannot_see_or_change_another_organisations_members(
    client, organisation, owner, organisation_b
):
    client.force_login(owner)
    b_editor = Membership.objects.get(organisation=organisation_b, role=EDITOR)

    assert client.get(members_url(organisation_b)).status_code == 404
    assert (
        client.post(members_url(organisation_b), {"email": "spy@example.org", "role": OWNER}).status_code
        == 404
    )
    assert client.post(remove_url(organisation_b, b_editor)).status_code == 404
    # Their own organisation's URL with a membership id belonging to the other organisation.
    assert client.post(remove_url(organisation, b_editor)).status_code == 404
    assert Membership.objects.filter(organisation=organisation_b).count() == 2
    assert not Invitation.objects.exists()


def test_an_owner_removes_an_editor(client, organisation, owner, editor):
    membership = join(organisation, editor)
    client.force_login(owner)
    assert remove_url(organisation, membership) in client.get(members_url(organisation)).content.decode()

    response = client.post(remove_url(organisation, membership))

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    client.force_login(editor)
    assert client.get(f"/fr/dashboard/organisations/{organisation.slug}/").status_code == 404


def test_the_last_owner_cannot_be_removed(client, organisation, owner, editor):
    join(organisation, editor)
    membership = Membership.objects.get(user=owner)
    client.force_login(owner)

    response = client.post(remove_url(organisation, membership), follow=True)

    assert Membership.objects.filter(pk=membership.pk, role=OWNER).exists()
    with override("fr"):
        refusal = gettext("An organisation needs at least one owner. Invite another owner first.")
    assert messages_of(response) == [refusal]
    assert escape(refusal) in response.content.decode()


def test_one_of_two_owners_may_be_removed(client, organisation, owner, other_owner):
    second = join(organisation, other_owner, OWNER)
    client.force_login(owner)

    client.post(remove_url(organisation, second))

    assert list(Membership.objects.filter(organisation=organisation)) == [Membership.objects.get(user=owner)]
