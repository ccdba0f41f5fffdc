"""Following the founders' projects: RSS and Atom in the reader's language, keeping the list's status filter,
published projects only."""

import xml.etree.ElementTree as ET

import pytest

from directory.moderation import ModerationStatus
from news.models import Project
from tests.news_helpers import make_project

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(content):
    return [item.findtext("title") for item in ET.fromstring(content).find("channel").findall("item")]


def test_rss_feed_has_published_projects_in_the_readers_language(client, taxonomies):
    make_project(title_fr="Coins lecture", title_nl="Leeshoeken")
    make_project(title_fr="Seulement en français", stage=Project.Stage.DONE)
    make_project(title_fr="En attente", status=ModerationStatus.PENDING)
    response = client.get("/nl/projects/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "nl"
    assert rss_titles(response.content) == ["Leeshoeken (gepland)", "Seulement en français (afgerond)"]


def test_feed_keeps_the_lists_status_filter(client, taxonomies):
    make_project(title_fr="Bientôt")
    make_project(title_fr="En cours", stage=Project.Stage.RUNNING)
    assert rss_titles(client.get("/fr/projects/feed/rss/?stage=running").content) == ["En cours (en cours)"]


def test_atom_feed_parses_with_cleaned_text(client, taxonomies):
    project = make_project(title_fr="Bilan", body_fr="Un **bilan**.\n\n<script>alert(1)</script>")
    root = ET.fromstring(client.get("/fr/projects/feed/atom/").content)
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver/fr/projects/{project.slug}/"
    summary = entry.findtext(f"{ATOM}summary")
    assert "<strong>bilan</strong>" in summary and "<script" not in summary


def test_list_page_announces_its_feeds(client, taxonomies):
    html = client.get("/fr/projects/?stage=upcoming").content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="/fr/projects/feed/atom/?stage=upcoming"' in html


# The projects, their sectors.
@pytest.mark.parametrize("feed", ["/fr/projects/feed/rss/", "/fr/projects/feed/atom/"])
def test_feed_query_count_is_pinned(make_organisation, assert_page_queries, feed):
    partners = [make_organisation(), make_organisation()]
    for _ in range(45):
        make_project(sectors=["education", "culture"], partners=partners)
    assert_page_queries(feed, cold=2, warm=2)
