import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.moderation import ModerationStatus
from tests.images import image_upload
from tests.news_helpers import make_article


def url(article, lang="fr"):
    return f"/{lang}/news/{article.slug}/"


def meta(html, prop):
    found = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_live_article_shows_its_rendered_text(client, taxonomies):
    article = make_article(
        title_fr="La bibliothèque de Casabarata rouvre",
        summary_fr="Deux salles rénovées.",
        body_fr="## Les horaires\n\nOuvert **le samedi** de 9 h à 13 h.",
    )
    html = client.get(url(article)).content.decode()
    assert "<h1" in html and "La bibliothèque de Casabarata rouvre</h1>" in html
    assert "<h2>Les horaires</h2>" in html
    assert "<strong>le samedi</strong>" in html


def test_scheduled_article_appears_by_itself_at_its_time(client, taxonomies, monkeypatch):
    at = timezone.now() + datetime.timedelta(hours=2)
    article = make_article(title_fr="Annonce programmée", publish_at=at)
    assert client.get(url(article)).status_code == 404
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + datetime.timedelta(hours=3))
    assert client.get(url(article)).status_code == 200
    assert "Annonce programmée" in client.get("/fr/news/").content.decode()


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.DRAFT, ModerationStatus.ARCHIVED],
)
def test_unpublished_article_is_404(client, taxonomies, status):
    article = make_article(status=status)
    assert client.get(url(article)).status_code == 404


def test_unknown_article_is_404(client, db):
    assert client.get("/fr/news/no-such-article/").status_code == 404


def test_article_in_the_readers_language_has_no_notice(client, taxonomies):
    article = make_article(title_fr="Une nouvelle", title_en="A piece of news", body_en="Text.")
    html = client.get(url(article, "en")).content.decode()
    assert '<h1 lang="en" dir="ltr">A piece of news</h1>' in html
    assert "not been translated" not in html


def test_missing_translation_shows_another_language_with_a_notice(client, taxonomies):
    article = make_article(title_fr="Seulement en français", body_fr="Le texte en français.")
    html = client.get(url(article, "nl")).content.decode()
    assert '<h1 lang="fr" dir="ltr">Seulement en français</h1>' in html
    assert '<div lang="fr" dir="ltr">' in html
    assert "Le texte en français." in html
    notice = re.search(r'<div class="notice" role="note">(.*?)</div>', html, re.S).group(1)
    assert notice.strip()


def test_arabic_fallback_is_marked_right_to_left(client, taxonomies):
    article = make_article(title_ar="خبر بالعربية فقط", body_ar="نص الخبر.")
    html = client.get(url(article, "es")).content.decode()
    assert '<h1 lang="ar" dir="rtl">خبر بالعربية فقط</h1>' in html


def test_title_and_text_come_from_the_same_language(client, taxonomies):
    # The reader's language has a text but no title: showing a French title over a Spanish text would mislead.
    article = make_article(title_fr="Titre français", body_fr="Texte français.", body_es="Texto español.")
    html = client.get(url(article, "es")).content.decode()
    assert "Texte français." in html
    assert "Texto español." not in html


def test_open_graph_metadata(client, taxonomies):
    article = make_article(
        title_fr="Journée portes ouvertes",
        title_en="Open day",
        summary_fr="Venez découvrir les ateliers.",
        categories=["events-recap"],
    )
    html = client.get(url(article)).content.decode()
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "Journée portes ouvertes"
    assert meta(html, "og:description") == "Venez découvrir les ateliers."
    assert meta(html, "og:url") == f"http://testserver/fr/news/{article.slug}/"
    assert meta(html, "og:locale") == "fr_MA"
    assert meta(html, "og:locale:alternate") == "en_GB"
    assert (
        meta(html, "og:image") == "http://testserver/static/img/og-default.png"
    )  # the site's card, without a cover
    assert meta(html, "article:tag") == "Retour sur les événements"


def test_open_graph_description_falls_back_to_the_text(client, taxonomies):
    article = make_article(title_fr="Sans résumé", body_fr="Un **texte** en *Markdown*.")
    assert meta(client.get(url(article)).content.decode(), "og:description") == "Un texte en Markdown."


def test_open_graph_image_when_there_is_a_cover(client, taxonomies, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    article = make_article(
        title_fr="Avec une image", cover=image_upload("cover.png"), cover_alt_fr="Des enfants"
    )
    html = client.get(url(article)).content.decode()
    assert meta(html, "og:image") == f"http://testserver{article.cover.url}"
    assert 'alt="Des enfants"' in html


def test_related_articles_share_a_category(client, taxonomies):
    article = make_article(title_fr="Principal", categories=["partnerships"])
    make_article(title_fr="Même catégorie", categories=["partnerships", "project-news"])
    make_article(title_fr="Autre catégorie", categories=["project-news"])
    make_article(title_fr="Même catégorie mais en attente", categories=["partnerships"], status="pending")
    related = client.get(url(article)).context["related"]
    assert [a.title_fr for a in related] == ["Même catégorie"]


def test_linked_organisations_are_shown_only_when_public(client, make_organisation):
    public = make_organisation(name_fr="Association publique")
    pending = make_organisation(name_fr="Association en attente", status=ModerationStatus.PENDING)
    article = make_article(organisations=[public, pending])
    html = client.get(url(article)).content.decode()
    assert "Association publique" in html
    assert "Association en attente" not in html


def test_detail_query_count_is_constant(client, make_organisation, django_assert_num_queries):
    organisation = make_organisation()
    article = make_article(categories=["partnerships"], areas=["tanger"], organisations=[organisation])
    make_article(categories=["partnerships"])
    with CaptureQueriesContext(connection) as baseline:
        client.get(url(article))
    for _ in range(5):
        make_article(categories=["partnerships", "project-news"], organisations=[make_organisation()])
    article.areas.add(*article.areas.model.objects.filter(slug__in=["assilah", "bni-makada"]))
    article.organisations.add(make_organisation())
    with django_assert_num_queries(len(baseline)):
        client.get(url(article))
