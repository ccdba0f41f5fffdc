"""PostgreSQL only: a full-text index on the search column, and every word in use in the search dictionary.

``directory.search.WordsFound`` filters on ``to_tsvector('simple', search_text)``: the text is already folded and
holds every language, so the ``simple`` configuration (no stemming, no stop words) keeps each word as written.
Words found inside longer words come from the dictionary, which older rows may not have filled; it is completed
here. SQLite keeps the substring match and needs neither, so the operation does nothing there.
"""

from django.db import migrations

TABLE = "opportunities_opportunity"
INDEX = "opportunity_search_text_fts"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (to_tsvector('simple', search_text))"
    )
    schema_editor.execute(
        "INSERT INTO directory_searchterm (term) SELECT DISTINCT word FROM "
        f"{TABLE}, unnest(string_to_array(search_text, ' ')) AS word "
        "WHERE length(word) BETWEEN 4 AND 40 ON CONFLICT (term) DO NOTHING"
    )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0004_opportunity_activity_dates"),
        ("directory", "0008_searchterm_trigram_index"),
    ]

    operations = [migrations.RunPython(forward, backward)]
