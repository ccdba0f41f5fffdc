import time

import pytest
from django.core import mail
from django.core.management import call_command

from directory.models import Area, Sector
from news.models import Subscriber
from tests.newsletter_helpers import days, links_in, make_article, make_subscriber

SUBSCRIBE = "/fr/newsletter/"


@pytest.fixture
def choices(taxonomies):
    return {
        "email": "Amina@Example.org",
        "language": "ar",
        "languages": ["ar", "fr"],
        "opportunity_kinds": ["funding", "training"],
        "sectors": [Sector.objects.get(slug="health").pk],
        "areas": [Area.objects.get(slug="tanger").pk],
        "homepage": "",
    }


def confirmation_link(client):
    """Where the mailed link leads: the token is too long for a mail, so the mail carries a short link to it."""
    (link,) = links_in(mail.outbox[-1])
    response = client.get(link)
    assert response.status_code == 302
    return response["Location"]


def test_subscribing_mails_a_link_in_the_chosen_language_and_subscribes_nobody_yet(client, choices):
    response = client.post(SUBSCRIBE, choices)
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amina@example.org"]
    assert "/ar/newsletter/confirm/" in confirmation_link(client)
    assert not Subscriber.objects.exists()


def test_confirming_through_the_link_subscribes_with_the_choices(client, choices):
    client.post(SUBSCRIBE, choices)
    link = confirmation_link(client)
    page = client.get(link)
    assert page.status_code == 200
    assert not Subscriber.objects.exists(), "opening the link (as mail scanners do) must not subscribe"
    client.post(link)
    subscriber = Subscriber.objects.active().get()
    assert subscriber.email == "amina@example.org"
    assert subscriber.language == "ar"
    assert subscriber.languages == ["ar", "fr"]
    assert subscriber.opportunity_kinds == ["funding", "training"]
    assert [s.slug for s in subscriber.sectors.all()] == ["health"]
    assert [a.slug for a in subscriber.areas.all()] == ["tanger"]


def test_unconfirmed_subscribers_get_no_digest(client, choices):
    client.post(SUBSCRIBE, choices)
    Subscriber.objects.create(email="pending@example.org", confirmed_at=None, created_at=days(-3))
    make_article(title_fr="Nouvelle", title_ar="خبر")
    mail.outbox.clear()
    call_command("send_digest")
    assert mail.outbox == []


def test_a_tampered_link_is_refused(client, choices):
    client.post(SUBSCRIBE, choices)
    tampered = confirmation_link(client)[:-4] + "zzz/"
    assert client.get(tampered).status_code == 400
    assert client.post(tampered).status_code == 400
    assert not Subscriber.objects.exists()


def test_a_link_older_than_three_days_is_refused(client, choices, monkeypatch):
    client.post(SUBSCRIBE, choices)
    link = confirmation_link(client)
    later = time.time() + 3 * 24 * 3600 + 60
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    assert client.post(link).status_code == 400
    assert not Subscriber.objects.exists()


def test_the_honeypot_stops_bots(client, choices):
    response = client.post(SUBSCRIBE, {**choices, "homepage": "http://spam.example"})
    assert response.status_code == 200
    assert "homepage" in response.context["form"].errors
    assert mail.outbox == []


def test_subscribing_is_rate_limited_per_ip(client, choices):
    for n in range(10):
        client.post(SUBSCRIBE, {**choices, "email": f"bot{n}@example.org"})
    response = client.post(SUBSCRIBE, choices)
    assert response.status_code == 429
    assert len(mail.outbox) == 10
    assert client.post(SUBSCRIBE, choices, REMOTE_ADDR="10.1.2.3").status_code == 200
    assert len(mail.outbox) == 11


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(client, choices):
    make_subscriber("known@example.org")
    known = client.post(SUBSCRIBE, {**choices, "email": "known@example.org"})
    unknown = client.post(SUBSCRIBE, {**choices, "email": "unknown@example.org"})
    assert known.status_code == unknown.status_code == 200
    assert known.content.decode().replace("known@", "X@") == unknown.content.decode().replace(
        "unknown@", "X@"
    )
    assert len(mail.outbox) == 2


def test_a_stranger_cannot_change_the_choices_of_a_subscriber(client, choices, taxonomies):
    subscriber = make_subscriber("amina@example.org", language="fr", sectors=["education"])
    client.post(SUBSCRIBE, choices)
    subscriber.refresh_from_db()
    assert subscriber.language == "fr"
    assert [s.slug for s in subscriber.sectors.all()] == ["education"]
    client.post(confirmation_link(client))
    subscriber.refresh_from_db()
    assert subscriber.language == "ar"
    assert [s.slug for s in subscriber.sectors.all()] == ["health"]


def test_subscribing_again_after_unsubscribing_needs_a_new_confirmation(client, choices):
    subscriber = make_subscriber(
        "amina@example.org", confirmed_at=days(-10), last_digest_at=days(-5), unsubscribed_at=days(-3)
    )
    missed = make_article(title_fr="Pendant l'absence", publish_at=days(-2), published_at=days(-2))
    client.post(SUBSCRIBE, choices)
    assert not Subscriber.objects.active().exists()
    client.post(confirmation_link(client))
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is None
    assert subscriber.confirmed_at > days(-1)
    make_article(title_fr="Après le retour")
    mail.outbox.clear()
    call_command("send_digest")
    (digest,) = mail.outbox
    assert "Après le retour" in digest.body
    assert missed.title_fr not in digest.body
