"""Bulk loads (synthetic data for benchmarks, large imports): the generators' shared body and what follows."""

import random
import re

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from directory import counting
from directory.caching import bump_facet_version
from directory.search import remember_terms


def refresh_statistics(model, relations=()):
    """Refresh the planner's statistics: right after a bulk load they describe the empty table.

    On PostgreSQL, VACUUM also marks the new pages all-visible, without which counts cannot be answered from an
    index alone. Autovacuum does both in time (when it is on); VACUUM cannot run inside a transaction, as in tests.
    """
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    command = "VACUUM ANALYZE" if vacuum else "ANALYZE"
    tables = [model._meta.db_table, *(getattr(model, r).through._meta.db_table for r in relations)]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")


_DIGITS = re.compile(r"\d+$")


class SyntheticCommand(BaseCommand):
    """The body shared by the synthetic-data generators (generate_organisations, generate_opportunities).

    A subclass names its ``model``, the many-to-many ``relations`` it fills, its ``slug_prefix`` and ``noun``,
    and returns from ``make_generator(rng)`` an object whose ``row(number)`` gives (unsaved record, {relation:
    terms}). ``bulk_create`` skips ``save()``, so the row must carry its slug and search columns already.
    """

    model = None
    relations = ()
    slug_prefix = "synthetic-"
    noun = "records"

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help=f"How many {self.noun} to create.")
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed (default 1): same seed, same data."
        )
        parser.add_argument("--batch-size", type=int, default=1000, help="Rows per INSERT (default 1000).")

    def make_generator(self, rng):
        raise NotImplementedError

    def handle(self, *args, count, seed, batch_size, **options):
        if count < 1:
            raise CommandError(f"Give a positive number of {self.noun}.")
        generator = self.make_generator(random.Random(seed))
        start = self.next_number()
        with transaction.atomic():
            for offset in range(0, count, batch_size):
                numbers = range(start + offset, start + min(offset + batch_size, count))
                self.create_batch([generator.row(n) for n in numbers])
        refresh_statistics(self.model, self.relations)
        bump_facet_version()  # bulk_create sends no signals
        for counter in counting.counters().values():
            if counter.model is self.model:
                counting.rebuild(counter)  # nor are the maintained counts kept: count everything again
        self.stdout.write(
            f"Created {count} synthetic {self.noun} ({self.slug_prefix}{start}…{start + count - 1})."
        )

    def next_number(self):
        """Numbers continue after the existing synthetic records, so running the command again adds more."""
        slugs = self.model.objects.filter(slug__startswith=self.slug_prefix).values_list("slug", flat=True)
        numbers = [int(m.group()) for slug in slugs if (m := _DIGITS.search(slug))]
        return max(numbers, default=0) + 1

    def create_batch(self, rows):
        model = self.model
        model.objects.bulk_create([record for record, _links in rows])
        remember_terms(" ".join(record.search_text for record, _links in rows))
        # Portable on every backend: look the new ids up by slug rather than rely on RETURNING.
        ids = dict(model.objects.filter(slug__in=[r.slug for r, _l in rows]).values_list("slug", "pk"))
        for relation in self.relations:
            field = model._meta.get_field(relation)
            through = field.remote_field.through
            owner, term = field.m2m_column_name(), field.m2m_reverse_name()
            through.objects.bulk_create(
                [
                    through(**{owner: ids[record.slug], term: item.pk})
                    for record, links in rows
                    for item in links.get(relation, ())
                ]
            )
