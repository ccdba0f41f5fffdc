"""Bulk loads (synthetic data for benchmarks, large imports): the generators' shared body and what follows."""

import random
import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from directory import counting
from directory.caching import bump_all
from directory.models import Area, Sector, TargetGroup
from directory.search import remember_terms

# Where synthetic records work: the city's arrondissements and the prefecture's communes.
AREA_KINDS = ("arrondissement", "commune")


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


class SyntheticGenerator:
    """One kind of synthetic record, drawn from the seeded taxonomies with a seeded random generator.

    A subclass names its ``model``, the many-to-many ``relations`` it fills, its ``slug_prefix`` and ``noun``, and
    builds ``row(number)``: (unsaved record, {relation: terms}). ``bulk_create`` skips ``save()``, so the record
    must carry its slug and search columns already.
    """

    model = None
    relations = ()
    slug_prefix = "synthetic-"
    noun = "records"

    def __init__(self, rng):
        self.rng = rng
        self.sectors = list(Sector.objects.all())
        self.target_groups = list(TargetGroup.objects.all())
        self.places = list(Area.objects.filter(kind__in=AREA_KINDS).exclude(slug="tanger"))
        self.now = timezone.now()
        if not (self.sectors and self.places):
            self.missing_taxonomies()

    @staticmethod
    def missing_taxonomies():
        raise CommandError("The seeded taxonomies are missing; run `manage.py migrate` first.")

    def row(self, number):
        raise NotImplementedError


def synthetic_command(generator, help):
    """The management command that writes N records of ``generator``'s kind (a SyntheticGenerator subclass)."""
    return type("Command", (SyntheticCommand,), {"generator": generator, "help": help})


class SyntheticCommand(BaseCommand):
    """The body shared by the synthetic-data generators (generate_organisations, generate_opportunities).

    Records are built and written a batch at a time (``--batch-size`` rows per INSERT, then the many-to-many rows
    of that batch), so memory stays flat however many are asked for.
    """

    generator = None

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help=f"How many {self.generator.noun} to create.")
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed (default 1): same seed, same data."
        )
        parser.add_argument("--batch-size", type=int, default=1000, help="Rows per INSERT (default 1000).")

    def handle(self, *args, count, seed, batch_size, **options):
        if count < 1:
            raise CommandError(f"Give a positive number of {self.generator.noun}.")
        generator = self.generator(random.Random(seed))
        model = generator.model
        start = self.next_number(generator)
        with transaction.atomic():
            for offset in range(0, count, batch_size):
                numbers = range(start + offset, start + min(offset + batch_size, count))
                self.create_batch(generator, [generator.row(n) for n in numbers])
                _forget_queries()
        refresh_statistics(model, generator.relations)
        for counter in counting.counters().values():
            if counter.model is model:
                counting.rebuild(counter)  # nor are the maintained counts kept: count everything again
        bump_all()  # bulk_create sends no signals
        self.stdout.write(
            f"Created {count} synthetic {generator.noun} "
            f"({generator.slug_prefix}{start}…{generator.slug_prefix}{start + count - 1})."
        )

    @staticmethod
    def next_number(generator):
        """Numbers continue after the existing synthetic records, so running the command again adds more."""
        slugs = (
            generator.model.objects.filter(slug__startswith=generator.slug_prefix)
            .values_list("slug", flat=True)
            .iterator(chunk_size=10_000)
        )
        return max((int(m.group()) for slug in slugs if (m := _DIGITS.search(slug))), default=0) + 1

    @staticmethod
    def create_batch(generator, rows):
        model = generator.model
        model.objects.bulk_create([record for record, _links in rows])
        remember_terms(" ".join(record.search_text for record, _links in rows))
        # Portable on every backend: look the new ids up by slug rather than rely on RETURNING.
        ids = dict(model.objects.filter(slug__in=[r.slug for r, _l in rows]).values_list("slug", "pk"))
        for relation in generator.relations:
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


def _forget_queries():
    """With DEBUG on, Django keeps the SQL of the last 9,000 queries, and a batch's INSERT is a megabyte of it:
    50,000 opportunities peaked at 278 MB with it, 122 MB without. Forget it after each batch, unless a test is
    capturing it."""
    if settings.DEBUG and not connection.force_debug_cursor:
        connection.queries_log.clear()
