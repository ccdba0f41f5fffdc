import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from directory.models import Sector
from directory.moderation import ModerationStatus
from organisations.models import Membership, Organisation
from tests.images import image_upload, png_bomb

REGISTER = "/fr/dashboard/organisations/new/"


@pytest.fixture
def member(db, django_user_model):
    return django_user_model.objects.create_user(
        email="owner@example.org", password="x" * 12, email_verified=True
    )


def profile(**overrides):
    data = {
        "name_fr": "Association Bahr",
        "name_ar": "جمعية البحر",
        "description_fr": "Nettoyage des plages de Tanger.",
        "sectors": [Sector.objects.get(slug="environment").pk],
        "city": "Tanger",
        "website": "https://bahr.example.org",
        "edit_token": "",
    }
    data.update(overrides)
    return data


def test_registering_needs_an_account(client, db):
    response = client.get(REGISTER)
    assert response.status_code == 302
    assert "/fr/account/login/" in response["Location"]


def test_registration_creates_a_pending_profile_owned_by_the_user(client, member, taxonomies):
    client.force_login(member)
    response = client.post(REGISTER, profile())
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.status == ModerationStatus.PENDING
    assert organisation.sectors.get().slug == "environment"
    assert Membership.objects.get().role == Membership.Role.OWNER
    dashboard = client.get("/fr/dashboard/").content.decode()
    assert "Association Bahr" in dashboard


def test_a_pending_profile_is_not_public(client, member, taxonomies):
    client.force_login(member)
    client.post(REGISTER, profile())
    organisation = Organisation.objects.get()
    client.logout()
    assert client.get(organisation.get_absolute_url()).status_code == 404
    assert "Bahr" not in client.get("/fr/organisations/?q=bahr").content.decode()


def test_a_profile_without_any_name_is_refused_and_the_rest_kept(client, member, taxonomies):
    client.force_login(member)
    response = client.post(REGISTER, profile(name_fr="", name_ar=""))
    assert response.status_code == 200
    assert not Organisation.objects.exists()
    html = response.content.decode()
    assert "Nettoyage des plages de Tanger." in html
    assert 'value="https://bahr.example.org"' in html
    assert 'role="alert"' in html


def test_a_logo_is_re_encoded_without_its_metadata(client, member, taxonomies):
    client.force_login(member)
    client.post(
        REGISTER, profile(logo_upload=image_upload("photo.jpg", fmt="JPEG", size=(1600, 900), exif_gps=True))
    )
    organisation = Organisation.objects.get()
    with Image.open(organisation.logo.open("rb")) as logo:
        assert logo.format == "WEBP"
        assert max(logo.size) == 512
        assert not logo.getexif()
    with Image.open(organisation.logo_thumbnail.open("rb")) as thumbnail:
        assert max(thumbnail.size) == 96


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("logo.png", b"%PDF-1.4 this is not an image", content_type="image/png"),
            "not an image",
        ),
        (image_upload("anim.gif", fmt="GIF"), "Only JPEG, PNG and WebP"),
        (png_bomb(), "too large"),
    ],
    ids=["renamed-non-image", "gif", "decompression-bomb"],
)
def test_a_bad_logo_is_refused_with_a_clear_error_and_the_form_kept(
    client, member, taxonomies, upload, message
):
    client.force_login(member)
    response = client.post("/en/dashboard/organisations/new/", profile(logo_upload=upload))
    assert response.status_code == 200
    with translation.override("en"):  # error messages are lazy: read them in the page's language
        errors = " ".join(str(e) for e in response.context["form"].errors["logo_upload"])
    assert message in errors
    assert not Organisation.objects.exists()
    assert "Nettoyage des plages de Tanger." in response.content.decode()


def test_an_oversized_file_is_refused(client, member, taxonomies):
    big = io.BytesIO()
    Image.frombytes("RGB", (1500, 1500), os.urandom(1500 * 1500 * 3)).save(big, format="PNG")
    assert big.tell() > 3 * 1024 * 1024
    client.force_login(member)
    upload = SimpleUploadedFile("big.png", big.getvalue(), content_type="image/png")
    response = client.post("/en/dashboard/organisations/new/", profile(logo_upload=upload))
    with translation.override("en"):
        assert "too large" in " ".join(str(e) for e in response.context["form"].errors["logo_upload"])
    assert not Organisation.objects.exists()
