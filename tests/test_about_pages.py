import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from news.models import Category, Page
from news.seed import PAGES

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SLUGS = ["vision", "mission", "history", "how-it-works", "privacy", "terms"]


def test_every_about_page_is_seeded(db):
    assert sorted(Page.objects.values_list("slug", flat=True)) == sorted(SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_page_exists_in_every_language_and_renders(client, db, slug, code):
    page = Page.objects.get(slug=slug)
    title, body = getattr(page, f"title_{code}"), getattr(page, f"body_{code}")
    assert title and len(body) > 500
    html = client.get(f"/{code}/about/{slug}/").content.decode()
    assert f'<h1 lang="{code}"' in html and f">{escape(title)}</h1>" in html
    assert "not been translated" not in html
    assert "<h2>" in html or "<p>" in html


def test_translations_are_not_copies_of_each_other(db):
    for slug, _texts in PAGES:
        page = Page.objects.get(slug=slug)
        bodies = [getattr(page, f"body_{code}") for code in LANGUAGES]
        assert len(set(bodies)) == len(LANGUAGES), slug


def test_pages_tell_about_this_project(client, db):
    vision = client.get("/en/about/vision/").content.decode()
    assert "Netherlands, Belgium, France and Spain" in vision
    mission = client.get("/fr/about/mission/").content.decode()
    assert "Tanger" in mission
    for slug in SLUGS:
        for code in LANGUAGES:
            assert "lorem" not in getattr(Page.objects.get(slug=slug), f"body_{code}").lower()


def test_footer_links_every_page_in_the_readers_language(client, db):
    html = client.get("/es/organisations/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for slug in SLUGS:
        assert f'href="/es/about/{slug}/"' in footer
    assert "Nuestra visión" in footer


def test_moderators_edits_show_on_the_page(client, db):
    Page.objects.filter(slug="terms").update(title_en="House rules")
    assert "House rules" in client.get("/en/about/terms/").content.decode()


def test_missing_translation_falls_back_with_a_notice(client, db):
    Page.objects.filter(slug="history").update(title_nl="", body_nl="")
    html = client.get("/nl/about/history/").content.decode()
    assert '<h1 lang="fr" dir="ltr">Notre histoire</h1>' in html
    assert '<p class="notice" role="note">' in html


def test_unknown_page_is_404(client, db):
    assert client.get("/fr/about/no-such-page/").status_code == 404


@pytest.mark.parametrize("code", LANGUAGES)
def test_privacy_address_redirects_permanently_to_the_about_page(client, db, code):
    response = client.get(f"/{code}/privacy/")
    assert response.status_code == 301
    assert response["Location"] == f"/{code}/about/privacy/"


def test_privacy_url_name_still_works(client, db):
    with translation.override("ar"):
        assert reverse("privacy") == "/ar/privacy/"
    html = client.get("/ar/privacy/", follow=True).content.decode()
    assert "الخصوصية" in html


def test_news_categories_are_seeded_in_every_language(db):
    slugs = {"project-news", "calls-and-opportunities", "partnerships", "events-recap"}
    categories = Category.objects.filter(slug__in=slugs)
    assert categories.count() == len(slugs)
    for category in categories:
        assert all(getattr(category, f"name_{code}") for code in LANGUAGES)
