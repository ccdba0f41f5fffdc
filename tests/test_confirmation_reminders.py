"""Asking owners, once in a while, to confirm their public profile is still correct."""

import datetime
import io
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone

from directory.moderation import ModerationStatus
from organisations.models import Membership, Organisation

TODAY = datetime.date.today()
LONG_AGO = TODAY - datetime.timedelta(days=400)


def remind(at=None, stderr=None):
    """Run the daily command, as if it were ``at`` if given."""
    with mock.patch("django.utils.timezone.now", return_value=at or timezone.now()):
        call_command("send_confirmation_reminders", stdout=io.StringIO(), stderr=stderr or io.StringIO())


def join(organisation, user, role=Membership.Role.OWNER):
    return Membership.objects.create(organisation=organisation, user=user, role=role)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.fixture
def stale(published_organisation_with_owner):
    Organisation.objects.filter(pk=published_organisation_with_owner.pk).update(last_confirmed=LONG_AGO)
    published_organisation_with_owner.refresh_from_db()
    return published_organisation_with_owner


def test_owners_of_a_profile_unconfirmed_for_a_year_get_one_reminder(stale, owner, other_owner, citizen):
    join(stale, other_owner)
    join(stale, citizen, Membership.Role.EDITOR)

    remind()

    assert recipients() == ["other-owner@example.org", "owner@example.org"]
    message = next(m for m in mail.outbox if m.to == ["owner@example.org"])
    assert "Association Al Amal" in message.subject
    assert "/fr/dashboard/" in message.body
    stale.refresh_from_db()
    assert stale.reminder_sent_at is not None


def test_the_reminder_is_written_in_the_owners_language(stale, owner):
    owner.language = "ar"
    owner.save()

    remind()

    [message] = mail.outbox
    assert "جمعية الأمل" in message.subject
    assert "/ar/dashboard/" in message.body


def test_a_published_profile_never_confirmed_is_reminded_a_year_after_publication(make_organisation, owner):
    organisation = make_organisation(published_at=timezone.now() - datetime.timedelta(days=400))
    join(organisation, owner)

    remind()

    assert recipients() == ["owner@example.org"]


def test_running_again_the_same_day_sends_nothing(stale, owner):
    remind()
    mail.outbox.clear()

    remind()

    assert mail.outbox == []


def test_the_reminder_is_repeated_a_month_later_if_still_unconfirmed(stale, owner):
    remind()
    mail.outbox.clear()

    remind(at=timezone.now() + datetime.timedelta(days=15))
    assert mail.outbox == []
    remind(at=timezone.now() + datetime.timedelta(days=31))

    assert recipients() == ["owner@example.org"]


@pytest.mark.parametrize(
    "fields",
    [
        {"last_confirmed": TODAY - datetime.timedelta(days=100)},
        {"last_confirmed": None, "published_at": timezone.now() - datetime.timedelta(days=100)},
        {"last_confirmed": LONG_AGO, "status": ModerationStatus.PENDING},
        {"last_confirmed": LONG_AGO, "status": ModerationStatus.REJECTED},
        {"last_confirmed": LONG_AGO, "status": ModerationStatus.ARCHIVED},
    ],
    ids=["confirmed-recently", "published-recently", "pending", "rejected", "archived"],
)
def test_recent_and_unpublished_profiles_are_skipped(published_organisation_with_owner, owner, fields):
    Organisation.objects.filter(pk=published_organisation_with_owner.pk).update(**fields)

    remind()

    assert mail.outbox == []


def test_confirming_from_the_dashboard_dates_the_public_profile_today(client, stale, owner):
    client.force_login(owner)
    assert (
        f"/fr/dashboard/organisations/{stale.slug}/confirm/" in client.get("/fr/dashboard/").content.decode()
    )

    response = client.post(f"/fr/dashboard/organisations/{stale.slug}/confirm/")

    assert response.status_code == 302
    stale.refresh_from_db()
    assert stale.last_confirmed == timezone.localdate()
    public = client.get(f"/fr/organisations/{stale.slug}/").content.decode()
    assert f'<time datetime="{timezone.localdate():%Y-%m-%d}">' in public
    remind()
    assert mail.outbox == []


def test_an_editor_may_confirm_too(client, stale, citizen):
    join(stale, citizen, Membership.Role.EDITOR)
    client.force_login(citizen)

    client.post(f"/fr/dashboard/organisations/{stale.slug}/confirm/")

    stale.refresh_from_db()
    assert stale.last_confirmed == timezone.localdate()


def test_confirming_someone_elses_profile_is_not_found(client, stale, other_owner):
    client.force_login(other_owner)

    response = client.post(f"/fr/dashboard/organisations/{stale.slug}/confirm/")

    assert response.status_code == 404
    stale.refresh_from_db()
    assert stale.last_confirmed == LONG_AGO


def test_confirming_is_a_post_only(client, stale, owner):
    client.force_login(owner)

    assert client.get(f"/fr/dashboard/organisations/{stale.slug}/confirm/").status_code == 405
    stale.refresh_from_db()
    assert stale.last_confirmed == LONG_AGO


def test_an_address_the_mail_server_refuses_neither_stops_nor_repeats_the_others(
    make_organisation, owner, django_user_model, caplog
):
    unreachable = django_user_model.objects.create_user(email="gone@example.org")
    for user in (unreachable, owner, unreachable):
        join(make_organisation(last_confirmed=LONG_AGO), user)
    real_send = EmailBackend.send_messages

    def refuse_gone(backend, messages):
        if any("gone@example.org" in message.to for message in messages):
            raise smtplib.SMTPRecipientsRefused({"gone@example.org": (550, b"No such user")})
        return real_send(backend, messages)

    with mock.patch.object(EmailBackend, "send_messages", refuse_gone):
        remind()
        remind()

    assert recipients() == ["owner@example.org"]
    # The mail task logs what it could not deliver (and, on the database queue, tries it again later);
    # the reminders themselves count as sent, so tomorrow's run does not queue them a second time.
    assert "gone@example.org" in caplog.text
    assert not Organisation.objects.filter(reminder_sent_at__isnull=True).exists()
