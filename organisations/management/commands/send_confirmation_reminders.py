import datetime
import smtplib

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from directory.mail import send_mail_in_language
from organisations.models import Membership, Organisation

STALE_AFTER = datetime.timedelta(days=365)
# A reminder is repeated at most monthly, so a daily run never nags.
REPEAT_AFTER = datetime.timedelta(days=30)


class Command(BaseCommand):
    help = "E-mail the owners of published profiles not confirmed for 12 months. Run daily."

    def handle(self, *args, **options):
        now = timezone.now()
        cutoff = (now - STALE_AFTER).date()
        stale = (
            Organisation.objects.public()
            .filter(
                Q(last_confirmed__lte=cutoff)
                | Q(last_confirmed__isnull=True, published_at__lte=now - STALE_AFTER)
            )
            .filter(Q(reminder_sent_at__isnull=True) | Q(reminder_sent_at__lte=now - REPEAT_AFTER))
        )
        owners = (
            Membership.objects.owners().filter(organisation__in=stale).select_related("user", "organisation")
        )
        reminded = set()
        for membership in owners:
            user = membership.user
            with translation.override(user.language):
                link = settings.SITE_URL + reverse("dashboard:home")
            try:
                send_mail_in_language(
                    to=user.email,
                    language=user.language,
                    subject_template="emails/confirm_reminder_subject.txt",
                    body_template="emails/confirm_reminder.txt",
                    context={"organisation": membership.organisation, "link": link},
                )
            except (smtplib.SMTPException, OSError) as error:
                # Aborting would leave everyone already mailed unmarked, so tomorrow's run would mail them
                # again; an organisation none of whose owners could be reached is simply tried again.
                self.stderr.write(f"Could not remind {user.email}: {error}")
                continue
            reminded.add(membership.organisation_id)
        Organisation.objects.filter(pk__in=reminded).update(reminder_sent_at=now)
        self.stdout.write(f"Reminded the owners of {len(reminded)} organisation(s).")
