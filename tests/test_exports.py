"""Downloads of filtered lists: what the list shows, in every language, public records and fields only."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.moderation import ModerationStatus
from tests.opportunity_helpers import days, make_opportunity


def _body(response):
    return b"".join(response.streaming_content).decode("utf-8")


def _csv_rows(response):
    text = _body(response)
    assert text.startswith("\ufeff"), "spreadsheets need the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_organisation_csv_keeps_the_list_filters_and_every_language(client, make_organisation):
    make_organisation(name_fr="Santé Pour Tous", name_ar="الصحة للجميع", sectors=["health"])
    make_organisation(name_fr="École Ouverte", sectors=["education"])
    response = client.get("/fr/organisations/export.csv?sector=health")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="organisations.csv"' in response["Content-Disposition"]
    rows = _csv_rows(response)
    assert [row["name_fr"] for row in rows] == ["Santé Pour Tous"]
    assert rows[0]["name_ar"] == "الصحة للجميع"
    assert rows[0]["sectors"] == "health"


@pytest.mark.parametrize(
    "status", [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED]
)
def test_organisation_downloads_never_hold_unpublished_profiles(client, make_organisation, status):
    make_organisation(name_fr="Cachée", status=status)
    make_organisation(name_fr="Visible")
    assert [row["name_fr"] for row in _csv_rows(client.get("/fr/organisations/export.csv"))] == ["Visible"]
    data = json.loads(_body(client.get("/fr/organisations/export.json")))
    assert [item["name_fr"] for item in data["items"]] == ["Visible"]


def test_organisation_downloads_leave_out_e_mail_and_phone(client, make_organisation):
    make_organisation(name_fr="Visible", email="someone.private@example.org", phone="+212 600 000 000")
    text = _body(client.get("/fr/organisations/export.json")) + _body(
        client.get("/fr/organisations/export.csv")
    )
    assert "someone.private@example.org" not in text
    assert "600 000 000" not in text


def test_organisation_json_says_its_licence_and_filters(client, make_organisation):
    make_organisation(name_fr="Visible", sectors=["health"])
    data = json.loads(_body(client.get("/fr/organisations/export.json?sector=health")))
    assert data["meta"]["licence"] == "CC BY 4.0"
    assert data["meta"]["filters"] == {"sector": "health"}
    assert data["items"][0]["sectors"] == ["health"]


def test_organisation_download_costs_the_same_queries_for_3_or_30_rows(client, make_organisation):
    def queries_for_download():
        with CaptureQueriesContext(connection) as captured:
            _body(client.get("/fr/organisations/export.csv"))
        return len(captured)

    for n in range(3):
        make_organisation(name_fr=f"Org {n}", sectors=["health"], areas=["bni-makada"])
    few = queries_for_download()
    for n in range(27):
        make_organisation(name_fr=f"Autre {n}", sectors=["health"], areas=["bni-makada"])
    assert queries_for_download() == few


def test_opportunity_downloads_hold_public_ones_with_their_amounts(client, make_organisation):
    hidden_publisher = make_organisation(name_fr="Rejetée", status=ModerationStatus.REJECTED)
    make_opportunity(title_fr="Appel d'une organisation rejetée", organisation=hidden_publisher)
    make_opportunity(
        title_fr="Fonds éducation", amount_min=1000, amount_max=5000, currency="MAD", deadline=days(9)
    )
    rows = _csv_rows(client.get("/fr/opportunities/export.csv"))
    assert [row["title_fr"] for row in rows] == ["Fonds éducation"]
    assert (rows[0]["amount_min"], rows[0]["currency"], rows[0]["is_open"]) == ("1000.00", "MAD", "True")
    data = json.loads(_body(client.get("/fr/opportunities/export.json?kind=volunteering")))
    assert data["items"] == []


def test_lists_link_to_their_downloads_with_the_current_filters(client, db):
    html = client.get("/fr/organisations/?sector=health").content.decode()
    assert 'href="/fr/organisations/export.csv?sector=health"' in html
    assert 'href="/fr/organisations/feed/rss/?sector=health"' in html
    html = client.get("/fr/opportunities/?kind=funding").content.decode()
    assert 'href="/fr/opportunities/export.json?kind=funding"' in html


@pytest.mark.parametrize("code", ["ar", "fr", "en", "nl", "es"])
def test_open_data_page_states_the_licence_in_every_language(client, db, code):
    response = client.get(f"/{code}/open-data/")
    assert response.status_code == 200
    assert "https://creativecommons.org/licenses/by/4.0/" in response.content.decode()
