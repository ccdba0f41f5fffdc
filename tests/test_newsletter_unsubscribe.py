import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from news.models import Subscriber
from news.newsletter.tokens import make_unsubscribe_token
from tests.newsletter_helpers import links_in, make_article, make_subscriber


@pytest.fixture
def amina(db):
    return make_subscriber("amina@example.org", language="ar")


@pytest.fixture
def bilal(db):
    return make_subscriber("bilal@example.org", language="nl")


def unsubscribe_path(subscriber, language="fr"):
    return f"/{language}/newsletter/unsubscribe/{make_unsubscribe_token(subscriber)}/"


def is_subscribed(subscriber):
    return Subscriber.objects.active().filter(pk=subscriber.pk).exists()


def test_opening_the_link_only_asks_for_confirmation(client, amina):
    response = client.get(unsubscribe_path(amina))
    assert response.status_code == 200
    assert b'method="post"' in response.content
    assert is_subscribed(amina), "link scanners open links: a GET must not unsubscribe"


def test_the_button_unsubscribes_without_logging_in(amina):
    response = Client(enforce_csrf_checks=True).post(unsubscribe_path(amina))
    assert response.status_code == 200
    assert not is_subscribed(amina)


def test_one_click_unsubscribe_from_the_mail_program_needs_no_csrf_token(amina):
    response = Client(enforce_csrf_checks=True).post(
        unsubscribe_path(amina),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not is_subscribed(amina)


def test_unsubscribing_twice_keeps_the_first_time(client, amina):
    client.post(unsubscribe_path(amina))
    first = Subscriber.objects.get(pk=amina.pk).unsubscribed_at
    assert client.post(unsubscribe_path(amina)).status_code == 200
    assert Subscriber.objects.get(pk=amina.pk).unsubscribed_at == first


def test_the_token_of_one_subscriber_does_not_unsubscribe_another(client, amina, bilal):
    signature = make_unsubscribe_token(amina).partition(":")[2]
    forged = f"/fr/newsletter/unsubscribe/{bilal.pk}:{signature}/"
    assert client.post(forged).status_code in (400, 404)
    assert is_subscribed(bilal)
    assert is_subscribed(amina)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-3] + "abc",
        lambda t: "999999:" + t.partition(":")[2],
        lambda t: "x",
        lambda t: "9" * 30 + ":x",
    ],
)
def test_a_tampered_token_is_refused(client, amina, mangle):
    token = mangle(make_unsubscribe_token(amina))
    response = client.post(f"/fr/newsletter/unsubscribe/{token}/")
    assert response.status_code in (400, 404)
    assert is_subscribed(amina)


def test_a_token_stops_working_if_the_address_changes(client, amina):
    path = unsubscribe_path(amina)
    Subscriber.objects.filter(pk=amina.pk).update(email="new-amina@example.org")
    assert client.post(path).status_code == 400
    assert is_subscribed(amina)


def test_every_digest_carries_the_one_click_headers_and_a_working_link(client, amina):
    make_article(title_fr="Nouvelle")
    call_command("send_digest")
    (digest,) = mail.outbox
    url = digest.extra_headers["List-Unsubscribe"].strip("<>")
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/ar/newsletter/unsubscribe/" in url
    assert url in links_in(digest), "the body offers the same link"
    assert "List-Unsubscribe" in digest.message()
    path = url.split("://", 1)[1].partition("/")[2]
    Client(enforce_csrf_checks=True).post(
        f"/{path}", "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert not is_subscribed(amina)


def test_staff_can_unsubscribe_someone_but_not_add_anyone_in_the_admin(admin_client, amina, bilal):
    changelist = "/admin/news/subscriber/"
    assert admin_client.get(f"{changelist}?state=active").status_code == 200
    assert admin_client.get(f"{changelist}{amina.pk}/change/").status_code == 200
    assert admin_client.get(f"{changelist}add/").status_code == 403
    admin_client.post(changelist, {"action": "unsubscribe", "_selected_action": [amina.pk]})
    assert not is_subscribed(amina)
    assert is_subscribed(bilal)
