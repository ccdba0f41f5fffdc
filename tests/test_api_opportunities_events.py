"""The project's own JSON for opportunities and events: the page's filters, public records only."""

import datetime

import pytest
from django.utils import timezone

from directory.api.ids import public_id
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from tests.news_helpers import make_event
from tests.opportunity_helpers import days, make_opportunity


def test_opportunities_keep_the_list_filters_and_every_language(client, make_organisation):
    publisher = make_organisation(name_fr="Association Al Amal")
    volunteering = make_opportunity(
        organisation=publisher,
        kind=Opportunity.Kind.VOLUNTEERING,
        direction=Opportunity.Direction.SOUGHT,
        title_fr="Bénévoles",
        title_ar="متطوعون",
        deadline=days(5),
    )
    make_opportunity(title_fr="Fonds", deadline=days(5))
    body = client.get("/api/v1/opportunities/", {"kind": "volunteering"}).json()
    assert body["total_items"] == 1
    item = body["contents"][0]
    assert item["id"] == public_id("opportunity", volunteering.pk)
    assert item["organisation_id"] == public_id("organization", publisher.pk)
    assert item["texts"]["ar"]["title"] == "متطوعون"
    assert set(item["texts"]) == {"fr", "ar"}
    detail = client.get(f"/api/v1/opportunities/{item['id']}")
    assert detail.json()["texts"]["fr"]["title"] == "Bénévoles"


@pytest.mark.parametrize(
    "status", [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED]
)
def test_opportunities_of_hidden_records_or_publishers_are_not_in_the_api(client, make_organisation, status):
    hidden_publisher = make_organisation(name_fr="Cachée", status=status)
    hidden = make_opportunity(title_fr="Caché lui-même", status=status)
    of_hidden = make_opportunity(title_fr="D'une cachée", organisation=hidden_publisher)
    assert client.get("/api/v1/opportunities/").json()["total_items"] == 0
    for opportunity in (hidden, of_hidden):
        assert (
            client.get(f"/api/v1/opportunities/{public_id('opportunity', opportunity.pk)}").status_code == 404
        )


def test_the_unfiltered_total_is_the_open_public_ones(client, make_organisation):
    publisher = make_organisation(name_fr="Publisher")
    make_opportunity(organisation=publisher, deadline=days(5))
    make_opportunity(deadline=None)
    make_opportunity(organisation=publisher, deadline=days(-2))
    make_opportunity(organisation=publisher, status=ModerationStatus.PENDING)
    unfiltered = client.get("/api/v1/opportunities/", {"per_page": 1}).json()
    assert (unfiltered["total_items"], unfiltered["total_pages"]) == (2, 2)
    assert client.get("/api/v1/opportunities/", {"status": "closed"}).json()["total_items"] == 1
    assert client.get("/api/v1/opportunities/", {"status": ["open", "closed"]}).json()["total_items"] == 3


def test_events_upcoming_by_default_and_past_on_request(client, taxonomies):
    now = timezone.now()
    make_event(title_fr="Bientôt", start=now + datetime.timedelta(days=2))
    make_event(title_fr="Passé", start=now - datetime.timedelta(days=2))
    make_event(title_fr="En attente", start=now + datetime.timedelta(days=2), status=ModerationStatus.PENDING)
    upcoming = client.get("/api/v1/events/").json()
    assert [e["texts"]["fr"]["title"] for e in upcoming["contents"]] == ["Bientôt"]
    past = client.get("/api/v1/events/?past=true").json()
    assert [e["texts"]["fr"]["title"] for e in past["contents"]] == ["Passé"]


def test_the_api_documents_itself(client, db):
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    assert "/api/v1/hsds/organizations" in schema.content.decode()
    docs = client.get("/api/v1/docs/")
    assert docs.status_code == 200
    index = client.get("/api/v1/").json()
    assert index["hsds"] == "http://testserver/api/v1/hsds/"


def test_opportunity_list_query_count_does_not_grow(client, make_organisation, django_assert_num_queries):
    publisher = make_organisation(name_fr="Publisher")
    for n in range(25):
        make_opportunity(
            title_fr=f"Appel {n}", organisation=publisher, sectors=["education"], areas=["tanger"]
        )
    client.get("/api/v1/events/")  # the client's rate-limit counter exists from now on
    # rate limit (6); the total: the maintained count of open ones and the few whose deadline passed since its
    # clock (2); the page with publishers; the slugs of its sectors, target groups, areas and legal forms (4)
    for per_page in (5, 25):
        with django_assert_num_queries(13):
            client.get(f"/api/v1/opportunities/?per_page={per_page}")
