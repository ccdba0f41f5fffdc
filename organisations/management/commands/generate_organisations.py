"""Synthetic organisations in bulk, for load tests and benchmarks: seeded, so the same seed gives the same data.

``bulk_create`` skips ``Organisation.save()``, so the slug and the search columns are built here, and the
many-to-many rows are written straight into the through tables.
"""

import datetime
from decimal import Decimal

from directory.bulk import SyntheticGenerator, synthetic_command
from directory.models import Area, Language, LegalForm
from directory.moderation import ModerationStatus
from organisations.models import Organisation

SLUG_PREFIX = "synthetic-"

# (Arabic, French) pairs; the French side is a transliteration, as associations usually register it.
NAME_WORDS = [
    ("الأمل", "Al Amal"),
    ("النور", "Nour"),
    ("الفجر", "Al Fajr"),
    ("الصفاء", "Assafae"),
    ("الوفاء", "Al Wafae"),
    ("ابن بطوطة", "Ibn Battouta"),
    ("البسمة", "Al Bassma"),
    ("النهضة", "Annahda"),
    ("الإخلاص", "Al Ikhlass"),
    ("التضامن", "Attadamoune"),
    ("المستقبل", "Al Moustaqbal"),
    ("الكرامة", "Al Karama"),
    ("الشروق", "Achourouk"),
    ("البوغاز", "Al Boughaz"),
    ("الوحدة", "Al Wahda"),
    ("روافد", "Rawafid"),
    ("الياسمين", "Yasmine"),
    ("الأندلس", "Al Andalous"),
    ("الرحمة", "Rahma"),
    ("الإشراق", "Al Ichraq"),
]
LEGAL_FORM_WORDS = {
    "association": ("جمعية", "Association"),
    "cooperative": ("تعاونية", "Coopérative"),
    "foundation": ("مؤسسة", "Fondation"),
    "federation": ("اتحاد", "Fédération"),
    "social-enterprise": ("مقاولة", "Entreprise sociale"),
    "informal-group": ("مجموعة", "Collectif"),
}
LEGAL_FORM_WEIGHTS = {
    "association": 70,
    "cooperative": 12,
    "foundation": 5,
    "federation": 3,
    "social-enterprise": 5,
    "informal-group": 5,
}
COUNTRY_WEIGHTS = {"morocco": 88, "netherlands": 3, "belgium": 3, "france": 3, "spain": 3}
FOREIGN_CITIES = {
    "netherlands": ["Rotterdam", "Amsterdam", "Utrecht"],
    "belgium": ["Bruxelles", "Antwerpen", "Liège"],
    "france": ["Marseille", "Lyon", "Montpellier"],
    "spain": ["Algeciras", "Málaga", "Sevilla"],
}


class Generator(SyntheticGenerator):
    model = Organisation
    relations = ("sectors", "target_groups", "areas", "languages")
    slug_prefix = SLUG_PREFIX
    noun = "organisations"

    def __init__(self, rng):
        super().__init__(rng)
        self.languages = {language.slug: language for language in Language.objects.all()}
        self.legal_forms = LegalForm.objects.in_bulk(list(LEGAL_FORM_WEIGHTS), field_name="slug")
        self.countries = Area.objects.in_bulk(list(COUNTRY_WEIGHTS), field_name="slug")
        if len(self.countries) < len(COUNTRY_WEIGHTS):
            self.missing_taxonomies()

    def row(self, number):
        rng = self.rng
        legal_form = rng.choices(list(LEGAL_FORM_WEIGHTS), weights=list(LEGAL_FORM_WEIGHTS.values()))[0]
        country = rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]
        sectors = rng.sample(self.sectors, rng.randint(1, 3))
        places = rng.sample(self.places, rng.randint(1, 2))
        target_groups = rng.sample(self.target_groups, rng.randint(1, 3))
        word_ar, word_fr = rng.choice(NAME_WORDS)
        form_ar, form_fr = LEGAL_FORM_WORDS[legal_form]
        main_sector, main_place = sectors[0], places[0]
        organisation = Organisation(
            slug=f"{SLUG_PREFIX}{number}",
            name_ar=f"{form_ar} {word_ar} {_arabic_for(main_sector.name_ar)} ب{main_place.name_ar}",
            name_fr=f"{form_fr} {word_fr} – {main_sector.name_fr} à {main_place.name_fr}",
            description_ar=self._description_ar(sectors, target_groups, places),
            description_fr=self._description_fr(sectors, target_groups, places),
            legal_form=self.legal_forms[legal_form],
            country=self.countries[country],
            city=rng.choice(FOREIGN_CITIES[country]) if country in FOREIGN_CITIES else "Tanger",
            founded=rng.randint(1975, 2025),
            staff_count=rng.randint(0, 25),
            volunteer_count=rng.randint(0, 120),
            email=f"contact@{SLUG_PREFIX}{number}.example.org",
            phone=f"+212 5 39 {rng.randint(30, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            last_confirmed=(self.now - datetime.timedelta(days=rng.randint(0, 900))).date(),
            status=ModerationStatus.PUBLISHED,
            published_at=self.now
            - datetime.timedelta(days=rng.randint(0, 1500), minutes=rng.randint(0, 1440)),
            is_sample=True,
        )
        if country == "morocco" and rng.random() < 0.5:
            organisation.latitude = Decimal(f"{rng.uniform(35.74, 35.79):.6f}")
            organisation.longitude = Decimal(f"{rng.uniform(-5.90, -5.78):.6f}")
        languages = ["ar", "ary", *rng.sample(["fr", "es", "en", "nl", "zgh"], rng.randint(0, 2))]
        links = {
            "sectors": sectors,
            "target_groups": target_groups,
            "areas": places,
            "languages": [self.languages[slug] for slug in languages if slug in self.languages],
        }
        organisation.search_text = organisation.build_search_text(links=links)
        organisation.search_name = organisation.build_search_name()
        return organisation, links

    @staticmethod
    def _description_ar(sectors, target_groups, places):
        return (
            f"المجالات: {'، '.join(s.name_ar for s in sectors)}. "
            f"الفئات المستهدفة: {'، '.join(g.name_ar for g in target_groups)}. "
            f"مناطق التدخل: {'، '.join(p.name_ar for p in places)}."
        )

    @staticmethod
    def _description_fr(sectors, target_groups, places):
        return (
            f"Domaines : {', '.join(s.name_fr.lower() for s in sectors)}. "
            f"Public : {', '.join(g.name_fr.lower() for g in target_groups)}. "
            f"Zones d'action : {', '.join(p.name_fr for p in places)}."
        )


Command = synthetic_command(
    Generator, help="Create N synthetic published organisations (marked as sample data) for load tests."
)


def _arabic_for(name):
    """ "for <name>": the preposition لـ, which merges with the article (التعليم → للتعليم)."""
    return f"لل{name[2:]}" if name.startswith("ال") else f"ل{name}"
