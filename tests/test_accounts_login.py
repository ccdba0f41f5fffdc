import datetime

import pytest
from axes.models import AccessAttempt
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
