import csv
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import override

from directory.moderation import ModerationStatus
from directory.moderation.models import ModerationDecision
from organisations.importer import COLUMNS, import_organisations
from organisations.models import Organisation

IMPORT_URL = reverse("admin:organisations_organisation_import")
EXAMPLE = Path(__file__).resolve().parent.parent / "organisations" / "fixtures" / "import_example.csv"


def csv_text(*rows, columns=COLUMNS, delimiter=","):
    out = StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv(tmp_path, *rows, encoding="utf-8", **options):
    path = tmp_path / "organisations.csv"
    path.write_bytes(csv_text(*rows, **options).encode(encoding))
    return path


# Messages are checked in English so that translating them later does not break the tests.
def run_command(path, *args):
    out = StringIO()
    with override("en"):
        call_command("import_organisations", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def failing_command(path, *args):
    err = StringIO()
    with override("en"), pytest.raises(CommandError) as exc:
        call_command("import_organisations", str(path), *args, stdout=StringIO(), stderr=err)
    return err.getvalue(), str(exc.value)


AMAL = {
    "name_ar": "جمعية الأمل",
    "name_fr": "Association Al Amal",
    "acronym": "AAA",
    "description_fr": "Soutien scolaire.",
    "legal_form": "association",
    "sectors": "education;children",
    "target_groups": "children; students",
    "areas": "bni-makada",
    "city": "Tanger",
    "country": "MA",
    "latitude": "35.7595731",
    "longitude": "-5.834",
    "website": "https://example.org/amal",
    "email": "contact@example.org",
    "founded": "2004",
    "registration_number": "REC-1",
    "languages": "ar;ary;zgh",
    "status": "published",
}
NOUR = {"name_fr": "Jeunesse Nour", "city": "Tanger", "sectors": "youth"}


def test_good_file_creates_organisations_with_relations_and_country(tmp_path, taxonomies):
    output = run_command(write_csv(tmp_path, AMAL, NOUR))

    assert "Created 2 and updated 0" in output
    amal = Organisation.objects.get(registration_number="REC-1")
    assert (amal.name_ar, amal.name_fr, amal.acronym) == ("جمعية الأمل", "Association Al Amal", "AAA")
    assert amal.country.code == "MA"
    assert amal.legal_form.slug == "association"
    assert sorted(amal.sectors.values_list("slug", flat=True)) == ["children", "education"]
    assert sorted(amal.target_groups.values_list("slug", flat=True)) == ["children", "students"]
    assert list(amal.areas.values_list("slug", flat=True)) == ["bni-makada"]
    assert sorted(amal.languages.values_list("slug", flat=True)) == ["ar", "ary", "zgh"]
    assert amal.latitude == Decimal("35.759573")
    assert amal.founded == 2004


def test_imported_status_published_is_public_with_a_recorded_decision(client, tmp_path, taxonomies):
    run_command(write_csv(tmp_path, AMAL))

    amal = Organisation.objects.get(registration_number="REC-1")
    assert amal.status == ModerationStatus.PUBLISHED
    assert amal.published_at is not None
    assert ModerationDecision.objects.get(object_id=amal.pk).to_status == ModerationStatus.PUBLISHED
    assert client.get(amal.get_absolute_url()).status_code == 200


def test_status_defaults_to_pending(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, NOUR))

    nour = Organisation.objects.get()
    assert nour.status == ModerationStatus.PENDING
    assert nour.published_at is None


def test_reimport_updates_by_registration_number(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, AMAL))
    renamed = {**AMAL, "name_fr": "Association Al Amal Tanger", "city": "Tanger-Assilah", "sectors": "health"}

    output = run_command(write_csv(tmp_path, renamed))

    assert "Created 0 and updated 1" in output
    amal = Organisation.objects.get()
    assert amal.name_fr == "Association Al Amal Tanger"
    assert list(amal.sectors.values_list("slug", flat=True)) == ["health"]


def test_reimport_updates_by_normalised_name_and_case_insensitive_city(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, {"name_fr": "École Al Amal", "city": "Tanger"}))

    output = run_command(write_csv(tmp_path, {"name_fr": "ECOLE al-amal", "city": "TANGER", "phone": "0539"}))

    assert "Created 0 and updated 1" in output
    assert Organisation.objects.get().phone == "0539"


def test_reimport_matches_a_name_given_in_another_language_column(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, {"name_ar": "جمعية الأمل", "city": "Tanger"}))

    run_command(write_csv(tmp_path, {"name_fr": "Al Amal", "name_ar": "جمعيه الامل", "city": "tanger"}))

    assert Organisation.objects.get().name_fr == "Al Amal"


def test_reimport_keeps_values_of_empty_cells(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, AMAL))

    run_command(write_csv(tmp_path, {"registration_number": "REC-1", "name_fr": "Association Al Amal"}))

    amal = Organisation.objects.get()
    assert amal.email == "contact@example.org"
    assert amal.status == ModerationStatus.PUBLISHED
    assert amal.sectors.count() == 2


def test_same_name_in_another_city_is_a_new_organisation(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, {"name_fr": "Al Amal", "city": "Tanger"}))

    run_command(write_csv(tmp_path, {"name_fr": "Al Amal", "city": "Tétouan"}))

    assert Organisation.objects.count() == 2


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"sectors": "education;knitting"}, "sectors: unknown code or slug “knitting”"),
        ({"latitude": "north"}, "latitude: “north” is not a number"),
        ({"latitude": "135"}, "latitude: Ensure this value is less than or equal to 90"),
        ({"name_ar": "", "name_fr": ""}, "no name; give at least one of name_ar"),
        ({"status": "online"}, "status: “online” is not a status"),
        ({"country": "XX"}, "country: unknown code or slug “XX”"),
        ({"email": "not-an-address"}, "email: Enter a valid email address"),
        ({"website": "example dot org"}, "website: Enter a valid URL"),
        ({"founded": "last year"}, "founded: “last year” is not a year"),
        ({"latitude": "1e30"}, "latitude: “1e30” is not a number of degrees"),
        ({"longitude": "-Infinity"}, "longitude: “-Infinity” is not a number of degrees"),
        ({"latitude": "NaN"}, "latitude: “NaN” is not a number of degrees"),
        ({"acronym": "A\x00A"}, "acronym: the cell holds a NUL character"),
        ({"name_fr": "Amal\x00"}, "name_fr: the cell holds a NUL character"),
        ({"founded": "19\x0098"}, "founded: the cell holds a NUL character"),
    ],
)
def test_bad_row_reports_line_and_reason_and_saves_nothing(tmp_path, make_organisation, change, reason):
    make_organisation(name_fr="Déjà là")
    before = Organisation.objects.count()

    errors, summary = failing_command(write_csv(tmp_path, NOUR, {**AMAL, **change}))

    assert f"line 3: {reason}" in errors
    assert "nothing was imported" in summary
    assert Organisation.objects.count() == before


def test_every_bad_row_is_reported_not_only_the_first(tmp_path, taxonomies):
    path = write_csv(
        tmp_path, {**NOUR, "sectors": "nope"}, AMAL, {**AMAL, "registration_number": "", "email": "x"}
    )

    errors, _summary = failing_command(path)

    assert "line 2: sectors" in errors
    assert "line 4: email" in errors
    assert "line 3" not in errors
    assert not Organisation.objects.exists()


def test_a_rejected_cell_raises_no_follow_up_errors(tmp_path, taxonomies):
    errors, _summary = failing_command(write_csv(tmp_path, {**AMAL, "latitude": "north"}))

    assert errors.splitlines() == ["line 2: latitude: “north” is not a number of degrees such as 35.7595."]


def test_the_same_organisation_twice_in_a_file_is_an_error(tmp_path, taxonomies):
    errors, _summary = failing_command(write_csv(tmp_path, AMAL, {**AMAL, "name_fr": "Autre nom"}))

    assert "line 3: describes the same organisation as line 2" in errors
    assert not Organisation.objects.exists()


def test_dry_run_reports_changes_and_saves_nothing(tmp_path, make_organisation):
    make_organisation(name_fr="Jeunesse Nour", city="Tanger", status=ModerationStatus.DRAFT)

    output = run_command(write_csv(tmp_path, AMAL, NOUR), "--dry-run")

    assert "line 2: would create Association Al Amal" in output
    assert "line 3: would update Jeunesse Nour" in output
    assert "would create 1 and update 1" in output
    assert list(Organisation.objects.values_list("name_fr", "status")) == [("Jeunesse Nour", "draft")]
    assert not Organisation.objects.get().sectors.exists()
    assert not ModerationDecision.objects.exists()


def test_non_utf8_file_is_a_clear_error(tmp_path, taxonomies):
    path = write_csv(tmp_path, NOUR, {"name_fr": "Association Élan", "city": "Tanger"}, encoding="latin-1")

    errors, _summary = failing_command(path)

    assert "line 3: the file is not UTF-8 text" in errors
    assert not Organisation.objects.exists()


def test_byte_order_mark_is_accepted(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, NOUR, encoding="utf-8-sig"))

    assert Organisation.objects.get().name_fr == "Jeunesse Nour"


def test_semicolon_separated_file_from_a_french_spreadsheet_is_accepted(tmp_path, taxonomies):
    run_command(write_csv(tmp_path, {**NOUR, "sectors": "youth;sport"}, delimiter=";"))

    assert sorted(Organisation.objects.get().sectors.values_list("slug", flat=True)) == ["sport", "youth"]


def test_unknown_column_and_missing_name_column_are_header_errors(tmp_path, taxonomies):
    path = write_csv(tmp_path, {"nom": "Nour", "city": "Tanger"}, columns=["nom", "city"])

    errors, _summary = failing_command(path)

    assert "line 1: unknown column “nom”" in errors
    assert "line 1: no name column" in errors


def test_missing_file_is_a_command_error(tmp_path, db):
    _errors, summary = failing_command(tmp_path / "absent.csv")

    assert "Cannot read" in summary


def test_example_file_imports_cleanly(taxonomies):
    result = import_organisations(EXAMPLE.open("rb"), dry_run=True)

    assert result.errors == []
    assert result.created == 3


def test_non_moderator_actor_cannot_publish_by_import(django_user_model, taxonomies):
    clerk = django_user_model.objects.create_user(email="clerk@example.org", is_staff=True)
    clerk.user_permissions.set(
        Permission.objects.filter(codename__in=["add_organisation", "change_organisation"])
    )

    with override("en"):
        result = import_organisations(StringIO(csv_text(AMAL, NOUR)), actor=clerk)

    assert [(e.line, str(e.message)) for e in result.errors] == [
        (2, "only moderators may import the status “published”.")
    ]
    assert not Organisation.objects.exists()


def upload(client, text, **data):
    file = SimpleUploadedFile("organisations.csv", text.encode(), content_type="text/csv")
    return client.post(IMPORT_URL, {"file": file, **data}, follow=True, headers={"accept-language": "en"})


def test_moderator_imports_through_the_admin(client, moderator, taxonomies):
    client.force_login(moderator)

    response = upload(client, csv_text(AMAL, NOUR))

    assert response.redirect_chain[-1][0] == reverse("admin:organisations_organisation_changelist")
    assert "2 created, 0 updated" in response.content.decode()
    amal = Organisation.objects.get(registration_number="REC-1")
    assert amal.status == ModerationStatus.PUBLISHED
    assert ModerationDecision.objects.get(object_id=amal.pk).actor == moderator


def test_admin_upload_shows_line_errors_and_saves_nothing(client, moderator, taxonomies):
    client.force_login(moderator)

    response = upload(client, csv_text(NOUR, {**AMAL, "latitude": "north"}))

    assert response.status_code == 200
    assert "line 3: latitude: “north” is not a number" in response.content.decode()
    assert not Organisation.objects.exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"latitude": "1e30"}, "latitude: “1e30” is not a number of degrees"),
        ({"city": "Tan\x00ger"}, "city: the cell holds a NUL character"),
    ],
)
def test_admin_upload_reports_a_huge_number_or_a_nul_byte_on_its_line(
    client, moderator, taxonomies, change, reason
):
    client.force_login(moderator)

    response = upload(client, csv_text(NOUR, {**AMAL, **change}))

    assert response.status_code == 200
    assert f"line 3: {reason}" in response.content.decode()
    assert not Organisation.objects.exists()


def test_admin_check_only_lists_changes_and_saves_nothing(client, moderator, taxonomies):
    client.force_login(moderator)

    response = upload(client, csv_text(AMAL), dry_run="on")

    assert "Association Al Amal" in response.content.decode()
    assert not Organisation.objects.exists()


def test_changelist_links_to_the_import_for_a_moderator(client, moderator):
    client.force_login(moderator)

    response = client.get(reverse("admin:organisations_organisation_changelist"))

    assert IMPORT_URL in response.content.decode()


def test_staff_without_add_permission_cannot_import(client, staff_non_moderator, taxonomies):
    client.force_login(staff_non_moderator)

    page = client.get(IMPORT_URL)
    response = upload(client, csv_text(NOUR))

    assert page.status_code == 403
    assert response.status_code == 403
    assert not Organisation.objects.exists()
