"""Sample organisations for trying the directory: invented, marked ``is_sample``, never real.

The names are plausible for Tangier's civil society but made up; e-mail addresses and websites use example.org,
and phone numbers are generated. The set covers every sector, every arrondissement of Tangier, other communes of
the prefecture and every partner country, so each page and filter has something to show. A few records wait in
the moderation queue (pending), are drafts or were rejected, so moderators have work to look at.

``load_demo_organisations`` is idempotent: records are keyed on their slug, so loading again refreshes the
sample records and never touches anything else.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from directory.demo import by_slug, initial_status, tr, translated
from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import ModerationStatus
from organisations.demo_stories import story_of
from organisations.models import Organisation


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: dict
    description: dict
    mission: dict
    legal_form: str
    sectors: tuple
    target_groups: tuple
    areas: tuple
    languages: tuple
    founded: int
    staff: int
    volunteers: int
    country: str = "morocco"
    city: str = "Tanger"
    address: str = ""
    acronym: str = ""
    coordinates: tuple | None = None
    status: str = ModerationStatus.PUBLISHED


ORGANISATIONS = [
    # --- Tangier: the four arrondissements and the city as a whole -------------------------------------------
    DemoOrganisation(
        slug="cooperative-yasmine-bni-makada",
        name=tr(
            "تعاونية الياسمين للخياطة والطرز ببني مكادة",
            "Coopérative Yasmine de couture et broderie de Bni Makada",
            en="Yasmine Sewing and Embroidery Cooperative of Bni Makada",
            nl="Naai- en borduurcoöperatie Yasmine van Bni Makada",
            es="Cooperativa Yasmine de costura y bordado de Bni Makada",
        ),
        description=tr(
            "تعاونية نسائية تضم خياطات وطرازات من حي بني مكادة، تنتج ملابس تقليدية ومفروشات وتبيعها في المعارض "
            "وعبر الطلبيات.",
            "Coopérative de femmes couturières et brodeuses de Bni Makada qui fabrique des vêtements "
            "traditionnels et du linge de maison, vendus sur les salons et sur commande.",
            en="A women's cooperative of seamstresses and embroiderers from Bni Makada making traditional "
            "clothing and household linen, sold at fairs and to order.",
            nl="Een vrouwencoöperatie van naaisters en borduursters uit Bni Makada die traditionele kleding en "
            "huishoudtextiel maakt en verkoopt op beurzen en op bestelling.",
            es="Cooperativa de mujeres costureras y bordadoras de Bni Makada que confecciona ropa tradicional y "
            "ropa de hogar, vendida en ferias y por encargo.",
        ),
        mission=tr(
            "تمكين النساء اقتصاديا من خلال عمل لائق ودخل منتظم وتكوين مستمر في الحرف.",
            "Donner aux femmes une autonomie économique grâce à un travail digne, un revenu régulier et une "
            "formation continue aux métiers.",
            en="Economic independence for women through decent work, a regular income and ongoing training in "
            "crafts.",
            nl="Economische zelfstandigheid voor vrouwen via waardig werk, een vast inkomen en doorlopende "
            "vakopleiding.",
            es="Autonomía económica de las mujeres mediante un trabajo digno, ingresos regulares y formación "
            "continua en los oficios.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "gender-equality", "employment"),
        target_groups=("women", "entrepreneurs"),
        areas=("bni-makada",),
        languages=("ar", "ary"),
        founded=2012,
        staff=2,
        volunteers=0,
        address="Rue 17, n° 8, Hay Al Massira, Bni Makada",
        coordinates=("35.757920", "-5.826410"),
    ),
    DemoOrganisation(
        slug="association-tarbiya-casabarata",
        name=tr(
            "جمعية تربية للدعم المدرسي بكاسابراطا",
            "Association Tarbiya pour le soutien scolaire à Casabarata",
            en="Tarbiya School Support Association, Casabarata",
            nl="Vereniging Tarbiya voor huiswerkbegeleiding in Casabarata",
            es="Asociación Tarbiya de refuerzo escolar en Casabarata",
        ),
        description=tr(
            "تقدم الجمعية دروس الدعم في الرياضيات واللغات لتلاميذ الابتدائي والإعدادي بعد المدرسة، مع مكتبة "
            "صغيرة وأنشطة للقراءة يوم السبت.",
            "L'association propose après l'école du soutien en mathématiques et en langues aux élèves du primaire "
            "et du collège, avec une petite bibliothèque et des ateliers de lecture le samedi.",
            en="After-school support in mathematics and languages for primary and lower-secondary pupils, with a "
            "small library and Saturday reading workshops.",
            nl="Huiswerkbegeleiding in wiskunde en talen voor leerlingen van de basisschool en de onderbouw, met "
            "een kleine bibliotheek en leesateliers op zaterdag.",
            es="Clases de apoyo en matemáticas e idiomas para alumnado de primaria y secundaria después del "
            "colegio, con una pequeña biblioteca y talleres de lectura los sábados.",
        ),
        mission=tr(
            "محاربة الهدر المدرسي وضمان حق كل طفل في النجاح الدراسي.",
            "Lutter contre le décrochage scolaire et donner à chaque enfant sa chance de réussir à l'école.",
            en="Prevent early school leaving and give every child a fair chance to succeed at school.",
            nl="Voortijdig schoolverlaten voorkomen en elk kind een eerlijke kans op schoolsucces geven.",
            es="Prevenir el abandono escolar y dar a cada niño y niña la oportunidad de tener éxito en la escuela.",
        ),
        legal_form="association",
        sectors=("education", "children"),
        target_groups=("children", "students", "families"),
        areas=("bni-makada",),
        languages=("ar", "ary", "fr"),
        founded=2009,
        staff=3,
        volunteers=22,
        address="Avenue Moulay Ali Cherif, Casabarata, Bni Makada",
        coordinates=("35.765830", "-5.817240"),
    ),
    DemoOrganisation(
        slug="association-ajial-inclusion",
        name=tr(
            "جمعية أجيال لإدماج الأطفال في وضعية إعاقة",
            "Association Ajial pour l'inclusion des enfants en situation de handicap",
            en="Ajial Association for the Inclusion of Children with Disabilities",
            nl="Vereniging Ajial voor de inclusie van kinderen met een beperking",
            es="Asociación Ajial para la inclusión de niños y niñas con discapacidad",
        ),
        description=tr(
            "مركز نهاري يستقبل أطفالا في وضعية إعاقة ذهنية وحركية، ويوفر الترويض الطبي وتقويم النطق ومرافقة "
            "الأسر في مسار الإدماج المدرسي.",
            "Centre de jour accueillant des enfants en situation de handicap mental et moteur : kinésithérapie, "
            "orthophonie et accompagnement des familles vers l'inclusion scolaire.",
            en="A day centre for children with intellectual and physical disabilities offering physiotherapy, "
            "speech therapy and support for families towards inclusive schooling.",
            nl="Een dagcentrum voor kinderen met een verstandelijke of lichamelijke beperking, met "
            "kinesitherapie, logopedie en begeleiding van gezinnen naar inclusief onderwijs.",
            es="Centro de día para niños y niñas con discapacidad intelectual y motriz: fisioterapia, logopedia "
            "y acompañamiento de las familias hacia la escolarización inclusiva.",
        ),
        mission=tr(
            "أن يجد كل طفل في وضعية إعاقة مكانه في المدرسة وفي الحي.",
            "Que chaque enfant en situation de handicap trouve sa place à l'école et dans son quartier.",
            en="Every child with a disability should find their place at school and in their neighbourhood.",
            nl="Elk kind met een beperking moet een plek vinden op school en in de eigen wijk.",
            es="Que cada niño y niña con discapacidad encuentre su lugar en la escuela y en su barrio.",
        ),
        legal_form="association",
        sectors=("disability", "children", "health"),
        target_groups=("people-with-disabilities", "children", "families"),
        areas=("charf-mghogha",),
        languages=("ar", "ary", "fr"),
        founded=2006,
        staff=9,
        volunteers=15,
        address="Lotissement Al Irfane, rue 4, Mesnana, Charf-Mghogha",
        coordinates=("35.761270", "-5.858930"),
    ),
    DemoOrganisation(
        slug="association-dar-al-moussafir",
        name=tr(
            "جمعية دار المسافر لاستقبال المهاجرين",
            "Association Dar Al Moussafir pour l'accueil des migrants",
            en="Dar Al Moussafir Association for the Welcome of Migrants",
            nl="Vereniging Dar Al Moussafir voor de opvang van migranten",
            es="Asociación Dar Al Moussafir de acogida a personas migrantes",
        ),
        description=tr(
            "تستقبل الجمعية المهاجرين القادمين من إفريقيا جنوب الصحراء، وتقدم لهم التوجيه القانوني والمواكبة "
            "الصحية ودروس الدارجة والفرنسية.",
            "L'association accueille des personnes migrantes d'Afrique subsaharienne et leur offre orientation "
            "juridique, accompagnement vers les soins et cours de darija et de français.",
            en="Welcomes migrants from sub-Saharan Africa with legal guidance, help in reaching health care and "
            "classes in Darija and French.",
            nl="Vangt migranten uit Afrika ten zuiden van de Sahara op met juridisch advies, begeleiding naar de "
            "zorg en lessen Darija en Frans.",
            es="Acoge a personas migrantes de África subsahariana con orientación jurídica, acompañamiento "
            "sanitario y clases de dariya y francés.",
        ),
        mission=tr(
            "صون كرامة المهاجرين وتيسير اندماجهم في مدينة طنجة.",
            "Défendre la dignité des personnes migrantes et faciliter leur intégration à Tanger.",
            en="Uphold the dignity of migrants and ease their integration in Tangier.",
            nl="De waardigheid van migranten beschermen en hun integratie in Tanger vergemakkelijken.",
            es="Defender la dignidad de las personas migrantes y facilitar su integración en Tánger.",
        ),
        legal_form="association",
        sectors=("migration", "rights-citizenship", "health"),
        target_groups=("migrants-refugees",),
        areas=("charf-mghogha", "tanger"),
        languages=("ar", "ary", "fr", "en"),
        founded=2014,
        staff=6,
        volunteers=30,
        address="Rue Ibn Zohr, n° 21, Charf-Mghogha",
        coordinates=("35.754410", "-5.801770"),
    ),
    DemoOrganisation(
        slug="jardins-partages-souani",
        name=tr(
            "جمعية الحدائق المشتركة بالسواني",
            "Association des Jardins partagés de Souani",
            en="Souani Shared Gardens Association",
            nl="Vereniging Gedeelde Tuinen van Souani",
            es="Asociación Huertos Compartidos de Souani",
        ),
        description=tr(
            "تحول الجمعية الأراضي المهملة إلى حدائق جماعية يزرعها السكان، وتنظم ورشات في التسميد وفرز "
            "النفايات لفائدة المدارس.",
            "L'association transforme des terrains vagues en jardins cultivés par les habitants et anime des "
            "ateliers de compostage et de tri des déchets dans les écoles.",
            en="Turns vacant plots into gardens tended by residents and runs composting and waste-sorting "
            "workshops in schools.",
            nl="Maakt van braakliggende terreinen tuinen die door bewoners worden verzorgd en geeft workshops "
            "over composteren en afval scheiden op scholen.",
            es="Convierte solares abandonados en huertos cultivados por el vecindario y organiza talleres de "
            "compostaje y separación de residuos en los colegios.",
        ),
        mission=tr(
            "إعادة الطبيعة إلى الحي وتقوية الروابط بين الجيران.",
            "Ramener la nature dans le quartier et renforcer les liens entre voisins.",
            en="Bring nature back into the neighbourhood and strengthen ties between neighbours.",
            nl="De natuur terugbrengen in de wijk en de banden tussen buren versterken.",
            es="Devolver la naturaleza al barrio y reforzar los lazos entre vecinos.",
        ),
        legal_form="association",
        sectors=("environment", "community-life"),
        target_groups=("families", "children"),
        areas=("charf-souani",),
        languages=("ar", "ary", "fr"),
        founded=2017,
        staff=1,
        volunteers=40,
        address="Rue Al Jazair, Souani, Charf-Souani",
        coordinates=("35.775630", "-5.818120"),
    ),
    DemoOrganisation(
        slug="memoire-de-la-medina",
        name=tr(
            "جمعية ذاكرة المدينة العتيقة",
            "Association Mémoire de la Médina",
            en="Medina Memory Association",
            nl="Vereniging Geheugen van de Medina",
            es="Asociación Memoria de la Medina",
        ),
        description=tr(
            "توثق الجمعية التراث المادي واللامادي للمدينة العتيقة بطنجة، وتنظم جولات تراثية يقودها شباب الحي، "
            "وتسجل شهادات كبار السن.",
            "L'association documente le patrimoine matériel et immatériel de la médina de Tanger, organise des "
            "visites guidées par des jeunes du quartier et enregistre la parole des anciens.",
            en="Documents the tangible and intangible heritage of Tangier's medina, runs walking tours guided by "
            "local young people and records the memories of older residents.",
            nl="Documenteert het materiële en immateriële erfgoed van de medina van Tanger, organiseert "
            "rondleidingen door jongeren uit de wijk en neemt verhalen van ouderen op.",
            es="Documenta el patrimonio material e inmaterial de la medina de Tánger, organiza visitas guiadas "
            "por jóvenes del barrio y graba los testimonios de las personas mayores.",
        ),
        mission=tr(
            "صون ذاكرة المدينة العتيقة ونقلها إلى الأجيال القادمة.",
            "Préserver la mémoire de la médina et la transmettre aux nouvelles générations.",
            en="Preserve the memory of the medina and hand it on to new generations.",
            nl="Het geheugen van de medina bewaren en doorgeven aan nieuwe generaties.",
            es="Preservar la memoria de la medina y transmitirla a las nuevas generaciones.",
        ),
        legal_form="association",
        sectors=("culture", "youth"),
        target_groups=("young-people", "older-people"),
        areas=("tanger-medina",),
        languages=("ar", "ary", "fr", "es", "en"),
        founded=2011,
        staff=2,
        volunteers=18,
        address="Derb Ben Abbou, n° 5, Médina, Tanger-Médina",
        coordinates=("35.787410", "-5.812870"),
    ),
    DemoOrganisation(
        slug="etoile-sportive-dradeb",
        name=tr("جمعية نجم درادب الرياضية", "Étoile sportive de Dradeb"),
        description=tr(
            "نادي حي يؤطر أكثر من مئتي طفل وشاب في كرة القدم وألعاب القوى، مع حصص للدعم المدرسي قبل التداريب.",
            "Club de quartier qui encadre plus de deux cents enfants et jeunes en football et en athlétisme, avec "
            "du soutien scolaire avant les entraînements.",
        ),
        mission=tr(
            "الرياضة وسيلة لإبعاد الشباب عن الشارع وترسيخ روح الفريق.",
            "Faire du sport un moyen d'éloigner les jeunes de la rue et de cultiver l'esprit d'équipe.",
        ),
        legal_form="association",
        sectors=("sport", "youth", "children"),
        target_groups=("children", "young-people"),
        areas=("tanger-medina",),
        languages=("ar", "ary"),
        founded=1998,
        staff=1,
        volunteers=14,
        address="Terrain de proximité de Dradeb, Tanger-Médina",
        coordinates=("35.783920", "-5.834810"),
    ),
    DemoOrganisation(
        slug="chabab-bni-makada-citoyennete",
        name=tr("جمعية شباب بني مكادة للمواطنة", "Association Chabab Bni Makada pour la citoyenneté"),
        description=tr(
            "فضاء للشباب يقدم ورشات في المواطنة والحوار والتطوع، ويواكب الشباب في إعداد مشاريعهم الأولى وفي "
            "البحث عن الشغل.",
            "Un espace pour les jeunes : ateliers de citoyenneté, de débat et de bénévolat, et accompagnement "
            "dans les premiers projets et la recherche d'emploi.",
        ),
        mission=tr(
            "جعل الشباب فاعلين في حيهم ومدينتهم.",
            "Faire des jeunes des acteurs de leur quartier et de leur ville.",
        ),
        legal_form="association",
        sectors=("youth", "rights-citizenship", "employment"),
        target_groups=("young-people", "unemployed-people"),
        areas=("bni-makada",),
        languages=("ar", "ary", "fr"),
        founded=2013,
        staff=2,
        volunteers=35,
        address="Hay Bir Chifa, rue 62, Bni Makada",
        coordinates=("35.748810", "-5.833150"),
    ),
    DemoOrganisation(
        slug="dar-al-hanane-personnes-agees",
        name=tr(
            "جمعية دار الحنان لرعاية المسنين",
            "Association Dar Al Hanane pour les personnes âgées",
            en="Dar Al Hanane Association for Older People",
            nl="Vereniging Dar Al Hanane voor ouderen",
            es="Asociación Dar Al Hanane para personas mayores",
        ),
        description=tr(
            "تنظم الجمعية زيارات منزلية للمسنين الذين يعيشون وحدهم، وتوفر لهم وجبات ساخنة وفحوصات طبية دورية "
            "وأنشطة ترفيهية أسبوعية.",
            "L'association rend visite à domicile aux personnes âgées isolées, leur apporte des repas chauds, "
            "organise des bilans de santé réguliers et des après-midi conviviaux chaque semaine.",
            en="Visits isolated older people at home, brings hot meals, organises regular health check-ups and "
            "weekly social afternoons.",
            nl="Bezoekt alleenstaande ouderen thuis, brengt warme maaltijden, organiseert regelmatige "
            "gezondheidscontroles en wekelijkse gezellige middagen.",
            es="Visita a domicilio a personas mayores que viven solas, lleva comidas calientes, organiza "
            "revisiones médicas periódicas y tardes de convivencia semanales.",
        ),
        mission=tr(
            "ألا يبقى أي مسن وحيدا أو دون رعاية.",
            "Qu'aucune personne âgée ne reste seule ni sans soins.",
            en="No older person should be left alone or without care.",
            nl="Geen enkele oudere mag alleen of zonder zorg blijven.",
            es="Que ninguna persona mayor se quede sola ni sin cuidados.",
        ),
        legal_form="association",
        sectors=("elderly", "health"),
        target_groups=("older-people",),
        areas=("charf-souani",),
        languages=("ar", "ary", "fr", "es"),
        founded=2004,
        staff=5,
        volunteers=26,
        address="Rue de Hollande, n° 40, Charf-Souani",
        coordinates=("35.778840", "-5.816540"),
    ),
    DemoOrganisation(
        slug="code-tanja",
        name=tr(
            "مقاولة كود طنجة الاجتماعية",
            "Code Tanja, entreprise sociale",
            en="Code Tanja social enterprise",
            nl="Code Tanja, sociale onderneming",
            es="Code Tanja, empresa social",
        ),
        description=tr(
            "تكون المقاولة شبابا عاطلين عن العمل في البرمجة وتطوير المواقع خلال ستة أشهر، وتربطهم بشركات "
            "المنطقة الحرة من أجل التدريب والتشغيل.",
            "Cette entreprise sociale forme en six mois des jeunes sans emploi à la programmation et au "
            "développement web, et les met en relation avec les entreprises de la zone franche pour des stages "
            "et des embauches.",
            en="Trains unemployed young people in programming and web development over six months and connects "
            "them with free-zone companies for internships and jobs.",
            nl="Leidt werkloze jongeren in zes maanden op tot programmeur en webontwikkelaar en brengt hen in "
            "contact met bedrijven in de vrije zone voor stages en banen.",
            es="Forma en seis meses a jóvenes desempleados en programación y desarrollo web y los pone en "
            "contacto con empresas de la zona franca para prácticas y empleo.",
        ),
        mission=tr(
            "فتح مهن الرقميات أمام شباب الأحياء الشعبية.",
            "Ouvrir les métiers du numérique aux jeunes des quartiers populaires.",
            en="Open up digital careers to young people from working-class neighbourhoods.",
            nl="Digitale beroepen toegankelijk maken voor jongeren uit volkswijken.",
            es="Abrir los oficios digitales a la juventud de los barrios populares.",
        ),
        legal_form="social-enterprise",
        sectors=("digital-inclusion", "youth", "employment"),
        target_groups=("young-people", "unemployed-people"),
        areas=("charf-souani", "tanger"),
        languages=("ar", "ary", "fr", "en"),
        founded=2019,
        staff=7,
        volunteers=5,
        acronym="CT",
        address="Boulevard Mohammed V, immeuble 12, 3e étage, Charf-Souani",
        coordinates=("35.771420", "-5.811970"),
    ),
    DemoOrganisation(
        slug="sakan-karim-habitat",
        name=tr("جمعية سكن كريم لتحسين السكن", "Association Sakan Karim pour l'amélioration de l'habitat"),
        description=tr(
            "تساعد الجمعية الأسر ذات الدخل المحدود على ترميم منازلها وإصلاح الأسطح والربط بشبكتي الماء والكهرباء، "
            "بمشاركة حرفيين متطوعين.",
            "L'association aide les familles modestes à rénover leur logement — toitures, raccordement à l'eau et "
            "à l'électricité — avec des artisans bénévoles.",
        ),
        mission=tr("الحق في سكن لائق وآمن لكل أسرة.", "Un logement digne et sûr pour chaque famille."),
        legal_form="association",
        sectors=("housing", "poverty-relief", "community-life"),
        target_groups=("families",),
        areas=("bni-makada",),
        languages=("ar", "ary"),
        founded=2015,
        staff=2,
        volunteers=12,
        address="Hay Beni Touzine, rue 9, Bni Makada",
    ),
    DemoOrganisation(
        slug="sanad-solidarite-sociale",
        name=tr("جمعية سند للتضامن الاجتماعي", "Association Sanad de solidarité sociale"),
        description=tr(
            "توزع الجمعية قففا غذائية شهرية على الأسر المعوزة، وتدير مطعما تضامنيا خلال شهر رمضان وفصل الشتاء.",
            "L'association distribue chaque mois des paniers alimentaires aux familles démunies et tient un "
            "restaurant solidaire pendant le Ramadan et l'hiver.",
        ),
        mission=tr(
            "التخفيف من الهشاشة بكرامة وقرب.",
            "Soulager la précarité avec dignité et proximité.",
        ),
        legal_form="association",
        sectors=("poverty-relief", "elderly"),
        target_groups=("families", "older-people"),
        areas=("tanger-medina",),
        languages=("ar", "ary"),
        founded=2001,
        staff=3,
        volunteers=60,
        address="Rue Siaghine, n° 33, Tanger-Médina",
        coordinates=("35.785220", "-5.810690"),
    ),
    DemoOrganisation(
        slug="amal-sante-mere-enfant",
        name=tr("جمعية أمل لصحة الأم والطفل", "Association Amal pour la santé de la mère et de l'enfant"),
        description=tr(
            "تنظم الجمعية قوافل طبية وحملات للتوعية بتتبع الحمل والتلقيح والرضاعة الطبيعية في الأحياء الهامشية.",
            "Caravanes médicales et campagnes de sensibilisation au suivi de grossesse, à la vaccination et à "
            "l'allaitement dans les quartiers périphériques.",
        ),
        mission=tr(
            "تقليص وفيات الأمهات والرضع عبر الوقاية والتوعية.",
            "Réduire la mortalité maternelle et infantile par la prévention et l'information.",
        ),
        legal_form="association",
        sectors=("health", "gender-equality", "children"),
        target_groups=("women", "children", "families"),
        areas=("bni-makada", "charf-mghogha"),
        languages=("ar", "ary", "fr"),
        founded=2008,
        staff=4,
        volunteers=20,
        address="Avenue Al Kifah, Hay Al Mers, Bni Makada",
        coordinates=("35.752360", "-5.821050"),
    ),
    DemoOrganisation(
        slug="centre-mourafaka-ecoute-femmes",
        name=tr(
            "مركز المرافقة للاستماع للنساء ضحايا العنف",
            "Centre Mourafaka d'écoute des femmes victimes de violence",
        ),
        description=tr(
            "يقدم المركز الاستماع والدعم النفسي والتوجيه القانوني للنساء ضحايا العنف، ويرافقهن إلى المحاكم "
            "والمستشفيات.",
            "Le centre offre écoute, soutien psychologique et orientation juridique aux femmes victimes de "
            "violence, et les accompagne au tribunal et à l'hôpital.",
        ),
        mission=tr(
            "حماية النساء من العنف والدفاع عن حقوقهن.",
            "Protéger les femmes contre la violence et défendre leurs droits.",
        ),
        legal_form="association",
        sectors=("gender-equality", "rights-citizenship"),
        target_groups=("women",),
        areas=("charf-mghogha", "tanger"),
        languages=("ar", "ary", "fr"),
        founded=2010,
        staff=5,
        volunteers=8,
        address="Rue Oued Sebou, n° 14, Charf-Mghogha",
        coordinates=("35.759140", "-5.795320"),
    ),
    DemoOrganisation(
        slug="enfants-du-port",
        name=tr(
            "جمعية أطفال الميناء لحماية الطفولة",
            "Association Enfants du Port pour la protection de l'enfance",
        ),
        description=tr(
            "يلتقي مربو الشارع بالأطفال الذين يعيشون قرب الميناء، ويوفرون لهم الإيواء المؤقت والعلاج، ويعملون على "
            "إعادتهم إلى أسرهم أو إلى المدرسة.",
            "Des éducateurs de rue vont à la rencontre des enfants qui vivent près du port, leur offrent un "
            "hébergement temporaire et des soins, et travaillent à leur retour en famille ou à l'école.",
        ),
        mission=tr(
            "إخراج كل طفل من الشارع نحو حياة آمنة.",
            "Sortir chaque enfant de la rue vers une vie en sécurité.",
        ),
        legal_form="association",
        sectors=("children", "rights-citizenship"),
        target_groups=("children-in-street-situations", "children"),
        areas=("tanger-medina",),
        languages=("ar", "ary", "fr", "es"),
        founded=2003,
        staff=11,
        volunteers=16,
        address="Rue du Portugal, n° 7, Tanger-Médina",
        coordinates=("35.786150", "-5.806320"),
    ),
    DemoOrganisation(
        slug="federation-associations-quartier-tanger",
        name=tr("اتحاد جمعيات الأحياء بطنجة", "Fédération des associations de quartier de Tanger"),
        description=tr(
            "يجمع الاتحاد أكثر من أربعين جمعية حي، وينسق مبادراتها ويمثلها أمام الجماعة، ويقدم لها تكوينات في "
            "التسيير والمحاسبة.",
            "La fédération réunit plus de quarante associations de quartier, coordonne leurs initiatives, les "
            "représente auprès de la commune et les forme à la gestion et à la comptabilité.",
        ),
        mission=tr(
            "تقوية العمل الجمعوي المحلي وإسماع صوت الأحياء.",
            "Renforcer le tissu associatif local et faire entendre la voix des quartiers.",
        ),
        legal_form="federation",
        sectors=("community-life", "rights-citizenship"),
        target_groups=("families", "young-people"),
        areas=("tanger",),
        languages=("ar", "ary", "fr"),
        founded=2007,
        staff=3,
        volunteers=10,
        acronym="FAQT",
        address="Maison des associations, avenue Hassan II, Tanger",
        coordinates=("35.768420", "-5.824700"),
    ),
    DemoOrganisation(
        slug="cooperative-bnat-souani",
        name=tr("تعاونية بنات السواني للمنتجات الغذائية", "Coopérative Bnat Souani de produits alimentaires"),
        description=tr(
            "تعاونية نسائية تنتج الكسكس اليدوي والحلويات التقليدية وأوراق البسطيلة، وتبيعها للمقاهي والفنادق "
            "وللأفراد.",
            "Coopérative de femmes qui produit du couscous roulé à la main, des pâtisseries traditionnelles et "
            "des feuilles de pastilla, vendus aux cafés, aux hôtels et aux particuliers.",
        ),
        mission=tr(
            "خلق دخل قار للنساء وتثمين المطبخ الطنجاوي.",
            "Créer un revenu stable pour les femmes et valoriser la cuisine tangéroise.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "gender-equality"),
        target_groups=("women", "entrepreneurs"),
        areas=("charf-souani",),
        languages=("ar", "ary"),
        founded=2016,
        staff=12,
        volunteers=0,
        address="Souk Souani, local 3, Charf-Souani",
        coordinates=("35.776910", "-5.820450"),
    ),
    DemoOrganisation(
        slug="tanja-jeunes-entrepreneurs",
        name=tr("جمعية طنجة للمقاولين الشباب", "Association Tanja Jeunes Entrepreneurs"),
        description=tr(
            "تواكب الجمعية حاملي المشاريع الشباب من الفكرة إلى إحداث المقاولة: تكوين وإرشاد وربط بمؤسسات التمويل.",
            "L'association accompagne les jeunes porteurs de projets de l'idée à la création d'entreprise : "
            "formation, mentorat et mise en relation avec les organismes de financement.",
        ),
        mission=tr(
            "تحويل أفكار الشباب إلى مقاولات ومناصب شغل.",
            "Transformer les idées des jeunes en entreprises et en emplois.",
        ),
        legal_form="association",
        sectors=("employment", "social-economy", "youth", "starter-support"),
        target_groups=("entrepreneurs", "unemployed-people", "young-people"),
        areas=("charf-mghogha", "tanger"),
        languages=("ar", "fr", "en"),
        founded=2018,
        staff=4,
        volunteers=25,
        acronym="TJE",
        address="Technopole, bureau 5, route de Rabat, Charf-Mghogha",
        coordinates=("35.744960", "-5.807230"),
    ),
    DemoOrganisation(
        slug="troupe-theatre-marshan",
        name=tr("فرقة مسرح المرشان", "Troupe de théâtre du Marshan"),
        description=tr(
            "فرقة مسرحية للهواة تقدم عروضا بالدارجة في الساحات والمدارس، وتنظم ورشات في التعبير الجسدي والكتابة "
            "المسرحية لفائدة الشباب.",
            "Troupe amateur qui joue en darija sur les places et dans les écoles, et anime des ateliers "
            "d'expression corporelle et d'écriture théâtrale pour les jeunes.",
        ),
        mission=tr(
            "جعل المسرح في متناول الجميع وفضاء للحوار.",
            "Rendre le théâtre accessible à tous et en faire un lieu de dialogue.",
        ),
        legal_form="association",
        sectors=("culture", "youth"),
        target_groups=("young-people", "students"),
        areas=("tanger-medina",),
        languages=("ar", "ary", "fr"),
        founded=2010,
        staff=0,
        volunteers=21,
        address="Rue Assad Ibn Fourat, Marshan, Tanger-Médina",
        coordinates=("35.789210", "-5.823940"),
    ),
    DemoOrganisation(
        slug="handball-feminin-mghogha",
        name=tr("جمعية مغوغة لكرة اليد النسوية", "Association de handball féminin de Mghogha"),
        description=tr(
            "تشجع الجمعية الفتيات على ممارسة كرة اليد، وتشارك فرقها في البطولات الجهوية، وتتابع المسار الدراسي "
            "للاعبات.",
            "L'association encourage les filles à pratiquer le handball, engage ses équipes dans les "
            "championnats régionaux et suit la scolarité des joueuses.",
        ),
        mission=tr(
            "تكافؤ الفرص بين الفتيات والفتيان في الرياضة.",
            "L'égalité des chances entre filles et garçons dans le sport.",
        ),
        legal_form="association",
        sectors=("sport", "gender-equality", "youth"),
        target_groups=("young-people", "women", "students"),
        areas=("charf-mghogha",),
        languages=("ar", "ary"),
        founded=2015,
        staff=1,
        volunteers=9,
        address="Salle couverte de Mghogha, Charf-Mghogha",
        coordinates=("35.750880", "-5.789640"),
    ),
    DemoOrganisation(
        slug="association-nour-alphabetisation",
        name=tr("جمعية النور لمحو الأمية", "Association Nour pour l'alphabétisation"),
        description=tr(
            "تنظم الجمعية أقساما لمحو الأمية والتربية غير النظامية لفائدة النساء، مع دروس في الحساب والصحة "
            "والحقوق.",
            "Cours d'alphabétisation et d'éducation non formelle pour les femmes, avec des modules de calcul, de "
            "santé et de droits.",
        ),
        mission=tr(
            "القراءة والكتابة مفتاح استقلالية المرأة.",
            "Lire et écrire, clé de l'autonomie des femmes.",
        ),
        legal_form="association",
        sectors=("education", "gender-equality"),
        target_groups=("women",),
        areas=("charf-souani",),
        languages=("ar", "ary", "zgh"),
        founded=2002,
        staff=2,
        volunteers=11,
        address="Hay Mesallah, rue 3, Charf-Souani",
        coordinates=("35.768140", "-5.830920"),
    ),
    DemoOrganisation(
        slug="collectif-voisins-beni-touzine",
        name=tr("مجموعة جيران بني توزين", "Collectif des voisins de Beni Touzine"),
        description=tr(
            "مجموعة من السكان تنظم حملات للنظافة والتشجير، وتحتفل بالمناسبات في الحي، وتتواصل مع السلطات بشأن "
            "الإنارة والطرق.",
            "Un groupe d'habitants qui organise des journées de nettoyage et de plantation, fête les occasions "
            "du quartier et interpelle les autorités sur l'éclairage et la voirie.",
        ),
        mission=tr("حي نظيف وآمن ومتضامن.", "Un quartier propre, sûr et solidaire."),
        legal_form="informal-group",
        sectors=("community-life", "environment"),
        target_groups=("families",),
        areas=("bni-makada",),
        languages=("ar", "ary"),
        founded=2023,
        staff=0,
        volunteers=15,
        status=ModerationStatus.PENDING,
    ),
    DemoOrganisation(
        slug="soutien-personnes-autistes-tanger",
        name=tr(
            "جمعية طنجة لدعم الأشخاص المصابين بالتوحد",
            "Association tangéroise de soutien aux personnes autistes",
            en="Tangier Association Supporting Autistic People",
            nl="Tangerse vereniging ter ondersteuning van mensen met autisme",
            es="Asociación tangerina de apoyo a las personas autistas",
        ),
        description=tr(
            "تدير الجمعية أقساما مدمجة في مدارس عمومية، وتكون المرافقين المدرسيين، وتنظم مجموعات للدعم لفائدة "
            "آباء وأمهات الأطفال التوحديين.",
            "L'association gère des classes intégrées dans des écoles publiques, forme des auxiliaires de vie "
            "scolaire et anime des groupes de parole pour les parents d'enfants autistes.",
            en="Runs integrated classes in state schools, trains classroom assistants and hosts support groups "
            "for parents of autistic children.",
            nl="Beheert inclusieve klassen in openbare scholen, leidt klassenassistenten op en organiseert "
            "praatgroepen voor ouders van kinderen met autisme.",
            es="Gestiona aulas integradas en escuelas públicas, forma a auxiliares escolares y organiza grupos "
            "de apoyo para madres y padres de niños autistas.",
        ),
        mission=tr(
            "الاعتراف بالتوحد وضمان الحق في التمدرس والرعاية.",
            "Faire reconnaître l'autisme et garantir le droit à l'école et aux soins.",
            en="Gain recognition for autism and guarantee the right to schooling and care.",
            nl="Erkenning van autisme en het recht op onderwijs en zorg waarborgen.",
            es="Lograr el reconocimiento del autismo y garantizar el derecho a la escolarización y a la atención.",
        ),
        legal_form="association",
        sectors=("disability", "education", "health"),
        target_groups=("people-with-disabilities", "children", "families"),
        areas=("tanger",),
        languages=("ar", "ary", "fr"),
        founded=2012,
        staff=14,
        volunteers=20,
        acronym="ATSPA",
        address="Rue Moussa Ibn Noussair, n° 19, Tanger",
        coordinates=("35.772860", "-5.806140"),
    ),
    DemoOrganisation(
        slug="clic-seniors",
        name=tr(
            "جمعية نقرة لتعليم المسنين المعلوميات", "Association Clic Seniors pour l'initiation numérique"
        ),
        description=tr(
            "ورشات صغيرة يتعلم فيها المسنون استعمال الهاتف الذكي والخدمات الإدارية عبر الإنترنت والتواصل بالفيديو "
            "مع أبنائهم في المهجر.",
            "Petits ateliers où les aînés apprennent à utiliser le smartphone, les démarches administratives en "
            "ligne et les appels vidéo avec leurs enfants à l'étranger.",
        ),
        mission=tr(
            "ألا يقصى أحد من الخدمات الرقمية بسبب سنه.",
            "Que personne ne soit exclu des services numériques à cause de son âge.",
        ),
        legal_form="association",
        sectors=("digital-inclusion", "elderly"),
        target_groups=("older-people",),
        areas=("charf-souani",),
        languages=("ar", "ary", "fr"),
        founded=2024,
        staff=0,
        volunteers=6,
        status=ModerationStatus.DRAFT,
    ),
    DemoOrganisation(
        slug="centre-communal-orientation-jeunes",
        name=tr(
            "المركز الجماعي لاستقبال وتوجيه الشباب", "Centre communal d'accueil et d'orientation des jeunes"
        ),
        description=tr(
            "مرفق عمومي تابع للجماعة، يقدم التوجيه الدراسي والمهني والاستماع والأنشطة الثقافية للشباب من 15 إلى "
            "30 سنة.",
            "Service public communal offrant orientation scolaire et professionnelle, écoute et activités "
            "culturelles aux jeunes de 15 à 30 ans.",
        ),
        mission=tr(
            "مرافقة الشباب في اختياراتهم الدراسية والمهنية.",
            "Accompagner les jeunes dans leurs choix d'études et de métier.",
        ),
        legal_form="public-body",
        sectors=("youth", "education", "employment"),
        target_groups=("young-people", "students"),
        areas=("tanger",),
        languages=("ar", "fr"),
        founded=2005,
        staff=8,
        volunteers=0,
        address="Place des Nations, Tanger",
        coordinates=("35.773910", "-5.809860"),
    ),
    DemoOrganisation(
        slug="plastique-utile",
        name=tr("مقاولة بلاستيك نافع لإعادة التدوير", "Plastique Utile, entreprise sociale de recyclage"),
        description=tr(
            "تجمع المقاولة النفايات البلاستيكية من الأحياء بتعاون مع جامعي النفايات غير المهيكلين، وتحولها إلى "
            "ألواح وأثاث حضري، وتشغل شبابا من الحي.",
            "L'entreprise collecte les déchets plastiques des quartiers avec les récupérateurs informels, les "
            "transforme en plaques et en mobilier urbain et emploie des jeunes du quartier.",
        ),
        mission=tr(
            "اقتصاد دائري يخلق فرص الشغل ويحمي البيئة.",
            "Une économie circulaire qui crée des emplois et protège l'environnement.",
        ),
        legal_form="social-enterprise",
        sectors=("environment", "social-economy", "employment"),
        target_groups=("young-people", "unemployed-people"),
        areas=("bni-makada",),
        languages=("ar", "ary", "fr"),
        founded=2020,
        staff=9,
        volunteers=3,
        address="Zone d'activités de Bni Makada, lot 22",
        coordinates=("35.746330", "-5.840190"),
    ),
    DemoOrganisation(
        slug="fondation-banque-alimentaire-tanja",
        name=tr("مؤسسة طنجة للبنك الغذائي", "Fondation Banque alimentaire de Tanja"),
        description=tr(
            "تجمع المؤسسة فائض المواد الغذائية من الأسواق الممتازة والمصانع، وتوزعه على الجمعيات الشريكة التي "
            "تخدم الأسر المعوزة.",
            "La fondation récupère les surplus alimentaires des supermarchés et des usines et les redistribue aux "
            "associations partenaires qui servent les familles démunies.",
        ),
        mission=tr(
            "محاربة هدر الطعام والجوع في آن واحد.",
            "Lutter à la fois contre le gaspillage alimentaire et contre la faim.",
        ),
        legal_form="foundation",
        sectors=("poverty-relief", "environment"),
        target_groups=("families", "older-people"),
        areas=("tanger", "prefecture-tanger-assilah"),
        languages=("ar", "fr", "es"),
        founded=2016,
        staff=10,
        volunteers=120,
        address="Entrepôt 4, zone industrielle Mghogha, Charf-Mghogha",
        coordinates=("35.747580", "-5.783920"),
    ),
    DemoOrganisation(
        slug="diyar-medina-habitat-ancien",
        name=tr(
            "جمعية ديار المدينة للحفاظ على المساكن العتيقة",
            "Association Diyar Medina pour la sauvegarde de l'habitat ancien",
        ),
        description=tr(
            "تحصي الجمعية المنازل الآيلة للسقوط في المدينة العتيقة، وتترافع من أجل ترميمها، وتدافع عن حق الأسر "
            "في البقاء في حيها.",
            "L'association recense les maisons menaçant ruine dans la médina, plaide pour leur restauration et "
            "défend le droit des familles à rester dans leur quartier.",
        ),
        mission=tr(
            "ترميم دون تهجير: سكن آمن في قلب المدينة العتيقة.",
            "Restaurer sans déplacer : un habitat sûr au cœur de la médina.",
        ),
        legal_form="association",
        sectors=("housing", "culture", "rights-citizenship"),
        target_groups=("families", "older-people"),
        areas=("tanger-medina",),
        languages=("ar", "ary", "fr", "es"),
        founded=2014,
        staff=2,
        volunteers=9,
        address="Rue Dar Baroud, n° 2, Médina, Tanger-Médina",
        coordinates=("35.788630", "-5.809540"),
    ),
    DemoOrganisation(
        slug="amateurs-musique-andalouse-tanger",
        name=tr(
            "جمعية هواة الموسيقى الأندلسية بطنجة", "Association des amateurs de musique andalouse de Tanger"
        ),
        description=tr(
            "معهد صغير يلقن الأطفال والشباب الموسيقى الأندلسية والطرب الغرناطي، وينظم أمسيات شهرية مفتوحة للعموم.",
            "Une petite école qui enseigne la musique andalouse et le gharnati aux enfants et aux jeunes, et "
            "organise des soirées mensuelles ouvertes au public.",
        ),
        mission=tr(
            "نقل تراث الآلة إلى الأجيال الصاعدة.",
            "Transmettre le patrimoine de la musique andalouse aux jeunes générations.",
        ),
        legal_form="association",
        sectors=("culture", "children"),
        target_groups=("children", "young-people"),
        areas=("tanger-medina",),
        languages=("ar", "fr"),
        founded=1995,
        staff=3,
        volunteers=7,
        address="Rue Ibn Khaldoun, n° 11, Tanger-Médina",
        coordinates=("35.782750", "-5.815330"),
    ),
    DemoOrganisation(
        slug="fursa-deuxieme-chance",
        name=tr("جمعية فرصة للتعليم الاستدراكي", "Association Fursa pour la deuxième chance scolaire"),
        description=tr(
            "تستقبل الجمعية الشباب المنقطعين عن الدراسة، وتقدم لهم تعليما استدراكيا وتكوينا مهنيا أوليا في "
            "الكهرباء والطبخ والحلاقة.",
            "L'association accueille des jeunes sortis de l'école sans diplôme et leur propose une remise à "
            "niveau et une première formation professionnelle en électricité, cuisine et coiffure.",
        ),
        mission=tr(
            "لكل شاب فرصة ثانية للتعلم والشغل.",
            "Une deuxième chance d'apprendre et de travailler pour chaque jeune.",
        ),
        legal_form="association",
        sectors=("education", "youth", "employment"),
        target_groups=("young-people", "unemployed-people", "students"),
        areas=("bni-makada", "charf-mghogha"),
        languages=("ar", "ary", "fr"),
        founded=2011,
        staff=8,
        volunteers=12,
        address="Hay Al Boughaz, rue 40, Bni Makada",
        coordinates=("35.760570", "-5.837780"),
    ),
    DemoOrganisation(
        slug="cooperative-rahma-aide-domicile",
        name=tr("تعاونية رحمة للمساعدة المنزلية", "Coopérative Rahma d'aide à domicile"),
        description=tr(
            "تعاونية تضم مساعدات منزليات مكونات في رعاية المسنين والأشخاص في وضعية إعاقة، بعقود وأجور عادلة.",
            "Coopérative d'aides à domicile formées à l'accompagnement des personnes âgées et des personnes "
            "handicapées, avec contrats et salaires équitables.",
        ),
        mission=tr(
            "رعاية جيدة للمسنين وعمل لائق للمساعدات.",
            "Des soins de qualité pour les aînés et un travail digne pour les aidantes.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "elderly", "employment"),
        target_groups=("women", "older-people", "people-with-disabilities"),
        areas=("charf-souani", "tanger-medina"),
        languages=("ar", "ary", "es"),
        founded=2021,
        staff=15,
        volunteers=0,
        address="Rue Al Moutanabbi, n° 6, Charf-Souani",
        coordinates=("35.779560", "-5.825460"),
    ),
    DemoOrganisation(
        slug="collectif-tanja-a-velo",
        name=tr("مجموعة طنجة على الدراجة", "Collectif Tanja à vélo"),
        description=tr(
            "مجموعة من المتطوعين تنظم خرجات جماعية على الدراجة وورشات مجانية للإصلاح، وتطالب بمسالك آمنة "
            "للدراجات في المدينة.",
            "Des bénévoles qui organisent des sorties collectives à vélo et des ateliers de réparation gratuits, "
            "et réclament des pistes cyclables sûres en ville.",
        ),
        mission=tr(
            "مدينة تتسع للدراجات وللمشاة.", "Une ville qui fait de la place aux vélos et aux piétons."
        ),
        legal_form="informal-group",
        sectors=("sport", "environment"),
        target_groups=("young-people",),
        areas=("tanger",),
        languages=("ar", "fr", "es", "en"),
        founded=2022,
        staff=0,
        volunteers=30,
        status=ModerationStatus.PENDING,
    ),
    DemoOrganisation(
        slug="espace-salam-femmes-migrantes",
        name=tr("فضاء سلام للنساء المهاجرات", "Espace Salam pour les femmes migrantes"),
        description=tr(
            "فضاء آمن يستقبل النساء المهاجرات وأطفالهن، ويقدم العلاجات الأولية والدعم النفسي وورشات في الخياطة "
            "والطبخ.",
            "Un lieu sûr qui accueille les femmes migrantes et leurs enfants : soins de premier recours, soutien "
            "psychologique, ateliers de couture et de cuisine.",
        ),
        mission=tr(
            "حماية النساء المهاجرات ومرافقتهن نحو الاستقلالية.",
            "Protéger les femmes migrantes et les accompagner vers l'autonomie.",
        ),
        legal_form="association",
        sectors=("migration", "gender-equality", "health"),
        target_groups=("migrants-refugees", "women", "children"),
        areas=("bni-makada",),
        languages=("ar", "fr", "en"),
        founded=2017,
        staff=5,
        volunteers=14,
        address="Rue 88, n° 3, Hay Al Harraq, Bni Makada",
        coordinates=("35.755870", "-5.846260"),
    ),
    DemoOrganisation(
        slug="voix-des-jeunes-democratie-participative",
        name=tr(
            "جمعية صوت الشباب للديمقراطية التشاركية",
            "Association Voix des jeunes pour la démocratie participative",
        ),
        description=tr(
            "تكون الجمعية الشباب على آليات الديمقراطية التشاركية وتقديم العرائض، وتتابع ميزانية الجماعة وتنشر "
            "تقارير مبسطة عنها.",
            "L'association forme les jeunes à la démocratie participative et au droit de pétition, suit le budget "
            "communal et en publie des synthèses accessibles.",
        ),
        mission=tr("مشاركة الشباب في القرار المحلي.", "Faire participer les jeunes aux décisions locales."),
        legal_form="association",
        sectors=("rights-citizenship", "youth"),
        target_groups=("young-people", "students"),
        areas=("tanger-medina", "tanger"),
        languages=("ar", "fr"),
        founded=2016,
        staff=1,
        volunteers=24,
        address="Rue Sidi Bouabid, n° 25, Tanger-Médina",
        coordinates=("35.784470", "-5.817580"),
    ),
    DemoOrganisation(
        slug="tanja-digital-lab",
        name=tr("شركة طنجة ديجيتال لاب", "Tanja Digital Lab SARL"),
        description=tr(
            "شركة صغيرة تقدم تكوينات مؤدى عنها في المعلوميات، وتخصص حصصا مجانية لتلاميذ الأحياء الشعبية في إطار "
            "مسؤوليتها الاجتماعية.",
            "Petite entreprise de formation informatique qui réserve des sessions gratuites aux élèves des "
            "quartiers populaires au titre de sa responsabilité sociale.",
        ),
        mission=tr(
            "تقريب المهارات الرقمية من الجميع.",
            "Rendre les compétences numériques accessibles à tous.",
        ),
        legal_form="company",
        sectors=("digital-inclusion", "education"),
        target_groups=("students",),
        areas=("charf-mghogha",),
        languages=("ar", "fr", "en"),
        founded=2021,
        staff=6,
        volunteers=0,
        status=ModerationStatus.PENDING,
    ),
    # --- Other communes of the Tanger-Assilah prefecture ----------------------------------------------------
    DemoOrganisation(
        slug="cooperative-pecheurs-artisanaux-assilah",
        name=tr("تعاونية الصيادين التقليديين بأصيلة", "Coopérative des pêcheurs artisanaux d'Assilah"),
        description=tr(
            "تجمع التعاونية صيادي القوارب الصغيرة، وتسوق الأسماك مباشرة، وتشارك في حماية الثروة السمكية واحترام "
            "فترات الراحة البيولوجية.",
            "La coopérative regroupe les pêcheurs des petites barques, vend le poisson en circuit court et "
            "participe à la protection de la ressource et au respect des repos biologiques.",
        ),
        mission=tr(
            "صيد مستدام يضمن عيشا كريما للصيادين.",
            "Une pêche durable qui fait vivre dignement les pêcheurs.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "environment"),
        target_groups=("entrepreneurs", "families"),
        areas=("assilah",),
        languages=("ar", "ary", "es"),
        founded=2009,
        staff=4,
        volunteers=0,
        city="Assilah",
        address="Port de pêche d'Assilah",
    ),
    DemoOrganisation(
        slug="jeunes-peintres-assilah",
        name=tr("جمعية الرسامين الشباب بأصيلة", "Association des jeunes peintres d'Assilah"),
        description=tr(
            "تنظم الجمعية ورشات في الرسم والجداريات لفائدة أطفال أصيلة، وتشارك في تزيين أسوار المدينة خلال "
            "المواسم الثقافية.",
            "L'association anime des ateliers de peinture et de fresques pour les enfants d'Assilah et participe "
            "à l'habillage des murs de la ville lors des saisons culturelles.",
        ),
        mission=tr(
            "اكتشاف المواهب الفنية لدى الأطفال وتنميتها.",
            "Révéler et cultiver les talents artistiques des enfants.",
        ),
        legal_form="association",
        sectors=("culture", "children", "youth"),
        target_groups=("children", "young-people"),
        areas=("assilah",),
        languages=("ar", "fr", "es"),
        founded=2006,
        staff=1,
        volunteers=13,
        city="Assilah",
        address="Médina d'Assilah, près de Bab Lhomar",
    ),
    DemoOrganisation(
        slug="boukhalef-developpement",
        name=tr("جمعية بوخالف للتنمية", "Association Boukhalef pour le développement"),
        description=tr(
            "جمعية حي في منطقة سريعة التمدن، تشتغل على التعليم الأولي والنقل المدرسي، وتترافع من أجل المرافق "
            "العمومية.",
            "Association d'un quartier en urbanisation rapide, active sur le préscolaire, le transport scolaire "
            "et le plaidoyer pour les équipements publics.",
        ),
        mission=tr("تنمية منسجمة لحي جديد.", "Un développement harmonieux pour un quartier neuf."),
        legal_form="association",
        sectors=("community-life", "housing", "education"),
        target_groups=("families", "children"),
        areas=("gueznaia",),
        languages=("ar", "ary", "fr"),
        founded=2013,
        staff=2,
        volunteers=17,
        city="Gueznaia",
        address="Lotissement Boukhalef, rue 12",
    ),
    DemoOrganisation(
        slug="femmes-rurales-laaouama",
        name=tr("جمعية النساء القرويات بالعوامة", "Association des femmes rurales de Laaouama"),
        description=tr(
            "تنظم الجمعية النساء في مجموعات للادخار والقروض التضامنية، وتدعم مشاريع تربية الدواجن وتحويل المنتجات "
            "الفلاحية.",
            "L'association organise les femmes en groupes d'épargne et de crédit solidaire, et soutient des "
            "projets d'aviculture et de transformation agricole.",
        ),
        mission=tr(
            "تحسين دخل النساء القرويات ومكانتهن.",
            "Améliorer le revenu et la place des femmes rurales.",
        ),
        legal_form="association",
        sectors=("gender-equality", "social-economy", "poverty-relief"),
        target_groups=("women", "entrepreneurs"),
        areas=("laaouama",),
        languages=("ar", "ary", "zgh"),
        founded=2010,
        staff=1,
        volunteers=19,
        city="Laaouama",
    ),
    DemoOrganisation(
        slug="cooperative-laitiere-al-bahraoyine",
        name=tr("التعاونية الفلاحية للحليب بالبحراويين", "Coopérative laitière d'Al Bahraoyine"),
        description=tr(
            "تجمع التعاونية الحليب من صغار الكسابة وتبرده وتبيعه لوحدات التصنيع، مع تأطير تقني في تغذية الأبقار.",
            "La coopérative collecte le lait des petits éleveurs, le refroidit et le vend aux laiteries, avec un "
            "appui technique sur l'alimentation du bétail.",
        ),
        mission=tr("ثمن عادل لصغار الكسابة.", "Un prix juste pour les petits éleveurs."),
        legal_form="cooperative",
        sectors=("social-economy", "employment"),
        target_groups=("entrepreneurs", "families"),
        areas=("al-bahraoyine",),
        languages=("ar", "ary"),
        founded=2005,
        staff=3,
        volunteers=0,
        city="Al Bahraoyine",
    ),
    DemoOrganisation(
        slug="sahel-environnement-littoral",
        name=tr(
            "جمعية الساحل لحماية البيئة والشاطئ", "Association Sahel pour l'environnement et le littoral"
        ),
        description=tr(
            "تنظم الجمعية حملات لتنظيف الشواطئ، وتتابع الكثبان الرملية والطيور المهاجرة، وتحسس المصطافين بخطورة "
            "النفايات البلاستيكية.",
            "Nettoyage des plages, suivi des dunes et des oiseaux migrateurs, sensibilisation des estivants aux "
            "déchets plastiques.",
        ),
        mission=tr("ساحل نظيف وغني بتنوعه البيولوجي.", "Un littoral propre et riche de sa biodiversité."),
        legal_form="association",
        sectors=("environment",),
        target_groups=("young-people", "students"),
        areas=("sahel-chamali",),
        languages=("ar", "fr", "es"),
        founded=2012,
        staff=0,
        volunteers=45,
        city="Sahel Chamali",
    ),
    DemoOrganisation(
        slug="dar-taliba-hjar-ennhal",
        name=tr("جمعية دار الطالبة بحجر النحل", "Association Dar Taliba de Hjar Ennhal"),
        description=tr(
            "تدير الجمعية دارا لإيواء تلميذات الدواوير البعيدة خلال الأسبوع، مع دعم مدرسي وإطعام ومواكبة صحية.",
            "L'association gère un internat qui héberge en semaine les collégiennes des douars éloignés, avec "
            "soutien scolaire, repas et suivi de santé.",
        ),
        mission=tr(
            "ألا تنقطع أي فتاة قروية عن الدراسة بسبب بعد المدرسة.",
            "Qu'aucune fille rurale n'abandonne l'école parce qu'elle est trop loin.",
        ),
        legal_form="association",
        sectors=("education", "gender-equality", "children"),
        target_groups=("students", "children"),
        areas=("hjar-ennhal",),
        languages=("ar", "ary"),
        founded=2008,
        staff=6,
        volunteers=4,
        city="Hjar Ennhal",
    ),
    DemoOrganisation(
        slug="cooperative-apicole-dar-chaoui",
        name=tr("تعاونية النحالين بدار الشاوي", "Coopérative apicole de Dar Chaoui"),
        description=tr(
            "تعاونية لإنتاج العسل الحر من أزهار الغابة، تكون الشباب في تربية النحل وتشارك في غرس النباتات العطرية.",
            "Coopérative qui produit un miel de fleurs forestières, forme des jeunes à l'apiculture et replante "
            "des plantes aromatiques.",
        ),
        mission=tr("دخل قروي مستدام يحمي الغابة.", "Un revenu rural durable qui protège la forêt."),
        legal_form="cooperative",
        sectors=("social-economy", "environment"),
        target_groups=("young-people", "entrepreneurs"),
        areas=("dar-chaoui",),
        languages=("ar", "ary"),
        founded=2014,
        staff=5,
        volunteers=0,
        city="Dar Chaoui",
    ),
    DemoOrganisation(
        slug="sante-rurale-sidi-lyamani",
        name=tr("جمعية الصحة القروية بسيدي اليمني", "Association de santé rurale de Sidi Lyamani"),
        description=tr(
            "تنظم الجمعية أياما طبية متنقلة في الدواوير، وتنقل المرضى المسنين إلى المستشفى، وتتابع المصابين "
            "بالأمراض المزمنة.",
            "Journées médicales itinérantes dans les douars, transport des malades âgés vers l'hôpital et suivi "
            "des patients atteints de maladies chroniques.",
        ),
        mission=tr(
            "تقريب العلاج من سكان العالم القروي.", "Rapprocher les soins des habitants du monde rural."
        ),
        legal_form="association",
        sectors=("health", "elderly"),
        target_groups=("older-people", "families"),
        areas=("sidi-lyamani",),
        languages=("ar", "ary"),
        founded=2007,
        staff=2,
        volunteers=10,
        city="Sidi Lyamani",
    ),
    DemoOrganisation(
        slug="football-rural-had-al-gharbia",
        name=tr("نادي حد الغربية لكرة القدم القروية", "Club de football rural de Had Al Gharbia"),
        description=tr(
            "ينظم النادي دوريات بين الدواوير وتداريب أسبوعية لليافعين، ويسعى إلى تجهيز ملعب معشوشب.",
            "Le club organise des tournois entre douars et des entraînements hebdomadaires pour les adolescents, "
            "et cherche à équiper un terrain en gazon.",
        ),
        mission=tr("الرياضة حق لشباب القرى أيضا.", "Le sport, un droit aussi pour les jeunes des campagnes."),
        legal_form="association",
        sectors=("sport", "youth"),
        target_groups=("young-people",),
        areas=("had-al-gharbia",),
        languages=("ar", "ary"),
        founded=2011,
        staff=0,
        volunteers=8,
        city="Had Al Gharbia",
    ),
    DemoOrganisation(
        slug="usagers-eau-potable-azzinate",
        name=tr(
            "جمعية مستعملي الماء الصالح للشرب بالزينات", "Association des usagers de l'eau potable d'Azzinate"
        ),
        description=tr(
            "تسير الجمعية شبكة الماء في عدة دواوير، وتتعهد الآبار والخزانات، وتحدد تعريفة عادلة بتشاور مع السكان.",
            "L'association gère le réseau d'eau de plusieurs douars, entretient puits et réservoirs et fixe un "
            "tarif équitable en concertation avec les habitants.",
        ),
        mission=tr("الماء الصالح للشرب لكل بيت.", "L'eau potable dans chaque foyer."),
        legal_form="association",
        sectors=("community-life", "health"),
        target_groups=("families",),
        areas=("azzinate",),
        languages=("ar", "ary"),
        founded=2004,
        staff=1,
        volunteers=7,
        city="Azzinate",
        status=ModerationStatus.PENDING,
    ),
    DemoOrganisation(
        slug="cooperative-tissage-al-manzla",
        name=tr("تعاونية النسيج التقليدي بالمنزلة", "Coopérative de tissage traditionnel d'Al Manzla"),
        description=tr(
            "نساء يحافظن على نسج المنديل الجبلي المخطط بالأحمر والأبيض، ويبعن منتجاتهن في أسواق طنجة وعبر "
            "الإنترنت.",
            "Des femmes qui perpétuent le tissage du mendil jebli rayé rouge et blanc et vendent leurs pièces sur "
            "les marchés de Tanger et en ligne.",
        ),
        mission=tr(
            "صون حرفة أصيلة وضمان دخل للنساء.",
            "Sauvegarder un savoir-faire ancestral et assurer un revenu aux femmes.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "culture", "gender-equality"),
        target_groups=("women", "entrepreneurs"),
        areas=("al-manzla",),
        languages=("ar", "ary"),
        founded=2015,
        staff=8,
        volunteers=0,
        city="Al Manzla",
    ),
    DemoOrganisation(
        slug="jeunes-aquouass-briech-numerique",
        name=tr(
            "جمعية شباب اقواس بريش للرقميات", "Association des jeunes d'Aquouass Briech pour le numérique"
        ),
        description=tr(
            "قاعة مجهزة بحواسيب مستعملة، تقدم دروسا في المكتبيات والبحث على الإنترنت، ومساعدة في التسجيل بالجامعة.",
            "Une salle équipée d'ordinateurs reconditionnés : cours de bureautique, recherche sur internet et aide "
            "aux inscriptions universitaires.",
        ),
        mission=tr(
            "سد الفجوة الرقمية بين القرية والمدينة.",
            "Réduire la fracture numérique entre la campagne et la ville.",
        ),
        legal_form="association",
        sectors=("digital-inclusion", "youth", "education"),
        target_groups=("young-people", "students"),
        areas=("aquouass-briech",),
        languages=("ar", "ary", "fr"),
        founded=2019,
        staff=1,
        volunteers=6,
        city="Aquouass Briech",
    ),
    DemoOrganisation(
        slug="reseau-handicap-tanger-assilah",
        name=tr(
            "شبكة جمعيات الإعاقة بعمالة طنجة أصيلة",
            "Réseau des associations du handicap de la préfecture de Tanger-Assilah",
        ),
        description=tr(
            "تنسق الشبكة عمل الجمعيات العاملة في مجال الإعاقة، وتترافع من أجل الولوجيات وتطبيق القانون الإطار "
            "المتعلق بحقوق الأشخاص في وضعية إعاقة.",
            "Le réseau coordonne les associations du handicap, plaide pour l'accessibilité et l'application de la "
            "loi-cadre sur les droits des personnes en situation de handicap.",
        ),
        mission=tr("مدينة ولوجة وحقوق مفعلة.", "Une ville accessible et des droits appliqués."),
        legal_form="federation",
        sectors=("disability", "rights-citizenship"),
        target_groups=("people-with-disabilities",),
        areas=("prefecture-tanger-assilah",),
        languages=("ar", "fr"),
        founded=2011,
        staff=2,
        volunteers=15,
        acronym="RAHTA",
        address="Maison des associations, avenue Hassan II, Tanger",
    ),
    DemoOrganisation(
        slug="fondation-nord-solidaire",
        name=tr("مؤسسة الشمال المتضامن", "Fondation Nord Solidaire"),
        description=tr(
            "مؤسسة مانحة تدعم مشاريع الجمعيات الصغيرة في جهة طنجة تطوان الحسيمة في مجالات الصحة والتعليم ومحاربة "
            "الفقر.",
            "Fondation donatrice qui finance les projets de petites associations de la région Tanger-Tétouan-Al "
            "Hoceïma en santé, éducation et lutte contre la pauvreté.",
        ),
        mission=tr(
            "تقوية الجمعيات الصغيرة لتصل إلى أكبر عدد من المستفيدين.",
            "Renforcer les petites associations pour qu'elles touchent plus de bénéficiaires.",
        ),
        legal_form="foundation",
        sectors=("poverty-relief", "health", "education"),
        target_groups=("families", "children"),
        areas=("tanger-tetouan-al-hoceima",),
        languages=("ar", "fr", "es", "en"),
        founded=2000,
        staff=12,
        volunteers=5,
        address="Avenue Pasteur, n° 52, Tanger",
        coordinates=("35.777320", "-5.806850"),
    ),
    # --- Partner organisations in the Netherlands, Belgium, France and Spain ----------------------------------
    DemoOrganisation(
        slug="stichting-brug-rotterdam-tanger",
        name=tr(
            "مؤسسة جسر روتردام طنجة",
            "Fondation Pont Rotterdam-Tanger",
            en="Rotterdam-Tangier Bridge Foundation",
            nl="Stichting Brug Rotterdam-Tanger",
            es="Fundación Puente Róterdam-Tánger",
        ),
        description=tr(
            "تربط المؤسسة بين شباب روتردام وطنجة من خلال التبادلات والمشاريع المشتركة، وتأطير يقدمه مهنيون "
            "هولنديون من أصل مغربي.",
            "La fondation relie les jeunes de Rotterdam et de Tanger par des échanges, des projets communs et du "
            "mentorat assuré par des professionnels néerlando-marocains.",
            en="Connects young people in Rotterdam and Tangier through exchanges, joint projects and mentoring by "
            "Dutch-Moroccan professionals.",
            nl="De stichting verbindt jongeren uit Rotterdam en Tanger via uitwisselingen, gezamenlijke projecten "
            "en mentoring door Nederlands-Marokkaanse professionals.",
            es="Une a jóvenes de Róterdam y Tánger mediante intercambios, proyectos comunes y mentorías a cargo "
            "de profesionales neerlandés-marroquíes.",
        ),
        mission=tr(
            "بناء الجسور بين مدينتين وجيلين.",
            "Construire des ponts entre deux villes et deux générations.",
            en="Build bridges between two cities and two generations.",
            nl="Bruggen bouwen tussen twee steden en twee generaties.",
            es="Tender puentes entre dos ciudades y dos generaciones.",
        ),
        legal_form="foundation",
        sectors=("migration", "youth", "education"),
        target_groups=("young-people", "students"),
        areas=("tanger",),
        languages=("nl", "ar", "ary", "en"),
        founded=2008,
        staff=4,
        volunteers=30,
        country="netherlands",
        city="Rotterdam",
    ),
    DemoOrganisation(
        slug="stichting-vrouwen-vooruit-noord-marokko",
        name=tr(
            "مؤسسة النساء إلى الأمام شمال المغرب",
            "Fondation Femmes en Avant Nord-Maroc",
            en="Women Forward Northern Morocco Foundation",
            nl="Stichting Vrouwen Vooruit Noord-Marokko",
            es="Fundación Mujeres Adelante Norte de Marruecos",
        ),
        description=tr(
            "تدعم المؤسسة التعاونيات النسائية في جهة طنجة بقروض صغيرة وتكوين في المحاسبة وولوج أسواق التجارة "
            "العادلة الأوروبية.",
            "Soutient les coopératives de femmes de la région de Tanger par des microcrédits, des formations en "
            "comptabilité et l'accès aux marchés européens du commerce équitable.",
            en="Supports women's cooperatives in the Tangier region with microcredit, bookkeeping training and "
            "access to European fair-trade markets.",
            nl="Ondersteunt vrouwencoöperaties in de regio Tanger met microkredieten, training in boekhouding en "
            "toegang tot Europese fairtrademarkten.",
            es="Apoya a las cooperativas de mujeres de la región de Tánger con microcréditos, formación en "
            "contabilidad y acceso a los mercados europeos de comercio justo.",
        ),
        mission=tr(
            "المساواة الاقتصادية للنساء على ضفتي المتوسط.",
            "L'égalité économique des femmes des deux rives de la Méditerranée.",
            en="Economic equality for women on both shores of the Mediterranean.",
            nl="Economische gelijkheid voor vrouwen aan beide kanten van de Middellandse Zee.",
            es="Igualdad económica de las mujeres en las dos orillas del Mediterráneo.",
        ),
        legal_form="international-ngo",
        sectors=("gender-equality", "social-economy"),
        target_groups=("women", "entrepreneurs"),
        areas=("tanger-tetouan-al-hoceima",),
        languages=("nl", "fr", "ar", "en"),
        founded=2004,
        staff=6,
        volunteers=12,
        country="netherlands",
        city="Amsterdam",
    ),
    DemoOrganisation(
        slug="vereniging-digitaal-samen",
        name=tr(
            "جمعية معا في العالم الرقمي", "Association Numérique Ensemble", nl="Vereniging Digitaal Samen"
        ),
        description=tr(
            "جمعية هولندية ترسل حواسيب مجددة إلى مدارس طنجة، وتكون الأساتذة على استعمالها في القسم.",
            "Association néerlandaise qui envoie des ordinateurs reconditionnés aux écoles de Tanger et forme les "
            "enseignants à leur usage en classe.",
            nl="Nederlandse vereniging die opgeknapte computers naar scholen in Tanger stuurt en leraren traint om "
            "ze in de klas te gebruiken.",
        ),
        mission=tr(
            "لكل تلميذ حاسوب ولكل قسم أستاذ مكون.",
            "Un ordinateur pour chaque élève et un enseignant formé dans chaque classe.",
            nl="Een computer voor elke leerling en een opgeleide leraar in elke klas.",
        ),
        legal_form="association",
        sectors=("digital-inclusion", "education"),
        target_groups=("students",),
        areas=("bni-makada", "charf-souani"),
        languages=("nl", "fr", "en"),
        founded=2015,
        staff=1,
        volunteers=20,
        country="netherlands",
        city="Utrecht",
    ),
    DemoOrganisation(
        slug="stichting-groene-straat",
        name=tr("مؤسسة المضيق الأخضر", "Fondation Détroit Vert", nl="Stichting Groene Straat"),
        description=tr(
            "مؤسسة هولندية تمول مشاريع التشجير وحماية الغابات المحيطة بطنجة بشراكة مع جمعيات محلية ومدارس.",
            "Fondation néerlandaise qui finance le reboisement et la protection des forêts autour de Tanger avec "
            "des associations locales et des écoles.",
            nl="Nederlandse stichting die herbebossing en bosbescherming rond Tanger financiert, samen met lokale "
            "verenigingen en scholen.",
        ),
        mission=tr(
            "غابات حية على ضفتي المضيق.",
            "Des forêts vivantes sur les deux rives du détroit.",
            nl="Levende bossen aan beide oevers van de Straat van Gibraltar.",
        ),
        legal_form="foundation",
        sectors=("environment",),
        target_groups=("students", "young-people"),
        areas=("prefecture-tanger-assilah",),
        languages=("nl", "en", "fr"),
        founded=2018,
        staff=2,
        volunteers=8,
        country="netherlands",
        city="Den Haag",
    ),
    DemoOrganisation(
        slug="solidarite-bruxelles-tanger",
        name=tr(
            "جمعية التضامن بروكسل طنجة",
            "Solidarité Bruxelles-Tanger asbl",
            en="Brussels-Tangier Solidarity",
            nl="Solidariteit Brussel-Tanger vzw",
            es="Solidaridad Bruselas-Tánger",
        ),
        description=tr(
            "جمعية من بروكسل تدعم الإدماج المهني لشباب طنجة عبر التكوين بالتناوب وأوراش التكوين والمشاريع الصغيرة "
            "في الاقتصاد الاجتماعي.",
            "Association bruxelloise qui soutient l'insertion professionnelle des jeunes de Tanger : formations "
            "en alternance, chantiers-écoles et microprojets d'économie sociale.",
            en="A Brussels association helping young people in Tangier into work through work-study training, "
            "on-the-job training sites and small social-economy projects.",
            nl="Brusselse vereniging die jongeren in Tanger helpt aan werk met duaal leren, leerwerkplaatsen en "
            "kleine projecten in de sociale economie.",
            es="Asociación bruselense que apoya la inserción laboral de jóvenes de Tánger con formación dual, "
            "talleres de empleo y microproyectos de economía social.",
        ),
        mission=tr(
            "شغل لائق لشباب المدينتين.",
            "Un emploi digne pour les jeunes des deux villes.",
            en="Decent work for young people in both cities.",
            nl="Waardig werk voor jongeren in beide steden.",
            es="Un empleo digno para los jóvenes de ambas ciudades.",
        ),
        legal_form="association",
        sectors=("employment", "youth", "social-economy"),
        target_groups=("young-people", "unemployed-people"),
        areas=("bni-makada", "tanger"),
        languages=("fr", "nl", "ar", "ary"),
        founded=2003,
        staff=5,
        volunteers=25,
        country="belgium",
        city="Bruxelles",
    ),
    DemoOrganisation(
        slug="kine-sans-frontieres-du-detroit",
        name=tr("منظمة الترويض الطبي بلا حدود للمضيق", "Kiné Sans Frontières du Détroit"),
        description=tr(
            "منظمة بلجيكية ترسل معالجين فيزيائيين متطوعين لتكوين الأطر المغربية، وتوفر أجهزة تقويمية للأطفال.",
            "ONG belge qui envoie des kinésithérapeutes bénévoles former les professionnels marocains et fournit "
            "des appareillages orthopédiques aux enfants.",
        ),
        mission=tr(
            "ترويض طبي جيد في متناول كل طفل.",
            "Une rééducation de qualité à la portée de chaque enfant.",
        ),
        legal_form="international-ngo",
        sectors=("disability", "health"),
        target_groups=("people-with-disabilities", "children"),
        areas=("charf-mghogha", "tanger"),
        languages=("fr", "nl"),
        founded=1999,
        staff=3,
        volunteers=40,
        country="belgium",
        city="Liège",
    ),
    DemoOrganisation(
        slug="cultuurhuis-de-overkant",
        name=tr(
            "دار الثقافة الضفة الأخرى", "Maison culturelle De Overkant", nl="Cultuurhuis De Overkant vzw"
        ),
        description=tr(
            "جمعية من أنتويربن تنظم إقامات فنية مشتركة لفنانين شباب من بلجيكا وطنجة في المسرح والموسيقى والتصوير.",
            "Association anversoise qui organise des résidences artistiques croisées pour de jeunes artistes de "
            "Belgique et de Tanger en théâtre, musique et photographie.",
            nl="Antwerpse vereniging die gezamenlijke kunstenaarsresidenties organiseert voor jonge kunstenaars "
            "uit België en Tanger in theater, muziek en fotografie.",
        ),
        mission=tr(
            "الفن لغة مشتركة بين الضفتين.",
            "L'art comme langue commune entre les deux rives.",
            nl="Kunst als gemeenschappelijke taal tussen beide oevers.",
        ),
        legal_form="association",
        sectors=("culture", "youth"),
        target_groups=("young-people",),
        areas=("tanger-medina",),
        languages=("nl", "fr", "ar", "en"),
        founded=2012,
        staff=2,
        volunteers=10,
        country="belgium",
        city="Antwerpen",
        status=ModerationStatus.PENDING,
    ),
    DemoOrganisation(
        slug="rives-solidaires-marseille-tanger",
        name=tr(
            "جمعية الضفاف المتضامنة مرسيليا طنجة",
            "Rives Solidaires Marseille-Tanger",
            en="Marseille-Tangier Solidarity Shores",
            nl="Solidaire Oevers Marseille-Tanger",
            es="Orillas Solidarias Marsella-Tánger",
        ),
        description=tr(
            "جمعية من مرسيليا تكون قانونيين متطوعين في حقوق الأجانب، وتدعم مداومات لتيسير ولوج المهاجرين إلى "
            "حقوقهم بطنجة.",
            "Association marseillaise qui forme des juristes bénévoles au droit des étrangers et soutient des "
            "permanences d'accès aux droits pour les migrants à Tanger.",
            en="A Marseille association that trains volunteer lawyers in immigration law and supports legal "
            "advice desks for migrants in Tangier.",
            nl="Een vereniging uit Marseille die vrijwillige juristen opleidt in vreemdelingenrecht en juridische "
            "spreekuren voor migranten in Tanger ondersteunt.",
            es="Asociación marsellesa que forma a juristas voluntarios en derecho de extranjería y apoya puntos "
            "de asesoramiento jurídico para personas migrantes en Tánger.",
        ),
        mission=tr(
            "الولوج إلى الحق للجميع، من ضفة إلى أخرى.",
            "L'accès au droit pour toutes et tous, d'une rive à l'autre.",
            en="Access to justice for everyone, from one shore to the other.",
            nl="Toegang tot het recht voor iedereen, van de ene oever naar de andere.",
            es="Acceso al derecho para todas las personas, de una orilla a otra.",
        ),
        legal_form="association",
        sectors=("migration", "rights-citizenship", "education"),
        target_groups=("migrants-refugees",),
        areas=("tanger",),
        languages=("fr", "ar", "en", "es"),
        founded=2010,
        staff=3,
        volunteers=28,
        country="france",
        city="Marseille",
    ),
    DemoOrganisation(
        slug="fondation-enfance-et-detroit",
        name=tr("مؤسسة الطفولة والمضيق", "Fondation Enfance et Détroit"),
        description=tr(
            "مؤسسة فرنسية تمول إحداث المكتبات المدرسية وتجهيز أقسام التعليم الأولي في الأحياء الهامشية بطنجة.",
            "Fondation française qui finance des bibliothèques scolaires et l'équipement de classes préscolaires "
            "dans les quartiers périphériques de Tanger.",
        ),
        mission=tr("تعليم أولي جيد لكل طفل.", "Un préscolaire de qualité pour chaque enfant."),
        legal_form="foundation",
        sectors=("children", "education"),
        target_groups=("children", "families"),
        areas=("bni-makada", "charf-mghogha"),
        languages=("fr", "ar"),
        founded=2002,
        staff=4,
        volunteers=6,
        country="france",
        city="Lyon",
    ),
    DemoOrganisation(
        slug="habitat-partage-mediterranee",
        name=tr("منظمة السكن المشترك المتوسط", "Habitat Partagé Méditerranée"),
        description=tr(
            "منظمة غير حكومية فرنسية تدعم تعاونيات السكن والبناء بالمواد المحلية، وتواكب الجمعيات المغربية في "
            "مشاريع تحسين السكن.",
            "ONG française qui soutient les coopératives d'habitat et la construction en matériaux locaux, et "
            "accompagne les associations marocaines dans leurs projets d'amélioration du logement.",
        ),
        mission=tr(
            "سكن لائق بأسعار في المتناول ومواد مستدامة.",
            "Un logement digne, abordable et construit durablement.",
        ),
        legal_form="international-ngo",
        sectors=("housing", "social-economy"),
        target_groups=("families",),
        areas=("tanger-medina", "gueznaia"),
        languages=("fr", "ar", "es"),
        founded=1997,
        staff=7,
        volunteers=15,
        country="france",
        city="Montpellier",
    ),
    DemoOrganisation(
        slug="asociacion-puente-del-estrecho",
        name=tr(
            "جمعية جسر المضيق",
            "Association Pont du Détroit",
            en="Bridge of the Strait Association",
            nl="Vereniging Brug over de Straat",
            es="Asociación Puente del Estrecho",
        ),
        description=tr(
            "جمعية أندلسية تقدم الرعاية الصحية الأساسية والتوجيه للمهاجرين على ضفتي المضيق، بشراكة مع جمعيات "
            "طنجة.",
            "Association andalouse qui offre des soins de base et de l'orientation aux personnes migrantes des "
            "deux côtés du détroit, en partenariat avec des associations de Tanger.",
            en="An Andalusian association providing basic health care and guidance to migrants on both sides of "
            "the Strait, with partner associations in Tangier.",
            nl="Een Andalusische vereniging die migranten aan beide kanten van de Straat van Gibraltar basiszorg "
            "en begeleiding biedt, samen met verenigingen in Tanger.",
            es="Asociación andaluza que presta atención sanitaria básica y orientación a personas migrantes a "
            "ambos lados del Estrecho, en colaboración con entidades de Tánger.",
        ),
        mission=tr(
            "ألا يفقد أحد حقوقه وهو يعبر المضيق.",
            "Que personne ne perde ses droits en traversant le détroit.",
            en="No one should lose their rights when crossing the Strait.",
            nl="Niemand mag zijn rechten verliezen bij het oversteken van de Straat.",
            es="Que nadie pierda sus derechos al cruzar el Estrecho.",
        ),
        legal_form="association",
        sectors=("migration", "rights-citizenship", "health"),
        target_groups=("migrants-refugees", "children-in-street-situations"),
        areas=("tanger", "tanger-medina"),
        languages=("es", "ar", "fr", "en"),
        founded=2005,
        staff=5,
        volunteers=35,
        country="spain",
        city="Algeciras",
    ),
    DemoOrganisation(
        slug="fundacion-mar-de-alboran-infancia",
        name=tr(
            "مؤسسة بحر البوران للطفولة",
            "Fondation Mer d'Alboran pour l'enfance",
            es="Fundación Mar de Alborán para la Infancia",
        ),
        description=tr(
            "مؤسسة إسبانية تمول عمليات جراحية للأطفال، وتدعم برامج الإطعام المدرسي في طنجة ونواحيها.",
            "Fondation espagnole qui finance des opérations chirurgicales pour enfants et soutient des "
            "programmes de cantine scolaire à Tanger et alentours.",
            es="Fundación española que financia operaciones quirúrgicas infantiles y apoya comedores escolares en "
            "Tánger y sus alrededores.",
        ),
        mission=tr(
            "صحة الأطفال وتغذيتهم أولا.",
            "La santé et la nutrition des enfants d'abord.",
            es="La salud y la nutrición de la infancia, lo primero.",
        ),
        legal_form="foundation",
        sectors=("children", "health", "poverty-relief"),
        target_groups=("children", "families"),
        areas=("prefecture-tanger-assilah",),
        languages=("es", "ar", "fr"),
        founded=2001,
        staff=9,
        volunteers=50,
        country="spain",
        city="Málaga",
    ),
    DemoOrganisation(
        slug="cooperativa-sur-justo",
        name=tr("تعاونية الجنوب العادل", "Coopérative Sud Équitable", es="Cooperativa Sur Justo"),
        description=tr(
            "تعاونية إسبانية للتجارة العادلة تستورد منتجات التعاونيات النسائية بشمال المغرب، وتبيعها في متاجرها "
            "بالأندلس.",
            "Coopérative espagnole de commerce équitable qui importe les produits des coopératives de femmes du "
            "nord du Maroc et les vend dans ses boutiques en Andalousie.",
            es="Cooperativa española de comercio justo que importa productos de cooperativas de mujeres del norte "
            "de Marruecos y los vende en sus tiendas de Andalucía.",
        ),
        mission=tr(
            "تجارة عادلة تعود بالنفع على المنتجات.",
            "Un commerce juste qui profite aux productrices.",
            es="Un comercio justo que beneficie a las productoras.",
        ),
        legal_form="cooperative",
        sectors=("social-economy", "gender-equality"),
        target_groups=("women", "entrepreneurs"),
        areas=("al-manzla", "bni-makada"),
        languages=("es", "fr"),
        founded=2009,
        staff=11,
        volunteers=4,
        country="spain",
        city="Sevilla",
    ),
    DemoOrganisation(
        slug="club-deportivo-dos-orillas",
        name=tr("النادي الرياضي الضفتان", "Club sportif Deux Rives", es="Club Deportivo Dos Orillas"),
        description=tr(
            "نادٍ من الجزيرة الخضراء ينظم دوريات لكرة القدم ومخيمات صيفية مشتركة بين شباب إسبانيا وطنجة.",
            "Club d'Algésiras qui organise des tournois de football et des camps d'été communs pour les jeunes "
            "d'Espagne et de Tanger.",
            es="Club de Algeciras que organiza torneos de fútbol y campamentos de verano conjuntos para jóvenes "
            "de España y Tánger.",
        ),
        mission=tr(
            "الرياضة للتعارف بين شباب الضفتين.",
            "Le sport pour que les jeunes des deux rives se rencontrent.",
            es="El deporte para que se conozcan los jóvenes de las dos orillas.",
        ),
        legal_form="association",
        sectors=("sport", "youth"),
        target_groups=("young-people",),
        areas=("tanger",),
        languages=("es", "ar"),
        founded=2016,
        staff=0,
        volunteers=22,
        country="spain",
        city="Algeciras",
        status=ModerationStatus.DRAFT,
    ),
    # --- Rejected submissions, so moderators can see how the queue looks -------------------------------------
    DemoOrganisation(
        slug="tarbiya-soutien-scolaire-doublon",
        name=tr("جمعية تربية للدعم المدرسي", "Association Tarbiya soutien scolaire"),
        description=tr("دروس الدعم للتلاميذ بكاسابراطا.", "Cours de soutien pour les élèves à Casabarata."),
        mission=tr("", ""),
        legal_form="association",
        sectors=("education",),
        target_groups=("students",),
        areas=("bni-makada",),
        languages=("ar",),
        founded=2009,
        staff=0,
        volunteers=0,
        status=ModerationStatus.REJECTED,
    ),
    DemoOrganisation(
        slug="climatisation-detroit-pro",
        name=tr("مكيفات المضيق برو", "Climatisation Détroit Pro"),
        description=tr(
            "بيع وتركيب المكيفات بأثمنة مناسبة، اتصلوا بنا.",
            "Vente et installation de climatiseurs à prix imbattables, contactez-nous.",
        ),
        mission=tr("", ""),
        legal_form="company",
        sectors=("employment",),
        target_groups=(),
        areas=("tanger",),
        languages=("ar", "fr"),
        founded=2022,
        staff=4,
        volunteers=0,
        status=ModerationStatus.REJECTED,
    ),
]

# Fixed reference dates keep the data identical on every run (no "today").
_LAST_CONFIRMED_BASE = datetime.date(2026, 10, 1)
_PUBLISHED_BASE = datetime.datetime(2025, 1, 6, 9, 30, tzinfo=datetime.UTC)


def _contact(index, demo):
    phone = ""
    if demo.country == "morocco":
        phone = f"+212 5 39 {30 + index % 60:02d} {(index * 37) % 100:02d} {(index * 53 + 11) % 100:02d}"
    return {
        "email": f"contact@{demo.slug}.example.org",
        "website": f"https://{demo.slug}.example.org/",
        "phone": phone,
    }


def organisation_fields(index, demo):
    """Every stored field of one sample record except its status, which moderators may have changed since."""
    last_confirmed = None
    if demo.status == ModerationStatus.PUBLISHED:
        last_confirmed = _LAST_CONFIRMED_BASE - datetime.timedelta(days=(index * 23) % 540)
    latitude, longitude = (Decimal(c) for c in demo.coordinates) if demo.coordinates else (None, None)
    return {
        **translated("name", demo.name),
        **translated("description", demo.description),
        **translated("mission", demo.mission),
        **translated("history", story_of(demo.slug, "history"), empty=""),
        **translated("upcoming_projects", story_of(demo.slug, "upcoming_projects"), empty=""),
        "acronym": demo.acronym,
        "address": demo.address,
        "city": demo.city,
        "latitude": latitude,
        "longitude": longitude,
        "founded": demo.founded,
        "staff_count": demo.staff,
        "volunteer_count": demo.volunteers,
        "last_confirmed": last_confirmed,
        "is_sample": True,
        **_contact(index, demo),
    }


def _initial_status(index, demo):
    published_at = _PUBLISHED_BASE + datetime.timedelta(days=index * 5, hours=index % 7)
    return initial_status(demo.status, published_at)


def _taxonomies():
    def every(attribute):
        return [slug for demo in ORGANISATIONS for slug in getattr(demo, attribute)]

    return {
        "sectors": by_slug(Sector, every("sectors")),
        "target_groups": by_slug(TargetGroup, every("target_groups")),
        "areas": by_slug(Area, [*every("areas"), *(demo.country for demo in ORGANISATIONS)]),
        "languages": by_slug(Language, every("languages")),
        "legal_forms": by_slug(LegalForm, [demo.legal_form for demo in ORGANISATIONS]),
    }


def load_demo_organisations():
    """Create or refresh every sample organisation; returns (created, updated, skipped slugs).

    A slug already used by a real (non-sample) record is skipped, never overwritten. Status and first
    publication are set only when a record is created, so a moderator's decision on a sample record survives a
    reload.
    """
    terms = _taxonomies()
    slugs = [demo.slug for demo in ORGANISATIONS]
    skipped = set(Organisation.objects.filter(slug__in=slugs, is_sample=False).values_list("slug", flat=True))
    created = updated = 0
    with transaction.atomic():
        for index, demo in enumerate(ORGANISATIONS):
            if demo.slug in skipped:
                continue
            fields = {
                **organisation_fields(index, demo),
                "legal_form": terms["legal_forms"][demo.legal_form],
                "country": terms["areas"][demo.country],
            }
            organisation, was_created = Organisation.objects.update_or_create(
                slug=demo.slug,
                defaults=fields,
                create_defaults={**fields, **_initial_status(index, demo)},
            )
            for relation in ("sectors", "target_groups", "areas", "languages"):
                getattr(organisation, relation).set(
                    [terms[relation][slug] for slug in getattr(demo, relation)]
                )
            created += was_created
            updated += not was_created
    return created, updated, sorted(skipped)
