from django.db import migrations

# Only figures we can source. Where a figure for an area is unknown the overview says so rather than guess.
FIGURES = [
    ("prefecture-tanger-assilah", 1494413, 2024, "HCP, Recensement général de la population et de l'habitat 2024"),
]


def seed(apps, schema_editor):
    Area = apps.get_model("directory", "Area")
    Population = apps.get_model("directory", "Population")
    for slug, population, year, source in FIGURES:
        area = Area.objects.filter(slug=slug).first()
        if area is not None:
            Population.objects.update_or_create(
                area=area, year=year, defaults={"population": population, "source": source}
            )


class Migration(migrations.Migration):
    dependencies = [("directory", "0005_population")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
