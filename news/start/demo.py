"""Sample offices for the start guides (``load_demo_news``): marked as sample data on the page, because the
addresses and hours of the real offices are for moderators to enter once checked, not for a demo to guess."""

from django.db import transaction

from directory.demo import tr, translated
from directory.moderation import ModerationStatus
from news.start.models import Guide, Office

# (names, address, hours, note, guide slugs)
OFFICES = [
    (
        tr(
            "قيادة نموذجية (مثال)",
            "Caïdat exemple (démonstration)",
            en="Example caïdat (demo)",
            nl="Voorbeeld-caïdat (demo)",
            es="Caidato de ejemplo (demo)",
        ),
        tr(
            "شارع المثال، طنجة",
            "Rue de l'Exemple, Tanger",
            en="Example Street, Tangier",
            nl="Voorbeeldstraat, Tanger",
            es="Calle Ejemplo, Tánger",
        ),
        tr(
            "من الاثنين إلى الجمعة، 8:30–16:30",
            "Du lundi au vendredi, 8h30–16h30",
            en="Monday to Friday, 8:30–16:30",
            nl="Maandag tot vrijdag, 8.30–16.30 uur",
            es="De lunes a viernes, 8:30–16:30",
        ),
        tr(
            "هنا يُصرَّح بالجمعية.",
            "On y déclare l'association.",
            en="Where the association is declared.",
            nl="Hier wordt de vereniging aangegeven.",
            es="Aquí se declara la asociación.",
        ),
        ["association"],
    ),
    (
        tr(
            "مندوبية مكتب تنمية التعاون (مثال)",
            "Délégation de l'ODCo (démonstration)",
            en="ODCo delegation (demo)",
            nl="ODCo-delegatie (demo)",
            es="Delegación de la ODCo (demo)",
        ),
        tr(
            "شارع المثال، طنجة",
            "Rue de l'Exemple, Tanger",
            en="Example Street, Tangier",
            nl="Voorbeeldstraat, Tanger",
            es="Calle Ejemplo, Tánger",
        ),
        tr(
            "من الاثنين إلى الجمعة، 8:30–16:30",
            "Du lundi au vendredi, 8h30–16h30",
            en="Monday to Friday, 8:30–16:30",
            nl="Maandag tot vrijdag, 8.30–16.30 uur",
            es="De lunes a viernes, 8:30–16:30",
        ),
        tr(
            "الموافقة على اسم التعاونية والإرشاد.",
            "Approbation du nom de la coopérative et conseil.",
            en="Approval of the cooperative's name, and advice.",
            nl="Goedkeuring van de naam van de coöperatie, en advies.",
            es="Aprobación del nombre de la cooperativa y asesoramiento.",
        ),
        ["cooperative"],
    ),
]


def load_demo_offices():
    """Create or refresh the sample offices and list them in their guides; returns how many were loaded."""
    guides = Guide.objects.in_bulk(field_name="slug")
    with transaction.atomic():
        for position, (names, address, hours, note, slugs) in enumerate(OFFICES):
            fields = {
                **translated("address", address, empty=""),
                **translated("hours", hours, empty=""),
                **translated("note", note, empty=""),
                "position": position,
            }
            office, _created = Office.objects.update_or_create(
                is_sample=True,
                name_fr=names["fr"],
                defaults={**translated("name", names, empty=""), **fields},
                create_defaults={
                    **translated("name", names, empty=""),
                    **fields,
                    "is_sample": True,
                    "status": ModerationStatus.PUBLISHED,
                },
            )
            for slug in slugs:
                if slug in guides:
                    guides[slug].offices.add(office)
    return len(OFFICES)
