import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

User = get_user_model()
SIGNUP = "/fr/account/signup/"


def signup_data(**overrides):
    return {
        "email": "Amina@Example.org",
        "first_name": "Amina",
        "language": "ar",
        "password1": "tanger-2026-sunrise",
        "password2": "tanger-2026-sunrise",
        "homepage": "",
        **overrides,
    }


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_signup_creates_an_unverified_account_and_mails_a_link_in_the_users_language(client, db):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 200
    user = User.objects.get()
    assert user.email == "amina@example.org"
    assert not user.email_verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amina@example.org"]
    assert "/ar/account/verify/" in link_in(mail.outbox[0])


def test_following_the_link_verifies_and_logs_in_once(client, db):
    client.post(SIGNUP, signup_data())
    link = link_in(mail.outbox[0])
    response = client.get(link)
    assert response.status_code == 302
    assert User.objects.get().email_verified
    assert client.get("/fr/account/").status_code == 200
    client.post("/fr/account/logout/")
    assert client.get(link).status_code == 400


def test_a_tampered_link_is_refused(client, db):
    client.post(SIGNUP, signup_data())
    link = link_in(mail.outbox[0])
    assert client.get(link[:-3] + "zzz/").status_code == 400
    assert not User.objects.get().email_verified


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"password2": "something-else-2026"}, "password2"),
        ({"password1": "short", "password2": "short"}, "password1"),
        ({"password1": "password1234", "password2": "password1234"}, "password1"),
        ({"email": "not-an-address"}, "email"),
    ],
)
def test_bad_input_is_explained_and_what_was_typed_is_kept(client, db, overrides, field):
    response = client.post(SIGNUP, signup_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert 'value="Amina"' in html
    assert 'role="alert"' in html
    assert not User.objects.exists()


def test_signing_up_with_a_registered_address_looks_the_same_and_tells_the_owner(client, db):
    owner = User.objects.create_user(
        email="amina@example.org", password="x" * 12, email_verified=True, language="fr"
    )
    fresh = client.post(SIGNUP, signup_data(email="someone-new@example.org"))
    mail.outbox.clear()
    taken = client.post(SIGNUP, signup_data(email="AMINA@example.org"))
    assert taken.status_code == fresh.status_code == 200
    assert "accounts/signup_done.html" in {t.name for t in taken.templates}
    assert taken.content.decode().replace("amina@", "X@") == fresh.content.decode().replace(
        "someone-new@", "X@"
    )
    assert User.objects.filter(email__iexact="amina@example.org").count() == 1
    owner.refresh_from_db()
    assert owner.check_password("x" * 12)
    (message,) = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject == "Quelqu'un a essayé de créer un compte avec votre adresse e-mail"
    assert "/fr/account/login/" in message.body and "/fr/account/password/reset/" in message.body


def test_signing_up_again_before_confirming_sends_a_new_link(client, db):
    User.objects.create_user(email="amina@example.org", password="x" * 12, language="ar")
    response = client.post(SIGNUP, signup_data())
    assert "accounts/signup_done.html" in {t.name for t in response.templates}
    (message,) = mail.outbox
    assert "/ar/account/verify/" in link_in(message)


def test_the_honeypot_stops_bots(client, db):
    response = client.post(SIGNUP, signup_data(homepage="http://spam.example"))
    assert response.status_code == 200
    assert not User.objects.exists()
    assert mail.outbox == []


def test_signup_is_rate_limited_per_ip(client, db):
    for n in range(10):
        client.post(SIGNUP, signup_data(email=f"bot{n}@example.org", password2="mismatch-0000"))
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 429
    assert not User.objects.exists()
    other_ip = client.post(SIGNUP, signup_data(), REMOTE_ADDR="10.1.2.3")
    assert other_ip.status_code == 200
    assert User.objects.count() == 1


def test_unverified_accounts_cannot_log_in_until_verified(client, db):
    client.post(SIGNUP, signup_data())
    response = client.post(
        "/fr/account/login/", {"username": "amina@example.org", "password": "tanger-2026-sunrise"}
    )
    assert response.status_code == 200
    assert "unverified" in [e.code for e in response.context["form"].non_field_errors().as_data()]
    assert "_auth_user_id" not in client.session


def test_resending_the_link_reveals_nothing_about_the_address(client, db):
    client.post(SIGNUP, signup_data())
    mail.outbox.clear()
    known = client.post("/fr/account/verify/resend/", {"email": "amina@example.org"}, follow=True)
    unknown = client.post("/fr/account/verify/resend/", {"email": "nobody@example.org"}, follow=True)
    assert len(mail.outbox) == 1
    assert [str(m) for m in known.context["messages"]] == [str(m) for m in unknown.context["messages"]]


def test_two_sign_ups_at_once_with_one_address_get_the_same_answer(client, db, monkeypatch):
    from directory.accounts.forms import SignupForm

    original_is_valid = SignupForm.is_valid

    def the_other_request_saves_meanwhile(self):
        valid = original_is_valid(self)
        User.objects.create_user(email="amina@example.org", password="x" * 12, email_verified=True)
        return valid

    monkeypatch.setattr(SignupForm, "is_valid", the_other_request_saves_meanwhile)
    response = client.post(SIGNUP, signup_data())
    assert "accounts/signup_done.html" in {t.name for t in response.templates}
    assert User.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == ["amina@example.org"]
