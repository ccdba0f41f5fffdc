"""MEDIA_STORAGE=s3: logos, the open-data package and the backup drill against a local S3-compatible server."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from PIL import Image

from directory.exports import PACKAGE_PATH
from directory.media_storage import media_origins, media_storage_from_env
from directory.models import Sector
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from organisations.models import Membership, Organisation
from organisations.open_data import build_package
from tests.images import image_upload
from tests.s3 import fetch

REGISTER = "/fr/dashboard/organisations/new/"


def test_a_logo_uploaded_through_the_owners_form_is_stored_in_the_bucket_and_served_from_it(
    client, owner, moderator, taxonomies, s3_media
):
    client.force_login(owner)
    response = client.post(
        REGISTER,
        {
            "name_fr": "Association Bahr",
            "sectors": [Sector.objects.get(slug="environment").pk],
            "city": "Tanger",
            "edit_token": "",
            "logo_upload": image_upload("photo.jpg", fmt="JPEG", size=(800, 600)),
        },
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert s3_media.names() == sorted([organisation.logo.name, organisation.logo_thumbnail.name])
    moderation_decide(obj=organisation, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    client.logout()

    html = client.get(organisation.get_absolute_url()).content.decode()
    logo_url = organisation.logo.url
    assert logo_url.startswith(s3_media.url_prefix) and logo_url in html
    status, body = fetch(logo_url)
    assert status == 200 and body == s3_media.read(organisation.logo.name)
    with Image.open(organisation.logo.open("rb")) as logo:
        assert logo.format == "WEBP" and max(logo.size) == 512
    card = client.get("/fr/organisations/").content.decode()
    assert organisation.logo_thumbnail.url in card


def test_the_open_data_package_is_written_to_the_bucket_and_replaced_in_place(
    client, make_organisation, s3_media
):
    make_organisation(name_fr="Association Nour")
    build_package()
    build_package()  # the second replaces the first under the same name
    assert s3_media.names() == [PACKAGE_PATH]
    html = client.get("/fr/open-data/").content.decode()
    assert default_storage.url(PACKAGE_PATH) in html
    status, body = fetch(default_storage.url(PACKAGE_PATH))
    assert status == 200 and body[:2] == b"PK"
    default_storage.delete(PACKAGE_PATH)
    assert s3_media.names() == []


def test_backup_and_restore_carry_the_bucket_through_an_archive(make_organisation, owner, s3_media, tmp_path):
    amal = make_organisation(name_fr="Association Al Amal")
    amal.logo.save("amal.png", image_upload("amal.png"), save=True)
    Membership.objects.create(organisation=amal, user=owner, role=Membership.Role.OWNER)
    default_storage.save("notes/orphan note.txt", ContentFile(b"a file no row points to is kept too"))
    files_before = s3_media.contents()
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", str(archive), verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    s3_media.empty()
    call_command("restore", str(archive), verbosity=0)

    assert s3_media.contents() == files_before
    restored = Organisation.objects.get(pk=amal.pk)
    assert restored.logo.read() == files_before[restored.logo.name]


def test_restore_refuses_a_bucket_that_is_not_empty(make_organisation, s3_media, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    default_storage.save("left-over.txt", ContentFile(b"x"))
    with pytest.raises(Exception, match="media storage is not empty"):
        call_command("restore", str(archive), verbosity=0)


def test_media_storage_is_read_from_the_environment(monkeypatch):
    monkeypatch.delenv("MEDIA_STORAGE", raising=False)
    assert media_storage_from_env() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}

    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_S3_BUCKET"):
        media_storage_from_env()
    monkeypatch.setenv("MEDIA_S3_BUCKET", "tanger-media")
    monkeypatch.setenv("MEDIA_S3_ENDPOINT_URL", "https://s3.example.net")
    monkeypatch.setenv("MEDIA_S3_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("MEDIA_S3_SECRET_ACCESS_KEY", "secret")
    storage = media_storage_from_env()
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "tanger-media"
    assert storage["OPTIONS"]["querystring_auth"] is False
    assert media_origins(storage) == ["https://s3.example.net"]

    monkeypatch.setenv("MEDIA_S3_CUSTOM_DOMAIN", "media.example.org")
    assert media_origins(media_storage_from_env()) == ["https://media.example.org"]

    monkeypatch.setenv("MEDIA_STORAGE", "ftp")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE"):
        media_storage_from_env()
