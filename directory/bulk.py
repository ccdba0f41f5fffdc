"""After a bulk load (synthetic data for benchmarks, large imports)."""

from django.db import connection


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
