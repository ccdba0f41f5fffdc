"""One visibility rule on every public surface: a record shows only if it is published and the organisation it
hangs on is public too. Each kind of record, with each non-public status of its own or of its organisation, is
looked for on every page, feed, calendar and e-mail that lists it; with everything public, it is on all of them.
"""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from directory.models import Area
from directory.moderation import ModerationStatus
from news.models import Article, Event, Project
from opportunities.models import Opportunity
from organisations.models import Organisation, PartnerSearch, Partnership
from tests.news_helpers import make_article, make_event, make_project
from tests.newsletter_helpers import make_subscriber
from tests.opportunity_helpers import days, make_opportunity

MARKER = "Marqueur-Visibilite-7Q"
HIDDEN = [
    ModerationStatus.DRAFT,
    ModerationStatus.PENDING,
    ModerationStatus.REJECTED,
    ModerationStatus.ARCHIVED,
]


def _digest(client, record):
    mail.outbox.clear()
    call_command("send_digest")
    return "\n".join(
        f"{m.subject}\n{m.body}\n{''.join(a[0] for a in getattr(m, 'alternatives', []))}" for m in mail.outbox
    )


def _get(path):
    def surface(client, record):
        response = client.get(path(record) if callable(path) else path)
        assert response.status_code in (200, 404)
        return response.content.decode() if response.status_code == 200 else ""

    return surface


def _mentioning_profile(client, record):
    """The profile of a public organisation the article names: its "in the news" section."""
    response = client.get(record.organisations.get().get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _parent_profile(client, record):
    response = client.get(record.organisation.get_absolute_url())
    return response.content.decode() if response.status_code == 200 else ""


def _sitemap(section):
    def surface(client, record):
        response = client.get(f"/sitemap-{section}.xml")
        assert response.status_code == 200
        # A sitemap names pages by address: the record's slug stands for it.
        return MARKER if f"/{record.slug}/" in response.content.decode() else ""

    return surface


SURFACES = {
    "organisation": {
        "list": _get("/fr/organisations/"),
        "detail": _get(lambda o: o.get_absolute_url()),
        "home": _get("/fr/"),
        "map": _get("/fr/organisations/map/"),
        "news filter": _get(lambda o: f"/fr/news/?organisation={o.slug}"),
        "rss": _get("/fr/organisations/feed/rss/"),
        "sitemap": _sitemap("organisations"),
        "api": _get("/api/v1/hsds/organizations"),
    },
    "article": {
        "list": _get("/fr/news/"),
        "detail": _get(lambda a: a.get_absolute_url()),
        "rss": _get("/fr/news/feed/rss/"),
        "atom": _get("/fr/news/feed/atom/"),
        "profile in the news": _mentioning_profile,
        "sitemap": _sitemap("news"),
        "digest": _digest,
    },
    "event": {
        "list": _get("/fr/events/"),
        "detail": _get(lambda e: e.get_absolute_url()),
        "rss": _get("/fr/events/feed/rss/"),
        "atom": _get("/fr/events/feed/atom/"),
        "events.ics": _get("/fr/events/feed/events.ics"),
        "event.ics": _get(lambda e: f"{e.get_absolute_url()}event.ics"),
        "sitemap": _sitemap("events"),
        "api": _get("/api/v1/events/"),
        "digest": _digest,
    },
    "opportunity": {
        "list": _get("/fr/opportunities/"),
        "detail": _get(lambda o: o.get_absolute_url()),
        "rss": _get("/fr/opportunities/feed/rss/"),
        "atom": _get("/fr/opportunities/feed/atom/"),
        "deadlines.ics": _get("/fr/opportunities/feed/deadlines.ics"),
        "home": _get("/fr/"),
        "sitemap": _sitemap("opportunities"),
        "api": _get("/api/v1/opportunities/"),
        "digest": _digest,
    },
    "project": {
        "list": _get("/fr/projects/"),
        "detail": _get(lambda p: p.get_absolute_url()),
        "rss": _get("/fr/projects/feed/rss/"),
        "atom": _get("/fr/projects/feed/atom/"),
        "home": _get("/fr/"),
        "about page": _get("/fr/about/vision/"),
        "partner's profile": _get(lambda p: p.partners.get().get_absolute_url()),
        "sitemap": _sitemap("projects"),
    },
    "partner search": {
        "cooperation": _get("/fr/cooperation/"),
        "list": _get("/fr/cooperation/partner-searches/"),
        "detail": _get(lambda s: s.get_absolute_url()),
    },
    "outside partnership": {
        "profile": _parent_profile,
        "cooperation": _get("/fr/cooperation/"),
    },
}


@pytest.fixture
def build(make_organisation):
    """``build(kind)`` → the record of that kind carrying MARKER, everything published, and its organisation."""

    def make(kind):
        now = timezone.now()
        if kind == "organisation":
            record = make_organisation(name_fr=MARKER, areas=["bni-makada"], published_at=now)
            return record, None
        parent = make_organisation(name_fr="Association Parente", areas=["bni-makada"], published_at=now)
        if kind == "article":
            named = make_organisation(name_fr="Association Citée")
            record = make_article(title_fr=MARKER, submitted_by=parent, organisations=[named])
            Article.objects.filter(pk=record.pk).update(published_at=now)
        elif kind == "event":
            start = now + datetime.timedelta(days=3)
            record = make_event(title_fr=MARKER, start=start, organiser=parent, published_at=now)
        elif kind == "opportunity":
            record = make_opportunity(
                title_fr=MARKER, organisation=parent, deadline=days(5), published_at=now
            )
        elif kind == "project":
            # The founders' own: a project hangs on no organisation, its partners are only named on it.
            record = make_project(title_fr=MARKER, partners=[parent])
            return record, None
        elif kind == "partner search":
            record = PartnerSearch.objects.create(
                organisation=parent, title_fr=MARKER, status=ModerationStatus.PUBLISHED, published_at=now
            )
        else:
            record = Partnership.objects.create(
                organisation=parent,
                partner_name=MARKER,
                partner_country=Area.objects.get(slug="spain"),
                role=Partnership.Role.FUNDING,
                status=ModerationStatus.PUBLISHED,
            )
        return record, parent

    return make


def _cases():
    for kind in SURFACES:
        for status in HIDDEN:
            yield pytest.param(kind, "itself", status, id=f"{kind}-{status}")
            if kind not in ("organisation", "project"):
                yield pytest.param(kind, "its organisation", status, id=f"{kind}-organisation {status}")


@pytest.fixture
def subscriber(db):
    return make_subscriber("lecteur@example.org")


def _set_status(model, record, status):
    """Saved, as every status change on the site is (moderation_decide, the admin): an opportunity's stored
    ``is_public`` follows its own saves and its organisation's (tests/test_counts.py checks it agrees)."""
    record = model.objects.get(pk=record.pk)
    record.status = status
    record.save(update_fields=["status"])


@pytest.mark.parametrize(("kind", "hidden", "status"), list(_cases()))
def test_a_record_that_is_not_public_or_hangs_on_one_shows_on_no_surface(
    client, build, subscriber, kind, hidden, status
):
    record, parent = build(kind)
    if hidden == "itself":
        _set_status(type(record), record, status)
    else:
        _set_status(Organisation, parent, status)
    for name, surface in SURFACES[kind].items():
        assert MARKER not in surface(client, record), f"{kind} {hidden} {status} shows on {name}"


@pytest.mark.parametrize("kind", list(SURFACES))
def test_a_public_record_shows_on_every_surface(client, build, subscriber, kind):
    record, _parent = build(kind)
    for name, surface in SURFACES[kind].items():
        if kind == "organisation" and name == "news filter":
            continue  # the filter names the organisation only to the form, which is no listing
        assert MARKER in surface(client, record), f"{kind} missing from {name}"


def test_a_scheduled_article_shows_nowhere_before_its_time(client, build, subscriber):
    record, _parent = build("article")
    Article.objects.filter(pk=record.pk).update(publish_at=timezone.now() + datetime.timedelta(days=1))
    for name, surface in SURFACES["article"].items():
        assert MARKER not in surface(client, record), name


@pytest.mark.parametrize("status", HIDDEN)
def test_news_counts_leave_out_articles_of_an_organisation_that_is_not_public(client, build, status):
    _record, parent = build("article")
    assert client.get("/fr/news/").context["paginator"].count == 1
    _set_status(Organisation, parent, status)
    assert client.get("/fr/news/").context["paginator"].count == 0


@pytest.mark.parametrize("status", HIDDEN)
def test_an_event_of_a_hidden_organisation_names_no_organiser_in_any_calendar(client, build, status):
    record, parent = build("event")
    parent_name = "Association Parente"
    assert parent_name in client.get("/fr/events/feed/events.ics").content.decode()
    _set_status(Organisation, parent, status)
    assert parent_name not in client.get("/fr/events/feed/events.ics").content.decode()
    assert parent_name not in client.get("/fr/events/feed/rss/").content.decode()


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        (Organisation, "organisation"),
        (Article, "article"),
        (Event, "event"),
        (Project, "project"),
        (Opportunity, "opportunity"),
        (PartnerSearch, "partner search"),
        (Partnership, "outside partnership"),
    ],
)
def test_every_model_answers_the_one_rule_as_a_queryset_method(build, model, kind):
    record, parent = build(kind)
    assert list(model.objects.public()) == [record]
    hidden = record if parent is None else parent
    _set_status(type(hidden), hidden, ModerationStatus.ARCHIVED)
    assert not model.objects.public().exists()


@pytest.mark.parametrize("status", HIDDEN)
def test_a_project_with_a_partner_that_is_not_public_shows_without_that_partner(
    client, build, make_organisation, status
):
    record, _none = build("project")
    hidden = record.partners.get()
    visible = make_organisation(name_fr="Partenaire Visible")
    record.partners.add(visible)
    _set_status(Organisation, hidden, status)
    html = client.get(record.get_absolute_url()).content.decode()
    assert MARKER in html
    assert "Partenaire Visible" in html and visible.get_absolute_url() in html
    assert "Association Parente" not in html and hidden.get_absolute_url() not in html
    assert MARKER in client.get("/fr/projects/").content.decode()
