import datetime

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
            # Queued, not sent: a mail server that is down delays the reminder (the task tries again) but
            # neither stops the run nor makes tomorrow's run remind anyone twice.
            send_mail_in_language(
                to=user.email,
                language=user.language,
                subject_template="emails/confirm_reminder_subject.txt",
                body_template="emails/confirm_reminder.txt",
                context={"organisation": membership.organisation, "link": link},
            )
            reminded.add(membership.organisation_id)
        Organisation.objects.filter(pk__in=reminded).update(reminder_sent_at=now)
        self.stdout.write(f"Reminded the owners of {len(reminded)} organisation(s).")
