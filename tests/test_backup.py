"""The backup drill: data and logos in, archive out, everything wiped, restored, compared row by row and byte by byte."""

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from directory.backup import table_counts
from directory.models import Revision
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.group import MODERATORS_GROUP
from organisations.models import Membership, Organisation
from tests.images import image_upload
from tests.news_helpers import make_article


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def site_with_data(media, make_organisation, moderator, owner, django_user_model, client):
    amal = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل", sectors=["education"])
    amal.logo.save("amal.png", image_upload("amal.png"), save=True)
    nour = make_organisation(name_fr="Association Nour", status=ModerationStatus.PENDING)
    nour.logo.save("nour.jpg", image_upload("nour.jpg", fmt="JPEG", size=(64, 64)), save=True)
    Membership.objects.create(organisation=amal, user=owner, role=Membership.Role.OWNER)
    moderation_decide(obj=nour, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Doublon")
    Revision.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=amal.pk,
        author=owner,
        data={"city": "Asilah"},
    )
    article = make_article(title_fr="Journée des associations", organisations=[amal])
    article.cover.save("cover.png", ContentFile(b"\x89PNG not really, but bytes are bytes"), save=True)
    (media / "orphan note.txt").write_text("a file no row points to is kept too")
    client.force_login(owner)  # a session row
    return {"amal": amal, "nour": nour}


def _files(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(Path(root).rglob("*")) if p.is_file()
    }


def _model_counts():
    return {
        model._meta.label: model._base_manager.count() for model in apps.get_models(include_auto_created=True)
    }


def _wipe(media):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's transaction has checks pending
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media)
    media.mkdir()


def test_backup_then_restore_into_an_empty_site_gives_back_every_row_and_every_file(
    site_with_data, media, tmp_path
):
    rows_before, files_before = _model_counts(), _files(media)
    logo_name = Organisation.objects.get(pk=site_with_data["amal"].pk).logo.name
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", str(archive), verbosity=0)
    _wipe(media)
    assert not Organisation.objects.exists() and _files(media) == {}
    call_command("restore", str(archive), verbosity=0)

    assert _model_counts() == rows_before
    assert _files(media) == files_before
    amal = Organisation.objects.get(pk=site_with_data["amal"].pk)
    assert amal.logo.name == logo_name and amal.logo.read() == files_before[logo_name]
    assert amal.name_ar == "جمعية الأمل"
    assert amal.memberships.get().user.email == "owner@example.org"
    assert Group.objects.get(name=MODERATORS_GROUP).user_set.filter(email="moderator@example.org").exists()
    decision = site_with_data["nour"].__class__.objects.get(pk=site_with_data["nour"].pk)
    assert decision.status == ModerationStatus.REJECTED
    assert Revision.objects.get().content_object == amal


def test_the_archive_lists_rows_per_table_and_a_checksum_per_file(site_with_data, media, tmp_path):
    call_command("backup", str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("backup-*.tar.gz")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["tables"] == table_counts()
    assert manifest["tables"]["organisations_organisation"] == 2
    assert manifest["tables"]["organisations_organisation_sectors"] == 1
    assert set(manifest["files"]) == set(_files(media))
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert {"manifest.json", "database.json", "media/orphan note.txt"} <= names


def test_restore_refuses_a_site_that_is_not_empty(site_with_data, media, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    Organisation.objects.filter(pk=site_with_data["amal"].pk).update(city="Rabat")
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), verbosity=0)
    assert Organisation.objects.get(pk=site_with_data["amal"].pk).city == "Rabat"


def test_a_damaged_archive_is_refused_before_anything_changes(site_with_data, media, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == "media/orphan note.txt":
                data = b"tampered"
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    _wipe(media)
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(damaged), verbosity=0)
    assert not Organisation.objects.exists() and _files(media) == {}
