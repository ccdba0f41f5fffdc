from django.db import migrations


def seed(apps, schema_editor):
    from directory.seed import seed_taxonomies

    seed_taxonomies(*(apps.get_model("directory", name) for name in
                      ("Sector", "TargetGroup", "LegalForm", "Language", "Area")))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
