"""The history and upcoming projects a few sample organisations tell on their profile (``load_demo``); the
others leave both empty, as most real profiles will."""

from directory.demo import tr

STORIES = {
    "cooperative-yasmine-bni-makada": {
        "history": tr(
            "بدأت التعاونية سنة 2012 بسبع نساء يخطن في بيت إحداهن. بعد ثلاث سنوات استأجرن ورشة في حي "
            "المسيرة، وهن اليوم أربع وعشرون عضوة.",
            "La coopérative est née en 2012 avec sept femmes qui cousaient chez l'une d'elles. Trois ans plus "
            "tard, elles louaient un atelier à Hay Al Massira ; elles sont aujourd'hui vingt-quatre membres.",
            en="The cooperative began in 2012 with seven women sewing in one of their homes. Three years later "
            "they rented a workshop in Hay Al Massira; today they are twenty-four members.",
            nl="De coöperatie begon in 2012 met zeven vrouwen die bij een van hen thuis naaiden. Drie jaar later "
            "huurden ze een atelier in Hay Al Massira; nu zijn ze met vierentwintig leden.",
            es="La cooperativa nació en 2012 con siete mujeres que cosían en casa de una de ellas. Tres años "
            "después alquilaron un taller en Hay Al Massira; hoy son veinticuatro socias.",
        ),
        "upcoming_projects": tr(
            "متجر إلكتروني صغير لبيع المفروشات المطروزة، وتكوين ست متدربات جديدات في الخريف.",
            "Une petite boutique en ligne pour le linge brodé, et six nouvelles apprenties formées à l'automne.",
            en="A small online shop for the embroidered linen, and six new apprentices trained in the autumn.",
            nl="Een kleine webwinkel voor het geborduurde linnen, en zes nieuwe leerlingen die in het najaar "
            "worden opgeleid.",
            es="Una pequeña tienda en línea para la ropa bordada, y seis nuevas aprendices formadas en otoño.",
        ),
    },
    "association-tarbiya-casabarata": {
        "history": tr(
            "أسسها أساتذة متقاعدون سنة 2009 في قاعة مسجد الحي. انتقلت الجمعية سنة 2016 إلى مقرها الحالي "
            "بشارع مولاي علي الشريف.",
            "Fondée en 2009 par des enseignants retraités dans une salle de la mosquée du quartier, "
            "l'association s'est installée en 2016 dans son local actuel, avenue Moulay Ali Cherif.",
            en="Founded in 2009 by retired teachers in a room of the neighbourhood mosque, the association "
            "moved in 2016 to its current premises on Avenue Moulay Ali Cherif.",
            nl="In 2009 opgericht door gepensioneerde leraren in een zaal van de wijkmoskee; in 2016 verhuisde "
            "de vereniging naar haar huidige ruimte aan de Avenue Moulay Ali Cherif.",
            es="Fundada en 2009 por docentes jubilados en una sala de la mezquita del barrio, la asociación se "
            "trasladó en 2016 a su local actual, en la avenida Moulay Ali Cherif.",
        ),
        "upcoming_projects": tr(
            "فتح ركن للقراءة مع مشروع الجهة المؤسسة للدليل، ودروس دعم في الإنجليزية ابتداء من الدخول المقبل.",
            "Ouvrir un coin lecture avec le projet des fondateurs de l'annuaire, et des cours de soutien en "
            "anglais dès la prochaine rentrée.",
            en="Opening a reading corner with the directory founders' project, and English support classes "
            "from the next school year.",
            nl="Een leeshoek openen met het project van de oprichters van de gids, en bijlessen Engels vanaf "
            "het volgende schooljaar.",
            es="Abrir un rincón de lectura con el proyecto de los fundadores del directorio, y clases de apoyo "
            "de inglés desde el próximo curso.",
        ),
    },
    "code-tanja": {
        "history": tr(
            "بدأت Code Tanja كنادٍ للبرمجة يلتقي كل سبت في مقهى بوسط المدينة، ثم أصبحت جمعية تكوّن الشباب "
            "على تطوير المواقع.",
            "Code Tanja a commencé comme un club de programmation qui se retrouvait le samedi dans un café du "
            "centre-ville, avant de devenir une association qui forme les jeunes au développement web.",
            en="Code Tanja started as a coding club meeting on Saturdays in a café in the city centre, before "
            "becoming an association that trains young people in web development.",
            nl="Code Tanja begon als programmeerclub die op zaterdag samenkwam in een café in het centrum, en "
            "werd daarna een vereniging die jongeren opleidt in webontwikkeling.",
            es="Code Tanja empezó como un club de programación que se reunía los sábados en un café del centro, "
            "antes de convertirse en una asociación que forma a jóvenes en desarrollo web.",
        ),
        "upcoming_projects": tr(
            "دورة مشتركة عبر الإنترنت مع مدرسة في روتردام، ودورة أولى مخصصة للفتيات.",
            "Un cours en ligne commun avec une école de Rotterdam, et une première promotion réservée aux "
            "jeunes femmes.",
            en="A shared online course with a school in Rotterdam, and a first class for young women only.",
            nl="Een gezamenlijke online cursus met een school in Rotterdam, en een eerste groep alleen voor "
            "jonge vrouwen.",
            es="Un curso en línea compartido con una escuela de Róterdam, y una primera promoción solo para "
            "mujeres jóvenes.",
        ),
    },
}


def story_of(slug, field):
    """The sample text of ``field`` ("history" or "upcoming_projects") for one organisation, or None."""
    return STORIES.get(slug, {}).get(field)
