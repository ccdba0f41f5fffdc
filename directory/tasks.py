"""Work done outside the web request, by ``manage.py db_worker`` (or at once, with the immediate backend).
The overview's recount is a task of the portal (directory/portal/tasks.py), which knows what it counts.

django-tasks does not retry by itself: ``send_email`` enqueues its own next attempt with a growing delay, and
each failed attempt stays in the admin's task results with its traceback, the last one marked as given up.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


class MailNotSent(Exception):
    """The last attempt failed too: the mail is given up and needs a person to look at it."""


def retry_delay(attempt):
    """Seconds to wait after failed ``attempt`` (1-based), or None when no attempt is left."""
    delays = settings.MAIL_RETRY_DELAYS
    return delays[attempt - 1] if attempt <= len(delays) else None


@task()
def send_email(*, message, attempt=1):
    """Send one mail rendered by ``directory.mail.render_mail``."""
    email = EmailMessage(
        message["subject"],
        message["body"],
        settings.DEFAULT_FROM_EMAIL,
        [message["to"]],
        headers=message["headers"],
    )
    try:
        email.send()
    except (smtplib.SMTPException, OSError) as error:
        delay = retry_delay(attempt)
        # The immediate backend (development, tests) cannot wait: there the first failure is the last.
        if delay is not None and send_email.get_backend().supports_defer:
            run_after = timezone.now() + datetime.timedelta(seconds=delay)
            send_email.using(run_after=run_after).enqueue(message=message, attempt=attempt + 1)
            logger.warning(
                "Mail %r to %s failed (attempt %d), trying again in %d s: %s",
                message["subject"],
                message["to"],
                attempt,
                delay,
                error,
            )
            raise
        logger.error(
            "Mail %r to %s failed %d time(s), giving up: %s",
            message["subject"],
            message["to"],
            attempt,
            error,
        )
        raise MailNotSent(f"Given up after {attempt} attempt(s): {error}") from error
    return {"to": message["to"], "attempt": attempt}
