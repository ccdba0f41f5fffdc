"""PostgreSQL only: pg_trgm and a trigram index on the search column.

The index serves both the portable substring match (LIKE '%word%') and the typo-tolerant word similarity.
SQLite has neither and does not need them, so the operation does nothing there.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS org_search_text_trgm ON organisations_organisation "
    "USING gin (search_text gin_trgm_ops)",
]
BACKWARD = ["DROP INDEX IF EXISTS org_search_text_trgm"]


def _run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
