import datetime

import pytest
from django.utils import timezone

from directory.moderation import ModerationStatus
from tests.news_helpers import make_article

LIST = "/fr/news/"


def titles(response):
    return [a.title_fr or a.title_en or a.title_ar for a in response.context["articles"]]


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {item["option"].slug: item["count"] for item in found["items"]}


def hours_ago(n):
    return timezone.now() - datetime.timedelta(hours=n)


def test_lists_live_articles_newest_first(client, taxonomies):
    make_article(title_fr="Ancien", publish_at=hours_ago(48))
    make_article(title_fr="Récent", publish_at=hours_ago(1))
    make_article(title_fr="Du milieu", publish_at=hours_ago(24))
    assert titles(client.get(LIST)) == ["Récent", "Du milieu", "Ancien"]


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.DRAFT, ModerationStatus.ARCHIVED],
)
def test_unpublished_articles_are_not_listed(client, taxonomies, status):
    make_article(title_fr="Public")
    make_article(title_fr="Caché", status=status)
    assert titles(client.get(LIST)) == ["Public"]


def test_scheduled_article_is_not_listed_before_its_time(client, taxonomies):
    make_article(title_fr="Public")
    make_article(title_fr="Programmé", publish_at=timezone.now() + datetime.timedelta(hours=3))
    assert titles(client.get(LIST)) == ["Public"]


def test_list_is_paginated(client, taxonomies, settings):
    for i in range(settings.DIRECTORY_PAGE_SIZE + 2):
        make_article(title_fr=f"N{i:02d}", publish_at=hours_ago(i + 1))
    first = client.get(LIST)
    assert len(first.context["articles"]) == settings.DIRECTORY_PAGE_SIZE
    assert titles(client.get(LIST, {"page": 2})) == [
        f"N{i:02d}" for i in range(settings.DIRECTORY_PAGE_SIZE, settings.DIRECTORY_PAGE_SIZE + 2)
    ]
    assert 'rel="next"' in first.content.decode()


@pytest.fixture
def board(make_organisation):
    amal = make_organisation(name_fr="Association Al Amal")
    make_article(title_fr="Partenariat Bni Makada", categories=["partnerships"], areas=["bni-makada"])
    make_article(
        title_fr="Bilan Assilah", categories=["events-recap"], areas=["assilah"], organisations=[amal]
    )
    make_article(title_fr="Vie du projet", categories=["project-news"], title_en="Project life")
    return amal


def test_filters_by_category(client, board):
    assert titles(client.get(LIST, {"category": "partnerships"})) == ["Partenariat Bni Makada"]
    assert sorted(titles(client.get(LIST, {"category": ["partnerships", "project-news"]}))) == [
        "Partenariat Bni Makada",
        "Vie du projet",
    ]


def test_area_filter_includes_the_areas_below(client, board):
    # Bni Makada is an arrondissement of Tanger.
    assert titles(client.get(LIST, {"area": "tanger"})) == ["Partenariat Bni Makada"]
    assert titles(client.get(LIST, {"area": "assilah"})) == ["Bilan Assilah"]


def test_filters_by_organisation(client, board):
    response = client.get(LIST, {"organisation": board.slug})
    assert titles(response) == ["Bilan Assilah"]
    assert "Association Al Amal" in response.content.decode()


def test_facets_count_the_other_filters(client, board):
    response = client.get(LIST, {"area": "assilah"})
    assert facet(response, "category") == {"events-recap": 1}
    assert facet(client.get(LIST), "category") == {"project-news": 1, "partnerships": 1, "events-recap": 1}


def test_bad_filter_value_does_not_cancel_the_others(client, board):
    response = client.get(LIST, {"category": "no-such-category", "area": "assilah"})
    assert response.status_code == 200
    assert titles(response) == ["Bilan Assilah"]


def test_mine_limits_the_list_to_the_readers_language(client, board):
    english = client.get("/en/news/", {"mine": "1"})
    assert titles(english) == ["Vie du projet"]
    assert "Only articles in English" in english.content.decode()
    assert len(client.get("/en/news/").context["articles"]) == 3


def test_article_in_another_language_is_marked_with_its_language(client, taxonomies):
    make_article(title_fr="Seulement en français", summary_fr="Un résumé.")
    html = client.get("/en/news/").content.decode()
    assert 'lang="fr" dir="ltr">Seulement en français</a>' in html
    assert "in French" in html


def test_empty_list_says_so(client, taxonomies):
    assert "No news matches these filters yet." in client.get("/en/news/").content.decode()


@pytest.mark.parametrize(
    "query, cold, warm",
    [
        # Warm: count, cached facet counts (version, counts), the page, its categories, about pages.
        # Cold: counting the facets (6) and caching the version and the counts (5 each in a test).
        ({}, 22, 6),
        # The chosen category and area are looked up (2).
        ({"category": "partnerships", "area": "tanger", "mine": "1"}, 24, 8),
    ],
)
def test_list_query_count_is_pinned(make_organisation, assert_page_queries, query, cold, warm, settings):
    amal = make_organisation()
    for _ in range(settings.DIRECTORY_PAGE_SIZE + 7):
        make_article(
            categories=["partnerships", "project-news"],
            areas=["bni-makada", "tanger"],
            organisations=[amal],
            summary_fr="Résumé",
        )
    assert_page_queries(LIST, query, cold=cold, warm=warm)
