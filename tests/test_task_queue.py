"""Work outside the request: a mail server that is down neither breaks a moderator's request nor loses the mail.

These tests use the database queue and run the worker's own loop (``db_worker``) in the test; the rest of the
suite runs tasks as they are enqueued.
"""

import datetime
import logging
import socket

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from directory.mail import send_mail_in_language
from directory.moderation import ModerationStatus
from organisations.models import Membership

ORGANISATIONS_ADMIN = "/admin/organisations/organisation/"
TASKS_ADMIN = "/admin/django_tasks_database/dbtaskresult/"
SEND_EMAIL = "directory.tasks.send_email"


def closed_port():
    """A local port nothing listens on: connecting to it is refused, as with a mail server that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def queue(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes stale connections between tasks; inside a test's transaction that would end the test.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def smtp_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 5
    return settings


def run_worker():
    """What ``manage.py db_worker --batch`` does: run every task that is due, then stop."""
    db_worker.Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def time_passes():
    """Make the retries that wait for a later time due now."""
    DBTaskResult.objects.filter(status="READY").update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )


def mail_tasks(status):
    return DBTaskResult.objects.filter(task_path=SEND_EMAIL, status=status)


def test_a_decision_succeeds_while_the_mail_server_is_down_and_its_mail_is_retried_until_sent(
    queue, smtp_down, client, moderator, make_organisation, owner, django_capture_on_commit_callbacks
):
    organisation = make_organisation(status=ModerationStatus.PENDING)
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            ORGANISATIONS_ADMIN,
            {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]},
        )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.is_published
    assert mail_tasks("READY").count() == 1
    # The overview's recount waits for the worker too, instead of the moderator.
    assert DBTaskResult.objects.filter(task_path="directory.portal.tasks.refresh_overview_counts").exists()

    run_worker()
    assert mail.outbox == []
    failed = mail_tasks("FAILED").get()
    assert "ConnectionRefusedError" in failed.exception_class_path
    retry = mail_tasks("READY").get()
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now()

    # Not due yet: a worker passing by now leaves it alone.
    run_worker()
    assert mail_tasks("READY").count() == 1

    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    time_passes()
    run_worker()
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert mail_tasks("SUCCESSFUL").count() == 1
    assert not mail_tasks("READY").exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exclude(pk=failed.pk).exists()


def send_one(to="reader@example.org"):
    send_mail_in_language(
        to=to,
        language="fr",
        subject_template="emails/verify_email_subject.txt",
        body_template="emails/verify_email.txt",
        context={"link": "http://127.0.0.1:8000/fr/account/verify/secret-token/"},
    )


def test_a_mail_that_keeps_failing_is_given_up_after_the_last_attempt_and_logged(
    queue, smtp_down, db, caplog
):
    smtp_down.MAIL_RETRY_DELAYS = [60, 300]
    send_one()
    with caplog.at_level(logging.WARNING, logger="directory.tasks"):
        for _attempt in range(3):
            run_worker()
            time_passes()

    assert mail_tasks("FAILED").count() == 3
    assert not mail_tasks("READY").exists()
    last = mail_tasks("FAILED").order_by("-enqueued_at").first()
    assert last.args_kwargs["kwargs"]["attempt"] == 3
    assert last.exception_class_path == "directory.tasks.MailNotSent"
    assert "giving up" in caplog.text
    assert "reader@example.org" in caplog.text


def test_moderators_see_failed_mails_in_the_admin_without_their_content(
    queue, smtp_down, client, moderator, db
):
    smtp_down.MAIL_RETRY_DELAYS = []
    send_one()
    run_worker()
    failed = mail_tasks("FAILED").get()
    client.force_login(moderator)

    listing = client.get(TASKS_ADMIN, {"status__exact": "FAILED"}).content.decode()
    assert "reader@example.org" in listing
    assert "MailNotSent" in listing
    page = client.get(f"{TASKS_ADMIN}{failed.pk}/change/")
    assert page.status_code == 200
    # The body may hold a password-reset or verification link: not for a moderator's eyes.
    assert "secret-token" not in page.content.decode()


def test_staff_who_are_not_moderators_cannot_see_the_task_results(
    queue, smtp_down, client, staff_non_moderator, db
):
    send_one()
    client.force_login(staff_non_moderator)
    assert client.get(TASKS_ADMIN).status_code == 403
