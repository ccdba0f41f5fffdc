"""PostgreSQL only: indexes for the public list's order and counts.

The list shows open opportunities by closing date, then closed ones latest first, read part after part (see
``OpportunityQuerySet.closing_soonest_parts``). Open ones are a range of the (status, deadline) index; closed ones,
latest deadline first, need an index in that order. The second index holds the columns that filters, counts and
the overview's tables read, so they scan that small index rather than the wide rows (once vacuum has marked the
table's pages all-visible).
"""

from django.db import migrations

INDEXES = {
    "opportunity_latest_deadline": "(deadline DESC NULLS LAST, id) WHERE status = 'published'",
    "opportunity_published_filters": (
        "(id) INCLUDE (organisation_id, kind, direction, deadline, closed_at, is_remote, currency, amount_min, "
        "amount_max, published_at) WHERE status = 'published'"
    ),
}


def _run(create):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, definition in INDEXES.items():
            if create:
                schema_editor.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON opportunities_opportunity {definition}"
                )
            else:
                schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return apply


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0002_search_trigram_index")]

    operations = [migrations.RunPython(_run(True), _run(False))]
