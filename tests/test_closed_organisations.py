"""Organisations that close: an honest 410 page, out of lists and search, and marked closed in the API."""

import datetime

from django.utils import timezone

from directory.api.ids import public_id
from organisations.models import Membership
from tests.opportunity_helpers import days, make_opportunity


def _close(organisation, when=None):
    organisation.closed_on = when or timezone.localdate() - datetime.timedelta(days=3)
    organisation.save(update_fields=["closed_on"])
    return organisation


def test_closed_profile_answers_410_with_the_date_and_similar_organisations(client, make_organisation):
    closed = _close(
        make_organisation(name_fr="Ancienne Association", sectors=["health"], areas=["bni-makada"])
    )
    make_organisation(name_fr="Santé Bni Makada", sectors=["health"], areas=["bni-makada"])
    response = client.get(f"/fr/organisations/{closed.slug}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "Ancienne Association" in html
    assert "Santé Bni Makada" in html
    assert closed.closed_on.strftime("%Y") in html


def test_closed_organisations_leave_lists_search_sitemap_and_downloads(client, make_organisation):
    closed = _close(make_organisation(name_fr="Ancienne Association"))
    make_organisation(name_fr="Association Active")
    for url in ("/fr/organisations/", "/fr/organisations/?q=ancienne", "/fr/organisations/map/"):
        assert "Ancienne Association" not in client.get(url).content.decode(), url
    assert closed.slug not in client.get("/sitemap-organisations.xml").content.decode()
    assert "Ancienne" not in b"".join(client.get("/fr/organisations/export.csv").streaming_content).decode()


def test_opportunities_of_a_closed_organisation_are_no_longer_shown(client, make_organisation):
    closed = _close(make_organisation(name_fr="Ancienne Association"))
    opportunity = make_opportunity(organisation=closed, title_fr="Appel orphelin", deadline=days(10))
    assert client.get(f"/fr/opportunities/{opportunity.slug}/").status_code == 404
    assert "Appel orphelin" not in client.get("/fr/opportunities/").content.decode()


def test_api_lists_closed_organisations_as_closed_with_defunct_services(client, make_organisation):
    closed = _close(make_organisation(name_fr="Ancienne Association", sectors=["health"]))
    body = client.get(f"/api/v1/hsds/organizations/{public_id('organization', closed.pk)}").json()
    assert body["x_status"] == "closed"
    assert body["x_closed_on"] == closed.closed_on.isoformat()
    assert [service["status"] for service in body["services"]] == ["defunct"]


def test_owner_marks_the_organisation_closed_and_active_again(
    client, published_organisation_with_owner, owner
):
    organisation = published_organisation_with_owner
    client.force_login(owner)
    url = f"/fr/dashboard/organisations/{organisation.slug}/close/"
    assert client.get(url).status_code == 200
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert client.post(url, {"closed_on": yesterday.isoformat()}).status_code == 302
    organisation.refresh_from_db()
    assert organisation.closed_on == yesterday
    assert client.get(f"/fr/organisations/{organisation.slug}/").status_code == 410
    client.post(url, {"reopen": "1"})
    organisation.refresh_from_db()
    assert organisation.closed_on is None
    assert client.get(f"/fr/organisations/{organisation.slug}/").status_code == 200


def test_a_closing_date_in_the_future_is_refused_on_the_field(
    client, published_organisation_with_owner, owner
):
    client.force_login(owner)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(
        f"/fr/dashboard/organisations/{published_organisation_with_owner.slug}/close/",
        {"closed_on": tomorrow.isoformat()},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["closed_on"]
    published_organisation_with_owner.refresh_from_db()
    assert published_organisation_with_owner.closed_on is None


def test_only_an_owner_can_close_an_organisation(
    client, published_organisation_with_owner, other_owner, citizen
):
    organisation = published_organisation_with_owner
    url = f"/fr/dashboard/organisations/{organisation.slug}/close/"
    client.force_login(other_owner)
    assert client.post(url, {"closed_on": timezone.localdate().isoformat()}).status_code == 404
    Membership.objects.create(organisation=organisation, user=citizen, role=Membership.Role.EDITOR)
    client.force_login(citizen)
    assert client.post(url, {"closed_on": timezone.localdate().isoformat()}).status_code == 404
    organisation.refresh_from_db()
    assert organisation.closed_on is None
