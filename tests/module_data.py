"""Data built once for a whole test module."""

import sys

from django.db import transaction

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.seed import seed_taxonomies


def built_for_module(django_db_blocker, build):
    """Data built once and read by every test of a module (the body of a module-scoped fixture, used as
    ``yield from built_for_module(django_db_blocker, build)``).

    The data lives in a transaction opened before the module's first test and rolled back after its last one;
    each test still runs in a savepoint of its own inside it, so a test may change the data and the next one
    finds it as built. Every test of such a module sees the data, whether it asks for it or not: a test that
    needs an empty database belongs in another module. Tests of one module run on one worker
    (``pytest.mark.xdist_group``), so the data is built once per run.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # A transactional test that ran before on this worker flushed the seeded taxonomies.
            seed_taxonomies(Sector, TargetGroup, LegalForm, Language, Area)
            built = build()
        except BaseException:
            atomic.__exit__(*sys.exc_info())
            raise
    try:
        yield built
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
