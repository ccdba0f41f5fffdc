"""Sample support opportunities for trying the site: invented, marked ``is_sample``, never real.

Six of each kind (funding, volunteering, in-kind help, training) in each direction (offered, sought), published by
the sample organisations (``organisations/demo.py``) or by invented funders outside the directory. Deadlines are
counted from the day of loading, so there is always something closing this week, this month and later, some calls
already closed (kept for the record), one closed early, and some without a deadline. A few wait in the moderation
queue.

``load_demo_opportunities`` is idempotent: records are keyed on their slug, loading again refreshes the sample
records (and moves their deadlines along), keeps a moderator's decision on them and never touches anything else.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from directory.demo import by_slug, initial_status, tr, translated
from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from organisations.models import Organisation

FUNDING, VOLUNTEERING, IN_KIND, TRAINING = (
    Opportunity.Kind.FUNDING,
    Opportunity.Kind.VOLUNTEERING,
    Opportunity.Kind.IN_KIND,
    Opportunity.Kind.TRAINING,
)
OFFERED, SOUGHT = Opportunity.Direction.OFFERED, Opportunity.Direction.SOUGHT
PENDING = ModerationStatus.PENDING
# Invented bodies outside the directory, with example.org addresses.
MEDITERRANEE = ("Fondation Exemple pour la Méditerranée", "https://fondation-mediterranee.example.org/")
EXPERTS = ("Collectif Exemple d'experts-comptables solidaires", "https://experts-solidaires.example.org/")
ESTRECHO = ("Fundación Ejemplo del Estrecho", "https://fundacion-estrecho.example.org/")
ARTS = ("Institut Exemple des arts du Détroit", "https://arts-detroit.example.org/")
# Deadlines fall at this hour, Tangier time.
DEADLINE_HOUR = 18


@dataclass(frozen=True)
class DemoOpportunity:
    slug: str
    kind: str
    direction: str
    title: dict
    description: dict
    sectors: tuple
    areas: tuple = ()
    target_groups: tuple = ()
    # A sample organisation's slug, or (name, website) of a funder outside the directory.
    organisation: str = ""
    funder: tuple = ()
    # Days from the day of loading; negative: already closed. None: no deadline.
    closes_in: int | None = None
    closed_early: bool = False
    is_remote: bool = False
    # Funding: (lowest, highest, currency); either amount may be None.
    amount: tuple = ()
    legal_forms: tuple = ()
    countries: tuple = ()
    registration_required: bool = False
    how_to_apply: dict | None = None
    # Volunteering and training.
    time_commitment: dict | None = None
    skills: dict | None = None
    places: int | None = None
    minimum_age: int | None = None
    languages: tuple = ()
    # Training: (starts so many days after loading, lasts so many days).
    runs: tuple = ()
    # In kind.
    quantity: str = ""
    condition: str = ""
    status: str = ModerationStatus.PUBLISHED


OPPORTUNITIES = [
    # --- Funding offered -----------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-initiatives-jeunes-bni-makada",
        kind=FUNDING,
        direction=OFFERED,
        title=tr(
            "طلب مشاريع: مبادرات الشباب ببني مكادة",
            "Appel à projets : initiatives des jeunes à Bni Makada",
            en="Call for projects: young people's initiatives in Bni Makada",
            nl="Projectoproep: initiatieven van jongeren in Bni Makada",
            es="Convocatoria de proyectos: iniciativas juveniles en Bni Makada",
        ),
        description=tr(
            "تدعم المؤسسة المشاريع التي يقودها شباب تتراوح أعمارهم بين 18 و30 سنة في أحياء بني مكادة: أنشطة ثقافية "
            "ورياضية، تحسين الفضاءات المشتركة، مبادرات للتشغيل الذاتي.",
            "La fondation soutient des projets portés par des jeunes de 18 à 30 ans dans les quartiers de Bni "
            "Makada : activités culturelles et sportives, aménagement d'espaces communs, initiatives d'auto-emploi.",
            en="The foundation supports projects led by young people aged 18 to 30 in the neighbourhoods of Bni "
            "Makada: cultural and sports activities, improving shared spaces, self-employment initiatives.",
            nl="De stichting steunt projecten van jongeren tussen 18 en 30 jaar in de wijken van Bni Makada: "
            "culturele en sportactiviteiten, inrichting van gedeelde ruimtes, initiatieven voor zelfstandig werk.",
            es="La fundación apoya proyectos liderados por jóvenes de 18 a 30 años en los barrios de Bni Makada: "
            "actividades culturales y deportivas, mejora de espacios comunes, iniciativas de autoempleo.",
        ),
        sectors=("youth", "community-life"),
        areas=("bni-makada",),
        target_groups=("young-people",),
        funder=MEDITERRANEE,
        closes_in=5,
        amount=(20_000, 80_000, "MAD"),
        legal_forms=("association", "informal-group"),
        countries=("morocco",),
        how_to_apply=tr(
            "املأوا الاستمارة عبر الإنترنت وأرفقوا مذكرة المشروع (صفحتان) والميزانية التقديرية.",
            "Remplissez le formulaire en ligne avec une note de projet de deux pages et un budget prévisionnel.",
            en="Fill in the online form with a two-page project note and an estimated budget.",
            nl="Vul het online formulier in met een projectnota van twee pagina's en een begroting.",
            es="Rellene el formulario en línea con una nota de proyecto de dos páginas y un presupuesto estimado.",
        ),
    ),
    DemoOpportunity(
        slug="exemple-subventions-autonomie-femmes",
        kind=FUNDING,
        direction=OFFERED,
        title=tr(
            "منح للتمكين الاقتصادي للنساء بشمال المغرب",
            "Subventions pour l'autonomie économique des femmes du nord du Maroc",
            en="Grants for women's economic independence in northern Morocco",
            nl="Subsidies voor de economische zelfstandigheid van vrouwen in Noord-Marokko",
            es="Subvenciones para la autonomía económica de las mujeres del norte de Marruecos",
        ),
        description=tr(
            "منح للتعاونيات والجمعيات النسائية لشراء التجهيزات أو تكوين العضوات أو تطوير التسويق.",
            "Subventions aux coopératives et associations de femmes pour acheter du matériel, former leurs membres "
            "ou développer la commercialisation.",
            en="Grants to women's cooperatives and associations to buy equipment, train their members or develop "
            "their sales.",
            nl="Subsidies voor vrouwencoöperaties en -verenigingen om materiaal te kopen, leden op te leiden of de "
            "verkoop te ontwikkelen.",
            es="Subvenciones a cooperativas y asociaciones de mujeres para comprar material, formar a sus socias o "
            "desarrollar la comercialización.",
        ),
        sectors=("gender-equality", "social-economy"),
        areas=("prefecture-tanger-assilah",),
        target_groups=("women", "entrepreneurs"),
        organisation="stichting-vrouwen-vooruit-noord-marokko",
        closes_in=24,
        amount=(5_000, 15_000, "EUR"),
        legal_forms=("association", "cooperative"),
        countries=("morocco",),
        registration_required=True,
        how_to_apply=tr(
            "أرسلوا الملف (وصل الإيداع، آخر تقرير مالي، وصف المشروع) عبر الرابط.",
            "Envoyez le dossier (récépissé de dépôt, dernier rapport financier, description du projet) par le lien.",
            en="Send the file (registration receipt, latest financial report, project description) via the link.",
            nl="Stuur het dossier (ontvangstbewijs van registratie, laatste financieel verslag, projectbeschrijving) "
            "via de link.",
        ),
    ),
    DemoOpportunity(
        slug="exemple-petites-subventions-littoral",
        kind=FUNDING,
        direction=OFFERED,
        title=tr(
            "منح صغيرة للحفاظ على نظافة الساحل",
            "Petites subventions pour la propreté du littoral",
        ),
        description=tr(
            "تمويل حملات التنظيف والتحسيس وفرز النفايات على الشواطئ بين طنجة وأصيلة.",
            "Financement de campagnes de nettoyage, de sensibilisation et de tri des déchets sur les plages entre "
            "Tanger et Assilah.",
        ),
        sectors=("environment",),
        areas=("sahel-chamali", "assilah", "tanger-medina"),
        organisation="stichting-groene-straat",
        closes_in=60,
        amount=(10_000, 40_000, "MAD"),
        legal_forms=("association",),
        how_to_apply=tr(
            "استمارة قصيرة على الموقع وصور لموقع التدخل.",
            "Formulaire court sur le site et photos du lieu d'intervention.",
        ),
    ),
    DemoOpportunity(
        slug="exemple-bourses-creation-medina",
        kind=FUNDING,
        direction=OFFERED,
        title=tr("منح الإبداع الفني بالمدينة العتيقة", "Bourses de création artistique en médina"),
        description=tr(
            "منح لفرق المسرح والموسيقى والفنون التشكيلية التي تشتغل مع سكان المدينة العتيقة. الدورة مغلقة، ونحتفظ "
            "بها للاطلاع.",
            "Bourses pour les troupes de théâtre, de musique et d'arts plastiques qui travaillent avec les "
            "habitants de la médina. Session close, gardée pour mémoire.",
        ),
        sectors=("culture",),
        areas=("tanger-medina",),
        target_groups=("young-people",),
        funder=ARTS,
        closes_in=-20,
        amount=(None, 15_000, "EUR"),
        legal_forms=("association", "informal-group"),
    ),
    DemoOpportunity(
        slug="exemple-fonds-sante-rurale",
        kind=FUNDING,
        direction=OFFERED,
        title=tr("صندوق دعم مبادرات الصحة القروية", "Fonds d'appui aux initiatives de santé rurale"),
        description=tr(
            "يمول الصندوق القوافل الطبية ونقل المرضى وتجهيز المراكز الصحية الصغيرة في الجماعات القروية. تدرس "
            "الملفات كل ثلاثة أشهر.",
            "Le fonds finance caravanes médicales, transport des malades et équipement de petits centres de santé "
            "dans les communes rurales. Les dossiers sont examinés chaque trimestre.",
        ),
        sectors=("health", "elderly"),
        areas=("sidi-lyamani", "had-al-gharbia", "al-manzla"),
        target_groups=("older-people", "families"),
        organisation="fondation-nord-solidaire",
        amount=(50_000, 150_000, "MAD"),
        legal_forms=("association",),
        registration_required=True,
    ),
    DemoOpportunity(
        slug="exemple-avances-commandes-cooperatives",
        kind=FUNDING,
        direction=OFFERED,
        title=tr(
            "تسبيقات على الطلبيات لفائدة التعاونيات النسائية",
            "Avances sur commandes pour les coopératives de femmes",
            es="Anticipos sobre pedidos para cooperativas de mujeres",
        ),
        description=tr(
            "نؤدي مسبقا جزءا من ثمن الطلبيات لشراء المواد الأولية. أغلق العرض قبل الأجل بعد اكتمال العدد.",
            "Nous versons à l'avance une partie du prix des commandes pour acheter les matières premières. Offre "
            "close avant la date limite : toutes les places sont prises.",
            es="Adelantamos parte del precio de los pedidos para comprar materias primas. Oferta cerrada antes de "
            "plazo: no quedan plazas.",
        ),
        sectors=("social-economy", "gender-equality"),
        areas=("al-manzla", "bni-makada"),
        target_groups=("women",),
        organisation="cooperativa-sur-justo",
        closes_in=12,
        closed_early=True,
        amount=(2_000, 8_000, "EUR"),
        legal_forms=("cooperative",),
    ),
    # --- Funding sought ------------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-transport-scolaire-filles-hjar-ennhal",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تمويل للنقل المدرسي للفتيات بحجر النحل",
            "Financement recherché : transport scolaire des filles de Hjar Ennhal",
        ),
        description=tr(
            "تقطع أربعون تلميذة أكثر من خمسة كيلومترات كل يوم للوصول إلى الإعدادية. نبحث عن تمويل لكراء حافلة "
            "خلال سنة دراسية كاملة.",
            "Quarante collégiennes font plus de cinq kilomètres à pied chaque jour. Nous cherchons de quoi louer "
            "un bus pendant une année scolaire.",
        ),
        sectors=("education", "gender-equality"),
        areas=("hjar-ennhal",),
        target_groups=("students", "children"),
        organisation="dar-taliba-hjar-ennhal",
        closes_in=45,
        amount=(None, 120_000, "MAD"),
    ),
    DemoOpportunity(
        slug="exemple-atelier-couture-bni-makada",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تمويل مشترك لتوسيع ورشة الخياطة",
            "Cofinancement recherché pour agrandir l'atelier de couture",
        ),
        description=tr(
            "تريد التعاونية استقبال عشر خياطات جديدات. نحتاج إلى آلات وإلى تهيئة المحل، ونساهم بربع الكلفة.",
            "La coopérative veut accueillir dix nouvelles couturières. Il faut des machines et l'aménagement du "
            "local ; nous apportons le quart du coût.",
        ),
        sectors=("social-economy", "employment"),
        areas=("bni-makada",),
        target_groups=("women",),
        organisation="cooperative-yasmine-bni-makada",
        amount=(None, 60_000, "MAD"),
    ),
    DemoOpportunity(
        slug="exemple-salle-kinesitherapie-ajial",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تمويل لتجهيز قاعة الترويض الطبي",
            "Financement recherché pour équiper la salle de kinésithérapie",
            en="Funding sought to equip the physiotherapy room",
            nl="Financiering gezocht voor de inrichting van de kinesitherapiezaal",
            es="Se busca financiación para equipar la sala de fisioterapia",
        ),
        description=tr(
            "يستقبل مركزنا ستين طفلا. نحتاج إلى طاولات ترويض ومتوازيات وأدوات للتوازن لتقليص لائحة الانتظار.",
            "Notre centre accueille soixante enfants. Il nous faut des tables de rééducation, des barres "
            "parallèles et du matériel d'équilibre pour réduire la liste d'attente.",
            en="Our centre welcomes sixty children. We need treatment tables, parallel bars and balance equipment "
            "to shorten the waiting list.",
            nl="Ons centrum ontvangt zestig kinderen. We hebben behandeltafels, loopbruggen en "
            "evenwichtsmateriaal nodig om de wachtlijst in te korten.",
            es="Nuestro centro atiende a sesenta niños y niñas. Necesitamos camillas, barras paralelas y material "
            "de equilibrio para reducir la lista de espera.",
        ),
        sectors=("disability", "health"),
        areas=("charf-mghogha",),
        target_groups=("people-with-disabilities", "children"),
        organisation="association-ajial-inclusion",
        closes_in=3,
        amount=(8_000, 12_000, "EUR"),
    ),
    DemoOpportunity(
        slug="exemple-festival-theatre-quartier",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تمويل لمهرجان مسرح الحي", "Financement recherché : festival de théâtre de quartier"
        ),
        description=tr(
            "ثلاثة أيام من العروض في ساحات مرشان. تم إغلاق الطلب، ونحتفظ به للاطلاع.",
            "Trois jours de spectacles sur les places du Marshan. Demande close, gardée pour mémoire.",
        ),
        sectors=("culture", "youth"),
        areas=("tanger-medina",),
        target_groups=("young-people", "families"),
        organisation="troupe-theatre-marshan",
        closes_in=-40,
        amount=(None, 35_000, "MAD"),
    ),
    DemoOpportunity(
        slug="exemple-toitures-maisons-medina",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تمويل لإصلاح أسقف المنازل الآيلة للسقوط",
            "Financement recherché pour réparer les toits des maisons menaçant ruine",
        ),
        description=tr(
            "أحصينا خمسا وعشرين دارا في المدينة العتيقة تحتاج إلى إصلاح عاجل قبل الشتاء. السكان يساهمون باليد "
            "العاملة.",
            "Nous avons recensé vingt-cinq maisons de la médina dont le toit doit être réparé avant l'hiver. Les "
            "habitants apportent la main-d'œuvre.",
        ),
        sectors=("housing", "culture"),
        areas=("tanger-medina",),
        target_groups=("families", "older-people"),
        organisation="diyar-medina-habitat-ancien",
        closes_in=90,
        amount=(200_000, 350_000, "MAD"),
    ),
    DemoOpportunity(
        slug="exemple-ruches-dar-chaoui",
        kind=FUNDING,
        direction=SOUGHT,
        title=tr("نبحث عن تمويل لأربعين خلية نحل", "Financement recherché pour quarante ruches"),
        description=tr(
            "تريد التعاونية إدماج عشرة شباب من الدوار في تربية النحل.",
            "La coopérative veut faire entrer dix jeunes du douar dans l'apiculture.",
        ),
        sectors=("social-economy", "environment"),
        areas=("dar-chaoui",),
        target_groups=("young-people", "entrepreneurs"),
        organisation="cooperative-apicole-dar-chaoui",
        closes_in=18,
        amount=(None, 30_000, "MAD"),
        status=PENDING,
    ),
    # --- Volunteering offered ------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-kines-benevoles",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "أخصائيو ترويض متطوعون رهن إشارة الجمعيات",
            "Kinésithérapeutes bénévoles à la disposition des associations",
        ),
        description=tr(
            "يأتي فريقنا إلى طنجة مرتين في السنة ويمكنه تقديم حصص وتكوين المربين في جمعيات الإعاقة.",
            "Notre équipe vient à Tanger deux fois par an et peut assurer des séances et former les éducateurs "
            "des associations du handicap.",
        ),
        sectors=("disability", "health"),
        areas=("tanger",),
        target_groups=("people-with-disabilities",),
        organisation="kine-sans-frontieres-du-detroit",
        time_commitment=tr("أسبوعان في أبريل وأسبوعان في أكتوبر", "Deux semaines en avril et en octobre"),
        skills=tr("الترويض الطبي للأطفال", "Kinésithérapie pédiatrique"),
        places=4,
        languages=("fr", "ar"),
    ),
    DemoOpportunity(
        slug="exemple-mentors-numeriques-a-distance",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "مرشدون رقميون متطوعون عن بعد",
            "Mentors numériques bénévoles à distance",
            en="Volunteer digital mentors, online",
            nl="Vrijwillige digitale mentoren, op afstand",
            es="Mentores digitales voluntarios a distancia",
        ),
        description=tr(
            "متطوعون من هولندا يرافقون عن بعد منشطي الفضاءات الرقمية: إعداد الحواسيب، الأدوات المجانية، الأمان "
            "على الإنترنت.",
            "Des bénévoles des Pays-Bas accompagnent à distance les animateurs d'espaces numériques : installation "
            "des ordinateurs, outils libres, sécurité en ligne.",
            en="Volunteers from the Netherlands coach the facilitators of digital spaces online: setting up "
            "computers, free software, online safety.",
            nl="Vrijwilligers uit Nederland begeleiden op afstand de begeleiders van digitale ruimtes: computers "
            "installeren, vrije software, online veiligheid.",
            es="Voluntarios de los Países Bajos acompañan a distancia a quienes animan espacios digitales: "
            "instalación de ordenadores, herramientas libres, seguridad en línea.",
        ),
        sectors=("digital-inclusion", "education"),
        target_groups=("young-people",),
        organisation="vereniging-digitaal-samen",
        is_remote=True,
        time_commitment=tr(
            "ساعة واحدة في الأسبوع",
            "Une heure par semaine",
            en="One hour a week",
            nl="Eén uur per week",
            es="Una hora a la semana",
        ),
        skills=tr("المعلوميات", "Informatique", en="IT", nl="ICT", es="Informática"),
        places=6,
        languages=("fr", "en", "nl"),
    ),
    DemoOpportunity(
        slug="exemple-traducteurs-benevoles",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "مترجمون متطوعون للوثائق بين العربية والفرنسية",
            "Traducteurs bénévoles pour vos documents, arabe et français",
        ),
        description=tr(
            "نترجم الأنظمة الأساسية والتقارير وملفات طلب التمويل للجمعيات الصغيرة، في أجل أسبوعين.",
            "Nous traduisons statuts, rapports et dossiers de demande de financement des petites associations, "
            "en deux semaines.",
        ),
        sectors=("rights-citizenship", "migration"),
        organisation="rives-solidaires-marseille-tanger",
        closes_in=30,
        is_remote=True,
        skills=tr("الترجمة", "Traduction"),
        places=10,
        languages=("ar", "fr"),
    ),
    DemoOpportunity(
        slug="exemple-experts-comptables-solidaires",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "خبراء محاسبون متطوعون لإعداد التقارير المالية",
            "Experts-comptables bénévoles pour vos comptes annuels",
        ),
        description=tr(
            "نساعد الجمعيات على إعداد حساباتها السنوية قبل الجمع العام. التسجيل مفتوح حتى نهاية الشهر.",
            "Nous aidons les associations à préparer leurs comptes annuels avant l'assemblée générale. "
            "Inscriptions jusqu'à la fin du mois.",
        ),
        sectors=("community-life",),
        areas=("tanger",),
        funder=EXPERTS,
        closes_in=20,
        time_commitment=tr("نصف يوم لكل جمعية", "Une demi-journée par association"),
        skills=tr("المحاسبة", "Comptabilité"),
        places=15,
        languages=("fr", "ar"),
        status=PENDING,
    ),
    DemoOpportunity(
        slug="exemple-jeunes-volontaires-ete",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "فريق من الشباب المتطوعين لأنشطة الصيف في الأحياء",
            "Une équipe de jeunes volontaires pour l'été dans les quartiers",
        ),
        description=tr(
            "اثنا عشر شابا وشابة مستعدون لتنشيط المخيمات الحضرية وأوراش الرسم والرياضة في يوليوز.",
            "Douze jeunes prêts à animer des centres aérés, des ateliers de dessin et du sport en juillet.",
        ),
        sectors=("youth", "community-life"),
        areas=("tanger-medina", "bni-makada"),
        target_groups=("children",),
        organisation="voix-des-jeunes-democratie-participative",
        closes_in=6,
        time_commitment=tr("خمسة أيام في الأسبوع خلال يوليوز", "Cinq jours par semaine en juillet"),
        skills=tr("التنشيط", "Animation"),
        places=12,
        minimum_age=16,
        languages=("ar", "ary"),
    ),
    DemoOpportunity(
        slug="exemple-architectes-benevoles-medina",
        kind=VOLUNTEERING,
        direction=OFFERED,
        title=tr(
            "مهندسون معماريون متطوعون لتشخيص المنازل القديمة",
            "Architectes bénévoles pour diagnostiquer les maisons anciennes",
        ),
        description=tr(
            "بعثة من المهندسين المعماريين لتشخيص حالة المنازل القديمة. انتهت البعثة، ونحتفظ بالعرض للاطلاع.",
            "Une mission d'architectes pour établir l'état des maisons anciennes. Mission terminée, offre gardée "
            "pour mémoire.",
        ),
        sectors=("housing",),
        areas=("tanger-medina", "gueznaia"),
        organisation="habitat-partage-mediterranee",
        closes_in=-15,
        skills=tr("الهندسة المعمارية", "Architecture"),
        places=5,
        languages=("fr",),
    ),
    # --- Volunteering sought -------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-benevoles-soutien-scolaire",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن متطوعين للدعم المدرسي بكاسابراطا",
            "Bénévoles recherchés pour le soutien scolaire à Casabarata",
            en="Volunteers wanted for after-school tutoring in Casabarata",
            nl="Vrijwilligers gezocht voor huiswerkbegeleiding in Casabarata",
            es="Se buscan voluntarios para refuerzo escolar en Casabarata",
        ),
        description=tr(
            "نبحث عن طلبة أو متقاعدين لمساعدة تلاميذ الابتدائي في الرياضيات والفرنسية، بعد الظهر.",
            "Nous cherchons des étudiants ou des retraités pour aider des élèves du primaire en mathématiques et "
            "en français, l'après-midi.",
            en="We are looking for students or retired people to help primary pupils with mathematics and French "
            "in the afternoon.",
            nl="We zoeken studenten of gepensioneerden die basisschoolleerlingen 's middags helpen met wiskunde "
            "en Frans.",
            es="Buscamos estudiantes o personas jubiladas para ayudar a alumnos de primaria en matemáticas y "
            "francés por la tarde.",
        ),
        sectors=("education", "children"),
        areas=("bni-makada",),
        target_groups=("children", "students"),
        organisation="association-tarbiya-casabarata",
        time_commitment=tr(
            "أربع ساعات في الأسبوع",
            "Quatre heures par semaine",
            en="Four hours a week",
            nl="Vier uur per week",
            es="Cuatro horas a la semana",
        ),
        skills=tr(
            "الرياضيات أو الفرنسية",
            "Mathématiques ou français",
            en="Mathematics or French",
            nl="Wiskunde of Frans",
            es="Matemáticas o francés",
        ),
        places=10,
        minimum_age=18,
        languages=("ar", "fr"),
    ),
    DemoOpportunity(
        slug="exemple-benevoles-paniers-alimentaires",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن متطوعين لتحضير السلال الغذائية",
            "Bénévoles recherchés pour préparer les paniers alimentaires",
        ),
        description=tr(
            "نحضر ألف سلة للأسر المعوزة. نحتاج إلى أيادٍ للفرز والتعبئة والتوزيع.",
            "Nous préparons mille paniers pour des familles démunies. Il faut des bras pour trier, emballer et "
            "distribuer.",
        ),
        sectors=("poverty-relief",),
        areas=("tanger",),
        target_groups=("families",),
        organisation="fondation-banque-alimentaire-tanja",
        closes_in=9,
        time_commitment=tr("صبيحة أو أمسية واحدة على الأقل", "Au moins une matinée ou une soirée"),
        places=40,
        minimum_age=16,
        languages=("ar", "ary"),
    ),
    DemoOpportunity(
        slug="exemple-nettoyage-plage-sahel",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن متطوعين لتنظيف شاطئ الساحل الشمالي",
            "Bénévoles recherchés pour nettoyer la plage de Sahel Chamali",
        ),
        description=tr(
            "صبيحة تنظيف وفرز للنفايات. نوفر القفازات والأكياس والماء.",
            "Une matinée de nettoyage et de tri. Gants, sacs et eau fournis.",
        ),
        sectors=("environment",),
        areas=("sahel-chamali",),
        organisation="sahel-environnement-littoral",
        closes_in=2,
        time_commitment=tr("صبيحة يوم الأحد", "Un dimanche matin"),
        places=30,
        languages=("ar", "fr"),
    ),
    DemoOpportunity(
        slug="exemple-visites-personnes-agees",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن متطوعين لزيارة المسنين",
            "Bénévoles recherchés pour rendre visite aux personnes âgées",
        ),
        description=tr(
            "كثير من المقيمين لا يزورهم أحد. ساعة من الحديث أو القراءة أو التجول تصنع الفرق.",
            "Beaucoup de résidents n'ont aucune visite. Une heure de conversation, de lecture ou de promenade fait "
            "la différence.",
        ),
        sectors=("elderly",),
        areas=("charf-souani",),
        target_groups=("older-people",),
        organisation="dar-al-hanane-personnes-agees",
        time_commitment=tr("ساعتان في الأسبوع", "Deux heures par semaine"),
        places=8,
        languages=("ar", "ary"),
    ),
    DemoOpportunity(
        slug="exemple-entraineuses-handball",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن مدربين ومدربات متطوعين لكرة اليد",
            "Entraîneuses et entraîneurs bénévoles de handball recherchés",
        ),
        description=tr(
            "ستون لاعبة تتراوح أعمارهن بين 10 و17 سنة. نحتاج إلى مدربين اثنين على الأقل للموسم المقبل.",
            "Soixante joueuses de 10 à 17 ans. Il nous faut au moins deux entraîneurs pour la saison prochaine.",
        ),
        sectors=("sport", "gender-equality"),
        areas=("charf-mghogha",),
        target_groups=("young-people", "women"),
        organisation="handball-feminin-mghogha",
        closes_in=35,
        time_commitment=tr("ست ساعات في الأسبوع", "Six heures par semaine"),
        skills=tr("شهادة تدريب أو تجربة كلاعب", "Diplôme d'entraîneur ou expérience de joueur"),
        places=2,
        minimum_age=18,
        languages=("ar",),
    ),
    DemoOpportunity(
        slug="exemple-animateurs-alphabetisation",
        kind=VOLUNTEERING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن منشطين متطوعين لمحو الأمية",
            "Animatrices et animateurs bénévoles d'alphabétisation recherchés",
        ),
        description=tr(
            "أقسام مسائية للنساء. تم إغلاق الطلب بعد اكتمال الفريق، ونحتفظ به للاطلاع.",
            "Cours du soir pour les femmes. Demande close, l'équipe est complète ; gardée pour mémoire.",
        ),
        sectors=("education", "gender-equality"),
        areas=("charf-souani",),
        target_groups=("women",),
        organisation="association-nour-alphabetisation",
        closes_in=-30,
        time_commitment=tr("ثلاث أمسيات في الأسبوع", "Trois soirées par semaine"),
        places=6,
        languages=("ar", "ary"),
    ),
    # --- In-kind help offered ------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-don-ordinateurs-portables",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr(
            "حواسيب محمولة مجددة للجمعيات",
            "Ordinateurs portables reconditionnés pour les associations",
            en="Refurbished laptops for associations",
            nl="Gereviseerde laptops voor verenigingen",
            es="Portátiles reacondicionados para asociaciones",
        ),
        description=tr(
            "جددنا خمسة عشر حاسوبا محمولا وثبتنا عليها برامج حرة. تعطى للجمعيات التي تنظم دروسا في المعلوميات.",
            "Nous avons remis à neuf quinze ordinateurs portables avec des logiciels libres. Ils vont aux "
            "associations qui donnent des cours d'informatique.",
            en="We have refurbished fifteen laptops with free software. They go to associations that teach "
            "computer skills.",
            nl="We hebben vijftien laptops opgeknapt met vrije software. Ze gaan naar verenigingen die "
            "computerles geven.",
            es="Hemos reacondicionado quince portátiles con software libre. Son para asociaciones que dan clases "
            "de informática.",
        ),
        sectors=("digital-inclusion", "education"),
        areas=("tanger",),
        organisation="code-tanja",
        closes_in=8,
        quantity="15",
        condition=Opportunity.Condition.GOOD,
    ),
    DemoOpportunity(
        slug="exemple-don-fauteuils-roulants",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr("كراسي متحركة للتبرع", "Fauteuils roulants à donner"),
        description=tr(
            "ثمانية كراسي متحركة مستعملة وفي حالة جيدة، تصل إلى طنجة في الشهر المقبل.",
            "Huit fauteuils roulants d'occasion en bon état, qui arrivent à Tanger le mois prochain.",
        ),
        sectors=("disability",),
        areas=("prefecture-tanger-assilah",),
        target_groups=("people-with-disabilities",),
        organisation="kine-sans-frontieres-du-detroit",
        closes_in=14,
        quantity="8",
        condition=Opportunity.Condition.USED,
    ),
    DemoOpportunity(
        slug="exemple-salle-reunion-gratuite",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr(
            "قاعة اجتماعات مجانية للجمعيات في نهاية الأسبوع",
            "Salle de réunion gratuite pour les associations le week-end",
        ),
        description=tr(
            "قاعة تتسع لأربعين شخصا مع جهاز عرض. يكفي الحجز قبل أسبوع.",
            "Une salle de quarante places avec vidéoprojecteur. Il suffit de réserver une semaine à l'avance.",
        ),
        sectors=("community-life",),
        areas=("tanger",),
        organisation="federation-associations-quartier-tanger",
        quantity="1",
        condition=Opportunity.Condition.GOOD,
    ),
    DemoOpportunity(
        slug="exemple-don-fournitures-scolaires",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr("حقائب مدرسية لفائدة التلاميذ", "Kits de fournitures scolaires pour les élèves"),
        description=tr(
            "مائتا حقيبة فيها الدفاتر والأقلام والأدوات الهندسية، توزع عن طريق الجمعيات قبل الدخول المدرسي.",
            "Deux cents cartables garnis de cahiers, stylos et instruments de géométrie, distribués par les "
            "associations avant la rentrée.",
        ),
        sectors=("education", "children"),
        areas=("bni-makada", "charf-mghogha"),
        target_groups=("children", "students"),
        organisation="fondation-enfance-et-detroit",
        closes_in=27,
        quantity="200",
        condition=Opportunity.Condition.NEW,
    ),
    DemoOpportunity(
        slug="exemple-invendus-alimentaires",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr("مواد غذائية غير مبيعة لفائدة الجمعيات", "Invendus alimentaires pour les associations"),
        description=tr(
            "نجمع من الأسواق الممتازة حوالي خمسمائة كيلوغرام في الأسبوع ونوزعها على الجمعيات التي تطبخ للأسر.",
            "Nous collectons environ cinq cents kilos par semaine dans les supermarchés et les confions aux "
            "associations qui cuisinent pour les familles.",
        ),
        sectors=("poverty-relief", "environment"),
        areas=("tanger",),
        target_groups=("families",),
        organisation="fondation-banque-alimentaire-tanja",
        quantity="500 kg",
    ),
    DemoOpportunity(
        slug="exemple-equipements-football",
        kind=IN_KIND,
        direction=OFFERED,
        title=tr("أطقم كرة القدم للأندية الصغيرة", "Équipements de football pour les petits clubs"),
        description=tr(
            "ستون طقما وعشرون كرة من نادٍ بالجزيرة الخضراء. تم التوزيع، ونحتفظ بالعرض للاطلاع.",
            "Soixante tenues et vingt ballons d'un club d'Algésiras. Distribution faite, offre gardée pour mémoire.",
        ),
        sectors=("sport", "youth"),
        areas=("had-al-gharbia", "tanger-medina"),
        target_groups=("young-people",),
        funder=ESTRECHO,
        closes_in=-5,
        quantity="60",
        condition=Opportunity.Condition.USED,
    ),
    # --- In-kind help sought -------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-minibus-adapte",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr("نبحث عن حافلة صغيرة مجهزة", "Minibus adapté recherché"),
        description=tr(
            "لنقل الأطفال والشباب المصابين بالتوحد إلى المركز وإلى الخرجات. نقبل حافلة مستعملة.",
            "Pour conduire enfants et jeunes autistes au centre et en sortie. Un véhicule d'occasion nous convient.",
        ),
        sectors=("disability",),
        areas=("tanger",),
        target_groups=("people-with-disabilities", "children"),
        organisation="soutien-personnes-autistes-tanger",
        quantity="1",
    ),
    DemoOpportunity(
        slug="exemple-machines-a-coudre-al-manzla",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr("نبحث عن آلات خياطة", "Machines à coudre recherchées"),
        description=tr(
            "أربع آلات صناعية لتشطيب المنسوجات التقليدية. يمكننا التكفل بالنقل.",
            "Quatre machines industrielles pour la finition des tissages traditionnels. Nous pouvons assurer le "
            "transport.",
        ),
        sectors=("social-economy", "gender-equality"),
        areas=("al-manzla",),
        target_groups=("women",),
        organisation="cooperative-tissage-al-manzla",
        closes_in=40,
        quantity="4",
    ),
    DemoOpportunity(
        slug="exemple-materiel-peinture-assilah",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr(
            "نبحث عن أدوات الرسم لورشة الأطفال", "Matériel de peinture recherché pour l'atelier des enfants"
        ),
        description=tr(
            "صباغة وفرشاة ولوحات قبل ورشة الرسم على الجدران هذا الأسبوع.",
            "Peintures, pinceaux et toiles avant l'atelier de fresques de cette semaine.",
        ),
        sectors=("culture", "children"),
        areas=("assilah",),
        target_groups=("children",),
        organisation="jeunes-peintres-assilah",
        closes_in=4,
    ),
    DemoOpportunity(
        slug="exemple-couvertures-hiver",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr("نبحث عن أغطية وملابس شتوية", "Couvertures et vêtements d'hiver recherchés"),
        description=tr(
            "للمهاجرين المقيمين في مركز الاستقبال. نحتاج خصوصا إلى المقاسات الكبيرة.",
            "Pour les personnes migrantes hébergées au centre d'accueil. Les grandes tailles manquent le plus.",
        ),
        sectors=("migration", "poverty-relief"),
        areas=("charf-mghogha",),
        target_groups=("migrants-refugees",),
        organisation="association-dar-al-moussafir",
        closes_in=16,
        quantity="200",
    ),
    DemoOpportunity(
        slug="exemple-ordinateurs-club-numerique",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr("نبحث عن حواسيب للنادي الرقمي", "Ordinateurs recherchés pour le club numérique"),
        description=tr(
            "عشرة حواسيب، حتى المستعملة منها، لفتح نادٍ للبرمجة لفائدة شباب الجماعة.",
            "Dix ordinateurs, même d'occasion, pour ouvrir un club de programmation pour les jeunes de la commune.",
        ),
        sectors=("digital-inclusion", "youth"),
        areas=("aquouass-briech",),
        target_groups=("young-people",),
        organisation="jeunes-aquouass-briech-numerique",
        closes_in=75,
        quantity="10",
        status=PENDING,
    ),
    DemoOpportunity(
        slug="exemple-tensiometres-sidi-lyamani",
        kind=IN_KIND,
        direction=SOUGHT,
        title=tr(
            "نبحث عن أجهزة قياس الضغط والسكري",
            "Tensiomètres et lecteurs de glycémie recherchés",
        ),
        description=tr(
            "لحملات الكشف في الدواوير. تم إغلاق الطلب بعد تلقي التجهيزات، ونحتفظ به للاطلاع.",
            "Pour les journées de dépistage dans les douars. Demande close, le matériel a été reçu ; gardée pour "
            "mémoire.",
        ),
        sectors=("health", "elderly"),
        areas=("sidi-lyamani",),
        target_groups=("older-people",),
        organisation="sante-rurale-sidi-lyamani",
        closes_in=-60,
        quantity="12",
    ),
    # --- Training offered ----------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-formation-gestion-projet",
        kind=TRAINING,
        direction=OFFERED,
        title=tr(
            "تكوين: تدبير المشروع الجمعوي",
            "Formation : gestion de projet associatif",
            en="Training: managing an association's project",
            nl="Opleiding: projectbeheer voor verenigingen",
            es="Formación: gestión de proyectos asociativos",
        ),
        description=tr(
            "ثلاثة أيام لتعلم كتابة مشروع وتخطيطه وتتبع ميزانيته وتقييم نتائجه، مع أمثلة من جمعيات طنجة.",
            "Trois jours pour apprendre à écrire un projet, le planifier, suivre son budget et évaluer ses "
            "résultats, avec des exemples d'associations de Tanger.",
            en="Three days to learn how to write a project, plan it, track its budget and evaluate its results, "
            "with examples from Tangier's associations.",
            nl="Drie dagen om te leren een project te schrijven, te plannen, het budget op te volgen en de "
            "resultaten te evalueren, met voorbeelden van verenigingen uit Tanger.",
            es="Tres días para aprender a redactar un proyecto, planificarlo, seguir su presupuesto y evaluar sus "
            "resultados, con ejemplos de asociaciones de Tánger.",
        ),
        sectors=("community-life", "rights-citizenship"),
        areas=("tanger",),
        organisation="federation-associations-quartier-tanger",
        closes_in=13,
        runs=(20, 2),
        places=25,
        languages=("ar", "fr"),
        how_to_apply=tr(
            "التسجيل عبر الرابط، مشاركان اثنان على الأكثر عن كل جمعية.",
            "Inscription par le lien, deux participants au plus par association.",
            en="Register through the link, at most two participants per association.",
            nl="Inschrijven via de link, hoogstens twee deelnemers per vereniging.",
            es="Inscripción por el enlace, dos participantes como máximo por asociación.",
        ),
    ),
    DemoOpportunity(
        slug="exemple-formation-financements-europeens",
        kind=TRAINING,
        direction=OFFERED,
        title=tr(
            "تكوين عن بعد: البحث عن التمويلات الأوروبية",
            "Formation en ligne : trouver des financements européens",
        ),
        description=tr(
            "أربع حصص مسائية عبر الإنترنت لفهم البرامج الأوروبية وبناء الشراكات وإعداد الملف.",
            "Quatre séances du soir en ligne pour comprendre les programmes européens, monter un partenariat et "
            "préparer un dossier.",
        ),
        sectors=("community-life", "employment"),
        organisation="solidarite-bruxelles-tanger",
        closes_in=6,
        is_remote=True,
        runs=(14, 21),
        places=30,
        languages=("fr",),
    ),
    DemoOpportunity(
        slug="exemple-formation-premiers-secours",
        kind=TRAINING,
        direction=OFFERED,
        title=tr("تكوين في الإسعافات الأولية للمنشطين", "Formation aux premiers secours pour les animateurs"),
        description=tr(
            "يومان مع ممرضات الجمعية، ويحصل المشاركون على شهادة.",
            "Deux jours avec les infirmières de l'association, attestation à la clé.",
        ),
        sectors=("health",),
        areas=("bni-makada",),
        target_groups=("young-people",),
        organisation="amal-sante-mere-enfant",
        closes_in=21,
        runs=(28, 1),
        places=16,
        minimum_age=18,
        languages=("ar", "ary"),
    ),
    DemoOpportunity(
        slug="exemple-formation-comptabilite-cooperatives",
        kind=TRAINING,
        direction=OFFERED,
        title=tr(
            "تكوين في المحاسبة المبسطة للتعاونيات", "Formation à la comptabilité simplifiée des coopératives"
        ),
        description=tr(
            "خمس حصص يوم السبت: الفواتير، الصندوق، الجرد، التصريحات.",
            "Cinq samedis : factures, caisse, inventaire, déclarations.",
        ),
        sectors=("social-economy", "employment"),
        areas=("charf-mghogha",),
        target_groups=("entrepreneurs", "women"),
        organisation="tanja-jeunes-entrepreneurs",
        closes_in=50,
        runs=(60, 28),
        places=20,
        languages=("ar", "fr"),
    ),
    DemoOpportunity(
        slug="exemple-initiation-langue-des-signes",
        kind=TRAINING,
        direction=OFFERED,
        title=tr("مدخل إلى لغة الإشارة", "Initiation à la langue des signes"),
        description=tr(
            "حصة شهرية مفتوحة لأطر الجمعيات والأسر. لا حاجة للتسجيل المسبق.",
            "Une séance mensuelle ouverte aux équipes associatives et aux familles. Pas d'inscription préalable.",
        ),
        sectors=("disability",),
        areas=("tanger",),
        target_groups=("people-with-disabilities", "families"),
        organisation="reseau-handicap-tanger-assilah",
        languages=("ar",),
    ),
    DemoOpportunity(
        slug="exemple-formation-protection-enfance",
        kind=TRAINING,
        direction=OFFERED,
        title=tr(
            "تكوين في حماية الطفولة للمربين", "Formation à la protection de l'enfance pour les éducateurs"
        ),
        description=tr(
            "رصد حالات سوء المعاملة ومسطرة التبليغ. الدورة منتهية، ونحتفظ بها للاطلاع.",
            "Repérer la maltraitance et savoir signaler. Session terminée, gardée pour mémoire.",
        ),
        sectors=("children", "rights-citizenship"),
        areas=("tanger-medina",),
        target_groups=("children",),
        organisation="enfants-du-port",
        closes_in=-10,
        runs=(-3, 2),
        places=20,
        languages=("ar", "fr"),
    ),
    # --- Training sought -----------------------------------------------------------------------------------------
    DemoOpportunity(
        slug="exemple-formateur-communication-numerique",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن مكون في التواصل الرقمي",
            "Formateur ou formatrice en communication numérique recherché",
        ),
        description=tr(
            "لتكوين عشرين شابا في تسيير صفحات الجمعيات على الشبكات الاجتماعية. يمكن التكوين عن بعد.",
            "Pour former vingt jeunes à animer les pages des associations sur les réseaux sociaux. À distance "
            "possible.",
        ),
        sectors=("youth", "digital-inclusion"),
        areas=("bni-makada",),
        target_groups=("young-people",),
        organisation="chabab-bni-makada-citoyennete",
        closes_in=11,
        is_remote=True,
        places=20,
        languages=("ar", "fr"),
    ),
    DemoOpportunity(
        slug="exemple-formation-hygiene-lait",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr("نبحث عن تكوين في جودة الحليب وسلامته", "Formation recherchée : hygiène et qualité du lait"),
        description=tr(
            "لأعضاء التعاونية قبل طلب الترخيص الصحي.",
            "Pour les membres de la coopérative, avant la demande d'agrément sanitaire.",
        ),
        sectors=("social-economy",),
        areas=("al-bahraoyine",),
        target_groups=("entrepreneurs",),
        organisation="cooperative-laitiere-al-bahraoyine",
        closes_in=33,
        places=15,
        languages=("ar",),
    ),
    DemoOpportunity(
        slug="exemple-formation-aide-domicile",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تكوين في مرافقة المسنين في المنزل",
            "Formation recherchée : accompagner les personnes âgées à domicile",
        ),
        description=tr(
            "لعاملات التعاونية: الحركات الصحيحة، الوقاية من السقوط، التعامل مع مرض الزهايمر.",
            "Pour les aides à domicile de la coopérative : gestes et postures, prévention des chutes, maladie "
            "d'Alzheimer.",
        ),
        sectors=("elderly", "health"),
        areas=("charf-souani", "tanger-medina"),
        target_groups=("older-people", "women"),
        organisation="cooperative-rahma-aide-domicile",
        closes_in=70,
        places=12,
        languages=("ar", "ary"),
    ),
    DemoOpportunity(
        slug="exemple-formation-peche-durable",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr("نبحث عن تكوين في الصيد المستدام", "Formation recherchée : pêche durable et vente directe"),
        description=tr(
            "احترام فترات الراحة البيولوجية، تثمين المنتوج، البيع المباشر للمطاعم.",
            "Respect des repos biologiques, valorisation des prises, vente directe aux restaurants.",
        ),
        sectors=("environment", "social-economy"),
        areas=("assilah",),
        organisation="cooperative-pecheurs-artisanaux-assilah",
        places=25,
        languages=("ar",),
        status=PENDING,
    ),
    DemoOpportunity(
        slug="exemple-formation-droits-migrants",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تكوين قانوني في حقوق المهاجرين",
            "Formation juridique recherchée sur les droits des personnes migrantes",
            en="Legal training wanted on the rights of migrants",
            nl="Juridische opleiding gezocht over de rechten van migranten",
            es="Se busca formación jurídica sobre los derechos de las personas migrantes",
        ),
        description=tr(
            "لفريق الاستقبال: الإقامة، الولوج إلى العلاج، تسجيل الأطفال في المدرسة.",
            "Pour l'équipe d'accueil : séjour, accès aux soins, inscription des enfants à l'école.",
            en="For the reception team: residence, access to care, enrolling children at school.",
            nl="Voor het onthaalteam: verblijf, toegang tot zorg, inschrijving van kinderen op school.",
            es="Para el equipo de acogida: residencia, acceso a la atención sanitaria, escolarización de los "
            "niños.",
        ),
        sectors=("migration", "rights-citizenship"),
        areas=("bni-makada",),
        target_groups=("migrants-refugees", "women"),
        organisation="espace-salam-femmes-migrantes",
        closes_in=1,
        places=8,
        languages=("fr", "ar"),
    ),
    DemoOpportunity(
        slug="exemple-formation-agriculture-biologique",
        kind=TRAINING,
        direction=SOUGHT,
        title=tr(
            "نبحث عن تكوين في الفلاحة البيولوجية",
            "Formation recherchée en agriculture biologique",
        ),
        description=tr(
            "التسميد الطبيعي والبذور المحلية. تم إغلاق الطلب، ونحتفظ به للاطلاع.",
            "Compost et semences locales. Demande close, gardée pour mémoire.",
        ),
        sectors=("gender-equality", "environment"),
        areas=("laaouama",),
        target_groups=("women",),
        organisation="femmes-rurales-laaouama",
        closes_in=-25,
        places=20,
        languages=("ar", "ary"),
    ),
]


def _deadline(days, today):
    if days is None:
        return None
    day = today + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(DEADLINE_HOUR)))


def _amounts(demo):
    if not demo.amount:
        return {"amount_min": None, "amount_max": None, "currency": ""}
    low, high, currency = demo.amount
    return {
        "amount_min": Decimal(low) if low is not None else None,
        "amount_max": Decimal(high) if high is not None else None,
        "currency": currency,
    }


def _dates(demo, now, today):
    """The deadline, the early closing and the training's days, all counted from the day of loading."""
    fields = {
        "deadline": _deadline(demo.closes_in, today),
        "closed_at": now - datetime.timedelta(days=2) if demo.closed_early else None,
        "start_date": None,
        "end_date": None,
    }
    if demo.runs:
        starts_in, lasts = demo.runs
        fields["start_date"] = today + datetime.timedelta(days=starts_in)
        fields["end_date"] = fields["start_date"] + datetime.timedelta(days=lasts)
    return fields


def opportunity_fields(demo, organisations, now, today):
    """Every stored field of one sample record except its status, which moderators may have changed since."""
    funder_name, funder_url = demo.funder or ("", "")
    return {
        "kind": demo.kind,
        "direction": demo.direction,
        **translated("title", demo.title),
        **translated("description", demo.description),
        **translated("how_to_apply", demo.how_to_apply),
        **translated("time_commitment", demo.time_commitment),
        **translated("skills", demo.skills),
        "organisation": organisations.get(demo.organisation),
        "funder_name": funder_name,
        "funder_url": funder_url,
        "apply_url": f"https://{demo.slug}.example.org/" if demo.how_to_apply else "",
        "is_remote": demo.is_remote,
        **_dates(demo, now, today),
        **_amounts(demo),
        "registration_required": demo.registration_required,
        "places": demo.places,
        "minimum_age": demo.minimum_age,
        "quantity": demo.quantity,
        "condition": demo.condition,
        "is_sample": True,
    }


def _published_at(index, demo, now):
    """Before the deadline, and older for calls that have closed."""
    days_ago = 7 + (index * 5) % 45 + max(0, -(demo.closes_in or 0))
    return now - datetime.timedelta(days=days_ago, hours=index % 9)


def _initial_status(index, demo, now):
    return initial_status(demo.status, _published_at(index, demo, now))


def _taxonomies():
    def every(attribute):
        return [slug for demo in OPPORTUNITIES for slug in getattr(demo, attribute)]

    return {
        "sectors": by_slug(Sector, every("sectors")),
        "target_groups": by_slug(TargetGroup, every("target_groups")),
        "areas": by_slug(Area, every("areas")),
        "eligible_legal_forms": by_slug(LegalForm, every("legal_forms")),
        "applicant_countries": by_slug(Area, every("countries")),
        "languages": by_slug(Language, every("languages")),
    }


# Many-to-many field → the DemoOpportunity attribute listing its slugs.
RELATIONS = {
    "sectors": "sectors",
    "target_groups": "target_groups",
    "areas": "areas",
    "eligible_legal_forms": "legal_forms",
    "applicant_countries": "countries",
    "languages": "languages",
}


def load_demo_opportunities():
    """Create or refresh every sample opportunity; returns (created, updated, skipped slugs).

    Skipped: a slug already used by a real (non-sample) opportunity, which is never overwritten, and an
    opportunity whose sample organisation is missing (not loaded, or its slug taken by a real organisation), since
    a sample must never appear as published by a real organisation. Status and first publication are set only on
    creation, so a moderator's decision on a sample record survives a reload.
    """
    terms = _taxonomies()
    organisations = Organisation.objects.filter(is_sample=True).in_bulk(
        {demo.organisation for demo in OPPORTUNITIES if demo.organisation}, field_name="slug"
    )
    taken = set(
        Opportunity.objects.filter(slug__in=[d.slug for d in OPPORTUNITIES], is_sample=False).values_list(
            "slug", flat=True
        )
    )
    now = timezone.now()
    today = timezone.localdate(now)
    created = updated = 0
    skipped = []
    with transaction.atomic():
        for index, demo in enumerate(OPPORTUNITIES):
            if demo.slug in taken or (demo.organisation and demo.organisation not in organisations):
                skipped.append(demo.slug)
                continue
            fields = opportunity_fields(demo, organisations, now, today)
            opportunity, was_created = Opportunity.objects.update_or_create(
                slug=demo.slug,
                defaults=fields,
                create_defaults={**fields, **_initial_status(index, demo, now)},
            )
            for relation, attribute in RELATIONS.items():
                getattr(opportunity, relation).set(
                    [terms[relation][slug] for slug in getattr(demo, attribute)]
                )
            created += was_created
            updated += not was_created
    return created, updated, skipped
