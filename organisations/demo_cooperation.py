"""Sample cooperation for trying the directory: partnerships and partner searches between the sample
organisations (``organisations/demo.py``), so ``/cooperation/`` shows links with the Netherlands, Belgium,
France and Spain.

Invented like the organisations they join: partners outside the directory carry "Exemple"/"Voorbeeld"/
"Ejemplo" in their names and example.org addresses. Partnerships between two sample organisations are loaded as
confirmed by the partner, as they would be once both sides agreed. ``load_demo_cooperation`` is idempotent:
partnerships are keyed on (organisation, partner, role), searches on (organisation, French title); a link is
made only between sample organisations, never with a real record.
"""

import datetime

from django.db import transaction

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from organisations.models import Organisation, PartnerSearch, Partnership

FUNDING, PROJECT, TWINNING, NETWORK = (
    Partnership.Role.FUNDING,
    Partnership.Role.PROJECT,
    Partnership.Role.TWINNING,
    Partnership.Role.NETWORK,
)
_CONFIRMED_AT = datetime.datetime(2025, 3, 3, 10, 0, tzinfo=datetime.UTC)
_PUBLISHED_AT = datetime.datetime(2025, 9, 15, 9, 0, tzinfo=datetime.UTC)
_PUBLISHED = {"status": ModerationStatus.PUBLISHED, "published_at": _CONFIRMED_AT}

# (declaring organisation, partner in the directory, role, what they do together)
DIRECTORY_PARTNERSHIPS = [
    (
        "stichting-vrouwen-vooruit-noord-marokko",
        "cooperative-yasmine-bni-makada",
        PROJECT,
        "Formation à la gestion et vente des broderies aux Pays-Bas",
    ),
    (
        "stichting-brug-rotterdam-tanger",
        "association-tarbiya-casabarata",
        TWINNING,
        "Uitwisseling van jongerenwerkers tussen Rotterdam en Casabarata",
    ),
    ("vereniging-digitaal-samen", "code-tanja", PROJECT, "Digitale vaardigheden voor jongeren en ouderen"),
    (
        "solidarite-bruxelles-tanger",
        "association-dar-al-moussafir",
        PROJECT,
        "Accueil et orientation des personnes migrantes",
    ),
    (
        "kine-sans-frontieres-du-detroit",
        "soutien-personnes-autistes-tanger",
        PROJECT,
        "Séances de kinésithérapie et formation des familles",
    ),
    (
        "rives-solidaires-marseille-tanger",
        "enfants-du-port",
        FUNDING,
        "Financement de l'accueil de jour des enfants",
    ),
    (
        "habitat-partage-mediterranee",
        "diyar-medina-habitat-ancien",
        PROJECT,
        "Réhabilitation de maisons anciennes de la médina",
    ),
    (
        "fondation-enfance-et-detroit",
        "association-ajial-inclusion",
        FUNDING,
        "Bourses pour l'inclusion scolaire des enfants en situation de handicap",
    ),
    (
        "asociacion-puente-del-estrecho",
        "sanad-solidarite-sociale",
        PROJECT,
        "Acompañamiento social de familias a ambos lados del Estrecho",
    ),
    (
        "fundacion-mar-de-alboran-infancia",
        "amal-sante-mere-enfant",
        FUNDING,
        "Apoyo a la consulta de salud materno-infantil",
    ),
    (
        "cooperativa-sur-justo",
        "cooperative-bnat-souani",
        PROJECT,
        "Comercio justo de productos de la cooperativa",
    ),
    # Within Tangier: a neighbourhood federation and two of its members.
    ("chabab-bni-makada-citoyennete", "federation-associations-quartier-tanger", NETWORK, ""),
    ("jardins-partages-souani", "federation-associations-quartier-tanger", NETWORK, ""),
]

# (declaring organisation, partner's name, country, website, role, what they do together)
OUTSIDE_PARTNERSHIPS = [
    (
        "etoile-sportive-dradeb",
        "Club Deportivo Ejemplo de las Dos Orillas",
        "spain",
        "https://club-dos-orillas.example.org/",
        TWINNING,
        "Torneo de fútbol juvenil de las dos orillas",
    ),
    (
        "cooperative-pecheurs-artisanaux-assilah",
        "Cofradía Ejemplo de pescadores artesanales",
        "spain",
        "https://cofradia-pescadores.example.org/",
        PROJECT,
        "Échanges sur la pêche artisanale durable",
    ),
    (
        "memoire-de-la-medina",
        "Erfgoedvereniging Voorbeeld",
        "netherlands",
        "https://erfgoed-voorbeeld.example.org/",
        PROJECT,
        "Collecte et numérisation de photographies anciennes de la médina",
    ),
    (
        "association-nour-alphabetisation",
        "Ligue Exemple de l'enseignement",
        "belgium",
        "https://ligue-enseignement.example.org/",
        FUNDING,
        "Manuels et formation des animatrices d'alphabétisation",
    ),
    (
        "troupe-theatre-marshan",
        "Compagnie Exemple du Vieux-Port",
        "france",
        "https://compagnie-vieux-port.example.org/",
        TWINNING,
        "Résidences croisées de création théâtrale",
    ),
]


def _tr(ar, fr, **others):
    return {"ar": ar, "fr": fr, **others}


# (organisation, title, description, sectors, countries sought). Some are written in fewer languages on purpose:
# readers in the others see the note saying which language they are reading.
PARTNER_SEARCHES = [
    (
        "sanad-solidarite-sociale",
        _tr(
            "نبحث عن شركاء لمشروع مطعم تضامني",
            "Partenaires pour un restaurant solidaire",
            nl="Partners gezocht voor een solidair restaurant",
        ),
        _tr(
            "نبحث عن جمعيات في هولندا وبلجيكا لها تجربة في المطاعم التضامنية لتبادل الخبرات والتكوين.",
            "Nous cherchons des associations néerlandaises ou belges ayant l'expérience d'un restaurant "
            "solidaire, pour un échange d'expérience et la formation de notre équipe.",
            nl="Wij zoeken Nederlandse of Belgische organisaties met ervaring in een sociaal restaurant, voor "
            "uitwisseling en de opleiding van ons team.",
        ),
        ["poverty-relief", "social-economy"],
        ["netherlands", "belgium"],
    ),
    (
        "femmes-rurales-laaouama",
        _tr("شركاء لتسويق منتجات النساء القرويات", "Partenaires pour vendre les produits des femmes rurales"),
        _tr(
            "نبحث عن تعاونيات أو جمعيات للتجارة العادلة في فرنسا وبلجيكا.",
            "Nous cherchons des coopératives ou associations de commerce équitable en France et en Belgique.",
        ),
        ["social-economy", "gender-equality"],
        ["france", "belgium"],
    ),
    (
        "sahel-environnement-littoral",
        _tr("شركاء لحماية الساحل", "Partenaires pour la protection du littoral"),
        _tr(
            "نبحث عن منظمات بيئية في إسبانيا وهولندا لتنظيف الشواطئ والتربية البيئية.",
            "Nous cherchons des organisations environnementales en Espagne et aux Pays-Bas pour le nettoyage des "
            "plages et l'éducation à l'environnement.",
            es="Buscamos organizaciones ambientales en España y los Países Bajos para limpiar playas y educar en "
            "el cuidado del litoral.",
        ),
        ["environment"],
        ["spain", "netherlands"],
    ),
    (
        "fursa-deuxieme-chance",
        _tr("شركاء للتكوين المهني للشباب", "Partenaires pour la formation professionnelle des jeunes"),
        _tr(
            "نبحث عن مراكز تكوين في إسبانيا وفرنسا لاستقبال متدربين.",
            "Nous cherchons des centres de formation en Espagne et en France prêts à accueillir des stagiaires.",
        ),
        ["employment", "youth"],
        ["spain", "france"],
    ),
]


def _sample_organisations(slugs):
    return Organisation.objects.filter(is_sample=True).in_bulk(set(slugs), field_name="slug")


def load_demo_cooperation():
    """Create or refresh the sample partnerships and partner searches; returns (partnerships, searches) loaded.

    Rows whose sample organisation is missing (a real record took its slug, say) are left out.
    """
    slugs = [row[0] for row in DIRECTORY_PARTNERSHIPS] + [row[1] for row in DIRECTORY_PARTNERSHIPS]
    slugs += [row[0] for row in OUTSIDE_PARTNERSHIPS] + [row[0] for row in PARTNER_SEARCHES]
    organisations = _sample_organisations(slugs)
    countries = Area.objects.filter(kind=Area.Kind.COUNTRY).in_bulk(field_name="slug")
    sectors = Sector.objects.in_bulk(field_name="slug")
    partnerships = searches = 0
    with transaction.atomic():
        for declaring, partner, role, description in DIRECTORY_PARTNERSHIPS:
            if declaring in organisations and partner in organisations:
                fields = {"description": description, "confirmed_at": _CONFIRMED_AT}
                Partnership.objects.update_or_create(
                    organisation=organisations[declaring],
                    partner=organisations[partner],
                    role=role,
                    defaults=fields,
                    create_defaults={**fields, **_PUBLISHED},
                )
                partnerships += 1
        for declaring, name, country, url, role, description in OUTSIDE_PARTNERSHIPS:
            if declaring in organisations:
                fields = {
                    "partner_country": countries[country],
                    "partner_url": url,
                    "description": description,
                }
                Partnership.objects.update_or_create(
                    organisation=organisations[declaring],
                    partner=None,
                    partner_name=name,
                    role=role,
                    defaults=fields,
                    # As a moderator would have approved them; a later decision survives a reload.
                    create_defaults={**fields, **_PUBLISHED},
                )
                partnerships += 1
        for index, (slug, title, description, sector_slugs, country_slugs) in enumerate(PARTNER_SEARCHES):
            if slug not in organisations:
                continue
            fields = {f"title_{code}": text for code, text in title.items()}
            fields |= {f"description_{code}": text for code, text in description.items()}
            search, _created = PartnerSearch.objects.update_or_create(
                organisation=organisations[slug],
                title_fr=title["fr"],
                defaults=fields,
                create_defaults={
                    **fields,
                    "status": ModerationStatus.PUBLISHED,
                    "published_at": _PUBLISHED_AT + datetime.timedelta(days=index * 9),
                },
            )
            search.sectors.set([sectors[s] for s in sector_slugs])
            search.countries.set([countries[c] for c in country_slugs])
            searches += 1
    return partnerships, searches
