"""The complete HSDS package: what a reuser downloads from the open-data page."""

import csv
import io
import json
import zipfile

from django.core.files.storage import default_storage
from django.core.management import call_command

from directory.exports import PACKAGE_PATH
from directory.moderation import ModerationStatus
from tests.hsds import assert_valid


def test_package_holds_every_published_organisation_as_valid_hsds(
    client, make_organisation, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    make_organisation(
        name_fr="Association Al Amal", sectors=["education"], areas=["bni-makada"], address="1 rue"
    )
    make_organisation(name_fr="En attente", sectors=["education"], status=ModerationStatus.PENDING)
    call_command("export_open_data", stdout=io.StringIO())
    with default_storage.open(PACKAGE_PATH) as handle, zipfile.ZipFile(handle) as archive:
        names = set(archive.namelist())
        assert {"datapackage.json", "organizations.csv", "services.csv", "organizations.json"} <= names
        organisations = json.loads(archive.read("organizations.json"))
        rows = list(csv.DictReader(io.StringIO(archive.read("organizations.csv").decode())))
        datapackage = json.loads(archive.read("datapackage.json"))
        services = list(csv.DictReader(io.StringIO(archive.read("services.csv").decode())))
    assert [o["name"] for o in organisations] == ["Association Al Amal"]
    for organisation in organisations:
        assert_valid("organization", organisation)
        for service in organisation["services"]:
            assert_valid("service", service)
    assert [row["name"] for row in rows] == ["Association Al Amal"]
    assert len(services) == 1
    assert datapackage["licenses"][0]["name"] == "CC BY 4.0"
    assert {r["path"] for r in datapackage["resources"]} <= names
    html = client.get("/fr/open-data/").content.decode()
    assert default_storage.url(PACKAGE_PATH) in html
