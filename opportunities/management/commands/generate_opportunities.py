"""Synthetic opportunities in bulk, for load tests and benchmarks: seeded, so the same seed gives the same data.

``bulk_create`` skips ``Opportunity.save()``, so the slug and the search columns are built here, and the
many-to-many rows are written straight into the through tables. Deadlines are spread around the time of the run
(some closing this week, some closed, some without one), so the "open" and "closing soon" filters have work.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from directory.bulk import SyntheticGenerator, synthetic_command
from directory.models import Area, Language, LegalForm
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from opportunities.translation import OpportunityTranslation
from organisations.models import LANGUAGE_CODES, Organisation

SLUG_PREFIX = "synthetic-opportunity-"
FUNDING, VOLUNTEERING, IN_KIND, TRAINING = (
    Opportunity.Kind.FUNDING,
    Opportunity.Kind.VOLUNTEERING,
    Opportunity.Kind.IN_KIND,
    Opportunity.Kind.TRAINING,
)
OFFERED, SOUGHT = Opportunity.Direction.OFFERED, Opportunity.Direction.SOUGHT
KIND_WEIGHTS = {FUNDING: 35, VOLUNTEERING: 25, IN_KIND: 20, TRAINING: 20}
# Invented funders, as a named funder outside the directory appears on a call.
FUNDERS = [
    ("Fondation Exemple pour la Méditerranée", "https://fondation-mediterranee.example.org/"),
    ("Fonds Exemple de solidarité Nord-Sud", "https://solidarite-nord-sud.example.org/"),
    ("Programme Exemple Jeunesse Euro-Méditerranée", "https://jeunesse-euromed.example.org/"),
    ("Fondation Exemple Tanger Demain", "https://tanger-demain.example.org/"),
    ("Stichting Voorbeeld Noord-Afrika", "https://noord-afrika.example.org/"),
    ("Fundación Ejemplo del Estrecho", "https://fundacion-estrecho.example.org/"),
]
# (Arabic, French): what in-kind help is about, and what a training teaches.
ITEMS = [
    ("حواسيب محمولة", "ordinateurs portables"),
    ("كراسي متحركة", "fauteuils roulants"),
    ("أدوات مدرسية", "fournitures scolaires"),
    ("حافلة صغيرة", "minibus"),
    ("ملابس شتوية", "vêtements d'hiver"),
    ("مواد غذائية", "denrées alimentaires"),
    ("آلات خياطة", "machines à coudre"),
    ("أثاث مكتبي", "mobilier de bureau"),
    ("كتب للأطفال", "livres pour enfants"),
    ("معدات رياضية", "équipement sportif"),
    ("أدوات البستنة", "outils de jardinage"),
    ("أجهزة عرض", "vidéoprojecteurs"),
]
TOPICS = [
    ("تدبير المشاريع", "gestion de projet"),
    ("المحاسبة الجمعوية", "comptabilité associative"),
    ("التواصل الرقمي", "communication numérique"),
    ("الإسعافات الأولية", "premiers secours"),
    ("البحث عن التمويل", "recherche de financements"),
    ("حماية الطفولة", "protection de l'enfance"),
    ("لغة الإشارة", "langue des signes"),
    ("التنشيط التربوي", "animation socio-éducative"),
    ("تتبع وتقييم المشاريع", "suivi-évaluation de projets"),
    ("الحكامة الجمعوية", "gouvernance associative"),
]
SKILLS = [
    ("الدعم المدرسي", "soutien scolaire"),
    ("التصميم الجرافيكي", "graphisme"),
    ("الترجمة", "traduction"),
    ("التنشيط", "animation"),
    ("الإعلاميات", "informatique"),
    ("المحاسبة", "comptabilité"),
]
# Title patterns per (kind, direction), in Arabic and French: {what} is a sector, an item or a topic.
TITLES = {
    (FUNDING, OFFERED): [
        ("طلب مشاريع: {what} ب{place}", "Appel à projets {what} – {place}"),
        ("منحة للجمعيات في مجال {what}", "Subvention aux associations : {what}, {place}"),
    ],
    (FUNDING, SOUGHT): [
        ("نبحث عن تمويل لمشروع في مجال {what} ب{place}", "Financement recherché : {what} à {place}"),
        ("نبحث عن شريك ممول: {what}", "Cofinancement recherché pour un projet {what} ({place})"),
    ],
    (VOLUNTEERING, OFFERED): [
        ("متطوعون متاحون في مجال {what} ب{place}", "Bénévoles disponibles : {what} à {place}"),
    ],
    (VOLUNTEERING, SOUGHT): [
        ("نبحث عن متطوعين في مجال {what} ب{place}", "Bénévoles recherchés : {what} à {place}"),
    ],
    (IN_KIND, OFFERED): [
        ("تبرع ب{what} للجمعيات ب{place}", "Don de {what} aux associations de {place}"),
    ],
    (IN_KIND, SOUGHT): [
        ("نبحث عن {what} ب{place}", "Recherche {what} – {place}"),
    ],
    (TRAINING, OFFERED): [
        ("تكوين في {what} ب{place}", "Formation : {what} à {place}"),
        ("دورة تكوينية مجانية: {what}", "Cycle de formation gratuit : {what} ({place})"),
    ],
    (TRAINING, SOUGHT): [
        ("نبحث عن تكوين في {what} ب{place}", "Formation recherchée : {what} à {place}"),
    ],
}
# Given up front: a translated field left out costs a language switch per row to compute its default.
BLANK_TRANSLATIONS = {
    f"{name}_{code}": None for name in OpportunityTranslation.fields for code in LANGUAGE_CODES
}


class Generator(SyntheticGenerator):
    model = Opportunity
    relations = ("sectors", "target_groups", "areas", "eligible_legal_forms", "languages")
    slug_prefix = SLUG_PREFIX
    noun = "opportunities"

    def __init__(self, rng):
        super().__init__(rng)
        self.wide = list(Area.objects.filter(slug__in=["tanger", "prefecture-tanger-assilah"]))
        self.legal_forms = list(
            LegalForm.objects.filter(slug__in=["association", "cooperative", "federation", "informal-group"])
        )
        self.languages = list(Language.objects.filter(slug__in=["ar", "ary", "fr", "es", "en"]))
        if not self.wide:
            self.missing_taxonomies()
        # Only what the search columns need: the publisher's name.
        self.organisations = list(Organisation.objects.public().only("pk", "search_name").order_by("pk"))
        self.now = self.now.replace(second=0, microsecond=0)

    def row(self, number):
        rng = self.rng
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        direction = OFFERED if rng.random() < 0.55 else SOUGHT
        sectors = rng.sample(self.sectors, rng.randint(1, 3))
        is_remote = rng.random() < (0.3 if kind == TRAINING else 0.08)
        areas = self._areas(is_remote)
        place = areas[0] if areas else None
        opportunity = Opportunity(
            **BLANK_TRANSLATIONS,
            slug=f"{SLUG_PREFIX}{number}",
            kind=kind,
            direction=direction,
            is_remote=is_remote,
            status=ModerationStatus.PUBLISHED,
            is_public=True,  # published, by a public organisation or a named funder (``public_rule``)
            is_sample=True,
            **self._publisher(kind, direction),
            **self._dates(),
        )
        what_ar, what_fr = self._subject(kind, sectors[0])
        place_ar, place_fr = (place.name_ar, place.name_fr) if place else ("عن بعد", "à distance")
        title_ar, title_fr = rng.choice(TITLES[kind, direction])
        opportunity.title_ar = title_ar.format(what=what_ar, place=place_ar)
        opportunity.title_fr = title_fr.format(what=what_fr, place=place_fr)
        target_groups = rng.sample(self.target_groups, rng.randint(0, 2))
        opportunity.description_ar = _description_ar(sectors, target_groups, areas)
        opportunity.description_fr = _description_fr(sectors, target_groups, areas)
        links = {"sectors": sectors, "target_groups": target_groups, "areas": areas}
        getattr(self, f"_details_{kind.replace('-', '_')}")(opportunity, links)
        opportunity.search_text = opportunity.build_search_text(links=links)
        opportunity.search_name = opportunity.build_search_name()
        return opportunity, links

    def _areas(self, is_remote):
        rng = self.rng
        if is_remote and rng.random() < 0.5:
            return []
        if rng.random() < 0.2:
            return [rng.choice(self.wide)]
        return rng.sample(self.places, rng.randint(1, 2))

    def _publisher(self, kind, direction):
        # Funders outside the directory only offer; a good share of funding comes from them.
        share = 0.5 if (kind, direction) == (FUNDING, OFFERED) else 0.1 if direction == OFFERED else 0
        if not self.organisations or self.rng.random() < share:
            name, url = self.rng.choice(FUNDERS)
            return {"funder_name": name, "funder_url": url}
        return {"organisation": self.rng.choice(self.organisations)}

    def _dates(self):
        """A deadline around now (or none), and a publication date before it and never in the future."""
        rng = self.rng
        roll = rng.random()
        deadline = closed_at = None
        if roll < 0.12:
            published = self.now - datetime.timedelta(days=rng.uniform(0, 700))
            return {"deadline": None, "closed_at": None, "published_at": published}
        if roll < 0.37:
            deadline = self.now - datetime.timedelta(days=rng.uniform(0.1, 400))
        elif roll < 0.42:
            deadline = self.now + datetime.timedelta(days=rng.uniform(0.1, 7))
        elif roll < 0.57:
            deadline = self.now + datetime.timedelta(days=rng.uniform(7, 30))
        else:
            deadline = self.now + datetime.timedelta(days=rng.uniform(30, 365))
        deadline = deadline.replace(second=0, microsecond=0)
        published = min(self.now, deadline) - datetime.timedelta(days=rng.uniform(3, 120))
        if deadline > self.now and rng.random() < 0.03:
            closed_at = self.now - datetime.timedelta(days=rng.uniform(0, 3))
        return {"deadline": deadline, "closed_at": closed_at, "published_at": published}

    def _subject(self, kind, sector):
        if kind == IN_KIND:
            return self.rng.choice(ITEMS)
        if kind == TRAINING:
            return self.rng.choice(TOPICS)
        return sector.name_ar, sector.name_fr.lower()

    def _details_funding(self, opportunity, links):
        rng = self.rng
        if rng.random() < 0.7:
            opportunity.currency, step, top = Opportunity.Currency.MAD, 5_000, 200
        else:
            opportunity.currency, step, top = Opportunity.Currency.EUR, 1_000, 100
        high = step * rng.randint(2, top)
        opportunity.amount_max = Decimal(high)
        if rng.random() < 0.6:
            opportunity.amount_min = Decimal(step * rng.randint(1, high // step))
        if opportunity.direction == OFFERED:
            opportunity.registration_required = rng.random() < 0.7
            opportunity.apply_url = f"https://appels.example.org/{opportunity.slug}/"
            opportunity.how_to_apply_fr = "Dossier en ligne : note de projet, budget et récépissé de dépôt."
            opportunity.how_to_apply_ar = "ملف عبر الإنترنت: مذكرة المشروع والميزانية ووصل الإيداع."
            links["eligible_legal_forms"] = self.rng.sample(self.legal_forms, rng.randint(1, 2))

    def _details_volunteering(self, opportunity, links):
        rng = self.rng
        hours = rng.choice([2, 3, 4, 6, 8])
        skill_ar, skill_fr = rng.choice(SKILLS)
        opportunity.time_commitment_fr = f"{hours} heures par semaine"
        opportunity.time_commitment_ar = f"{hours} ساعات في الأسبوع"
        opportunity.skills_fr, opportunity.skills_ar = skill_fr, skill_ar
        opportunity.places = rng.randint(1, 15)
        opportunity.minimum_age = rng.choice([None, 16, 18])
        links["languages"] = rng.sample(self.languages, rng.randint(1, 2))

    def _details_in_kind(self, opportunity, links):
        rng = self.rng
        opportunity.quantity = str(rng.randint(1, 40))
        if opportunity.direction == OFFERED:
            opportunity.condition = rng.choice(Opportunity.Condition.values)

    def _details_training(self, opportunity, links):
        rng = self.rng
        first = (opportunity.deadline or self.now) + datetime.timedelta(days=rng.randint(3, 30))
        opportunity.start_date = timezone.localdate(first)
        opportunity.end_date = opportunity.start_date + datetime.timedelta(days=rng.randint(0, 60))
        opportunity.places = rng.randint(8, 30)
        links["languages"] = rng.sample(self.languages, 1)


Command = synthetic_command(
    Generator, help="Create N synthetic published opportunities (marked as sample data) for load tests."
)


def _description_ar(sectors, target_groups, areas):
    parts = [f"المجالات: {'، '.join(s.name_ar for s in sectors)}."]
    if target_groups:
        parts.append(f"الفئات المستهدفة: {'، '.join(g.name_ar for g in target_groups)}.")
    if areas:
        parts.append(f"المناطق: {'، '.join(a.name_ar for a in areas)}.")
    return " ".join(parts)


def _description_fr(sectors, target_groups, areas):
    parts = [f"Domaines : {', '.join(s.name_fr.lower() for s in sectors)}."]
    if target_groups:
        parts.append(f"Public : {', '.join(g.name_fr.lower() for g in target_groups)}.")
    if areas:
        parts.append(f"Zones : {', '.join(a.name_fr for a in areas)}.")
    return " ".join(parts)
