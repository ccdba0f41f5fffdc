"""PostgreSQL only: one index per reading language for listing published organisations by name.

The list orders by the first name available in the reader's fallback order (organisations.models
``fallback_order``); without an index each list page sorts the whole directory.
"""

from django.db import migrations

FALLBACKS = {
    "fr": ("fr", "ar", "en", "es", "nl"),
    "ar": ("ar", "fr", "en", "es", "nl"),
    "en": ("en", "fr", "ar", "es", "nl"),
    "nl": ("nl", "fr", "ar", "en", "es"),
    "es": ("es", "fr", "ar", "en", "nl"),
}


def _index_sql(code, order):
    names = ", ".join(f"name_{c}" for c in order)
    return (
        f"CREATE INDEX IF NOT EXISTS org_name_order_{code} ON organisations_organisation "
        f"(LOWER(COALESCE({names})), id) WHERE status = 'published'"
    )


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for code, order in FALLBACKS.items():
            schema_editor.execute(_index_sql(code, order))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for code in FALLBACKS:
            schema_editor.execute(f"DROP INDEX IF EXISTS org_name_order_{code}")


class Migration(migrations.Migration):
    dependencies = [("organisations", "0006_partnersearchmessage")]

    operations = [
        # Earlier forms could store a missing name as "" rather than NULL; the ordering expects NULL.
        migrations.RunSQL(
            [f"UPDATE organisations_organisation SET name_{c} = NULL WHERE name_{c} = ''" for c in FALLBACKS],
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(forward, backward),
    ]
