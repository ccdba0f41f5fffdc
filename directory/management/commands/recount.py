"""Count the maintained tallies again from scratch (directory/counting.py): after a bulk load that sent no
signals, a change of the area tree, or to check that nothing drifted (``--check``)."""

import time

from django.core.management.base import BaseCommand, CommandError

from directory import caching, counting
from directory.models import Tally


class Command(BaseCommand):
    help = "Rebuild the maintained counts (facets, home page, overview) from the data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare the maintained counts with a full recount first, and say which keys differ.",
        )

    def handle(self, *args, check=False, **options):
        drifted = 0
        for name, counter in counting.counters().items():
            if check:
                counting.advance(name)  # both as of now: deadlines passed since the last change subtracted
            before = _snapshot(name) if check else None
            started = time.perf_counter()
            counting.rebuild(counter)
            seconds = time.perf_counter() - started
            # Pages and cached counts made from counts that had drifted would keep showing them.
            caching.bump_models(counter.model)
            self.stdout.write(
                f"{name}: {Tally.objects.filter(clock_id=name).count()} tallies in {seconds:.1f} s"
            )
            if check:
                after = _snapshot(name)
                differing = sorted(
                    key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
                )
                drifted += len(differing)
                for key in differing[:20]:
                    self.stdout.write(f"  {key}: maintained {before.get(key)}, recounted {after.get(key)}")
        if drifted:
            raise CommandError(f"{drifted} maintained count(s) differed from the recount (now corrected).")


def _snapshot(name):
    return {
        key: (n, total)
        for key, n, total in Tally.objects.filter(clock_id=name, n__gt=0).values_list("key", "n", "total")
    }
