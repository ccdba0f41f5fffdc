import datetime

import pytest
from django.core import mail
from django.utils import timezone

from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from news.models import Article, Event
from organisations.models import Membership
from tests.news_helpers import make_article, make_event

HOME = "/fr/dashboard/news/"


@pytest.fixture
def organisation(published_organisation_with_owner):
    return published_organisation_with_owner


@pytest.fixture
def other_organisation(make_organisation, other_owner):
    other = make_organisation(name_fr="Association voisine")
    Membership.objects.create(organisation=other, user=other_owner, role=Membership.Role.OWNER)
    return other


def article_data(**overrides):
    data = {
        "title_fr": "Nos ateliers d'été commencent",
        "summary_fr": "Quarante enfants inscrits.",
        "body_fr": "Les ateliers ont lieu **chaque matin**.",
        "categories": [],
        "areas": [],
    }
    data.update(overrides)
    return data


def event_data(**overrides):
    start = (timezone.localtime() + datetime.timedelta(days=10)).replace(hour=10, minute=0)
    data = {
        "title_fr": "Journée portes ouvertes",
        "description_fr": "Venez découvrir nos activités.",
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": (start + datetime.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M"),
        "address": "Rue 17, Bni Makada",
    }
    data.update(overrides)
    return data


def test_member_submits_news_that_waits_for_moderation(client, owner, organisation):
    client.force_login(owner)
    response = client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == ModerationStatus.PENDING
    assert article.submitted_by == organisation
    assert article.author == owner
    assert list(article.organisations.all()) == [organisation]


def test_submitted_news_is_hidden_until_published(client, owner, organisation, moderator):
    client.force_login(owner)
    client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    article = Article.objects.get()
    client.logout()
    assert client.get(f"/fr/news/{article.slug}/").status_code == 404
    assert "Nos ateliers" not in client.get("/fr/news/").content.decode()
    assert "Nos ateliers" not in client.get(f"/fr/organisations/{organisation.slug}/").content.decode()

    moderation_decide(obj=article, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert client.get(f"/fr/news/{article.slug}/").status_code == 200
    assert "Nos ateliers" in client.get(f"/fr/organisations/{organisation.slug}/").content.decode()


def test_publishing_dates_the_news_from_its_publication(
    client, owner, organisation, moderator, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(publish_at=timezone.now() - datetime.timedelta(days=6))
    article.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        moderation_decide(obj=article, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    article.refresh_from_db()
    assert timezone.now() - article.publish_at < datetime.timedelta(minutes=1)
    assert [m.to for m in mail.outbox] == [[owner.email]]


def test_member_announces_an_event_that_waits_for_moderation(client, owner, organisation):
    client.force_login(owner)
    response = client.post(f"{HOME}{organisation.slug}/events/new/", event_data())
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.status, event.organiser) == (ModerationStatus.PENDING, organisation)
    assert timezone.localtime(event.start).hour == 10
    client.logout()
    assert "Journée portes ouvertes" not in client.get("/fr/events/").content.decode()
    assert client.get(f"/fr/events/{event.slug}/").status_code == 404


def test_admin_lists_pending_submissions(client, owner, organisation, moderator):
    client.force_login(owner)
    client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    client.post(f"{HOME}{organisation.slug}/events/new/", event_data())
    client.force_login(moderator)
    articles = client.get("/admin/news/article/", {"status__exact": "pending"}).content.decode()
    events = client.get("/admin/news/event/", {"status__exact": "pending"}).content.decode()
    assert "Nos ateliers d&#x27;été commencent" in articles
    assert "Journée portes ouvertes" in events


def test_submission_needs_a_title_in_some_language(client, owner, organisation):
    client.force_login(owner)
    response = client.post(
        f"{HOME}{organisation.slug}/articles/new/", article_data(title_fr="", body_en="Only a text.")
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "title_en" in response.context["form"].errors
    assert not Article.objects.exists()


def test_event_must_end_after_it_starts(client, owner, organisation):
    client.force_login(owner)
    data = event_data()
    data["end"], data["start"] = data["start"], data["end"]
    response = client.post(f"{HOME}{organisation.slug}/events/new/", data)
    assert "end" in response.context["form"].errors
    assert not Event.objects.exists()


def test_event_needs_a_place_or_a_link(client, owner, organisation):
    client.force_login(owner)
    response = client.post(f"{HOME}{organisation.slug}/events/new/", event_data(address=""))
    assert "address" in response.context["form"].errors


def test_dashboard_lists_the_submissions_with_their_status(client, owner, organisation, moderator):
    client.force_login(owner)
    client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    article = Article.objects.get()
    moderation_decide(obj=article, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Trop court.")
    html = client.get(HOME).content.decode()
    assert "Nos ateliers" in html
    assert "Trop court." in html


def test_editing_a_rejected_submission_sends_it_back_to_moderation(client, owner, organisation, moderator):
    client.force_login(owner)
    client.post(f"{HOME}{organisation.slug}/articles/new/", article_data())
    article = Article.objects.get()
    moderation_decide(obj=article, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Trop court.")
    edit = f"{HOME}{organisation.slug}/articles/{article.pk}/"
    token = client.get(edit).context["form"]["edit_token"].value()
    client.post(edit, article_data(body_fr="Un texte plus complet.", edit_token=token))
    article.refresh_from_db()
    assert (article.status, article.body_fr) == (ModerationStatus.PENDING, "Un texte plus complet.")


def test_changes_to_a_published_event_wait_as_a_revision(client, owner, organisation):
    event = make_event(
        title_fr="Forum", start=timezone.now() + datetime.timedelta(days=5), organiser=organisation
    )
    client.force_login(owner)
    edit = f"{HOME}{organisation.slug}/events/{event.pk}/"
    form = client.get(edit).context["form"]
    data = event_data(title_fr="Forum (nouvelle salle)", edit_token=form["edit_token"].value())
    client.post(edit, data)
    event.refresh_from_db()
    assert event.title_fr == "Forum"
    assert Revision.objects.pending().get().data["title_fr"] == "Forum (nouvelle salle)"


@pytest.mark.parametrize("path", ["articles/new/", "events/new/"])
def test_other_organisations_members_get_404(client, other_owner, organisation, other_organisation, path):
    client.force_login(other_owner)
    assert client.get(f"{HOME}{organisation.slug}/{path}").status_code == 404
    assert client.post(f"{HOME}{organisation.slug}/{path}", article_data() | event_data()).status_code == 404
    assert not Article.objects.exists() and not Event.objects.exists()


def test_other_organisations_members_cannot_edit(client, other_owner, organisation, other_organisation):
    article = make_article(submitted_by=organisation, status=ModerationStatus.PENDING)
    event = make_event(start=timezone.now() + datetime.timedelta(days=1), organiser=organisation)
    client.force_login(other_owner)
    assert client.get(f"{HOME}{organisation.slug}/articles/{article.pk}/").status_code == 404
    # Their own organisation's address does not reach another organisation's submission either.
    assert client.get(f"{HOME}{other_organisation.slug}/articles/{article.pk}/").status_code == 404
    assert client.get(f"{HOME}{other_organisation.slug}/events/{event.pk}/").status_code == 404


def test_citizen_without_organisation_gets_404_and_an_empty_dashboard(client, citizen, organisation):
    client.force_login(citizen)
    assert client.get(f"{HOME}{organisation.slug}/articles/new/").status_code == 404
    assert "You do not manage any organisation yet" in client.get("/en/dashboard/news/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, organisation):
    response = client.get(f"{HOME}{organisation.slug}/articles/new/")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
