"""What every installation starts with in the news app: the about pages and the news categories, in all five
languages.

The pages carry the project's own words, from the founders' text "Our work" (written in Danish). They are data:
moderators edit them in the admin, and seeding never overwrites an edit (``get_or_create`` on the slug).
"""

LANGS = ("ar", "fr", "en", "nl", "es")

CATEGORIES = [
    (
        "project-news",
        ("أخبار المشروع", "Vie du projet", "Project news", "Projectnieuws", "Noticias del proyecto"),
    ),
    (
        "calls-and-opportunities",
        (
            "نداءات وفرص",
            "Appels et opportunités",
            "Calls and opportunities",
            "Oproepen en kansen",
            "Convocatorias y oportunidades",
        ),
    ),
    ("partnerships", ("شراكات", "Partenariats", "Partnerships", "Partnerschappen", "Alianzas")),
    (
        "events-recap",
        (
            "حصيلة الأنشطة",
            "Retour sur les événements",
            "Event reports",
            "Terugblik op evenementen",
            "Crónica de eventos",
        ),
    ),
    (
        "from-organisations",
        (
            "من الجمعيات",
            "Des associations",
            "From the organisations",
            "Van de organisaties",
            "Desde las organizaciones",
        ),
    ),
]

VISION = {
    "en": (
        "Our vision",
        """A strong and connected civil society in Morocco, where everyone who wants to help can find the people \
already doing the work, and every local initiative can find the support it needs.

In Morocco, national and international voluntary organisations play a very important role. The country faces \
a number of societal challenges, and many of them are best met by the associations, cooperatives and \
social-economy enterprises that work in its neighbourhoods every day.

We see a Tangier, and later a Morocco, where:

- anyone can see **who does what, where and for whom**, and what support exists;
- **the gaps are visible**: needs that nobody works on yet get attention, and new local projects start where \
they are missing;
- organisations in Morocco and their partners in **the Netherlands, Belgium, France and Spain** know each \
other and work together;
- civil society contributes to **inclusion, citizenship and the prevention of loneliness and crime**, and is a \
real alternative to problematic groups and milieus.

A strong civil society lets citizens discuss how their society should be organised and how its problems \
should be handled. That is what this project is for.""",
    ),
    "fr": (
        "Notre vision",
        """Une société civile marocaine forte et reliée, où chacun de ceux qui veulent aider trouve les personnes \
qui agissent déjà, et où chaque initiative locale trouve le soutien dont elle a besoin.

Au Maroc, les organisations bénévoles nationales et internationales jouent un rôle très important. Le pays fait \
face à plusieurs défis de société, et beaucoup d'entre eux trouvent leurs meilleures réponses auprès des \
associations, des coopératives et des entreprises de l'économie sociale qui travaillent chaque jour dans les \
quartiers.

Nous voulons une Tanger, puis un Maroc, où :

- chacun peut voir **qui fait quoi, où et pour qui**, et quels soutiens existent ;
- **les manques sont visibles** : les besoins dont personne ne s'occupe encore reçoivent de l'attention, et de \
nouveaux projets locaux naissent là où ils font défaut ;
- les organisations du Maroc et leurs partenaires des **Pays-Bas, de Belgique, de France et d'Espagne** se \
connaissent et travaillent ensemble ;
- la société civile contribue à **l'inclusion, à la citoyenneté et à la prévention de l'isolement et de la \
délinquance**, et offre une vraie alternative aux groupes et milieux à risque.

Une société civile forte permet aux citoyens de débattre de la manière dont leur société doit être organisée et \
dont ses problèmes doivent être traités. C'est la raison d'être de ce projet.""",
    ),
    "ar": (
        "رؤيتنا",
        """مجتمع مدني مغربي قوي ومترابط، يجد فيه كل من يرغب في المساعدة الأشخاص الذين يعملون بالفعل، وتجد فيه \
كل مبادرة محلية الدعم الذي تحتاجه.

تلعب المنظمات التطوعية الوطنية والدولية دورا مهما جدا في المغرب. ويواجه البلد عددا من التحديات المجتمعية، \
وكثير منها تجد أفضل أجوبتها لدى الجمعيات والتعاونيات ومقاولات الاقتصاد الاجتماعي التي تعمل كل يوم في الأحياء.

نطمح إلى طنجة، ثم إلى مغرب، حيث:

- يستطيع الجميع أن يعرف **من يفعل ماذا، وأين، ولفائدة من**، وما هي أشكال الدعم المتاحة؛
- **تصبح الثغرات واضحة**: تحظى الحاجات التي لا يعمل عليها أحد بعد بالاهتمام، وتنطلق مشاريع محلية جديدة حيث \
تنقص؛
- تتعارف منظمات المغرب وشركاؤها في **هولندا وبلجيكا وفرنسا وإسبانيا** وتعمل معا؛
- يساهم المجتمع المدني في **الإدماج والمواطنة والوقاية من العزلة والجريمة**، ويكون بديلا حقيقيا عن الجماعات \
والأوساط الإشكالية.

يتيح مجتمع مدني قوي للمواطنين أن يتناقشوا في كيفية تنظيم مجتمعهم وكيفية معالجة مشاكله. ومن أجل ذلك وُجد هذا \
المشروع.""",
    ),
    "nl": (
        "Onze visie",
        """Een sterk en verbonden maatschappelijk middenveld in Marokko, waar iedereen die wil helpen de mensen \
vindt die het werk al doen, en waar elk lokaal initiatief de steun vindt die het nodig heeft.

In Marokko spelen nationale en internationale vrijwilligersorganisaties een heel belangrijke rol. Het land \
staat voor een aantal maatschappelijke uitdagingen, en veel daarvan worden het best aangepakt door de \
verenigingen, coöperaties en sociale ondernemingen die elke dag in de wijken werken.

Wij zien een Tanger, en later een Marokko, waar:

- iedereen kan zien **wie wat doet, waar en voor wie**, en welke steun er bestaat;
- **de lacunes zichtbaar zijn**: noden waar nog niemand aan werkt krijgen aandacht, en nieuwe lokale projecten \
starten waar ze ontbreken;
- organisaties in Marokko en hun partners in **Nederland, België, Frankrijk en Spanje** elkaar kennen en \
samenwerken;
- het middenveld bijdraagt aan **inclusie, burgerschap en het voorkomen van eenzaamheid en criminaliteit**, en \
een echt alternatief is voor problematische groepen en milieus.

Een sterk maatschappelijk middenveld laat burgers bespreken hoe hun samenleving georganiseerd moet worden en hoe \
haar problemen aangepakt moeten worden. Daarvoor bestaat dit project.""",
    ),
    "es": (
        "Nuestra visión",
        """Una sociedad civil marroquí fuerte y conectada, en la que cualquiera que quiera ayudar encuentre a las \
personas que ya están haciendo el trabajo, y en la que cada iniciativa local encuentre el apoyo que necesita.

En Marruecos, las organizaciones de voluntariado nacionales e internacionales desempeñan un papel muy \
importante. El país afronta varios retos sociales, y muchos de ellos encuentran su mejor respuesta en las \
asociaciones, cooperativas y empresas de economía social que trabajan cada día en los barrios.

Queremos un Tánger, y después un Marruecos, donde:

- cualquiera pueda ver **quién hace qué, dónde y para quién**, y qué apoyos existen;
- **las carencias sean visibles**: las necesidades que nadie atiende todavía reciban atención, y nazcan nuevos \
proyectos locales allí donde faltan;
- las organizaciones de Marruecos y sus socios de **los Países Bajos, Bélgica, Francia y España** se conozcan \
y trabajen juntos;
- la sociedad civil contribuya a **la inclusión, la ciudadanía y la prevención de la soledad y la \
delincuencia**, y sea una alternativa real a grupos y entornos problemáticos.

Una sociedad civil fuerte permite a la ciudadanía debatir cómo debe organizarse su sociedad y cómo deben \
abordarse sus problemas. Para eso existe este proyecto.""",
    ),
}

MISSION = {
    "en": (
        "Our mission",
        """We create **overview and transparency** around the opportunities for support that exist, in the first \
instance in Tangier, and we act as **the communicative link** between the many national and international \
organisations of the voluntary sector.

## What we do

- **A public directory** of Tangier's associations, cooperatives and social-economy enterprises, in Arabic, \
French, English, Dutch and Spanish, searchable by sector, target group and neighbourhood.
- **Support opportunities**: funding, volunteering, in-kind help and training, offered to local organisations \
or sought by them, in one place and with their deadlines.
- **News and events**, so that organisations can follow each other's work and take part in it.
- **An overview of what is missing**: by showing where organisations work and on what, we help identify the \
efforts that lack focus.

## Why

By helping to maintain, develop and start local projects, voluntary organisations and social-economy \
enterprises, we strengthen civil society, citizens' personal responsibility and the country's cohesion: \
locally in Tangier and, step by step, nationally. We also want to strengthen cooperation and community among \
voluntary organisations in Morocco and in countries such as the Netherlands, Belgium, France and Spain.""",
    ),
    "fr": (
        "Notre mission",
        """Nous créons de **la visibilité et de la transparence** sur les possibilités de soutien qui existent, \
d'abord à Tanger, et nous servons de **trait d'union** entre les nombreuses organisations nationales et \
internationales du secteur bénévole.

## Ce que nous faisons

- **Un annuaire public** des associations, coopératives et entreprises de l'économie sociale de Tanger, en \
arabe, français, anglais, néerlandais et espagnol, où l'on cherche par secteur, public et quartier.
- **Les opportunités de soutien** : financements, bénévolat, dons en nature et formations, offerts aux \
organisations locales ou recherchés par elles, réunis en un seul endroit avec leurs dates limites.
- **Des actualités et des événements**, pour que les organisations suivent le travail des autres et y prennent \
part.
- **Une vue de ce qui manque** : en montrant où les organisations travaillent et sur quoi, nous aidons à repérer \
les actions qui manquent d'attention.

## Pourquoi

En aidant à maintenir, développer et lancer des projets locaux, des organisations bénévoles et des entreprises \
de l'économie sociale, nous renforçons la société civile, la responsabilité personnelle des citoyens et la \
cohésion du pays : à Tanger d'abord, puis, pas à pas, à l'échelle nationale. Nous voulons aussi renforcer la \
coopération et les liens entre les organisations bénévoles du Maroc et celles de pays comme les Pays-Bas, la \
Belgique, la France et l'Espagne.""",
    ),
    "ar": (
        "مهمتنا",
        """نعمل على توفير **رؤية واضحة وشفافية** حول فرص الدعم المتاحة، في طنجة أولا، ونكون **صلة الوصل** بين \
العديد من المنظمات الوطنية والدولية في القطاع التطوعي.

## ماذا نفعل

- **دليل عمومي** لجمعيات طنجة وتعاونياتها ومقاولات الاقتصاد الاجتماعي فيها، بالعربية والفرنسية والإنجليزية \
والهولندية والإسبانية، يمكن البحث فيه حسب القطاع والفئة المستهدفة والحي.
- **فرص الدعم**: التمويل والتطوع والمساعدات العينية والتكوين، التي تُعرض على المنظمات المحلية أو تبحث عنها، \
مجموعة في مكان واحد مع آجالها.
- **أخبار وأنشطة**، لكي تتابع المنظمات عمل بعضها البعض وتشارك فيه.
- **صورة عما ينقص**: بإظهار أين تعمل المنظمات وفي أي مجال، نساعد على تحديد الجهود التي تفتقر إلى الاهتمام.

## لماذا

بالمساهمة في استمرار المشاريع المحلية والمنظمات التطوعية ومقاولات الاقتصاد الاجتماعي وتطويرها وإطلاق \
الجديد منها، نقوي المجتمع المدني والمسؤولية الشخصية للمواطنين وتماسك البلد: محليا في طنجة، ثم على الصعيد \
الوطني خطوة بخطوة. ونريد أيضا تعزيز التعاون والتضامن بين المنظمات التطوعية في المغرب وفي بلدان مثل هولندا \
وبلجيكا وفرنسا وإسبانيا.""",
    ),
    "nl": (
        "Onze missie",
        """Wij brengen **overzicht en transparantie** in de mogelijkheden voor steun die er zijn, in eerste \
instantie in Tanger, en we zijn **de communicatieve schakel** tussen de vele nationale en internationale \
organisaties in de vrijwilligerssector.

## Wat we doen

- **Een openbare gids** van de verenigingen, coöperaties en sociale ondernemingen van Tanger, in het Arabisch, \
Frans, Engels, Nederlands en Spaans, doorzoekbaar op sector, doelgroep en wijk.
- **Steunmogelijkheden**: financiering, vrijwilligerswerk, hulp in natura en opleiding, aangeboden aan lokale \
organisaties of door hen gezocht, op één plek en met hun deadlines.
- **Nieuws en evenementen**, zodat organisaties elkaars werk kunnen volgen en eraan kunnen deelnemen.
- **Een overzicht van wat ontbreekt**: door te tonen waar organisaties werken en waaraan, helpen we de \
inspanningen te vinden die te weinig aandacht krijgen.

## Waarom

Door lokale projecten, vrijwilligersorganisaties en sociale ondernemingen te helpen voortbestaan, groeien en \
opstarten, versterken we het maatschappelijk middenveld, de persoonlijke verantwoordelijkheid van burgers en de \
samenhang van het land: lokaal in Tanger en, stap voor stap, nationaal. We willen ook de samenwerking en \
verbondenheid versterken tussen vrijwilligersorganisaties in Marokko en in landen als Nederland, België, \
Frankrijk en Spanje.""",
    ),
    "es": (
        "Nuestra misión",
        """Creamos **visibilidad y transparencia** sobre las oportunidades de apoyo que existen, en primer lugar \
en Tánger, y hacemos de **enlace** entre las numerosas organizaciones nacionales e internacionales del sector \
del voluntariado.

## Qué hacemos

- **Un directorio público** de las asociaciones, cooperativas y empresas de economía social de Tánger, en \
árabe, francés, inglés, neerlandés y español, con búsqueda por sector, colectivo y barrio.
- **Oportunidades de apoyo**: financiación, voluntariado, ayuda en especie y formación, ofrecidas a las \
organizaciones locales o buscadas por ellas, en un solo lugar y con sus plazos.
- **Noticias y eventos**, para que las organizaciones sigan el trabajo de las demás y participen en él.
- **Una visión de lo que falta**: al mostrar dónde trabajan las organizaciones y en qué, ayudamos a detectar \
las iniciativas que carecen de atención.

## Por qué

Al ayudar a mantener, desarrollar y poner en marcha proyectos locales, organizaciones de voluntariado y \
empresas de economía social, fortalecemos la sociedad civil, la responsabilidad personal de la ciudadanía y la \
cohesión del país: en Tánger primero y, paso a paso, a escala nacional. También queremos reforzar la \
cooperación y los lazos entre las organizaciones de voluntariado de Marruecos y de países como los Países \
Bajos, Bélgica, Francia y España.""",
    ),
}

HISTORY = {
    "en": (
        "Our history",
        """## Where the idea came from

The project grew out of a simple observation: in Morocco, national and international voluntary organisations \
do a great deal, but it is hard to see who does what. Associations in one neighbourhood often do not know those \
in the next, partners abroad do not know whom to contact, and people who want to help do not know where to \
start. The founders wrote the idea down in a short text, *Our work*, in Danish: the text these pages are built \
on.

## Starting in Tangier

Rather than covering the whole country at once, the project starts in one city. Tangier has a lively \
associational life, close ties with Spain, France, Belgium and the Netherlands, and neighbourhoods with very \
different needs: a good place to build the network first and learn what works.

## The directory

The first tool is this directory: profiles written by the organisations themselves and checked by moderators, \
in the five languages the city's organisations and partners use. Support opportunities, news and events \
followed, so that the directory is not only a list but a place where offers and needs meet.

## What comes next

Next, we want to make the gaps visible (which sectors and neighbourhoods have few organisations) and help new \
projects start where they are missing. You can follow our work under **News**, where we keep you updated.""",
    ),
    "fr": (
        "Notre histoire",
        """## D'où vient l'idée

Le projet est né d'un constat simple : au Maroc, les organisations bénévoles nationales et internationales font \
beaucoup, mais il est difficile de savoir qui fait quoi. Les associations d'un quartier ne connaissent souvent \
pas celles du quartier voisin, les partenaires étrangers ne savent pas à qui s'adresser, et ceux qui veulent \
aider ne savent pas par où commencer. Les fondateurs ont mis l'idée par écrit dans un court texte, *Notre \
travail*, rédigé en danois : c'est le texte sur lequel reposent ces pages.

## Commencer par Tanger

Plutôt que de couvrir tout le pays d'un coup, le projet commence par une ville. Tanger a une vie associative \
riche, des liens étroits avec l'Espagne, la France, la Belgique et les Pays-Bas, et des quartiers aux besoins \
très différents : un bon endroit pour construire d'abord le réseau et apprendre ce qui fonctionne.

## L'annuaire

Le premier outil est cet annuaire : des fiches rédigées par les organisations elles-mêmes et vérifiées par des \
modérateurs, dans les cinq langues qu'utilisent les organisations de la ville et leurs partenaires. Les \
opportunités de soutien, les actualités et les événements ont suivi, pour que l'annuaire ne soit pas seulement \
une liste mais un lieu où offres et besoins se rencontrent.

## La suite

Nous voulons maintenant rendre visibles les manques (les secteurs et les quartiers où peu d'organisations \
agissent) et aider de nouveaux projets à naître là où ils font défaut. Suivez notre travail dans les \
**Actualités**, où nous vous tenons informés.""",
    ),
    "ar": (
        "تاريخنا",
        """## من أين جاءت الفكرة

وُلد المشروع من ملاحظة بسيطة: في المغرب، تقوم المنظمات التطوعية الوطنية والدولية بالكثير، لكن من الصعب \
معرفة من يفعل ماذا. فالجمعيات في حي ما لا تعرف غالبا جمعيات الحي المجاور، والشركاء في الخارج لا يعرفون بمن \
يتصلون، ومن يرغب في المساعدة لا يعرف من أين يبدأ. دوّن المؤسسون الفكرة في نص قصير بعنوان *عملنا*، كُتب \
بالدنماركية، وعليه تقوم هذه الصفحات.

## البداية من طنجة

بدل تغطية البلد كله دفعة واحدة، يبدأ المشروع من مدينة واحدة. ففي طنجة حياة جمعوية غنية، وروابط وثيقة مع \
إسبانيا وفرنسا وبلجيكا وهولندا، وأحياء ذات حاجات مختلفة جدا: مكان مناسب لبناء الشبكة أولا ومعرفة ما ينجح.

## الدليل

الأداة الأولى هي هذا الدليل: بطاقات تكتبها المنظمات بنفسها ويراجعها مشرفون، باللغات الخمس التي تستعملها \
منظمات المدينة وشركاؤها. ثم أُضيفت فرص الدعم والأخبار والأنشطة، لكي لا يكون الدليل مجرد لائحة، بل مكانا \
تلتقي فيه العروض بالحاجات.

## الخطوات المقبلة

نريد الآن إظهار الثغرات (القطاعات والأحياء التي تعمل فيها منظمات قليلة) والمساعدة على إطلاق مشاريع جديدة \
حيث تنقص. يمكنكم متابعة عملنا في قسم **الأخبار**، حيث نوافيكم بالمستجدات.""",
    ),
    "nl": (
        "Onze geschiedenis",
        """## Waar het idee vandaan komt

Het project ontstond uit een eenvoudige vaststelling: in Marokko doen nationale en internationale \
vrijwilligersorganisaties heel veel, maar het is moeilijk te zien wie wat doet. Verenigingen in de ene wijk \
kennen die in de volgende vaak niet, partners in het buitenland weten niet wie ze moeten contacteren, en wie \
wil helpen weet niet waar te beginnen. De oprichters schreven het idee op in een korte tekst, *Ons werk*, in \
het Deens: de tekst waarop deze pagina's gebouwd zijn.

## Beginnen in Tanger

In plaats van meteen het hele land te bestrijken, begint het project in één stad. Tanger heeft een levendig \
verenigingsleven, nauwe banden met Spanje, Frankrijk, België en Nederland, en wijken met heel verschillende \
noden: een goede plek om eerst het netwerk op te bouwen en te leren wat werkt.

## De gids

Het eerste instrument is deze gids: profielen die de organisaties zelf schrijven en die moderatoren \
controleren, in de vijf talen die de organisaties van de stad en hun partners gebruiken. Daarna kwamen de \
steunmogelijkheden, het nieuws en de evenementen, zodat de gids niet alleen een lijst is maar een plek waar \
aanbod en vraag elkaar vinden.

## Wat volgt

Nu willen we de lacunes zichtbaar maken (welke sectoren en wijken weinig organisaties hebben) en helpen nieuwe \
projecten te starten waar ze ontbreken. Volg ons werk onder **Nieuws**, waar we je op de hoogte houden.""",
    ),
    "es": (
        "Nuestra historia",
        """## De dónde viene la idea

El proyecto nació de una observación sencilla: en Marruecos, las organizaciones de voluntariado nacionales e \
internacionales hacen mucho, pero es difícil saber quién hace qué. Las asociaciones de un barrio a menudo no \
conocen a las del barrio de al lado, los socios del extranjero no saben a quién dirigirse y quien quiere ayudar \
no sabe por dónde empezar. Los fundadores pusieron la idea por escrito en un texto breve, *Nuestro trabajo*, \
redactado en danés: el texto en el que se basan estas páginas.

## Empezar por Tánger

En lugar de abarcar todo el país de una vez, el proyecto empieza por una ciudad. Tánger tiene una vida \
asociativa rica, lazos estrechos con España, Francia, Bélgica y los Países Bajos, y barrios con necesidades muy \
distintas: un buen lugar para construir primero la red y aprender qué funciona.

## El directorio

La primera herramienta es este directorio: fichas que redactan las propias organizaciones y que revisan \
moderadores, en los cinco idiomas que usan las organizaciones de la ciudad y sus socios. Después llegaron las \
oportunidades de apoyo, las noticias y los eventos, para que el directorio no sea solo una lista sino un lugar \
donde se encuentran ofertas y necesidades.

## Lo que viene

Ahora queremos hacer visibles las carencias (los sectores y barrios con pocas organizaciones) y ayudar a que \
nazcan nuevos proyectos donde faltan. Sigue nuestro trabajo en **Noticias**, donde te mantenemos al día.""",
    ),
}

HOW_IT_WORKS = {
    "en": (
        "How the directory works",
        """## Who can be listed

Associations, cooperatives, foundations, federations, social-economy enterprises and informal groups working \
in Tangier, and their partners elsewhere in Morocco and abroad.

## How an organisation gets in

1. A member of the organisation creates an account with their e-mail address and registers the organisation.
2. A moderator checks the profile: that the organisation exists, that the text describes its work, and that \
nothing in it is offensive or misleading.
3. Once approved, the profile is public; until then nobody else sees it. We e-mail the outcome, with the \
reason if the profile was not approved.

Profiles that are already listed, imported from public lists, can be **claimed** by the people who run the \
organisation.

## Keeping profiles up to date

Owners and editors change their profile from their dashboard. Changes to a public profile are checked too: the \
public keeps seeing the current version until a moderator approves the new one. An organisation that has not \
confirmed its profile for twelve months gets a reminder.

## Opportunities, news and events

Organisations post the support they offer or seek, news about their work and their events. Every post goes \
through the same moderation before it appears.

## Who moderates

The directory is moderated by the project team: a small group of moderators appointed by the project. They do \
not take sides between organisations; they check facts and tone, not opinions. Every decision is recorded with \
who made it and why.

## Languages

Every page is available in Arabic, French, English, Dutch and Spanish. Organisations write in the languages \
they use; when a text does not exist in your language, we show it in another one and say so.""",
    ),
    "fr": (
        "Comment fonctionne l'annuaire",
        """## Qui peut y figurer

Les associations, coopératives, fondations, fédérations, entreprises de l'économie sociale et groupes \
informels qui agissent à Tanger, ainsi que leurs partenaires ailleurs au Maroc et à l'étranger.

## Comment une organisation y entre

1. Un membre de l'organisation crée un compte avec son adresse e-mail et inscrit l'organisation.
2. Un modérateur vérifie la fiche : que l'organisation existe, que le texte décrit son travail, et que rien n'y \
est injurieux ou trompeur.
3. Une fois approuvée, la fiche est publique ; avant, personne d'autre ne la voit. Nous envoyons la décision \
par e-mail, avec la raison si la fiche n'a pas été approuvée.

Les fiches déjà présentes, importées de listes publiques, peuvent être **revendiquées** par les personnes qui \
dirigent l'organisation.

## Tenir les fiches à jour

Les propriétaires et éditeurs modifient leur fiche depuis leur tableau de bord. Les modifications d'une fiche \
publique sont elles aussi vérifiées : le public continue de voir la version actuelle jusqu'à ce qu'un \
modérateur approuve la nouvelle. Une organisation qui n'a pas confirmé sa fiche depuis douze mois reçoit un \
rappel.

## Opportunités, actualités et événements

Les organisations publient le soutien qu'elles offrent ou recherchent, des nouvelles de leur travail et leurs \
événements. Chaque publication passe par la même modération avant d'apparaître.

## Qui modère

L'annuaire est modéré par l'équipe du projet : un petit groupe de modérateurs désignés par le projet. Ils ne \
prennent pas parti entre les organisations ; ils vérifient les faits et le ton, pas les opinions. Chaque \
décision est enregistrée avec son auteur et sa raison.

## Langues

Chaque page existe en arabe, français, anglais, néerlandais et espagnol. Les organisations écrivent dans les \
langues qu'elles utilisent ; quand un texte n'existe pas dans votre langue, nous l'affichons dans une autre et \
le signalons.""",
    ),
    "ar": (
        "كيف يعمل الدليل",
        """## من يمكن إدراجه

الجمعيات والتعاونيات والمؤسسات والاتحادات ومقاولات الاقتصاد الاجتماعي والمجموعات غير الرسمية العاملة في \
طنجة، وشركاؤها في باقي المغرب وفي الخارج.

## كيف تنضم منظمة إلى الدليل

1. ينشئ عضو في المنظمة حسابا بعنوان بريده الإلكتروني ويسجل المنظمة.
2. يراجع مشرف البطاقة: أن المنظمة موجودة، وأن النص يصف عملها، وأنه لا يتضمن ما هو مسيء أو مضلل.
3. بعد الموافقة تصبح البطاقة عمومية، وقبل ذلك لا يراها أحد غيركم. نرسل إليكم القرار عبر البريد الإلكتروني، \
مع السبب إذا لم تتم الموافقة على البطاقة.

يمكن للمسؤولين عن منظمة ما **المطالبة** ببطاقتها إذا كانت مدرجة من قبل، مستوردة من لوائح عمومية.

## تحيين البطاقات

يعدّل المالكون والمحررون بطاقتهم من لوحة التحكم الخاصة بهم. وتُراجع كذلك التعديلات على البطاقة العمومية: \
يظل الجمهور يرى النسخة الحالية إلى أن يوافق مشرف على النسخة الجديدة. وتتلقى المنظمة التي لم تؤكد بطاقتها منذ \
اثني عشر شهرا تذكيرا.

## الفرص والأخبار والأنشطة

تنشر المنظمات الدعم الذي تقدمه أو تبحث عنه، وأخبار عملها وأنشطتها. ويمر كل منشور بنفس المراجعة قبل ظهوره.

## من يشرف على الدليل

يشرف على الدليل فريق المشروع: مجموعة صغيرة من المشرفين يعينهم المشروع. لا ينحازون إلى أي منظمة، بل يتحققون \
من الوقائع والأسلوب، لا من الآراء. ويُسجَّل كل قرار مع صاحبه وسببه.

## اللغات

كل صفحة متاحة بالعربية والفرنسية والإنجليزية والهولندية والإسبانية. تكتب المنظمات باللغات التي تستعملها، \
وعندما لا يوجد نص بلغتكم نعرضه بلغة أخرى ونشير إلى ذلك.""",
    ),
    "nl": (
        "Hoe de gids werkt",
        """## Wie erin kan staan

Verenigingen, coöperaties, stichtingen, federaties, sociale ondernemingen en informele groepen die in Tanger \
actief zijn, en hun partners elders in Marokko en in het buitenland.

## Hoe een organisatie erin komt

1. Een lid van de organisatie maakt een account aan met zijn of haar e-mailadres en registreert de organisatie.
2. Een moderator controleert het profiel: dat de organisatie bestaat, dat de tekst haar werk beschrijft en dat \
er niets beledigends of misleidends in staat.
3. Na goedkeuring is het profiel openbaar; tot dan ziet niemand anders het. We mailen de beslissing, met de \
reden als het profiel niet werd goedgekeurd.

Profielen die er al in staan, overgenomen uit openbare lijsten, kunnen worden **opgeëist** door de mensen die \
de organisatie leiden.

## Profielen actueel houden

Eigenaars en redacteurs wijzigen hun profiel vanuit hun dashboard. Wijzigingen aan een openbaar profiel worden \
ook gecontroleerd: het publiek blijft de huidige versie zien tot een moderator de nieuwe goedkeurt. Een \
organisatie die haar profiel twaalf maanden niet heeft bevestigd, krijgt een herinnering.

## Kansen, nieuws en evenementen

Organisaties plaatsen de steun die ze aanbieden of zoeken, nieuws over hun werk en hun evenementen. Elk bericht \
doorloopt dezelfde moderatie voordat het verschijnt.

## Wie modereert

De gids wordt gemodereerd door het projectteam: een kleine groep moderatoren die het project aanstelt. Ze \
kiezen geen partij tussen organisaties; ze controleren feiten en toon, geen meningen. Elke beslissing wordt \
vastgelegd met wie ze nam en waarom.

## Talen

Elke pagina bestaat in het Arabisch, Frans, Engels, Nederlands en Spaans. Organisaties schrijven in de talen \
die ze gebruiken; bestaat een tekst niet in jouw taal, dan tonen we hem in een andere taal en zeggen we dat \
erbij.""",
    ),
    "es": (
        "Cómo funciona el directorio",
        """## Quién puede aparecer

Las asociaciones, cooperativas, fundaciones, federaciones, empresas de economía social y grupos informales que \
trabajan en Tánger, y sus socios en el resto de Marruecos y en el extranjero.

## Cómo entra una organización

1. Una persona de la organización crea una cuenta con su dirección de correo electrónico e inscribe la \
organización.
2. Un moderador revisa la ficha: que la organización existe, que el texto describe su trabajo y que no contiene \
nada ofensivo ni engañoso.
3. Una vez aprobada, la ficha es pública; antes, nadie más la ve. Enviamos la decisión por correo electrónico, \
con el motivo si la ficha no se aprobó.

Las fichas que ya figuran, importadas de listas públicas, pueden ser **reclamadas** por las personas que \
dirigen la organización.

## Mantener las fichas al día

Las personas propietarias y editoras cambian su ficha desde su panel. Los cambios en una ficha pública también \
se revisan: el público sigue viendo la versión actual hasta que un moderador aprueba la nueva. Una \
organización que no ha confirmado su ficha en doce meses recibe un recordatorio.

## Oportunidades, noticias y eventos

Las organizaciones publican el apoyo que ofrecen o buscan, noticias sobre su trabajo y sus eventos. Cada \
publicación pasa por la misma moderación antes de aparecer.

## Quién modera

El directorio lo modera el equipo del proyecto: un pequeño grupo de moderadores designados por el proyecto. No \
toman partido entre organizaciones; revisan hechos y tono, no opiniones. Cada decisión queda registrada con \
quién la tomó y por qué.

## Idiomas

Cada página está disponible en árabe, francés, inglés, neerlandés y español. Las organizaciones escriben en los \
idiomas que usan; cuando un texto no existe en tu idioma, lo mostramos en otro y lo indicamos.""",
    ),
}

PRIVACY = {
    "en": (
        "Privacy",
        """This directory publishes information about organisations, not about private persons. We keep as \
little about you as we can, and we never sell or share it.

## What we keep

- **Your account**: your e-mail address, your name if you give it, your preferred language and when you last \
logged in.
- **Organisations you manage**: what you submit for publication, changes waiting for approval, and who approved \
or rejected them, when and why.
- **Messages about opportunities**: when you write to an organisation, your name, e-mail address and message \
go to it by e-mail so that it can reply; we keep a copy as a record.
- **The newsletter**: your e-mail address, language and chosen topics, when you confirmed, and which items we \
have already sent you.
- **Security**: failed login attempts with the connection's address, and short-lived counters that stop forms \
from being abused.

## What we do not do

No advertising, no tracking cookies, no analytics services. The only cookies keep you logged in and protect \
forms against forgery. Maps on some pages are loaded from OpenStreetMap, so your browser contacts their \
servers when it shows one.

## Your rights

From your account page you can download everything we keep about you, and delete your account at any time. \
Organisation profiles you managed stay in the directory without your name. Every newsletter has a link to \
unsubscribe in one click.

## Public information

Profiles, opportunities, news and events are public once approved: please do not put personal data about other \
people in them.""",
    ),
    "fr": (
        "Confidentialité",
        """Cet annuaire publie des informations sur des organisations, pas sur des particuliers. Nous gardons le \
moins possible de données vous concernant, et nous ne les vendons ni ne les partageons jamais.

## Ce que nous gardons

- **Votre compte** : votre adresse e-mail, votre nom si vous le donnez, votre langue préférée et la date de \
votre dernière connexion.
- **Les organisations que vous gérez** : ce que vous soumettez à publication, les modifications en attente, et \
qui les a approuvées ou refusées, quand et pourquoi.
- **Les messages sur les opportunités** : quand vous écrivez à une organisation, votre nom, votre adresse \
e-mail et votre message lui sont transmis par e-mail pour qu'elle puisse répondre ; nous en gardons une copie.
- **La lettre d'information** : votre adresse e-mail, votre langue et vos thèmes choisis, la date de votre \
confirmation et les contenus déjà envoyés.
- **La sécurité** : les tentatives de connexion échouées avec l'adresse de connexion, et des compteurs de courte \
durée qui empêchent l'abus des formulaires.

## Ce que nous ne faisons pas

Ni publicité, ni cookies de suivi, ni services de mesure d'audience. Les seuls cookies vous gardent connecté et \
protègent les formulaires contre la falsification. Les cartes de certaines pages sont chargées depuis \
OpenStreetMap : votre navigateur contacte alors leurs serveurs.

## Vos droits

Depuis la page de votre compte, vous pouvez télécharger tout ce que nous gardons sur vous et supprimer votre \
compte à tout moment. Les fiches d'organisation que vous gériez restent dans l'annuaire, sans votre nom. Chaque \
lettre d'information contient un lien de désinscription en un clic.

## Informations publiques

Les fiches, opportunités, actualités et événements sont publics une fois approuvés : n'y mettez pas de données \
personnelles sur d'autres personnes.""",
    ),
    "ar": (
        "الخصوصية",
        """ينشر هذا الدليل معلومات عن المنظمات، لا عن الأفراد. نحتفظ بأقل قدر ممكن من المعطيات عنكم، ولا نبيعها \
ولا نشاركها أبدا.

## ما نحتفظ به

- **حسابكم**: عنوان بريدكم الإلكتروني، واسمكم إن قدمتموه، ولغتكم المفضلة، وتاريخ آخر دخول.
- **المنظمات التي تديرونها**: ما تقدمونه للنشر، والتعديلات التي تنتظر الموافقة، ومن وافق عليها أو رفضها، \
ومتى ولماذا.
- **الرسائل حول الفرص**: عندما تكتبون إلى منظمة، يُرسل إليها اسمكم وعنوان بريدكم الإلكتروني ورسالتكم عبر \
البريد الإلكتروني لكي تجيبكم، ونحتفظ بنسخة منها.
- **النشرة الإخبارية**: عنوان بريدكم الإلكتروني ولغتكم والمواضيع التي اخترتموها، وتاريخ تأكيد الاشتراك، \
والمواد التي أرسلناها إليكم.
- **الأمان**: محاولات الدخول الفاشلة مع عنوان الاتصال، وعدادات قصيرة المدة تمنع إساءة استعمال الاستمارات.

## ما لا نفعله

لا إشهار، ولا ملفات تعريف ارتباط للتتبع، ولا خدمات لقياس الزيارات. ملفات تعريف الارتباط الوحيدة تُبقيكم \
متصلين وتحمي الاستمارات من التزوير. تُحمَّل الخرائط في بعض الصفحات من OpenStreetMap، فيتصل متصفحكم \
بخوادمها عند عرضها.

## حقوقكم

من صفحة حسابكم يمكنكم تنزيل كل ما نحتفظ به عنكم، وحذف حسابكم في أي وقت. تبقى بطاقات المنظمات التي كنتم \
تديرونها في الدليل دون اسمكم. وتتضمن كل نشرة رابطا لإلغاء الاشتراك بنقرة واحدة.

## المعلومات العمومية

البطاقات والفرص والأخبار والأنشطة عمومية بعد الموافقة عليها: المرجو عدم وضع معطيات شخصية عن أشخاص آخرين \
فيها.""",
    ),
    "nl": (
        "Privacy",
        """Deze gids publiceert informatie over organisaties, niet over privépersonen. We bewaren zo weinig \
mogelijk over jou, en we verkopen of delen het nooit.

## Wat we bewaren

- **Je account**: je e-mailadres, je naam als je die opgeeft, je voorkeurstaal en wanneer je het laatst \
inlogde.
- **Organisaties die je beheert**: wat je ter publicatie indient, wijzigingen die op goedkeuring wachten, en \
wie ze goedkeurde of afwees, wanneer en waarom.
- **Berichten over kansen**: als je een organisatie schrijft, gaan je naam, e-mailadres en bericht per e-mail \
naar haar zodat ze kan antwoorden; we bewaren een kopie.
- **De nieuwsbrief**: je e-mailadres, taal en gekozen onderwerpen, wanneer je bevestigde, en welke berichten we \
je al stuurden.
- **Beveiliging**: mislukte inlogpogingen met het adres van de verbinding, en kortlevende tellers die misbruik \
van formulieren tegengaan.

## Wat we niet doen

Geen advertenties, geen trackingcookies, geen analysediensten. De enige cookies houden je ingelogd en \
beschermen formulieren tegen vervalsing. Kaarten op sommige pagina's komen van OpenStreetMap, dus je browser \
maakt contact met hun servers wanneer hij er een toont.

## Je rechten

Op je accountpagina kun je alles downloaden wat we over je bewaren, en je account op elk moment verwijderen. \
Profielen van organisaties die je beheerde blijven in de gids, zonder je naam. Elke nieuwsbrief bevat een link \
om je met één klik af te melden.

## Openbare informatie

Profielen, kansen, nieuws en evenementen zijn openbaar zodra ze goedgekeurd zijn: zet er geen \
persoonsgegevens van anderen in.""",
    ),
    "es": (
        "Privacidad",
        """Este directorio publica información sobre organizaciones, no sobre particulares. Guardamos lo menos \
posible sobre ti, y nunca lo vendemos ni lo compartimos.

## Qué guardamos

- **Tu cuenta**: tu dirección de correo electrónico, tu nombre si lo indicas, tu idioma preferido y cuándo \
entraste por última vez.
- **Las organizaciones que gestionas**: lo que envías para publicar, los cambios pendientes de aprobación, y \
quién los aprobó o rechazó, cuándo y por qué.
- **Los mensajes sobre oportunidades**: cuando escribes a una organización, tu nombre, tu correo y tu mensaje \
le llegan por correo electrónico para que pueda responderte; guardamos una copia.
- **El boletín**: tu correo, tu idioma y los temas elegidos, cuándo confirmaste y qué contenidos te hemos \
enviado ya.
- **Seguridad**: los intentos de acceso fallidos con la dirección de la conexión, y contadores de corta \
duración que impiden el abuso de los formularios.

## Qué no hacemos

Ni publicidad, ni cookies de seguimiento, ni servicios de analítica. Las únicas cookies mantienen tu sesión y \
protegen los formularios contra la falsificación. Los mapas de algunas páginas se cargan desde OpenStreetMap, \
así que tu navegador contacta con sus servidores cuando muestra uno.

## Tus derechos

Desde la página de tu cuenta puedes descargar todo lo que guardamos sobre ti y borrar tu cuenta en cualquier \
momento. Las fichas de las organizaciones que gestionabas siguen en el directorio, sin tu nombre. Cada boletín \
incluye un enlace para darte de baja con un clic.

## Información pública

Las fichas, oportunidades, noticias y eventos son públicos una vez aprobados: no incluyas en ellos datos \
personales de otras personas.""",
    ),
}

TERMS = {
    "en": (
        "Terms of use",
        """By using the directory you accept these terms. They are short on purpose.

## What you publish

- Publish only about organisations you belong to, and only what is true.
- You are responsible for what you submit. Moderators may shorten, correct, refuse or remove anything false, \
misleading, offensive or discriminatory, commercial advertising, and personal data about other people.
- By submitting texts and images you confirm that you have the right to publish them, and you allow the \
directory to show, translate and share them (in its feeds and newsletter).

## Opportunities and contacts

- The directory brings people together but is not a party to their agreements. Check an offer before you \
commit to it.
- **Never pay to apply** for funding or volunteering: an offer that asks for money to apply is a scam.
- Do not use the contact details you find here for advertising or mass mailings.

## Moderation

Moderators check every submission before it is published and record every decision with its reason. If a \
submission is refused, you can change it according to the reason given and send it again.

## The service

We do our best to keep the information correct and the site available, but cannot guarantee either. These \
terms may change; the date of the latest change is shown below.""",
    ),
    "fr": (
        "Conditions d'utilisation",
        """En utilisant l'annuaire, vous acceptez ces conditions. Elles sont courtes à dessein.

## Ce que vous publiez

- Ne publiez qu'au sujet des organisations dont vous faites partie, et seulement ce qui est vrai.
- Vous êtes responsable de ce que vous soumettez. Les modérateurs peuvent raccourcir, corriger, refuser ou \
retirer tout contenu faux, trompeur, injurieux ou discriminatoire, la publicité commerciale et les données \
personnelles d'autres personnes.
- En soumettant des textes et des images, vous confirmez avoir le droit de les publier, et vous autorisez \
l'annuaire à les afficher, les traduire et les diffuser (dans ses flux et sa lettre d'information).

## Opportunités et contacts

- L'annuaire met les gens en relation mais n'est pas partie à leurs accords. Vérifiez une offre avant de vous \
engager.
- **Ne payez jamais pour postuler** à un financement ou à du bénévolat : une offre qui demande de l'argent pour \
postuler est une arnaque.
- N'utilisez pas les coordonnées trouvées ici pour de la publicité ou des envois en masse.

## Modération

Les modérateurs vérifient chaque contribution avant sa publication et enregistrent chaque décision avec sa \
raison. Si une contribution est refusée, vous pouvez la modifier selon la raison donnée et l'envoyer à nouveau.

## Le service

Nous faisons de notre mieux pour que les informations soient exactes et le site disponible, sans pouvoir le \
garantir. Ces conditions peuvent changer ; la date de la dernière modification figure ci-dessous.""",
    ),
    "ar": (
        "شروط الاستخدام",
        """باستعمالكم الدليل، فإنكم تقبلون هذه الشروط. وقد جعلناها قصيرة عن قصد.

## ما تنشرونه

- لا تنشروا إلا عن المنظمات التي تنتمون إليها، ولا تنشروا إلا ما هو صحيح.
- أنتم مسؤولون عما تقدمونه. يحق للمشرفين اختصار أو تصحيح أو رفض أو حذف كل محتوى كاذب أو مضلل أو مسيء أو \
تمييزي، والإشهار التجاري، والمعطيات الشخصية عن أشخاص آخرين.
- بتقديمكم نصوصا وصورا، تؤكدون أن لكم الحق في نشرها، وتأذنون للدليل بعرضها وترجمتها ونشرها (في خلاصاته \
ونشرته الإخبارية).

## الفرص والاتصالات

- يربط الدليل بين الناس لكنه ليس طرفا في اتفاقاتهم. تحققوا من أي عرض قبل الالتزام به.
- **لا تدفعوا أبدا مقابل الترشح** لتمويل أو عمل تطوعي: كل عرض يطلب مالا مقابل الترشح احتيال.
- لا تستعملوا معلومات الاتصال الموجودة هنا للإشهار أو للإرسال الجماعي.

## الإشراف

يراجع المشرفون كل مساهمة قبل نشرها ويسجلون كل قرار مع سببه. إذا رُفضت مساهمتكم، يمكنكم تعديلها وفق السبب \
المذكور وإرسالها من جديد.

## الخدمة

نبذل قصارى جهدنا لتكون المعلومات صحيحة والموقع متاحا، دون أن نستطيع ضمان ذلك. قد تتغير هذه الشروط، ويظهر \
تاريخ آخر تعديل أدناه.""",
    ),
    "nl": (
        "Gebruiksvoorwaarden",
        """Door de gids te gebruiken aanvaard je deze voorwaarden. Ze zijn met opzet kort.

## Wat je publiceert

- Publiceer alleen over organisaties waar je deel van uitmaakt, en alleen wat waar is.
- Je bent verantwoordelijk voor wat je indient. Moderatoren mogen inkorten, verbeteren, weigeren of verwijderen \
wat onwaar, misleidend, beledigend of discriminerend is, commerciële reclame, en persoonsgegevens van anderen.
- Door teksten en afbeeldingen in te dienen bevestig je dat je ze mag publiceren, en sta je de gids toe ze te \
tonen, te vertalen en te verspreiden (in de feeds en de nieuwsbrief).

## Kansen en contacten

- De gids brengt mensen samen, maar is geen partij in hun afspraken. Controleer een aanbod voordat je je \
engageert.
- **Betaal nooit om je kandidaat te stellen** voor financiering of vrijwilligerswerk: een aanbod dat geld \
vraagt om je kandidaat te stellen is oplichterij.
- Gebruik de contactgegevens die je hier vindt niet voor reclame of massamailings.

## Moderatie

Moderatoren controleren elke inzending voordat ze gepubliceerd wordt en leggen elke beslissing vast met de \
reden. Wordt een inzending geweigerd, dan kun je ze aanpassen volgens die reden en opnieuw indienen.

## De dienst

We doen ons best om de informatie juist en de site beschikbaar te houden, maar kunnen geen van beide \
garanderen. Deze voorwaarden kunnen veranderen; de datum van de laatste wijziging staat hieronder.""",
    ),
    "es": (
        "Condiciones de uso",
        """Al usar el directorio aceptas estas condiciones. Son breves a propósito.

## Lo que publicas

- Publica solo sobre organizaciones de las que formas parte, y solo lo que es cierto.
- Eres responsable de lo que envías. Los moderadores pueden acortar, corregir, rechazar o retirar todo \
contenido falso, engañoso, ofensivo o discriminatorio, la publicidad comercial y los datos personales de otras \
personas.
- Al enviar textos e imágenes confirmas que tienes derecho a publicarlos, y permites al directorio mostrarlos, \
traducirlos y difundirlos (en sus canales y su boletín).

## Oportunidades y contactos

- El directorio pone en contacto a las personas, pero no es parte de sus acuerdos. Comprueba una oferta antes \
de comprometerte.
- **Nunca pagues por presentar una candidatura** a una financiación o a un voluntariado: una oferta que pide \
dinero para presentarse es una estafa.
- No uses los datos de contacto que encuentres aquí para publicidad ni envíos masivos.

## Moderación

Los moderadores revisan cada contribución antes de publicarla y registran cada decisión con su motivo. Si se \
rechaza una contribución, puedes modificarla según el motivo indicado y enviarla de nuevo.

## El servicio

Hacemos lo posible para que la información sea correcta y el sitio esté disponible, pero no podemos \
garantizarlo. Estas condiciones pueden cambiar; la fecha del último cambio aparece abajo.""",
    ),
}

# Footer order.
PAGES = [
    ("vision", VISION),
    ("mission", MISSION),
    ("history", HISTORY),
    ("how-it-works", HOW_IT_WORKS),
    ("privacy", PRIVACY),
    ("terms", TERMS),
]


def seed_news(Page, Category):  # noqa: N803 -- historical models, passed in by the migration
    """Create the about pages and news categories that are missing; never change existing ones."""
    for position, (slug, texts) in enumerate(PAGES, start=1):
        fields = {"position": position, "title": texts["fr"][0], "body": texts["fr"][1]}
        for code in LANGS:
            fields[f"title_{code}"], fields[f"body_{code}"] = texts[code]
        Page.objects.get_or_create(slug=slug, defaults=fields)
    for position, (slug, names) in enumerate(CATEGORIES, start=1):
        fields = {"position": position, "name": names[1]}
        fields.update({f"name_{code}": name for code, name in zip(LANGS, names, strict=True)})
        Category.objects.get_or_create(slug=slug, defaults=fields)


def seed_all():
    from news.models import Category, Page

    seed_news(Page, Category)
