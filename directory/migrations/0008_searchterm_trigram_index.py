"""PostgreSQL only: a trigram index on the dictionary of search words, for typo tolerance."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS searchterm_term_trgm ON directory_searchterm USING gin (term gin_trgm_ops)",
]
BACKWARD = ["DROP INDEX IF EXISTS searchterm_term_trgm"]


def _run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("directory", "0007_searchterm")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
