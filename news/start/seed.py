"""What the section starts with: four guides and the facts of the comparison, in ar, fr, en, nl, es.

Each fact states only what the cited text itself says, with the day it was written down as its checking date;
what was not checked (costs, most delays, the company's capital and partners, the cooperative's minimum of
members, the declaration of foreign funding) is left out and shows as "not checked yet".
Moderators correct and complete it in the admin. Order of texts in each tuple: ar, fr, en, nl, es.
"""

import datetime

from directory.seed import LEGAL_FORMS, SECTORS

LANGS = ("ar", "fr", "en", "nl", "es")
CHECKED_ON = datetime.date(2026, 12, 3)

# Official sources: (names in the five languages, with {art} for the article(s), URL).
DAHIR_1958 = (
    (
        "الظهير الشريف رقم 1.58.376 بتاريخ 15 نونبر 1958 بتنظيم حق تأسيس الجمعيات، كما وقع تغييره بالقانون 75.00{art}",
        "Dahir n° 1-58-376 du 15 novembre 1958 réglementant le droit d'association, modifié par la loi 75-00{art}",
        "Dahir No. 1-58-376 of 15 November 1958 on the right of association, as amended by Law 75-00{art}",
        "Dahir nr. 1-58-376 van 15 november 1958 over het recht van vereniging, gewijzigd bij wet 75-00{art}",
        "Dahir n.º 1-58-376 de 15 de noviembre de 1958 sobre el derecho de asociación, modificado por la Ley 75-00{art}",
    ),
    "https://adala.justice.gov.ma/reference/html/Fr/44724.htm",
)
LAW_112_12 = (
    (
        "القانون رقم 112.12 المتعلق بالتعاونيات{art}",
        "Loi n° 112-12 relative aux coopératives{art}",
        "Law No. 112-12 on cooperatives{art}",
        "Wet nr. 112-12 over coöperaties{art}",
        "Ley n.º 112-12 sobre cooperativas{art}",
    ),
    "https://www.odco.gov.ma/",
)
LAW_114_13 = (
    (
        "القانون رقم 114.13 المتعلق بنظام المقاول الذاتي{art}",
        "Loi n° 114-13 relative au statut de l'auto-entrepreneur{art}",
        "Law No. 114-13 on the status of the auto-entrepreneur{art}",
        "Wet nr. 114-13 over het statuut van de auto-entrepreneur{art}",
        "Ley n.º 114-13 sobre el estatuto del autoemprendedor{art}",
    ),
    "https://adala.justice.gov.ma/reference/html/Fr/189596.htm",
)
ARTICLE = ("، المادة {n}", ", art. {n}", ", article {n}", ", artikel {n}", ", artículo {n}")
ARTICLES = ("، المادتان {n}", ", art. {n}", ", articles {n}", ", artikelen {n}", ", artículos {n}")
AND = (" و", " et ", " and ", " en ", " y ")


def source(law, articles=()):
    """The source's name in each language, naming the article(s) read, and its link."""
    names, url = law
    result = []
    for i, name in enumerate(names):
        if not articles:
            art = ""
        elif len(articles) == 1:
            art = ARTICLE[i].format(n=articles[0].replace(" bis", " مكرر" if i == 0 else " bis"))
        else:
            art = ARTICLES[i].format(n=AND[i].join(articles))
        result.append(name.format(art=art))
    return tuple(result), url


# (guide slug, topic, texts, source)
FACTS = [
    (
        "association",
        "suits",
        (
            "شخصان أو أكثر يضعون معارفهم أو نشاطهم بصفة دائمة رهن إشارة بعضهم لغاية غير توزيع الأرباح.",
            "Deux personnes ou plus qui mettent en commun, de façon permanente, leurs connaissances ou leur activité dans un but autre que de partager des bénéfices.",
            "Two or more people who pool their knowledge or activity on a lasting basis, for a purpose other than sharing profits.",
            "Twee of meer mensen die hun kennis of activiteit blijvend samenbrengen, met een ander doel dan winst delen.",
            "Dos o más personas que ponen en común, de forma permanente, sus conocimientos o su actividad con un fin distinto del reparto de beneficios.",
        ),
        source(DAHIR_1958, ["1"]),
    ),
    (
        "association",
        "members",
        (
            "شخصان على الأقل.",
            "Au moins deux personnes.",
            "At least two people.",
            "Minstens twee personen.",
            "Al menos dos personas.",
        ),
        source(DAHIR_1958, ["1"]),
    ),
    (
        "association",
        "income",
        (
            "لا يجوز أن يكون هدفها توزيع الأرباح بين أعضائها.",
            "Son but ne peut pas être de partager des bénéfices entre ses membres.",
            "Its purpose may not be to share profits among its members.",
            "Haar doel mag niet zijn winst onder de leden te verdelen.",
            "Su fin no puede ser repartir beneficios entre sus miembros.",
        ),
        source(DAHIR_1958, ["1"]),
    ),
    (
        "association",
        "steps",
        (
            "التصريح بالجمعية لدى السلطة الإدارية المحلية (الباشوية أو القيادة) التي يوجد بدائرتها مقرها، مباشرة أو بواسطة مفوض قضائي؛ ويُسلَّم وصل إيداع مؤقت مختوم ومؤرخ في الحين.",
            "Déclarer l'association au siège de l'autorité administrative locale (pachalik ou caïdat) du lieu de son siège, directement ou par huissier de justice ; un récépissé provisoire cacheté et daté est remis sur-le-champ.",
            "Declare the association at the local authority (pachalik or caïdat) where its seat is, in person or through a bailiff; a sealed, dated provisional receipt is handed over on the spot.",
            "De vereniging aangeven bij de lokale overheid (pachalik of caïdat) van de plaats van haar zetel, zelf of via een gerechtsdeurwaarder; er wordt meteen een voorlopig, gestempeld en gedateerd ontvangstbewijs gegeven.",
            "Declarar la asociación ante la autoridad administrativa local (pachalik o caidato) del lugar de su sede, directamente o por medio de un agente judicial; se entrega en el acto un resguardo provisional sellado y fechado.",
        ),
        source(DAHIR_1958, ["5"]),
    ),
    (
        "association",
        "delays",
        (
            "الوصل المؤقت في الحين؛ والوصل النهائي داخل أجل أقصاه 60 يوما. إذا لم يُسلَّم داخل هذا الأجل، يجوز للجمعية أن تمارس نشاطها وفق أهدافها المسطرة في قانونها الأساسي.",
            "Récépissé provisoire sur-le-champ ; récépissé définitif dans un délai maximum de 60 jours. À défaut, l'association peut exercer son activité conformément à ses statuts.",
            "Provisional receipt on the spot; final receipt within 60 days at most. Failing that, the association may carry out its activities as its statutes set out.",
            "Voorlopig ontvangstbewijs meteen; definitief ontvangstbewijs binnen hoogstens 60 dagen. Komt het er niet, dan mag de vereniging haar activiteiten volgens haar statuten uitoefenen.",
            "Resguardo provisional en el acto; resguardo definitivo en un plazo máximo de 60 días. Si no llega, la asociación puede ejercer su actividad conforme a sus estatutos.",
        ),
        source(DAHIR_1958, ["5"]),
    ),
    (
        "cooperative",
        "suits",
        (
            "أشخاص ذاتيون و/أو اعتباريون يتفقون على إحداث مقاولة تلبي حاجياتهم الاقتصادية والاجتماعية، وتُسيَّر وفق مبادئ التعاون، ومنها العضوية الطوعية والمفتوحة والتسيير الديمقراطي.",
            "Des personnes physiques et/ou morales qui se réunissent pour créer une entreprise répondant à leurs besoins économiques et sociaux, gérée selon les principes coopératifs, dont l'adhésion volontaire et ouverte et la gestion démocratique.",
            "People (and/or organisations) who join to create an enterprise meeting their own economic and social needs, run on cooperative principles such as voluntary, open membership and democratic management.",
            "Personen en/of organisaties die samen een onderneming oprichten voor hun eigen economische en sociale behoeften, geleid volgens coöperatieve beginselen zoals vrijwillig en open lidmaatschap en democratisch bestuur.",
            "Personas físicas y/o jurídicas que se unen para crear una empresa que responda a sus necesidades económicas y sociales, gestionada según los principios cooperativos, como la adhesión voluntaria y abierta y la gestión democrática.",
        ),
        source(LAW_112_12, ["1"]),
    ),
    (
        "cooperative",
        "steps",
        (
            "الحصول على موافقة مكتب تنمية التعاون على التسمية، ثم طلب التقييد في السجل المحلي للتعاونيات لدى كتابة الضبط بالمحكمة الابتدائية.",
            "Faire approuver la dénomination par l'Office du Développement de la Coopération (ODCo), puis demander l'immatriculation au registre local des coopératives, au secrétariat-greffe du tribunal de première instance.",
            "Have the name approved by the Office du Développement de la Coopération (ODCo), then apply for registration in the local register of cooperatives at the clerk's office of the court of first instance.",
            "De naam laten goedkeuren door het Office du Développement de la Coopération (ODCo) en daarna inschrijving vragen in het lokale register van coöperaties, bij de griffie van de rechtbank van eerste aanleg.",
            "Obtener la aprobación del nombre por la Oficina de Desarrollo de la Cooperación (ODCo) y luego solicitar la inscripción en el registro local de cooperativas, en la secretaría del tribunal de primera instancia.",
        ),
        source(LAW_112_12, ["7", "9"]),
    ),
    (
        "auto-entrepreneur",
        "suits",
        (
            "شخص ذاتي يزاول بصفة فردية نشاطا صناعيا أو تجاريا أو حرفيا أو يقدم خدمات، ولا يتجاوز رقم معاملاته السنوي المحصل 500.000 درهم (الصناعة والتجارة والحرف) أو 200.000 درهم (الخدمات).",
            "Une personne physique qui exerce seule une activité industrielle, commerciale, artisanale ou de services, dont le chiffre d'affaires annuel encaissé ne dépasse pas 500 000 dirhams (industrie, commerce, artisanat) ou 200 000 dirhams (services).",
            "One person working alone in industry, trade, crafts or services, whose yearly turnover collected stays within 500,000 dirhams (industry, trade, crafts) or 200,000 dirhams (services).",
            "Eén persoon die alleen werkt in industrie, handel, ambacht of diensten, met een jaarlijkse ontvangen omzet van hoogstens 500.000 dirham (industrie, handel, ambacht) of 200.000 dirham (diensten).",
            "Una persona física que ejerce sola una actividad industrial, comercial, artesanal o de servicios, cuya cifra de negocios anual cobrada no supera 500 000 dírhams (industria, comercio, artesanía) o 200 000 dírhams (servicios).",
        ),
        source(LAW_114_13, ["1"]),
    ),
    (
        "auto-entrepreneur",
        "members",
        (
            "شخص ذاتي واحد يعمل بصفة فردية.",
            "Une seule personne physique, à titre individuel.",
            "One person, working on their own.",
            "Eén persoon, als zelfstandige.",
            "Una sola persona física, a título individual.",
        ),
        source(LAW_114_13, ["1"]),
    ),
    (
        "auto-entrepreneur",
        "steps",
        (
            "التسجيل في السجل الوطني للمقاول الذاتي؛ لا حاجة إلى التسجيل في السجل التجاري.",
            "S'inscrire au registre national de l'auto-entrepreneur ; l'inscription au registre du commerce n'est pas requise.",
            "Register in the national register of auto-entrepreneurs; registration in the trade register is not required.",
            "Inschrijven in het nationale register van auto-entrepreneurs; inschrijving in het handelsregister is niet nodig.",
            "Inscribirse en el registro nacional del autoemprendedor; no es necesaria la inscripción en el registro mercantil.",
        ),
        source(LAW_114_13, ["2", "5"]),
    ),
    (
        "auto-entrepreneur",
        "obligations",
        (
            "معفى من مسك محاسبة وفق القانون 9.88؛ ويخضع لنظام جبائي خاص منصوص عليه في المدونة العامة للضرائب.",
            "Dispensé de tenir une comptabilité selon la loi 9-88 ; soumis à un régime fiscal spécifique prévu par le Code général des impôts.",
            "Exempt from keeping accounts under Law 9-88; taxed under a specific regime set by the General Tax Code.",
            "Vrijgesteld van boekhouding volgens wet 9-88; belast volgens een eigen regeling in het Algemeen Belastingwetboek.",
            "Exento de llevar contabilidad según la Ley 9-88; sujeto a un régimen fiscal específico previsto en el Código General de Impuestos.",
        ),
        source(LAW_114_13, ["2"]),
    ),
]

GUIDES = [
    {
        "slug": "association",
        "legal_form": "association",
        "title": ("جمعية", "Association", "Association", "Vereniging", "Asociación"),
        "summary": (
            "لمشروع جماعي لا يهدف إلى توزيع الأرباح.",
            "Pour un projet collectif qui ne vise pas à partager des bénéfices.",
            "For a shared project that does not aim to share profits.",
            "Voor een gezamenlijk project dat geen winst wil verdelen.",
            "Para un proyecto colectivo que no busca repartir beneficios.",
        ),
        "body": (
            "1. اتفقوا على القانون الأساسي وعلى أعضاء المكتب المسير.\n2. صرحوا بالجمعية لدى الباشوية أو القيادة التي يوجد بدائرتها مقرها، وخذوا الوصل المؤقت.\n3. انتظروا الوصل النهائي (60 يوما على الأكثر).\n4. بعد ذلك: صرحوا بكل تمويل أجنبي للأمانة العامة للحكومة داخل 30 يوما.",
            "1. Mettez-vous d'accord sur les statuts et sur les membres du bureau.\n2. Déclarez l'association au pachalik ou au caïdat du lieu de son siège et gardez le récépissé provisoire.\n3. Attendez le récépissé définitif (60 jours au plus).\n4. Ensuite : déclarez tout financement étranger au Secrétariat général du gouvernement dans les 30 jours.",
            "1. Agree on the statutes and on the members of the board.\n2. Declare the association at the pachalik or caïdat where its seat is, and keep the provisional receipt.\n3. Wait for the final receipt (60 days at most).\n4. Afterwards: declare any foreign funding to the Secrétariat Général du Gouvernement within 30 days.",
            "1. Spreek de statuten en de bestuursleden af.\n2. Geef de vereniging aan bij de pachalik of caïdat van haar zetel en bewaar het voorlopige ontvangstbewijs.\n3. Wacht op het definitieve ontvangstbewijs (hoogstens 60 dagen).\n4. Daarna: geef elke buitenlandse financiering binnen 30 dagen aan bij het Secrétariat Général du Gouvernement.",
            "1. Acordad los estatutos y los miembros de la junta directiva.\n2. Declarad la asociación en el pachalik o caidato de su sede y guardad el resguardo provisional.\n3. Esperad el resguardo definitivo (60 días como máximo).\n4. Después: declarad toda financiación extranjera a la Secretaría General del Gobierno en 30 días.",
        ),
        "help_title": (
            "نبحث عن مواكبة لتأسيس جمعيتنا",
            "Nous cherchons un accompagnement pour créer notre association",
            "Looking for accompaniment to set up our association",
            "Wij zoeken begeleiding bij het oprichten van onze vereniging",
            "Buscamos acompañamiento para crear nuestra asociación",
        ),
    },
    {
        "slug": "cooperative",
        "legal_form": "cooperative",
        "title": ("تعاونية", "Coopérative", "Cooperative", "Coöperatie", "Cooperativa"),
        "summary": (
            "لأشخاص ينشئون معا مقاولة تلبي حاجياتهم الاقتصادية والاجتماعية.",
            "Pour des personnes qui créent ensemble une entreprise au service de leurs besoins économiques et sociaux.",
            "For people who create an enterprise together to meet their economic and social needs.",
            "Voor mensen die samen een onderneming oprichten voor hun economische en sociale behoeften.",
            "Para personas que crean juntas una empresa al servicio de sus necesidades económicas y sociales.",
        ),
        "body": (
            "1. اجمعوا خمسة أعضاء مؤسسين على الأقل.\n2. اطلبوا من مكتب تنمية التعاون (ODCo) الموافقة على اسم التعاونية.\n3. اطلبوا تقييد التعاونية في السجل المحلي للتعاونيات لدى كتابة الضبط بالمحكمة الابتدائية.",
            "1. Réunissez au moins cinq membres fondateurs.\n2. Demandez à l'Office du Développement de la Coopération (ODCo) d'approuver le nom de la coopérative.\n3. Demandez l'immatriculation au registre local des coopératives, au secrétariat-greffe du tribunal de première instance.",
            "1. Bring together at least five founding members.\n2. Ask the Office du Développement de la Coopération (ODCo) to approve the cooperative's name.\n3. Apply for registration in the local register of cooperatives at the clerk's office of the court of first instance.",
            "1. Breng minstens vijf stichtende leden samen.\n2. Vraag het Office du Développement de la Coopération (ODCo) de naam van de coöperatie goed te keuren.\n3. Vraag inschrijving in het lokale register van coöperaties aan bij de griffie van de rechtbank van eerste aanleg.",
            "1. Reunid al menos cinco miembros fundadores.\n2. Pedid a la Oficina de Desarrollo de la Cooperación (ODCo) que apruebe el nombre de la cooperativa.\n3. Solicitad la inscripción en el registro local de cooperativas, en la secretaría del tribunal de primera instancia.",
        ),
        "help_title": (
            "نبحث عن مواكبة لتأسيس تعاونيتنا",
            "Nous cherchons un accompagnement pour créer notre coopérative",
            "Looking for accompaniment to set up our cooperative",
            "Wij zoeken begeleiding bij het oprichten van onze coöperatie",
            "Buscamos acompañamiento para crear nuestra cooperativa",
        ),
    },
    {
        "slug": "auto-entrepreneur",
        "legal_form": "auto-entrepreneur",
        "title": (
            "مقاول ذاتي",
            "Auto-entrepreneur",
            "Auto-entrepreneur",
            "Auto-entrepreneur",
            "Autoemprendedor",
        ),
        "summary": (
            "لشخص يعمل بمفرده في حدود سقف لرقم المعاملات.",
            "Pour une personne qui travaille seule, sous un plafond de chiffre d'affaires.",
            "For one person working alone, under a turnover ceiling.",
            "Voor één persoon die alleen werkt, onder een omzetplafond.",
            "Para una persona que trabaja sola, con un tope de cifra de negocios.",
        ),
        "body": (
            "1. تحققوا من أن نشاطكم ورقم معاملاتكم يدخلان في نظام المقاول الذاتي.\n2. سجلوا أنفسكم في السجل الوطني للمقاول الذاتي.",
            "1. Vérifiez que votre activité et votre chiffre d'affaires entrent dans le statut.\n2. Inscrivez-vous au registre national de l'auto-entrepreneur.",
            "1. Check that your activity and your turnover fit the status.\n2. Register in the national register of auto-entrepreneurs.",
            "1. Controleer of uw activiteit en uw omzet binnen het statuut vallen.\n2. Schrijf u in het nationale register van auto-entrepreneurs in.",
            "1. Comprobad que vuestra actividad y vuestra cifra de negocios encajan en el estatuto.\n2. Inscribíos en el registro nacional del autoemprendedor.",
        ),
        "help_title": (
            "أبحث عن مواكبة لبدء نشاطي كمقاول ذاتي",
            "Je cherche un accompagnement pour démarrer comme auto-entrepreneur",
            "Looking for accompaniment to start as an auto-entrepreneur",
            "Ik zoek begeleiding om te starten als auto-entrepreneur",
            "Busco acompañamiento para empezar como autoemprendedor",
        ),
    },
    {
        "slug": "company",
        "legal_form": "company",
        "title": (
            "شركة صغيرة (ش.م.م)",
            "Petite société (SARL)",
            "Small company (SARL)",
            "Kleine vennootschap (SARL)",
            "Pequeña sociedad (SARL)",
        ),
        "summary": (
            "لشريك واحد أو عدة شركاء يحدون مسؤوليتهم في حدود حصصهم.",
            "Pour un ou plusieurs associés qui limitent leur responsabilité à leurs apports.",
            "For one or more partners who limit their liability to what they put in.",
            "Voor een of meer vennoten die hun aansprakelijkheid tot hun inbreng beperken.",
            "Para uno o varios socios que limitan su responsabilidad a sus aportaciones.",
        ),
        "body": (
            "1. حددوا الشركاء وحصصهم.\n2. اطلبوا المواكبة لإتمام الإجراءات: لم يتم التحقق بعد من باقي الخطوات في هذا الدليل.",
            "1. Fixez les associés et leurs apports.\n2. Faites-vous accompagner pour les démarches : les autres étapes n'ont pas encore été vérifiées dans ce guide.",
            "1. Settle who the partners are and what each puts in.\n2. Get accompaniment for the formalities: the other steps have not been checked for this guide yet.",
            "1. Leg vast wie de vennoten zijn en wat ieder inbrengt.\n2. Laat u begeleiden bij de formaliteiten: de andere stappen zijn voor deze gids nog niet gecontroleerd.",
            "1. Fijad quiénes son los socios y sus aportaciones.\n2. Buscad acompañamiento para los trámites: los demás pasos aún no se han comprobado para esta guía.",
        ),
        "help_title": (
            "نبحث عن مواكبة لتأسيس شركتنا الصغيرة",
            "Nous cherchons un accompagnement pour créer notre petite société",
            "Looking for accompaniment to set up our small company",
            "Wij zoeken begeleiding bij het oprichten van onze kleine vennootschap",
            "Buscamos acompañamiento para crear nuestra pequeña sociedad",
        ),
    },
]

HELP_TEXT = (
    "نحن في طور التأسيس بطنجة ونبحث عن جهة تواكبنا في الإجراءات وفي الانطلاق.",
    "Nous préparons notre projet à Tanger et cherchons une structure qui nous accompagne dans les démarches et le démarrage.",
    "We are preparing our project in Tangier and are looking for an organisation to accompany us through the formalities and the start.",
    "Wij bereiden ons project in Tanger voor en zoeken een organisatie die ons begeleidt bij de formaliteiten en de start.",
    "Preparamos nuestro proyecto en Tánger y buscamos una entidad que nos acompañe en los trámites y en el arranque.",
)

# The taxonomy terms the section links to live with the other terms (directory/seed.py).
STARTER_SUPPORT = next(row for row in SECTORS if row[0] == "starter-support")
AUTO_ENTREPRENEUR = next(row for row in LEGAL_FORMS if row[0] == "auto-entrepreneur")


def _tr(field, texts):
    values = dict(zip(LANGS, texts, strict=True))
    # The untranslated column mirrors the default language (French), as modeltranslation expects.
    return {field: values["fr"], **{f"{field}_{code}": value for code, value in values.items()}}


def seed_start(Guide, Fact, Sector, LegalForm):  # noqa: N803 -- historical models, passed in by the migration
    """Create the section's starting content; what already exists (a moderator's version) is left alone."""
    slug, names = STARTER_SUPPORT
    Sector.objects.get_or_create(
        slug=slug, defaults={"position": SECTORS.index(STARTER_SUPPORT), **_tr("name", names)}
    )
    slug, names = AUTO_ENTREPRENEUR
    LegalForm.objects.get_or_create(
        slug=slug, defaults={"position": LEGAL_FORMS.index(AUTO_ENTREPRENEUR), **_tr("name", names)}
    )
    for position, spec in enumerate(GUIDES):
        guide, created = Guide.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "position": position,
                "status": "published",
                "legal_form": LegalForm.objects.filter(slug=spec["legal_form"]).first(),
                **_tr("title", spec["title"]),
                **_tr("summary", spec["summary"]),
                **_tr("body", spec["body"]),
                **_tr("help_title", spec["help_title"]),
                **_tr("help_text", HELP_TEXT),
            },
        )
        if not created:
            continue
        for n, (guide_slug, topic, texts, (names, url)) in enumerate(FACTS):
            if guide_slug == guide.slug:
                Fact.objects.create(
                    guide=guide,
                    topic=topic,
                    position=n,
                    source_url=url,
                    checked_on=CHECKED_ON,
                    **_tr("text", texts),
                    **_tr("source_name", names),
                )
