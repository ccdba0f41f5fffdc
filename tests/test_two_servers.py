"""Two app servers on one database, one cache and one media store behave as one site."""

import io

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils import timezone
from PIL import Image

from tests import servers

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "x" * 12


@pytest.fixture
def shared_cache():
    """Redis when there is one (CI starts it), under a key prefix of this test's own; else the database's cache
    table."""
    if servers.redis_reachable():
        with servers.redis_namespace() as prefix:
            yield {"CACHE_URL": servers.REDIS_URL, "CACHE_KEY_PREFIX": prefix}
    else:
        yield {"CACHE_URL": "db://"}


def _log_in(session, server, email, password):
    token = servers.csrf_token(session, f"{server}/fr/account/login/")
    return session.post(
        f"{server}/fr/account/login/",
        {"username": email, "password": password, "csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=60,
    )


def _png():
    out = io.BytesIO()
    Image.new("RGB", (200, 120), (11, 92, 115)).save(out, format="PNG")
    return out.getvalue()


def test_two_app_servers_share_pages_media_sessions_and_lockouts(
    tmp_path, shared_cache, published_organisation_with_owner, owner
):
    organisation = published_organisation_with_owner
    # The servers run the production settings, whose hashers do not read the test settings' fast MD5.
    owner.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt(), iterations=1000)
    owner.email_verified = True
    owner.save(update_fields=["password", "email_verified"])
    profile = f"/fr/organisations/{organisation.slug}/"
    database = servers.shared_database(tmp_path)
    env = servers.environment(DATABASE_URL=database, MEDIA_ROOT=str(tmp_path / "media"), **shared_cache)

    with servers.app_servers(2, env, tmp_path) as (a, b):
        reader = requests.Session()
        listing = f"{b}/fr/organisations/"
        # B caches the list: a change that no signal announces (a bare UPDATE) is not seen there...
        assert "Association Al Amal" in reader.get(listing, timeout=60).text
        assert "Pas encore confirmé" in reader.get(b + profile, timeout=60).text
        servers.write_shared(
            database,
            "UPDATE organisations_organisation SET name_fr = ? WHERE id = ?",
            ("Association Al Amal Tanger", organisation.pk),
        )
        assert "Al Amal Tanger" not in reader.get(listing, timeout=60).text

        # ...while the owner's change made through A is, at once: B's cached copies are stale.
        owner_session = requests.Session()
        logged_in = _log_in(owner_session, a, owner.email, PASSWORD)
        assert logged_in.status_code == 302
        confirmed = owner_session.post(
            f"{a}/fr/dashboard/organisations/{organisation.slug}/confirm/",
            {"csrfmiddlewaretoken": owner_session.cookies["csrftoken"]},
            allow_redirects=False,
            timeout=60,
        )
        assert confirmed.status_code == 302
        assert "Al Amal Tanger" in reader.get(listing, timeout=60).text
        today = timezone.localdate().isoformat()
        assert f'datetime="{today}"' in reader.get(b + profile, timeout=60).text

        # A logo uploaded through B (with the session A opened) is served by A.
        token = servers.csrf_token(owner_session, f"{b}/fr/dashboard/organisations/new/")
        registered = owner_session.post(
            f"{b}/fr/dashboard/organisations/new/",
            {
                "name_fr": "Association Bahr",
                "description_fr": "Nettoyage des plages de Tanger.",
                "sectors": [str(_sector_pk(database))],
                "city": "Tanger",
                "edit_token": "",
                "csrfmiddlewaretoken": token,
            },
            files={"logo_upload": ("logo.png", _png(), "image/png")},
            allow_redirects=False,
            timeout=60,
        )
        assert registered.status_code == 302, registered.text[:2000]
        ((logo,),) = servers.read_shared(
            database, "SELECT logo FROM organisations_organisation WHERE name_fr = ?", ("Association Bahr",)
        )
        assert logo
        served = requests.get(f"{a}{settings.MEDIA_URL}{logo}", timeout=60)
        assert served.status_code == 200
        assert served.content == (tmp_path / "media" / logo).read_bytes()

        # Failed logins count across both servers: five in all, alternating, lock the address.
        for n in range(settings.AXES_FAILURE_LIMIT - 1):
            failed = _log_in(requests.Session(), (a, b)[n % 2], owner.email, "wrong password")
            assert failed.status_code == 200
        assert _log_in(requests.Session(), b, owner.email, "wrong password").status_code == 429
        assert _log_in(requests.Session(), a, owner.email, PASSWORD).status_code == 429


def _sector_pk(database):
    ((pk,),) = servers.read_shared(
        database, "SELECT id FROM directory_sector WHERE slug = ?", ("environment",)
    )
    return pk
