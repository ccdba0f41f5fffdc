import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from directory.moderation import ModerationStatus
from tests.news_helpers import make_article

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(content):
    return [item.findtext("title") for item in ET.fromstring(content).find("channel").findall("item")]


def test_rss_feed_has_live_articles_in_the_readers_language(client, taxonomies):
    make_article(
        title_fr="Nouvelle", title_nl="Nieuws", publish_at=timezone.now() - datetime.timedelta(hours=2)
    )
    make_article(title_fr="Seulement en français")
    make_article(title_fr="En attente", status=ModerationStatus.PENDING)
    make_article(title_fr="Programmée", publish_at=timezone.now() + datetime.timedelta(days=1))
    response = client.get("/nl/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "nl"
    assert rss_titles(response.content) == ["Seulement en français", "Nieuws"]


def test_feed_keeps_the_lists_filters(client, taxonomies):
    make_article(title_fr="Partenariat", categories=["partnerships"])
    make_article(title_fr="Autre", title_en="Other", categories=["project-news"])
    assert rss_titles(client.get("/fr/news/feed/rss/?category=partnerships").content) == ["Partenariat"]
    assert rss_titles(client.get("/en/news/feed/rss/?mine=1").content) == ["Other"]


def test_atom_feed_parses_with_cleaned_text(client, taxonomies):
    article = make_article(title_fr="Bilan", body_fr="Un **bilan**.\n\n<script>alert(1)</script>")
    root = ET.fromstring(client.get("/fr/news/feed/atom/").content)
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Bilan"
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver/fr/news/{article.slug}/"
    summary = entry.findtext(f"{ATOM}summary")
    assert "<strong>bilan</strong>" in summary and "<script" not in summary


def test_list_page_announces_its_feeds(client, taxonomies):
    html = client.get("/fr/news/?category=partnerships").content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="/fr/news/feed/atom/?category=partnerships"' in html


# The articles, their categories.
@pytest.mark.parametrize("feed, cold, warm", [("/fr/news/feed/rss/", 2, 2), ("/fr/news/feed/atom/", 2, 2)])
def test_feed_query_count_is_pinned(make_organisation, assert_page_queries, feed, cold, warm):
    organisations = [make_organisation(), make_organisation()]
    for n in range(45):
        make_article(categories=["partnerships"], areas=["tanger"], organisations=organisations[: n % 3])
    assert_page_queries(feed, cold=cold, warm=warm)
