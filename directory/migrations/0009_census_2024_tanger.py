from django.db import migrations

# Legal population at 1 September 2024 (RGPH 2024), fixed by decree n° 2.24.1009; the HCP publishes it per
# region, prefecture, commune and arrondissement. Only figures read in a published source are here:
# - the prefecture: HCP's regional directorate and communesmaroc.com (1,494,413);
# - the commune of Tanger and its four arrondissements, as reported from the HCP results by Diario Calle de Agua
#   ("Tánger, la segunda ciudad más poblada de todo Marruecos") and, for Bni Makada, by ecopress.ma; the four
#   arrondissements add up exactly to the commune's 1,275,428.
# The other communes of the prefecture (Assilah, Gueznaia and the rural communes) are left out: no published
# figure was found, and the overview says so rather than guess.
SOURCE = "HCP, Recensement général de la population et de l'habitat (RGPH) 2024, population légale"
SOURCE_URL = (
    "https://www.hcp.ma/region-tanger/"
    "Indicateurs-demographiques-et-socioeconomiques-de-la-region-TTA-a-partir-du-RGPH-2024_a680.html"
)
FIGURES = [
    ("prefecture-tanger-assilah", 1_494_413),
    ("tanger", 1_275_428),
    ("bni-makada", 567_465),
    ("charf-mghogha", 252_656),
    ("charf-souani", 111_772),
    ("tanger-medina", 343_535),
]


def seed(apps, schema_editor):
    Area = apps.get_model("directory", "Area")
    Population = apps.get_model("directory", "Population")
    for slug, population in FIGURES:
        area = Area.objects.filter(slug=slug).first()
        if area is not None:
            Population.objects.update_or_create(
                area=area,
                year=2024,
                defaults={"population": population, "source": SOURCE, "source_url": SOURCE_URL},
            )


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_searchterm_trigram_index")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
