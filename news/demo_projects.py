"""Sample projects of the directory's founders, for trying the site: invented, marked ``is_sample``, never real.

Dates are relative to the day of loading, so there is always something upcoming, something running and
something done; one project waits in the moderation queue. Partners are the sample organisations
(``manage.py load_demo``) when they are loaded; without them a project simply has none.

Idempotent like ``load_demo_news``: keyed on the slug, a reload refreshes the texts and dates, keeps a
moderator's decision, and never touches a real project with the same slug.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from directory.demo import initial_status, tr, translated
from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from news.models import Project
from organisations.models import Organisation


@dataclass(frozen=True)
class DemoProject:
    slug: str
    title: dict
    summary: dict
    body: dict
    stage: str
    starts_in_days: int | None
    ends_in_days: int | None
    area: str = ""
    sectors: tuple = ()
    partners: tuple = ()
    status: str = ModerationStatus.PUBLISHED


PROJECTS = [
    DemoProject(
        slug="exemple-journees-porteurs-de-projets",
        title=tr(
            "أيام حاملي المشاريع بطنجة",
            "Journées des porteurs de projets de Tanger",
            en="Tangier project starters' days",
            nl="Startersdagen in Tanger",
            es="Jornadas de emprendedores sociales de Tánger",
        ),
        summary=tr(
            "أربعة لقاءات لمن يريد تأسيس جمعية أو تعاونية: الشكل القانوني والخطوات ومن يرافق.",
            "Quatre rencontres pour qui veut fonder une association ou une coopérative : la forme juridique, "
            "les démarches et qui accompagne.",
            en="Four meetings for anyone who wants to start an association or a cooperative: the legal form, "
            "the steps and who can help.",
            nl="Vier bijeenkomsten voor wie een vereniging of coöperatie wil oprichten: de rechtsvorm, de "
            "stappen en wie helpt.",
            es="Cuatro encuentros para quien quiera fundar una asociación o una cooperativa: la forma jurídica, "
            "los trámites y quién acompaña.",
        ),
        body=tr(
            "تنظم الجهة المؤسسة للدليل، مع شركائها، أربعة لقاءات مسائية في مقاطعات طنجة.\n\n"
            "- **جمعية أم تعاونية؟** مقارنة بسيطة؛\n- الوثائق والآجال؛\n- شهادات من تعاونيات الحي.\n\n"
            "الدخول مجاني، والترجمة إلى الدارجة متوفرة.",
            "Les fondateurs de l'annuaire organisent, avec leurs partenaires, quatre rencontres en soirée dans "
            "les arrondissements de Tanger.\n\n- **Association ou coopérative ?** une comparaison simple ;\n"
            "- les documents et les délais ;\n- des témoignages de coopératives du quartier.\n\n"
            "Entrée libre, traduction en darija assurée.",
            en="The directory's founders and their partners hold four evening meetings in Tangier's "
            "arrondissements.\n\n- **Association or cooperative?** a simple comparison;\n- the documents and "
            "the time it takes;\n- neighbourhood cooperatives tell their story.\n\nFree entry, with "
            "interpreting into Darija.",
            nl="De oprichters van de gids organiseren met hun partners vier avondbijeenkomsten in de "
            "arrondissementen van Tanger.\n\n- **Vereniging of coöperatie?** een eenvoudige vergelijking;\n"
            "- de documenten en de termijnen;\n- coöperaties uit de wijk vertellen hun verhaal.\n\n"
            "Gratis toegang, met vertaling naar het Darija.",
            es="Los fundadores del directorio organizan, con sus socios, cuatro encuentros por la tarde en los "
            "distritos de Tánger.\n\n- **¿Asociación o cooperativa?** una comparación sencilla;\n- los "
            "documentos y los plazos;\n- testimonios de cooperativas del barrio.\n\nEntrada libre, con "
            "interpretación al dariya.",
        ),
        stage=Project.Stage.UPCOMING,
        starts_in_days=25,
        ends_in_days=60,
        area="tanger",
        sectors=("social-economy", "employment"),
        partners=("federation-associations-quartier-tanger", "tanja-jeunes-entrepreneurs"),
    ),
    DemoProject(
        slug="exemple-coins-lecture-bni-makada",
        title=tr(
            "أركان القراءة في بني مكادة",
            "Des coins lecture à Bni Makada",
            en="Reading corners in Bni Makada",
            nl="Leeshoeken in Bni Makada",
            es="Rincones de lectura en Bni Makada",
        ),
        summary=tr(
            "خمس مكتبات صغيرة في فضاءات الحي، يديرها متطوعون مع جمعيتين شريكتين.",
            "Cinq petites bibliothèques dans des lieux du quartier, tenues par des bénévoles avec deux "
            "associations partenaires.",
            en="Five small libraries in neighbourhood venues, run by volunteers with two partner associations.",
            nl="Vijf kleine bibliotheken op plekken in de wijk, beheerd door vrijwilligers met twee "
            "partnerverenigingen.",
            es="Cinco pequeñas bibliotecas en espacios del barrio, gestionadas por voluntarios con dos "
            "asociaciones socias.",
        ),
        body=tr(
            "ستُجهَّز خمسة أركان للقراءة بكتب بالعربية والفرنسية والأمازيغية، وتُنظَّم فيها حصص للقراءة "
            "بصوت عال كل سبت.",
            "Cinq coins lecture seront équipés de livres en arabe, en français et en amazighe, avec une "
            "lecture à voix haute chaque samedi.",
            en="Five reading corners will be stocked with books in Arabic, French and Amazigh, with a "
            "read-aloud session every Saturday.",
            nl="Vijf leeshoeken krijgen boeken in het Arabisch, Frans en Amazigh, met elke zaterdag een "
            "voorleesmoment.",
            es="Cinco rincones de lectura se dotarán de libros en árabe, francés y amazigh, con una lectura en "
            "voz alta cada sábado.",
        ),
        stage=Project.Stage.UPCOMING,
        starts_in_days=75,
        ends_in_days=None,
        area="bni-makada",
        sectors=("education", "children"),
        partners=("association-tarbiya-casabarata", "association-nour-alphabetisation"),
    ),
    DemoProject(
        slug="exemple-cartographie-societe-civile",
        title=tr(
            "خريطة المجتمع المدني بطنجة",
            "Cartographier la société civile de Tanger",
            en="Mapping Tangier's civil society",
            nl="Het maatschappelijk middenveld van Tanger in kaart",
            es="Cartografiar la sociedad civil de Tánger",
        ),
        summary=tr(
            "زيارة الجمعيات حي بحي لمساعدتها على إنشاء بطاقتها في الدليل.",
            "Rendre visite aux associations, quartier par quartier, pour les aider à créer leur fiche dans "
            "l'annuaire.",
            en="Visiting associations neighbourhood by neighbourhood to help them create their profile in the "
            "directory.",
            nl="Verenigingen wijk voor wijk bezoeken om ze te helpen hun profiel in de gids aan te maken.",
            es="Visitar a las asociaciones barrio por barrio para ayudarlas a crear su ficha en el directorio.",
        ),
        body=tr(
            "يزور فريق من المتطوعين الجمعيات التي لا تملك حاسوبا أو بريدا إلكترونيا، ويملأ معها بطاقتها.",
            "Une équipe de bénévoles rend visite aux associations qui n'ont ni ordinateur ni adresse e-mail, et "
            "remplit leur fiche avec elles.",
            en="A team of volunteers visits associations that have no computer or e-mail address and fills in "
            "their profile with them.",
            nl="Een team vrijwilligers bezoekt verenigingen zonder computer of e-mailadres en vult samen met "
            "hen hun profiel in.",
            es="Un equipo de voluntarios visita a las asociaciones que no tienen ordenador ni correo electrónico "
            "y rellena su ficha con ellas.",
        ),
        stage=Project.Stage.RUNNING,
        starts_in_days=-120,
        ends_in_days=200,
        area="tanger",
        sectors=("rights-citizenship", "digital-inclusion"),
        partners=("federation-associations-quartier-tanger", "code-tanja"),
    ),
    DemoProject(
        slug="exemple-competences-numeriques-associations",
        title=tr(
            "المهارات الرقمية للجمعيات",
            "Compétences numériques pour les associations",
            en="Digital skills for associations",
            nl="Digitale vaardigheden voor verenigingen",
            es="Competencias digitales para las asociaciones",
        ),
        summary=tr(
            "ستون عضوا من ثلاثين جمعية تكونوا على البريد الإلكتروني والجداول ووسائل التواصل.",
            "Soixante membres de trente associations formés à l'e-mail, aux tableurs et aux réseaux sociaux.",
            en="Sixty members of thirty associations trained in e-mail, spreadsheets and social media.",
            nl="Zestig leden van dertig verenigingen getraind in e-mail, spreadsheets en sociale media.",
            es="Sesenta miembros de treinta asociaciones formados en correo electrónico, hojas de cálculo y "
            "redes sociales.",
        ),
        body=tr(
            "انتهى المشروع بعد ثماني دورات تكوينية. تبقى الدروس متاحة للجمعيات التي تطلبها.",
            "Le projet s'est achevé après huit sessions de formation. Les supports restent à la disposition "
            "des associations qui les demandent.",
            en="The project ended after eight training sessions. The course materials remain available to "
            "associations that ask for them.",
            nl="Het project liep af na acht trainingen. Het lesmateriaal blijft beschikbaar voor verenigingen "
            "die erom vragen.",
            es="El proyecto terminó tras ocho sesiones de formación. Los materiales siguen a disposición de las "
            "asociaciones que los pidan.",
        ),
        stage=Project.Stage.DONE,
        starts_in_days=-330,
        ends_in_days=-210,
        area="tanger",
        sectors=("digital-inclusion", "education"),
        partners=("code-tanja", "tanja-digital-lab"),
    ),
    DemoProject(
        slug="exemple-projet-en-attente",
        title=tr("مهرجان الحي (في انتظار المراجعة)", "Fête de quartier (en attente de modération)"),
        summary=tr(
            "مشروع مقترح ينتظر موافقة المشرفين.", "Un projet proposé qui attend l'avis des modérateurs."
        ),
        body=tr("", ""),
        stage=Project.Stage.UPCOMING,
        starts_in_days=40,
        ends_in_days=40,
        area="tanger-medina",
        sectors=("culture",),
        status=ModerationStatus.PENDING,
    ),
]


def _day(offset):
    return None if offset is None else timezone.localdate() + datetime.timedelta(days=offset)


def load_demo_projects():
    """Create or refresh the sample projects; returns (loaded, skipped slugs)."""
    now = timezone.now()
    organisations = {o.slug: o for o in Organisation.objects.all()}
    areas = {a.slug: a for a in Area.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    loaded, skipped = 0, []
    with transaction.atomic():
        for demo in PROJECTS:
            if Project.objects.filter(slug=demo.slug, is_sample=False).exists():
                skipped.append(demo.slug)
                continue
            fields = {
                **translated("title", demo.title, empty=""),
                **translated("summary", demo.summary, empty=""),
                **translated("body", demo.body, empty=""),
                "stage": demo.stage,
                "start_date": _day(demo.starts_in_days),
                "end_date": _day(demo.ends_in_days),
                "area": areas.get(demo.area),
                "is_sample": True,
            }
            project, _created = Project.objects.update_or_create(
                slug=demo.slug,
                defaults=fields,
                create_defaults={**fields, **initial_status(demo.status, now)},
            )
            project.sectors.set([sectors[s] for s in demo.sectors if s in sectors])
            project.partners.set([organisations[s] for s in demo.partners if s in organisations])
            loaded += 1
    return loaded, skipped
