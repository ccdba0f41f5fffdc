import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.utils import timezone

LOGIN = "/fr/account/login/"
PASSWORD = "tanger-2026-sunrise"


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(
        email="member@example.org", password=PASSWORD, email_verified=True
    )


def attempt(client, password, ip="192.0.2.10"):
    return client.post(LOGIN, {"username": "member@example.org", "password": password}, REMOTE_ADDR=ip)


def test_login_with_the_right_password(client, member):
    response = attempt(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"


def test_a_wrong_password_is_explained_and_the_address_kept(client, member):
    response = attempt(client, "wrong-password")
    assert response.status_code == 200
    assert 'value="member@example.org"' in response.content.decode()
    assert response.context["form"].non_field_errors()


def test_repeated_failures_lock_that_address_from_that_connection(client, member):
    for _ in range(5):
        attempt(client, "wrong-password")
    locked = attempt(client, PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert 'role="alert"' in locked.content.decode()


def test_a_lock_from_one_connection_does_not_lock_out_the_owner_elsewhere(client, member):
    for _ in range(5):
        attempt(client, "wrong-password", ip="203.0.113.66")
    assert attempt(client, PASSWORD, ip="192.0.2.10").status_code == 302


def test_the_lock_lifts_by_itself(client, member):
    for _ in range(5):
        attempt(client, "wrong-password")
    assert attempt(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert attempt(client, PASSWORD).status_code == 302


def test_logout_is_a_post(client, member):
    client.force_login(member)
    response = client.post("/fr/account/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_account_pages_need_a_login(client, db):
    for url in ("/fr/account/", "/fr/account/email/", "/fr/account/data/", "/fr/account/delete/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/fr/account/login/?next=")


def test_one_password_tried_on_many_accounts_from_one_connection_is_throttled(client, django_user_model):
    for n in range(20):
        django_user_model.objects.create_user(
            email=f"person{n}@example.org", password=f"own-password-{n}-x", email_verified=True
        )
    answers = [
        client.post(
            LOGIN,
            {"username": f"person{n}@example.org", "password": "Tanger2026!"},
            REMOTE_ADDR="198.51.100.9",
        )
        for n in range(20)
    ]
    assert [a.status_code for a in answers[:14]] == [200] * 14
    assert {a.status_code for a in answers[15:]} == {429}
    # Even the right password of one of those accounts is refused from that connection for now...
    right = client.post(
        LOGIN,
        {"username": "person19@example.org", "password": "own-password-19-x"},
        REMOTE_ADDR="198.51.100.9",
    )
    assert right.status_code == 429
    # ...while its owner, elsewhere, is not affected.
    assert (
        client.post(
            LOGIN,
            {"username": "person19@example.org", "password": "own-password-19-x"},
            REMOTE_ADDR="192.0.2.44",
        ).status_code
        == 302
    )


def test_logging_in_to_ones_own_account_does_not_clear_a_connections_failures(
    client, django_user_model, member
):
    sprayer = django_user_model.objects.create_user(
        email="sprayer@example.org", password="sprayer-password", email_verified=True
    )
    ip = "198.51.100.9"
    for round_ in range(4):
        for n in range(4):
            client.post(
                LOGIN, {"username": f"victim{round_}{n}@example.org", "password": "guess"}, REMOTE_ADDR=ip
            )
        client.post(LOGIN, {"username": sprayer.email, "password": "sprayer-password"}, REMOTE_ADDR=ip)
        client.post("/fr/account/logout/", REMOTE_ADDR=ip)
    assert attempt(client, "guess", ip=ip).status_code == 429


def test_changing_connection_does_not_buy_more_guesses_on_one_account(client, member):
    # Five wrong passwords from one connection lock only that connection for this account...
    for _ in range(5):
        attempt(client, "wrong-password", ip="203.0.113.1")
    assert attempt(client, "wrong-password", ip="203.0.113.1").status_code == 429
    # ...so the owner elsewhere still logs in (nobody can lock a victim out with five guesses)...
    assert attempt(client, PASSWORD, ip="192.0.2.10").status_code == 302
    client.post("/fr/account/logout/")
    # ...but guesses spread over connections count against the account: after ten, it is paused everywhere,
    # even for the right password from a new connection, whatever the spelling of the address.
    for n in range(10):
        client.post(
            LOGIN, {"username": "MEMBER@example.org", "password": "wrong"}, REMOTE_ADDR=f"203.0.113.{10 + n}"
        )
    locked = attempt(client, PASSWORD, ip="192.0.2.77")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_account_wide_pause_lifts_by_itself_or_with_a_password_reset(client, member):
    for n in range(10):
        attempt(client, "wrong", ip=f"203.0.113.{10 + n}")
    assert attempt(client, PASSWORD, ip="192.0.2.77").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert attempt(client, PASSWORD, ip="192.0.2.77").status_code == 302
    client.post("/fr/account/logout/")

    for n in range(10):
        attempt(client, "wrong", ip=f"203.0.113.{30 + n}")
    assert attempt(client, PASSWORD, ip="192.0.2.78").status_code == 429
    client.post("/fr/account/password/reset/", {"email": "member@example.org"}, REMOTE_ADDR="192.0.2.78")
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    form_url = client.get(link, REMOTE_ADDR="192.0.2.78")["Location"]
    new = "tanger-2027-new-dawn"
    done = client.post(form_url, {"new_password1": new, "new_password2": new}, REMOTE_ADDR="192.0.2.78")
    assert done.status_code == 302
    assert attempt(client, new, ip="192.0.2.78").status_code == 302


def test_admin_login_counts_failures_by_the_same_rules(client, django_user_model):
    for n in range(16):
        client.post(
            "/admin/login/",
            {"username": f"staff{n}@example.org", "password": "guess"},
            REMOTE_ADDR="198.51.100.9",
        )
    response = client.post(
        "/admin/login/", {"username": "other@example.org", "password": "guess"}, REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 429
