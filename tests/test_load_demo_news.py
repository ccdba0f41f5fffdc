import pytest
from django.core.management import call_command

from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from news.demo import ARTICLES, EVENTS
from news.demo_projects import PROJECTS
from news.models import Article, Event, Project
from news.start.demo import OFFICES
from news.start.models import Office
from organisations.demo_stories import STORIES
from organisations.models import Organisation

# News, events and projects hang on the sample organisations: one demo load serves the module (tests/module_data.py).
pytestmark = [pytest.mark.usefixtures("demo_loaded"), pytest.mark.xdist_group("demo-news")]


def test_loads_sample_news_and_events_linked_to_the_sample_organisations(db, taxonomies):
    call_command("load_demo_news", verbosity=0)
    assert Article.objects.count() == len(ARTICLES)
    assert Event.objects.count() == len(EVENTS)
    assert not Article.objects.filter(is_sample=False).exists()
    assert not Event.objects.filter(is_sample=False).exists()
    tarbiya = Article.objects.get(slug="exemple-benevoles-soutien-scolaire")
    assert tarbiya.submitted_by.slug == "association-tarbiya-casabarata"
    assert [o.slug for o in tarbiya.organisations.all()] == ["association-tarbiya-casabarata"]
    assert Event.objects.get(slug="exemple-forum-des-associations").organiser is not None


def test_demo_covers_live_scheduled_pending_upcoming_and_past(db, taxonomies):
    call_command("load_demo_news", verbosity=0)
    live = Article.objects.live()
    assert live.count() == len([a for a in ARTICLES if a.status == "published" and a.days_ago >= 0])
    assert Article.objects.pending().exists() and Event.objects.pending().exists()
    assert Event.objects.upcoming().exists() and Event.objects.past().exists()
    assert {code for article in live for code in article.available_languages()} == {
        "ar",
        "fr",
        "en",
        "nl",
        "es",
    }


def test_loading_again_refreshes_without_duplicates_and_keeps_decisions(db, taxonomies, moderator):
    call_command("load_demo_news", verbosity=0)
    pending = Article.objects.get(slug="exemple-velo-ecole-en-attente")
    moderation_decide(obj=pending, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Exemple")
    Article.objects.filter(slug="exemple-annuaire-en-ligne").update(title_en="Changed by hand")
    call_command("load_demo_news", verbosity=0)
    assert Article.objects.count() == len(ARTICLES)
    assert Event.objects.count() == len(EVENTS)
    assert Article.objects.get(pk=pending.pk).status == ModerationStatus.REJECTED
    assert (
        Article.objects.get(slug="exemple-annuaire-en-ligne").title_en
        == "Tangier's civil-society directory is online"
    )


def test_a_real_record_with_the_same_slug_is_left_alone(db, taxonomies):
    real = Article.objects.create(
        slug="exemple-annuaire-en-ligne", title_fr="Un vrai article", status="published"
    )
    call_command("load_demo_news", verbosity=0)
    real.refresh_from_db()
    assert (real.title_fr, real.is_sample) == ("Un vrai article", False)


def test_sample_offices_are_listed_in_their_guides_once_and_marked(client, db, taxonomies):
    call_command("load_demo_news", verbosity=0)
    call_command("load_demo_news", verbosity=0)
    assert Office.objects.filter(is_sample=True).count() == len(OFFICES)
    page = client.get("/fr/start/cooperative/").content.decode()
    assert "Délégation de l'ODCo (démonstration)" in page.replace("&#x27;", "'")
    assert "Rue de l'Exemple, Tanger" in page.replace("&#x27;", "'")


def test_loads_sample_projects_of_every_status_with_their_partners(db, taxonomies):
    call_command("load_demo_news", verbosity=0)
    call_command("load_demo_news", verbosity=0)
    assert Project.objects.count() == len(PROJECTS)
    public = Project.objects.public()
    assert {p.stage for p in public} == {"upcoming", "running", "done"}
    assert Project.objects.pending().exists()
    assert all(p.is_sample for p in Project.objects.all())
    for project in public:
        assert set(project.available_languages()) == {"ar", "fr", "en", "nl", "es"}
        assert project.partners.exists()


def test_a_few_sample_organisations_tell_their_story_in_five_languages(db, taxonomies):
    told = Organisation.objects.exclude(history_fr="")
    assert told.count() == len(STORIES)
    for organisation in told:
        for code in ("ar", "fr", "en", "nl", "es"):
            assert getattr(organisation, f"history_{code}") and getattr(
                organisation, f"upcoming_projects_{code}"
            )
