from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from directory.demo import MissingTaxonomy
from directory.moderation.group import MODERATORS_GROUP, sync_moderators_group
from opportunities.demo import OPPORTUNITIES, load_demo_opportunities
from organisations.demo import ORGANISATIONS, load_demo_organisations

# Printed on every run: a demo account is a convenience for trying the site locally, never a secret.
DEMO_MODERATOR_PASSWORD = "tanger-demo-moderation"


class Command(BaseCommand):
    help = (
        "Load the sample organisations and their support opportunities (marked as sample data) and, with DEBUG "
        "on, a demo moderator account. Safe to run again: sample records are refreshed, nothing else is touched."
    )

    def handle(self, *args, **options):
        try:
            created, updated, skipped = load_demo_organisations()
            opportunities = load_demo_opportunities()
        except MissingTaxonomy as error:
            raise CommandError(f"Missing taxonomy terms ({error}); run `manage.py migrate` first.") from error
        self.stdout.write(
            f"Sample organisations: {created} created, {updated} refreshed ({len(ORGANISATIONS)} in the set)."
        )
        for slug in skipped:
            self.stdout.write(
                self.style.WARNING(f"Skipped {slug}: a real organisation already uses this slug.")
            )
        self._report_opportunities(*opportunities)
        self._demo_moderator()

    def _report_opportunities(self, created, updated, skipped):
        self.stdout.write(
            f"Sample opportunities: {created} created, {updated} refreshed ({len(OPPORTUNITIES)} in the set)."
        )
        for slug in skipped:
            self.stdout.write(
                self.style.WARNING(
                    f"Skipped opportunity {slug}: a real opportunity uses this slug, or its sample organisation "
                    "is missing."
                )
            )

    def _demo_moderator(self):
        email = settings.DEMO_MODERATOR_EMAIL
        if not settings.DEBUG:
            self.stdout.write(
                self.style.NOTICE(f"DEBUG is off: the demo moderator account ({email}) was not created.")
            )
            return
        user, _created = get_user_model().objects.get_or_create(email=email)
        user.is_staff = True
        user.is_active = True
        user.set_password(DEMO_MODERATOR_PASSWORD)
        user.save()
        user.groups.add(_moderators_group())
        self.stdout.write(
            self.style.SUCCESS(f"Demo moderator: log in at /admin/ as {email} / {DEMO_MODERATOR_PASSWORD}")
        )


def _moderators_group():
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is None:
        # Normally made by migrate; a flushed database lacks it until the permissions are synced again.
        sync_moderators_group()
        group = Group.objects.get(name=MODERATORS_GROUP)
    return group
