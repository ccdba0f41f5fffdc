"""Rebuild the stored search text of every organisation and opportunity.

Saves keep it current; run this after changing how search text is built or the synonym list
(``directory/synonyms.py``), or after loading rows without signals.
"""

from django.core.management.base import BaseCommand

from directory.search import SEARCHABLE_MODELS, reindex


class Command(BaseCommand):
    help = "Rebuild the search text of every searchable record (after a change to the synonym list)."

    def handle(self, *args, **options):
        for model in SEARCHABLE_MODELS:
            written = reindex(model._base_manager.all())
            self.stdout.write(f"{model._meta.verbose_name_plural}: {written}")
