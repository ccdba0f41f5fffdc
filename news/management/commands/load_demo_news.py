from django.core.management.base import BaseCommand

from news.demo import load_demo_news
from news.demo_projects import load_demo_projects
from news.start.demo import load_demo_offices


class Command(BaseCommand):
    help = (
        "Load the sample news, events, founders' projects and start-guide offices (marked as sample data), "
        "linked to the sample organisations when `load_demo` has run. Safe to run again: sample records are "
        "refreshed, nothing else is touched."
    )

    def handle(self, *args, **options):
        articles, events, skipped = load_demo_news()
        projects, skipped_projects = load_demo_projects()
        self.stdout.write(
            f"Sample news: {articles} articles, {events} events and {projects} projects loaded or refreshed."
        )
        offices = load_demo_offices()
        self.stdout.write(f"Sample offices for the start guides: {offices} loaded or refreshed.")
        for slug in [*skipped, *skipped_projects]:
            self.stdout.write(self.style.WARNING(f"Skipped {slug}: a real record already uses this slug."))
