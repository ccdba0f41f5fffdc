"""One form per kind and direction, chosen first; when the activity happens, and the lists' date filters."""

import datetime

import pytest
from django.utils import formats, timezone, translation

from directory.moderation import ModerationStatus
from opportunities.filters import _weekend
from opportunities.models import Opportunity
from organisations.models import Membership
from tests.opportunity_helpers import days, make_opportunity

LIST = "/fr/opportunities/"


@pytest.fixture
def organisation(make_organisation, owner):
    organisation = make_organisation(name_fr="Association Bahr", sectors=["environment"])
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation


def new_url(organisation):
    return f"/fr/dashboard/opportunities/{organisation.slug}/new/"


def test_posting_starts_with_the_choice_of_kind_and_direction_in_plain_words(client, owner, organisation):
    client.force_login(owner)
    response = client.get(new_url(organisation))
    page = response.content.decode()
    assert "opportunities/dashboard/choose.html" in [t.name for t in response.templates]
    assert page.count('href="?kind=') == 8
    with translation.override("fr"):
        assert translation.gettext("We are looking for volunteers") in page


def test_a_volunteering_request_is_not_asked_for_money_or_goods(client, owner, organisation):
    client.force_login(owner)
    form = client.get(new_url(organisation), {"kind": "volunteering", "direction": "sought"}).context["form"]
    for absent in ("amount_min", "amount_max", "currency", "registration_required", "condition", "quantity"):
        assert absent not in form.fields
    for asked in ("start_date", "end_date", "recurrence", "places", "skills_fr"):
        assert asked in form.fields
    funding = client.get(new_url(organisation), {"kind": "funding", "direction": "offered"}).context["form"]
    assert "amount_min" in funding.fields and "places" not in funding.fields


def test_a_volunteering_request_is_filed_as_a_request_with_its_date(client, owner, organisation):
    client.force_login(owner)
    saturday = _weekend()[0]
    response = client.post(
        new_url(organisation) + "?kind=volunteering&direction=sought",
        {
            "kind": "volunteering",
            "direction": "sought",
            "written_in": "fr",
            "title_fr": "Bénévoles pour la plage",
            "start_date": saturday.isoformat(),
        },
    )
    assert response.status_code == 302
    slot = Opportunity.objects.get()
    assert (slot.kind, slot.direction, slot.start_date, slot.status) == (
        "volunteering",
        "sought",
        saturday,
        ModerationStatus.PENDING,
    )


def test_an_end_or_a_recurrence_needs_a_first_day(client, owner, organisation):
    client.force_login(owner)
    response = client.post(
        new_url(organisation),
        {"kind": "training", "direction": "offered", "title_fr": "Formation", "recurrence": "weekly"},
    )
    assert response.status_code == 200
    assert "start_date" in response.context["form"].errors


def test_editing_one_kind_leaves_the_other_kinds_fields_alone(client, owner, organisation):
    client.force_login(owner)
    opportunity = make_opportunity(
        organisation=organisation, kind="volunteering", status=ModerationStatus.DRAFT, quantity="3 cartons"
    )
    url = f"/fr/dashboard/opportunities/{organisation.slug}/{opportunity.pk}/"
    form = client.get(url).context["form"]
    data = {"kind": "volunteering", "direction": "offered", "written_in": "fr", "title_fr": "Nouveau titre"}
    data["edit_token"] = form.initial["edit_token"]
    assert client.post(url, data).status_code == 302
    opportunity.refresh_from_db()
    assert (opportunity.title_fr, opportunity.quantity) == ("Nouveau titre", "3 cartons")


def test_a_stranger_cannot_post_for_the_organisation(client, other_owner, organisation):
    client.force_login(other_owner)
    assert client.get(new_url(organisation)).status_code == 404
    assert client.post(new_url(organisation), {"kind": "funding", "direction": "offered"}).status_code == 404


def listed(response):
    return {o.title_fr for o in response.context["opportunities"]}


@pytest.fixture
def dated(taxonomies):
    saturday, sunday = _weekend()
    today = timezone.localdate()
    return {
        "saturday": make_opportunity(title_fr="Samedi", kind="volunteering", start_date=saturday),
        "range": make_opportunity(
            title_fr="Quinzaine",
            kind="training",
            start_date=saturday - datetime.timedelta(days=10),
            end_date=sunday,
        ),
        "weekly": make_opportunity(
            title_fr="Chaque semaine",
            kind="volunteering",
            start_date=today - datetime.timedelta(days=60),
            recurrence="weekly",
        ),
        "later": make_opportunity(
            title_fr="Dans trois semaines",
            kind="volunteering",
            start_date=sunday + datetime.timedelta(days=20),
        ),
        "far": make_opportunity(
            title_fr="Dans deux mois", kind="volunteering", start_date=today + datetime.timedelta(days=60)
        ),
        "past": make_opportunity(
            title_fr="Passé", kind="volunteering", start_date=today - datetime.timedelta(days=40)
        ),
        "undated": make_opportunity(title_fr="Sans date"),
    }


def test_this_weekend_finds_what_happens_on_saturday_or_sunday(client, dated):
    assert listed(client.get(LIST, {"when": "weekend"})) == {"Samedi", "Quinzaine", "Chaque semaine"}


def test_next_30_days_finds_what_happens_within_a_month(client, dated):
    assert listed(client.get(LIST, {"when": "30"})) == {
        "Samedi",
        "Quinzaine",
        "Chaque semaine",
        "Dans trois semaines",
    }


def test_the_card_shows_when_it_happens_in_the_readers_format(client, dated):
    for language in ("ar", "fr"):
        page = client.get(f"/{language}/opportunities/", {"when": "weekend"}).content.decode()
        with translation.override(language):
            assert formats.date_format(dated["saturday"].start_date, "DATE_FORMAT") in page


def test_closed_ones_leave_the_default_list_but_stay_reachable(client, taxonomies):
    make_opportunity(title_fr="Ouvert", deadline=days(5))
    past = make_opportunity(title_fr="Échu", deadline=days(-2))
    early = make_opportunity(title_fr="Fermé tôt", deadline=days(5), closed_at=days(-1))
    assert listed(client.get(LIST)) == {"Ouvert"}
    assert listed(client.get(LIST, {"status": "closed"})) == {"Échu", "Fermé tôt"}
    assert listed(client.get(LIST, {"status": ["open", "closed"]})) == {"Ouvert", "Échu", "Fermé tôt"}
    for closed in (past, early):
        assert client.get(closed.get_absolute_url()).status_code == 200


def test_the_weekend_filter_costs_the_same_queries_with_more_rows(
    client, taxonomies, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    saturday = _weekend()[0]

    def add(n):
        for i in range(n):
            make_opportunity(title_fr=f"Créneau {i}", kind="volunteering", start_date=saturday)

    add(3)
    with CaptureQueriesContext(connection) as captured:
        client.get(LIST, {"when": "weekend"})
    add(30)
    with django_assert_max_num_queries(len(captured)):
        response = client.get(LIST, {"when": "weekend"})
    assert response.context["paginator"].count == 33
