"""What the people behind a submission hear about the moderators' decisions, and in which language."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.contenttypes.models import ContentType
from django.core import mail

from directory.moderation import ModerationStatus
from directory.moderation.models import Revision
from organisations.models import Membership, Organisation

ORGANISATIONS_ADMIN = "/admin/organisations/organisation/"
REVISIONS_ADMIN = "/admin/directory/revision/"


def join(organisation, user, role=Membership.Role.OWNER):
    return Membership.objects.create(organisation=organisation, user=user, role=role)


@pytest.fixture
def arabic_owner(db, django_user_model):
    return django_user_model.objects.create_user(email="malika@example.org", password="x" * 12, language="ar")


@pytest.fixture
def french_owner(db, django_user_model):
    return django_user_model.objects.create_user(email="karim@example.org", password="x" * 12, language="fr")


@pytest.fixture
def submitted(make_organisation, arabic_owner, french_owner, citizen):
    """A profile waiting for review, with two owners reading different languages and an editor."""
    organisation = make_organisation(
        name_fr="Association Al Amal", name_ar="جمعية الأمل", status=ModerationStatus.PENDING
    )
    join(organisation, arabic_owner)
    join(organisation, french_owner)
    join(organisation, citizen, Membership.Role.EDITOR)
    return organisation


def run_action(client, action, organisation, **extra):
    return client.post(
        ORGANISATIONS_ADMIN, {"action": action, "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk], **extra}
    )


def by_recipient(outbox):
    return {message.to[0]: message for message in outbox}


def test_rejecting_e_mails_each_owner_the_reason_in_their_own_language(
    client, moderator, submitted, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, "reject_selected", submitted, apply="1", reason="Ajoutez une adresse à Tanger.")

    assert all(len(message.to) == 1 for message in mail.outbox)
    messages = by_recipient(mail.outbox)
    assert sorted(messages) == ["karim@example.org", "malika@example.org"]
    for message in messages.values():
        assert "Ajoutez une adresse à Tanger." in message.body
    # The organisation is named in each reader's language, whatever the moderator's language was.
    assert "جمعية الأمل" in messages["malika@example.org"].subject
    assert "Association Al Amal" in messages["karim@example.org"].subject
    assert "جمعية الأمل" not in messages["karim@example.org"].subject


def test_publishing_e_mails_the_owners(client, moderator, submitted, django_capture_on_commit_callbacks):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, "publish_selected", submitted)

    assert sorted(message.to[0] for message in mail.outbox) == ["karim@example.org", "malika@example.org"]
    submitted.refresh_from_db()
    assert submitted.is_published


def test_the_moderator_is_not_e_mailed_about_their_own_decision(
    client, moderator, submitted, django_capture_on_commit_callbacks
):
    join(submitted, moderator)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, "publish_selected", submitted)

    recipients = [message.to[0] for message in mail.outbox]
    assert moderator.email not in recipients
    assert sorted(recipients) == ["karim@example.org", "malika@example.org"]


def test_archiving_sends_nothing(
    client, moderator, make_organisation, arabic_owner, django_capture_on_commit_callbacks
):
    organisation = make_organisation()
    join(organisation, arabic_owner)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, "archive_selected", organisation)

    organisation.refresh_from_db()
    assert organisation.status == ModerationStatus.ARCHIVED
    assert mail.outbox == []


def test_a_decision_that_changes_nothing_sends_nothing(
    client, moderator, make_organisation, arabic_owner, django_capture_on_commit_callbacks
):
    organisation = make_organisation(status=ModerationStatus.PUBLISHED)
    join(organisation, arabic_owner)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, "publish_selected", organisation)

    assert mail.outbox == []


@pytest.fixture
def revision(published_organisation_with_owner, django_user_model):
    author = django_user_model.objects.create_user(
        email="author@example.org", password="x" * 12, language="en"
    )
    join(published_organisation_with_owner, author, Membership.Role.EDITOR)
    return Revision.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=published_organisation_with_owner.pk,
        author=author,
        data={"name_fr": "Association Al Amal pour l'enfance", "name_en": "Al Amal for Children"},
    )


def test_approving_a_revision_applies_it_and_e_mails_its_author(
    client, moderator, revision, published_organisation_with_owner, django_capture_on_commit_callbacks
):
    organisation = published_organisation_with_owner
    public_url = f"/fr/organisations/{organisation.slug}/"
    assert "Association Al Amal pour l&#x27;enfance" not in client.get(public_url).content.decode()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            REVISIONS_ADMIN, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [revision.pk]}
        )

    revision.refresh_from_db()
    assert revision.status == ModerationStatus.PUBLISHED
    organisation.refresh_from_db()
    assert (organisation.name_fr, organisation.name_en) == (
        "Association Al Amal pour l'enfance",
        "Al Amal for Children",
    )
    client.logout()
    assert "Association Al Amal pour l&#x27;enfance" in client.get(public_url).content.decode()
    assert "Al Amal for Children" in client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    [message] = mail.outbox
    assert message.to == ["author@example.org"]
    # Written for an English reader: the organisation carries its new English name.
    assert "Al Amal for Children" in message.subject


def test_rejecting_a_revision_keeps_the_public_profile_and_tells_the_author_why(
    client, moderator, revision, published_organisation_with_owner, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{REVISIONS_ADMIN}{revision.pk}/reject/", {"reason": "Le nom officiel n'a pas changé."})

    published_organisation_with_owner.refresh_from_db()
    assert published_organisation_with_owner.name_fr == "Association Al Amal"
    [message] = mail.outbox
    assert message.to == ["author@example.org"]
    assert "Le nom officiel n'a pas changé." in message.body
