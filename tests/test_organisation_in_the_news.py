import datetime

from django.utils import timezone

from directory.moderation import ModerationStatus
from tests.news_helpers import make_article


def test_profile_lists_the_latest_live_articles_about_it(client, make_organisation):
    organisation = make_organisation(name_fr="Association Al Amal")
    for days in range(1, 5):
        make_article(
            title_fr=f"Il y a {days} jours",
            organisations=[organisation],
            publish_at=timezone.now() - datetime.timedelta(days=days),
        )
    make_article(title_fr="En attente", organisations=[organisation], status=ModerationStatus.PENDING)
    make_article(
        title_fr="Programmé",
        organisations=[organisation],
        publish_at=timezone.now() + datetime.timedelta(days=1),
    )
    make_article(title_fr="Sur une autre association", organisations=[make_organisation()])
    response = client.get(f"/fr/organisations/{organisation.slug}/")
    assert [a.title_fr for a in response.context["in_the_news"]] == [
        "Il y a 1 jours",
        "Il y a 2 jours",
        "Il y a 3 jours",
    ]
    assert f'href="/fr/news/?organisation={organisation.slug}"' in response.content.decode()


def test_profile_without_news_has_no_news_section(client, make_organisation):
    organisation = make_organisation()
    assert 'id="news-heading"' not in client.get(f"/fr/organisations/{organisation.slug}/").content.decode()


def test_news_section_query_count_is_pinned(make_organisation, assert_page_queries):
    organisation = make_organisation()
    for _ in range(7):
        make_article(organisations=[organisation], categories=["partnerships"])
    response = assert_page_queries(
        f"/fr/organisations/{organisation.slug}/", cold=10, warm=10
    )  # One query for the news (and one for the founders' projects it is a partner of).
    assert len(response.context["in_the_news"]) == 3
