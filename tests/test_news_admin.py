import datetime

import pytest
from django.utils import timezone

from directory.moderation import ModerationStatus
from news.models import Article, Page
from tests.news_helpers import make_article, make_event


@pytest.mark.parametrize("model", ["article", "event", "page", "category"])
def test_moderator_opens_every_news_admin_page(client, moderator, taxonomies, model):
    client.force_login(moderator)
    make_article(status=ModerationStatus.PENDING)
    make_event(start=timezone.now() + datetime.timedelta(days=1))
    assert client.get(f"/admin/news/{model}/").status_code == 200
    assert client.get(f"/admin/news/{model}/add/").status_code == 200


def test_moderator_edits_an_about_page(client, moderator):
    client.force_login(moderator)
    page = Page.objects.get(slug="terms")
    response = client.get(f"/admin/news/page/{page.pk}/change/")
    assert response.status_code == 200
    assert "Gebruiksvoorwaarden" in response.content.decode()


def change_form_data(response, **changes):
    """What the browser would post back from a change page nobody touched, plus ``changes``."""
    data = {}
    for bound in response.context["adminform"].form:
        value = bound.value()
        if not value and value != 0:
            continue
        if isinstance(value, datetime.datetime):
            local = timezone.localtime(value)
            data[f"{bound.html_name}_0"], data[f"{bound.html_name}_1"] = (
                local.strftime("%Y-%m-%d"),
                local.strftime("%H:%M:%S"),
            )
            continue
        if isinstance(value, list | tuple):
            value = [getattr(v, "pk", v) for v in value]
        data[bound.html_name] = value
    for inline in response.context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            data[bound.html_name] = bound.value()
    return {**data, **changes}


def test_moderator_publishes_a_pending_article_from_its_page(client, moderator, taxonomies):
    article = make_article(title_fr="À publier", status=ModerationStatus.PENDING, categories=["partnerships"])
    client.force_login(moderator)
    change = f"/admin/news/article/{article.pk}/change/"
    page = client.get(change)
    assert 'name="_publish"' in page.content.decode()
    client.post(change, change_form_data(page, title_en="To publish", _publish="1"))
    article.refresh_from_db()
    assert (article.status, article.title_en) == (ModerationStatus.PUBLISHED, "To publish")
    assert client.get(f"/en/news/{article.slug}/").status_code == 200


def test_staff_who_are_not_moderators_cannot_publish(client, staff_non_moderator, taxonomies):
    article = make_article(status=ModerationStatus.PENDING)
    client.force_login(staff_non_moderator)
    response = client.post(f"/admin/news/article/{article.pk}/change/", {"_publish": "1"})
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).status == ModerationStatus.PENDING
