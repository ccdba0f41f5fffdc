from django.db import migrations


def seed(apps, schema_editor):
    from news.start.seed import seed_start

    seed_start(
        apps.get_model("start", "Guide"),
        apps.get_model("start", "Fact"),
        apps.get_model("directory", "Sector"),
        apps.get_model("directory", "LegalForm"),
    )


class Migration(migrations.Migration):
    dependencies = [("start", "0001_guides_facts_offices"), ("directory", "0010_shortlink")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
