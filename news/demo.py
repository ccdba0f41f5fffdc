"""Sample news and events for trying the site: invented, marked ``is_sample``, never real.

Dates are relative to the day of loading, so there is always something upcoming, something past and one
article scheduled for later. A few records wait in the moderation queue. Articles and events name the sample
organisations (``manage.py load_demo``) when they are loaded, and simply stand alone otherwise.

``load_demo_news`` is idempotent: records are keyed on their slug, loading again refreshes the sample records,
keeps a moderator's decision on them and never touches anything else.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from directory.demo import initial_status, tr, translated
from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from news.models import Article, Category, Event
from organisations.models import Organisation


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    title: dict
    summary: dict
    body: dict
    days_ago: float
    categories: tuple = ()
    organisations: tuple = ()
    areas: tuple = ()
    submitted_by: str = ""
    status: str = ModerationStatus.PUBLISHED


@dataclass(frozen=True)
class DemoEvent:
    slug: str
    title: dict
    description: dict
    in_days: int
    hour: int
    hours: int
    address: str = ""
    area: str = ""
    online_url: str = ""
    registration_url: str = ""
    organiser: str = ""
    coordinates: tuple | None = None
    sectors: tuple = field(default_factory=tuple)
    status: str = ModerationStatus.PUBLISHED


ARTICLES = [
    DemoArticle(
        slug="exemple-annuaire-en-ligne",
        title=tr(
            fr="L'annuaire de la société civile de Tanger est en ligne",
            ar="دليل المجتمع المدني بطنجة متاح الآن على الإنترنت",
            en="Tangier's civil-society directory is online",
            nl="De gids van het maatschappelijk middenveld van Tanger staat online",
            es="El directorio de la sociedad civil de Tánger ya está en línea",
        ),
        summary=tr(
            fr="Associations, coopératives et partenaires peuvent désormais inscrire leur organisation.",
            ar="يمكن للجمعيات والتعاونيات والشركاء الآن تسجيل منظماتهم.",
            en="Associations, cooperatives and partners can now register their organisation.",
            nl="Verenigingen, coöperaties en partners kunnen hun organisatie nu registreren.",
            es="Asociaciones, cooperativas y socios ya pueden inscribir su organización.",
        ),
        body=tr(
            fr="Après plusieurs mois de préparation, l'annuaire ouvre ses portes. Chaque organisation peut créer "
            "sa fiche, en arabe, en français, en anglais, en néerlandais ou en espagnol.\n\n"
            "## Comment s'inscrire\n\n- créer un compte avec une adresse e-mail ;\n- remplir la fiche de "
            "l'organisation ;\n- attendre la validation d'un modérateur.\n\n"
            "Les premières fiches couvrent les quatre arrondissements de Tanger.",
            ar="بعد عدة أشهر من التحضير، يفتح الدليل أبوابه. يمكن لكل منظمة إنشاء بطاقتها بالعربية أو الفرنسية أو "
            "الإنجليزية أو الهولندية أو الإسبانية.\n\n## كيفية التسجيل\n\n- إنشاء حساب بعنوان بريد إلكتروني؛\n"
            "- ملء بطاقة المنظمة؛\n- انتظار موافقة أحد المشرفين.\n\nتغطي البطاقات الأولى مقاطعات طنجة الأربع.",
            en="After months of preparation the directory opens. Every organisation can create its profile in "
            "Arabic, French, English, Dutch or Spanish.\n\n## How to register\n\n- create an account with an "
            "e-mail address;\n- fill in the organisation's profile;\n- wait for a moderator's approval.\n\n"
            "The first profiles cover Tangier's four arrondissements.",
            nl="Na maanden voorbereiding gaat de gids open. Elke organisatie kan haar profiel aanmaken in het "
            "Arabisch, Frans, Engels, Nederlands of Spaans.\n\n## Zo registreer je\n\n- maak een account aan "
            "met een e-mailadres;\n- vul het profiel van de organisatie in;\n- wacht op de goedkeuring van een "
            "moderator.\n\nDe eerste profielen bestrijken de vier arrondissementen van Tanger.",
            es="Tras meses de preparación, el directorio abre sus puertas. Cada organización puede crear su "
            "ficha en árabe, francés, inglés, neerlandés o español.\n\n## Cómo inscribirse\n\n- crear una "
            "cuenta con una dirección de correo;\n- rellenar la ficha de la organización;\n- esperar la "
            "aprobación de un moderador.\n\nLas primeras fichas cubren los cuatro distritos de Tánger.",
        ),
        days_ago=20,
        categories=("project-news",),
        areas=("tanger",),
    ),
    DemoArticle(
        slug="exemple-benevoles-soutien-scolaire",
        title=tr(
            fr="Casabarata : l'association Tarbiya cherche des bénévoles pour le soutien scolaire",
            ar="كاسابراطا: جمعية تربية تبحث عن متطوعين للدعم المدرسي",
        ),
        summary=tr(
            fr="Deux heures par semaine suffisent pour accompagner un groupe de collégiens.",
            ar="ساعتان في الأسبوع تكفيان لمرافقة مجموعة من تلاميذ الإعدادي.",
        ),
        body=tr(
            fr="Avec la rentrée, les groupes de soutien en mathématiques et en français sont complets. "
            "L'association cherche **six bénévoles** disponibles le mercredi après-midi ou le samedi matin.\n\n"
            "Aucune expérience d'enseignement n'est exigée : une formation de deux heures est proposée avant "
            "de commencer.",
            ar="مع الدخول المدرسي، اكتملت مجموعات الدعم في الرياضيات والفرنسية. تبحث الجمعية عن **ستة متطوعين** "
            "متاحين مساء الأربعاء أو صباح السبت.\n\nلا تُشترط أي تجربة في التدريس: يُقترح تكوين لمدة ساعتين قبل "
            "البدء.",
        ),
        days_ago=6,
        categories=("calls-and-opportunities", "from-organisations"),
        organisations=("association-tarbiya-casabarata",),
        submitted_by="association-tarbiya-casabarata",
        areas=("bni-makada",),
    ),
    DemoArticle(
        slug="exemple-jumelage-code-tanja-rotterdam",
        title=tr(
            fr="Code Tanja s'associe à une école de programmation de Rotterdam",
            nl="Code Tanja gaat samenwerken met een programmeerschool in Rotterdam",
            en="Code Tanja partners with a coding school in Rotterdam",
        ),
        summary=tr(
            fr="Échanges de formateurs et cours en ligne communs pour des jeunes des deux villes.",
            nl="Uitwisseling van trainers en gezamenlijke online lessen voor jongeren uit beide steden.",
            en="Trainer exchanges and shared online classes for young people from both cities.",
        ),
        body=tr(
            fr="Le partenariat prévoit deux séjours de formateurs par an et un cours en ligne commun, donné en "
            "français et en anglais. Les premiers modules portent sur le développement web.\n\n"
            "Ce rapprochement est né d'une rencontre entre des membres de la diaspora tangéroise aux Pays-Bas "
            "et l'équipe de Code Tanja.",
            nl="Het partnerschap voorziet twee uitwisselingen van trainers per jaar en een gezamenlijke online "
            "cursus in het Frans en het Engels. De eerste modules gaan over webontwikkeling.\n\n"
            "De samenwerking ontstond uit een ontmoeting tussen leden van de Tangerse diaspora in Nederland en "
            "het team van Code Tanja.",
            en="The partnership includes two trainer exchanges a year and a shared online course taught in "
            "French and English. The first modules are about web development.\n\n"
            "It grew out of a meeting between members of Tangier's diaspora in the Netherlands and the Code "
            "Tanja team.",
        ),
        days_ago=3,
        categories=("partnerships",),
        organisations=("code-tanja",),
        areas=("tanger",),
    ),
    DemoArticle(
        slug="exemple-retour-nettoyage-plage",
        title=tr(
            fr="Retour sur le nettoyage de la plage de Merkala",
            es="Crónica de la limpieza de la playa de Merkala",
        ),
        summary=tr(
            fr="Quatre-vingts bénévoles et plus de 300 kg de déchets plastiques collectés.",
            es="Ochenta voluntarios y más de 300 kg de residuos plásticos recogidos.",
        ),
        body=tr(
            fr="Samedi dernier, habitants, scouts et élèves ont ramassé les déchets sur la plage de Merkala. "
            "Le plastique a été trié sur place puis confié à une entreprise sociale de recyclage.\n\n"
            "Prochaine étape : des poubelles de tri à l'entrée de la plage, demandées à la commune.",
            es="El sábado pasado, vecinos, scouts y alumnos recogieron residuos en la playa de Merkala. El "
            "plástico se clasificó allí mismo y se entregó a una empresa social de reciclaje.\n\n"
            "Próximo paso: contenedores de reciclaje a la entrada de la playa, solicitados al ayuntamiento.",
        ),
        days_ago=9,
        categories=("events-recap",),
        organisations=("plastique-utile",),
        areas=("tanger-medina",),
    ),
    DemoArticle(
        slug="exemple-collection-cooperative-yasmine",
        title=tr(
            ar="تعاونية الياسمين تقدم تشكيلتها الجديدة من الطرز التقليدي",
            fr="La coopérative Yasmine présente sa nouvelle collection de broderie",
        ),
        summary=tr(
            ar="قفاطين ومفروشات مطرزة يدويا من طرف نساء بني مكادة.",
            fr="Caftans et linge de maison brodés à la main par des femmes de Bni Makada.",
        ),
        body=tr(
            ar="أنجزت الخياطات الاثنتا عشرة في التعاونية تشكيلة جديدة تجمع بين الطرز الفاسي والألوان الحديثة. "
            "تُعرض القطع في مقر التعاونية ويمكن طلبها مباشرة.",
            fr="Les douze couturières de la coopérative ont réalisé une collection qui mêle broderie de Fès et "
            "couleurs actuelles. Les pièces sont exposées au local de la coopérative et peuvent être commandées "
            "directement.",
        ),
        days_ago=1,
        categories=("from-organisations",),
        organisations=("cooperative-yasmine-bni-makada",),
        submitted_by="cooperative-yasmine-bni-makada",
        areas=("bni-makada",),
    ),
    DemoArticle(
        slug="exemple-comment-nous-verifions-les-fiches",
        title=tr(
            en="How we check the profiles",
            nl="Hoe we de profielen controleren",
        ),
        summary=tr(
            en="What moderators look at before a profile appears, and why it can take a few days.",
            nl="Waar moderatoren op letten voordat een profiel verschijnt, en waarom dat een paar dagen kan duren.",
        ),
        body=tr(
            en="Moderators check that the organisation exists, that its description is about its own work and "
            "that contact details belong to it. When something is missing, the reason is sent by e-mail and "
            "the profile can be corrected and sent again.",
            nl="Moderatoren controleren of de organisatie bestaat, of de beschrijving over haar eigen werk gaat "
            "en of de contactgegevens bij haar horen. Ontbreekt er iets, dan wordt de reden gemaild en kan het "
            "profiel verbeterd en opnieuw ingediend worden.",
        ),
        days_ago=12,
        categories=("project-news",),
    ),
    DemoArticle(
        slug="exemple-appel-projets-jeunesse",
        title=tr(
            fr="Bientôt : un appel à projets pour les associations de jeunesse",
            ar="قريبا: طلب مشاريع لجمعيات الشباب",
        ),
        summary=tr(
            fr="Annonce programmée : elle apparaît d'elle-même à sa date de publication.",
            ar="إعلان مبرمج: يظهر تلقائيا في تاريخ نشره.",
        ),
        body=tr(
            fr="Les conditions et le calendrier de l'appel seront publiés dans la rubrique des opportunités.",
            ar="ستُنشر شروط الطلب وجدوله الزمني في قسم الفرص.",
        ),
        days_ago=-3,
        categories=("calls-and-opportunities",),
    ),
    DemoArticle(
        slug="exemple-velo-ecole-en-attente",
        title=tr(fr="Une vélo-école pour les femmes à Souani"),
        summary=tr(fr="Proposé par une association et en attente de modération."),
        body=tr(fr="Des cours gratuits le dimanche matin, vélos fournis."),
        days_ago=0,
        categories=("from-organisations",),
        organisations=("collectif-tanja-a-velo",),
        submitted_by="collectif-tanja-a-velo",
        status=ModerationStatus.PENDING,
    ),
]

EVENTS = [
    DemoEvent(
        slug="exemple-forum-des-associations",
        title=tr(
            fr="Forum des associations de Tanger",
            ar="منتدى جمعيات طنجة",
            en="Tangier associations' forum",
            es="Foro de asociaciones de Tánger",
        ),
        description=tr(
            fr="Une journée pour rencontrer les associations de la ville, découvrir leurs activités et devenir "
            "bénévole. **Stands, ateliers et table ronde** sur la coopération avec les partenaires européens.",
            ar="يوم للقاء جمعيات المدينة واكتشاف أنشطتها والتطوع. **أروقة وورشات ومائدة مستديرة** حول التعاون "
            "مع الشركاء الأوروبيين.",
            en="A day to meet the city's associations, discover their activities and volunteer. **Stands, "
            "workshops and a round table** on cooperation with European partners.",
            es="Una jornada para conocer a las asociaciones de la ciudad, descubrir sus actividades y hacerse "
            "voluntario. **Stands, talleres y una mesa redonda** sobre la cooperación con socios europeos.",
        ),
        in_days=12,
        hour=10,
        hours=7,
        address="Boulevard Mohammed V, Tanger",
        area="tanger",
        organiser="federation-associations-quartier-tanger",
        sectors=("rights-citizenship", "youth"),
    ),
    DemoEvent(
        slug="exemple-atelier-demande-subvention",
        title=tr(
            fr="Atelier : rédiger une demande de subvention",
            ar="ورشة: كتابة طلب منحة",
            nl="Workshop: een subsidieaanvraag schrijven",
        ),
        description=tr(
            fr="Budget, indicateurs, calendrier : les bases d'un dossier solide, avec des exemples réels. "
            "En salle et en ligne.",
            ar="الميزانية والمؤشرات والجدول الزمني: أساسيات ملف متين، مع أمثلة حقيقية. حضوريا وعن بعد.",
            nl="Begroting, indicatoren, planning: de basis van een sterk dossier, met echte voorbeelden. In de "
            "zaal en online.",
        ),
        in_days=20,
        hour=15,
        hours=3,
        address="Maison des associations, Tanger",
        online_url="https://meet.example.org/atelier-subvention",
        registration_url="https://example.org/inscription-atelier",
        organiser="federation-associations-quartier-tanger",
        sectors=("social-economy",),
    ),
    DemoEvent(
        slug="exemple-portes-ouvertes-yasmine",
        title=tr(
            ar="الأبواب المفتوحة لتعاونية الياسمين",
            fr="Portes ouvertes de la coopérative Yasmine",
        ),
        description=tr(
            ar="زيارة الورشة ولقاء الخياطات وبيع التشكيلة الجديدة.",
            fr="Visite de l'atelier, rencontre avec les couturières et vente de la nouvelle collection.",
        ),
        in_days=30,
        hour=9,
        hours=8,
        address="Rue 17, n° 8, Hay Al Massira, Bni Makada",
        area="bni-makada",
        organiser="cooperative-yasmine-bni-makada",
        coordinates=("35.757920", "-5.826410"),
        sectors=("social-economy", "gender-equality"),
    ),
    DemoEvent(
        slug="exemple-balade-velo-corniche",
        title=tr(
            fr="Balade à vélo sur la corniche",
            es="Paseo en bicicleta por la Corniche",
            en="Bike ride along the Corniche",
        ),
        description=tr(
            fr="Départ devant la gare, 12 km à allure tranquille. Casques prêtés sur place.",
            es="Salida frente a la estación, 12 km a ritmo tranquilo. Se prestan cascos.",
            en="Starts in front of the station, 12 km at an easy pace. Helmets lent on site.",
        ),
        in_days=5,
        hour=9,
        hours=3,
        address="Gare de Tanger Ville",
        area="tanger",
        organiser="collectif-tanja-a-velo",
        sectors=("sport", "environment"),
    ),
    DemoEvent(
        slug="exemple-nettoyage-plage-merkala",
        title=tr(fr="Nettoyage de la plage de Merkala", es="Limpieza de la playa de Merkala"),
        description=tr(
            fr="Gants et sacs fournis. Rendez-vous à l'entrée de la plage.",
            es="Se facilitan guantes y bolsas. Cita en la entrada de la playa.",
        ),
        in_days=-10,
        hour=9,
        hours=4,
        address="Plage de Merkala",
        area="tanger-medina",
        organiser="plastique-utile",
        sectors=("environment",),
    ),
    DemoEvent(
        slug="exemple-soiree-musique-andalouse",
        title=tr(fr="Soirée de musique andalouse", ar="سهرة موسيقى أندلسية"),
        description=tr(
            fr="Proposée par une association et en attente de modération.",
            ar="مقترحة من جمعية وفي انتظار المراجعة.",
        ),
        in_days=15,
        hour=20,
        hours=2,
        address="Médina, Tanger",
        area="tanger-medina",
        organiser="amateurs-musique-andalouse-tanger",
        sectors=("culture",),
        status=ModerationStatus.PENDING,
    ),
]


def _refresh(model, slug, fields, status, when):
    """Update a sample record or create it; a real record with the same slug is left alone (None)."""
    if model.objects.filter(slug=slug, is_sample=False).exists():
        return None, False
    return model.objects.update_or_create(
        slug=slug,
        defaults=fields,
        create_defaults={**fields, **initial_status(status, when)},
    )


def load_demo_news():
    """Create or refresh the sample articles and events; returns (articles, events, skipped slugs)."""
    loaded = {Article: 0, Event: 0}
    now = timezone.now()
    organisations = {o.slug: o for o in Organisation.objects.all()}
    categories = {c.slug: c for c in Category.objects.all()}
    areas = {a.slug: a for a in Area.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    skipped = []
    with transaction.atomic():
        for demo in ARTICLES:
            when = now - datetime.timedelta(days=demo.days_ago)
            fields = {
                **translated("title", demo.title, empty=""),
                **translated("summary", demo.summary, empty=""),
                **translated("body", demo.body, empty=""),
                "publish_at": when,
                "submitted_by": organisations.get(demo.submitted_by),
                "is_sample": True,
            }
            article, _created = _refresh(Article, demo.slug, fields, demo.status, when)
            if article is None:
                skipped.append(demo.slug)
                continue
            loaded[Article] += 1
            article.categories.set([categories[s] for s in demo.categories if s in categories])
            article.organisations.set([organisations[s] for s in demo.organisations if s in organisations])
            article.areas.set([areas[s] for s in demo.areas if s in areas])
        for demo in EVENTS:
            day = timezone.localdate() + datetime.timedelta(days=demo.in_days)
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(demo.hour)))
            fields = {
                **translated("title", demo.title, empty=""),
                **translated("description", demo.description, empty=""),
                "start": start,
                "end": start + datetime.timedelta(hours=demo.hours),
                "address": demo.address,
                "area": areas.get(demo.area),
                "online_url": demo.online_url,
                "registration_url": demo.registration_url,
                "organiser": organisations.get(demo.organiser),
                "latitude": demo.coordinates[0] if demo.coordinates else None,
                "longitude": demo.coordinates[1] if demo.coordinates else None,
                "is_sample": True,
            }
            event, _created = _refresh(Event, demo.slug, fields, demo.status, now)
            if event is None:
                skipped.append(demo.slug)
                continue
            loaded[Event] += 1
            event.sectors.set([sectors[s] for s in demo.sectors if s in sectors])
    return loaded[Article], loaded[Event], skipped
