"""The taxonomies every installation starts with, in all five languages.

They are data, not code: moderators edit them in the admin. The data migration and the tests both load them
through ``seed_taxonomies`` (which is idempotent), and new cities are added as areas without touching code.
Order of names in each tuple: ar, fr, en, nl, es.
"""

LANGS = ("ar", "fr", "en", "nl", "es")

SECTORS = [
    ("education", ("التعليم", "Éducation", "Education", "Onderwijs", "Educación")),
    ("health", ("الصحة", "Santé", "Health", "Gezondheid", "Salud")),
    (
        "gender-equality",
        (
            "المساواة بين الجنسين",
            "Égalité femmes-hommes",
            "Gender equality",
            "Gendergelijkheid",
            "Igualdad de género",
        ),
    ),
    ("children", ("الطفولة", "Enfance", "Children", "Kinderen", "Infancia")),
    ("youth", ("الشباب", "Jeunesse", "Youth", "Jeugd", "Juventud")),
    ("elderly", ("المسنون", "Personnes âgées", "Older people", "Ouderen", "Personas mayores")),
    ("disability", ("الإعاقة", "Handicap", "Disability", "Beperking", "Discapacidad")),
    ("migration", ("الهجرة", "Migration", "Migration", "Migratie", "Migración")),
    (
        "poverty-relief",
        (
            "محاربة الفقر",
            "Lutte contre la pauvreté",
            "Poverty relief",
            "Armoedebestrijding",
            "Lucha contra la pobreza",
        ),
    ),
    ("employment", ("التشغيل", "Emploi", "Employment", "Werkgelegenheid", "Empleo")),
    (
        "social-economy",
        (
            "الاقتصاد الاجتماعي والتضامني",
            "Économie sociale et solidaire",
            "Social economy",
            "Sociale economie",
            "Economía social",
        ),
    ),
    ("environment", ("البيئة", "Environnement", "Environment", "Milieu", "Medio ambiente")),
    ("culture", ("الثقافة", "Culture", "Culture", "Cultuur", "Cultura")),
    ("sport", ("الرياضة", "Sport", "Sport", "Sport", "Deporte")),
    (
        "rights-citizenship",
        (
            "الحقوق والمواطنة",
            "Droits et citoyenneté",
            "Rights and citizenship",
            "Rechten en burgerschap",
            "Derechos y ciudadanía",
        ),
    ),
    ("housing", ("السكن", "Logement", "Housing", "Huisvesting", "Vivienda")),
    (
        "digital-inclusion",
        (
            "الإدماج الرقمي",
            "Inclusion numérique",
            "Digital inclusion",
            "Digitale inclusie",
            "Inclusión digital",
        ),
    ),
    (
        "community-life",
        ("الحياة الجمعوية والأحياء", "Vie de quartier", "Community life", "Buurtleven", "Vida comunitaria"),
    ),
    # Added with the "Start and grow" section (its data migration creates it): organisations whose service is
    # helping people start (incubators, accompaniment programmes).
    (
        "starter-support",
        (
            "دعم حاملي المشاريع: الاحتضان والمواكبة",
            "Appui aux porteurs de projets : incubation et accompagnement",
            "Support for starters: incubation and accompaniment",
            "Steun voor starters: incubatie en begeleiding",
            "Apoyo a emprendedores: incubación y acompañamiento",
        ),
    ),
]

TARGET_GROUPS = [
    ("women", ("النساء", "Femmes", "Women", "Vrouwen", "Mujeres")),
    ("children", ("الأطفال", "Enfants", "Children", "Kinderen", "Niñas y niños")),
    ("young-people", ("الشباب", "Jeunes", "Young people", "Jongeren", "Jóvenes")),
    ("older-people", ("كبار السن", "Personnes âgées", "Older people", "Ouderen", "Personas mayores")),
    (
        "people-with-disabilities",
        (
            "الأشخاص في وضعية إعاقة",
            "Personnes en situation de handicap",
            "People with disabilities",
            "Mensen met een beperking",
            "Personas con discapacidad",
        ),
    ),
    (
        "migrants-refugees",
        (
            "المهاجرون واللاجئون",
            "Migrants et réfugiés",
            "Migrants and refugees",
            "Migranten en vluchtelingen",
            "Migrantes y refugiados",
        ),
    ),
    (
        "unemployed-people",
        (
            "العاطلون عن العمل",
            "Personnes sans emploi",
            "Unemployed people",
            "Werkzoekenden",
            "Personas desempleadas",
        ),
    ),
    ("families", ("الأسر", "Familles", "Families", "Gezinnen", "Familias")),
    (
        "students",
        (
            "الطلبة والتلاميذ",
            "Élèves et étudiants",
            "Pupils and students",
            "Leerlingen en studenten",
            "Alumnado y estudiantes",
        ),
    ),
    (
        "children-in-street-situations",
        (
            "الأطفال في وضعية الشارع",
            "Enfants en situation de rue",
            "Children in street situations",
            "Straatkinderen",
            "Niños en situación de calle",
        ),
    ),
    (
        "entrepreneurs",
        ("حاملو المشاريع", "Porteurs de projets", "Entrepreneurs", "Ondernemers", "Emprendedores"),
    ),
]

LEGAL_FORMS = [
    ("association", ("جمعية", "Association", "Association", "Vereniging", "Asociación")),
    ("foundation", ("مؤسسة", "Fondation", "Foundation", "Stichting", "Fundación")),
    ("cooperative", ("تعاونية", "Coopérative", "Cooperative", "Coöperatie", "Cooperativa")),
    (
        "social-enterprise",
        (
            "مقاولة اجتماعية",
            "Entreprise sociale",
            "Social enterprise",
            "Sociale onderneming",
            "Empresa social",
        ),
    ),
    ("federation", ("اتحاد جمعيات", "Fédération", "Federation", "Federatie", "Federación")),
    (
        "international-ngo",
        (
            "منظمة غير حكومية دولية",
            "ONG internationale",
            "International NGO",
            "Internationale ngo",
            "ONG internacional",
        ),
    ),
    (
        "informal-group",
        ("مجموعة غير رسمية", "Groupe informel", "Informal group", "Informele groep", "Grupo informal"),
    ),
    (
        "public-body",
        ("هيئة عمومية", "Organisme public", "Public body", "Overheidsinstantie", "Organismo público"),
    ),
    ("company", ("شركة", "Entreprise", "Company", "Bedrijf", "Empresa")),
    # Added with the "Start and grow" section (its data migration creates it).
    (
        "auto-entrepreneur",
        ("مقاول ذاتي", "Auto-entrepreneur", "Auto-entrepreneur", "Auto-entrepreneur", "Autoemprendedor"),
    ),
]

LANGUAGES = [
    ("ar", ("العربية", "Arabe", "Arabic", "Arabisch", "Árabe")),
    (
        "ary",
        (
            "الدارجة المغربية",
            "Darija",
            "Darija (Moroccan Arabic)",
            "Darija (Marokkaans-Arabisch)",
            "Dariya (árabe marroquí)",
        ),
    ),
    ("zgh", ("الأمازيغية", "Amazighe", "Amazigh", "Amazigh (Tamazight)", "Amazig")),
    ("fr", ("الفرنسية", "Français", "French", "Frans", "Francés")),
    ("es", ("الإسبانية", "Espagnol", "Spanish", "Spaans", "Español")),
    ("en", ("الإنجليزية", "Anglais", "English", "Engels", "Inglés")),
    ("nl", ("الهولندية", "Néerlandais", "Dutch", "Nederlands", "Neerlandés")),
]

# (slug, kind, parent slug, ISO code, names)
AREAS = [
    ("morocco", "country", None, "MA", ("المغرب", "Maroc", "Morocco", "Marokko", "Marruecos")),
    (
        "tanger-tetouan-al-hoceima",
        "region",
        "morocco",
        "",
        (
            "جهة طنجة تطوان الحسيمة",
            "Tanger-Tétouan-Al Hoceïma",
            "Tangier-Tetouan-Al Hoceima",
            "Tanger-Tetouan-Al Hoceima",
            "Tánger-Tetuán-Alhucemas",
        ),
    ),
    (
        "prefecture-tanger-assilah",
        "prefecture",
        "tanger-tetouan-al-hoceima",
        "",
        (
            "عمالة طنجة أصيلة",
            "Préfecture de Tanger-Assilah",
            "Tangier-Assilah Prefecture",
            "Prefectuur Tanger-Assilah",
            "Prefectura de Tánger-Arcila",
        ),
    ),
    ("tanger", "commune", "prefecture-tanger-assilah", "", ("طنجة", "Tanger", "Tangier", "Tanger", "Tánger")),
    (
        "bni-makada",
        "arrondissement",
        "tanger",
        "",
        ("بني مكادة", "Bni Makada", "Bni Makada", "Bni Makada", "Bni Makada"),
    ),
    (
        "charf-mghogha",
        "arrondissement",
        "tanger",
        "",
        ("الشرف مغوغة", "Charf-Mghogha", "Charf-Mghogha", "Charf-Mghogha", "Charf-Mghogha"),
    ),
    (
        "charf-souani",
        "arrondissement",
        "tanger",
        "",
        ("الشرف السواني", "Charf-Souani", "Charf-Souani", "Charf-Souani", "Charf-Suani"),
    ),
    (
        "tanger-medina",
        "arrondissement",
        "tanger",
        "",
        ("طنجة المدينة", "Tanger-Médina", "Tangier-Medina", "Tanger-Medina", "Tánger-Medina"),
    ),
    (
        "assilah",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("أصيلة", "Assilah", "Asilah", "Asilah", "Arcila"),
    ),
    (
        "gueznaia",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("كزناية", "Gueznaia", "Gueznaia", "Gueznaia", "Gueznaia"),
    ),
    (
        "laaouama",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("العوامة", "Laaouama", "Laaouama", "Laaouama", "Laauama"),
    ),
    (
        "al-bahraoyine",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("البحراويين", "Al Bahraoyine", "Al Bahraoyine", "Al Bahraoyine", "Al Bahrauyín"),
    ),
    (
        "sahel-chamali",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("الساحل الشمالي", "Sahel Chamali", "Sahel Chamali", "Sahel Chamali", "Sahel Chamali"),
    ),
    (
        "hjar-ennhal",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("حجر النحل", "Hjar Ennhal", "Hjar Ennhal", "Hjar Ennhal", "Hjar Ennhal"),
    ),
    (
        "dar-chaoui",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("دار الشاوي", "Dar Chaoui", "Dar Chaoui", "Dar Chaoui", "Dar Chaui"),
    ),
    (
        "sidi-lyamani",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("سيدي اليمني", "Sidi Lyamani", "Sidi Lyamani", "Sidi Lyamani", "Sidi Lyamani"),
    ),
    (
        "had-al-gharbia",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("حد الغربية", "Had Al Gharbia", "Had Al Gharbia", "Had Al Gharbia", "Had Al Garbía"),
    ),
    (
        "azzinate",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("الزينات", "Azzinate", "Azzinate", "Azzinate", "Azzinat"),
    ),
    (
        "al-manzla",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("المنزلة", "Al Manzla", "Al Manzla", "Al Manzla", "Al Manzla"),
    ),
    (
        "aquouass-briech",
        "commune",
        "prefecture-tanger-assilah",
        "",
        ("اقواس بريش", "Aquouass Briech", "Aquouass Briech", "Aquouass Briech", "Acuás Briech"),
    ),
    (
        "netherlands",
        "country",
        None,
        "NL",
        ("هولندا", "Pays-Bas", "Netherlands", "Nederland", "Países Bajos"),
    ),
    ("belgium", "country", None, "BE", ("بلجيكا", "Belgique", "Belgium", "België", "Bélgica")),
    ("france", "country", None, "FR", ("فرنسا", "France", "France", "Frankrijk", "Francia")),
    ("spain", "country", None, "ES", ("إسبانيا", "Espagne", "Spain", "Spanje", "España")),
]


def _names(names):
    values = dict(zip(LANGS, names, strict=True))
    # The untranslated column mirrors the default language (French), as modeltranslation expects.
    return {"name": values["fr"], **{f"name_{code}": value for code, value in values.items()}}


def seed_taxonomies(Sector, TargetGroup, LegalForm, Language, Area):
    """Create or refresh the starting taxonomies. Accepts historical models so migrations can call it.

    Only rows that are missing or differ are written: the tests call this before most of them, and a
    database that already holds the seed must cost a handful of reads, not hundreds of writes.
    """
    for model, rows in (
        (Sector, SECTORS),
        (TargetGroup, TARGET_GROUPS),
        (LegalForm, LEGAL_FORMS),
        (Language, LANGUAGES),
    ):
        existing = _existing(model, ["position", *_names(rows[0][1])])
        for position, (slug, names) in enumerate(rows):
            _write(model, existing, slug, {"position": position, **_names(names)})
    wanted = {}
    pks = {}
    existing = _existing(
        Area, ["kind", "parent_id", "code", "position", "path", "depth", *_names(AREAS[0][4])]
    )
    for position, (slug, kind, parent_slug, code, names) in enumerate(AREAS):
        parent = wanted.get(parent_slug)
        # Historical models have no custom save(), so the path is written here too.
        wanted[slug] = {
            "kind": kind,
            "parent_id": pks[parent_slug] if parent else None,
            "code": code,
            "position": position,
            "path": f"{parent['path']}/{slug}" if parent else slug,
            "depth": parent["depth"] + 1 if parent else 0,
            **_names(names),
        }
        pks[slug] = _write(Area, existing, slug, wanted[slug])


def _existing(model, fields):
    # The untranslated "name" column is left out: modeltranslation reads it in the active language.
    columns = [field for field in fields if field != "name"]
    return {row["slug"]: row for row in model.objects.values("pk", "slug", *columns)}


def _write(model, existing, slug, values):
    """The row's primary key, after writing it only if it is missing or holds other values."""
    row = existing.get(slug)
    if row is not None and all(row[field] == value for field, value in values.items() if field in row):
        return row["pk"]
    return model.objects.update_or_create(slug=slug, defaults=values)[0].pk
