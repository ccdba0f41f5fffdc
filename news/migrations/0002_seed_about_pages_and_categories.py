from django.db import migrations


def seed(apps, schema_editor):
    from news.seed import seed_news

    seed_news(apps.get_model("news", "Page"), apps.get_model("news", "Category"))


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
