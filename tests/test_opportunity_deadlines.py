"""An opportunity is open until its deadline, given in Casablanca time, and closes by itself at that instant.

Morocco is on UTC+1 most of the year and on UTC+0 during Ramadan (18 February to about 22 March in 2026), so a
fixed offset would close calls an hour early or late for part of the year.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.utils import timezone

from opportunities.models import InterestMessage, Opportunity
from tests.opportunity_helpers import days, make_opportunity

CASABLANCA = ZoneInfo("Africa/Casablanca")
UTC = datetime.UTC
SECOND = datetime.timedelta(seconds=1)

# (deadline as typed in Tangier, the UTC instant it must mean)
DEADLINES = [
    pytest.param(
        datetime.datetime(2026, 2, 10, 23, 59), datetime.datetime(2026, 2, 10, 22, 59), id="before-ramadan"
    ),
    pytest.param(
        datetime.datetime(2026, 3, 1, 23, 59), datetime.datetime(2026, 3, 1, 23, 59), id="ramadan-utc+0"
    ),
    pytest.param(
        datetime.datetime(2026, 4, 15, 23, 59), datetime.datetime(2026, 4, 15, 22, 59), id="april-utc+1"
    ),
]


@pytest.fixture
def freeze(monkeypatch):
    """Make "now" a given instant everywhere the code asks django.utils.timezone for it."""

    def set_now(instant):
        monkeypatch.setattr(timezone, "now", lambda: instant)

    return set_now


@pytest.fixture
def organisation(make_organisation):
    return make_organisation(name_fr="Association Al Amal", email="contact@alamal.ma")


@pytest.mark.parametrize(("local", "utc"), DEADLINES)
def test_deadline_given_in_casablanca_time_is_the_right_utc_instant(local, utc, taxonomies):
    expected = local.replace(tzinfo=CASABLANCA).astimezone(UTC)
    assert expected == utc.replace(tzinfo=UTC)  # the time-zone database knows Morocco's Ramadan clock
    # A date and time typed into a form is read in the site's time zone, Tangier's.
    typed = forms.DateTimeField().clean(local.strftime("%Y-%m-%d %H:%M"))
    assert typed == expected
    opportunity = make_opportunity(deadline=typed)
    opportunity.refresh_from_db()
    assert opportunity.deadline == expected


@pytest.mark.parametrize(("local", "utc"), DEADLINES)
def test_open_until_the_deadline_instant_then_closed(local, utc, taxonomies):
    deadline = utc.replace(tzinfo=UTC)
    opportunity = make_opportunity(deadline=local.replace(tzinfo=CASABLANCA))
    for now, is_open in [
        (
            deadline - datetime.timedelta(minutes=59),
            True,
        ),  # would be after the deadline with the wrong offset
        (deadline - SECOND, True),
        (deadline, False),
        (deadline + SECOND, False),
    ]:
        assert (opportunity in Opportunity.objects.open(now=now)) is is_open, now
        assert opportunity.is_open(now=now) is is_open, now


def test_detail_page_shows_the_deadline_in_tangier_time(client, organisation, freeze):
    make_opportunity(
        organisation=organisation,
        title_fr="Appel d'avril",
        deadline=datetime.datetime(2026, 4, 15, 23, 59, tzinfo=CASABLANCA),
    )
    freeze(datetime.datetime(2026, 4, 1, tzinfo=UTC))
    html = client.get("/fr/opportunities/appel-davril/").content.decode()
    assert "15 avril 2026 23:59" in html
    assert "22:59" not in html


def test_detail_page_closes_and_drops_the_form_at_the_deadline(client, organisation, freeze):
    make_opportunity(
        organisation=organisation,
        title_fr="Appel du Ramadan",
        deadline=datetime.datetime(2026, 3, 1, 23, 59, tzinfo=CASABLANCA),
    )
    url = "/en/opportunities/appel-du-ramadan/"
    freeze(datetime.datetime(2026, 3, 1, 23, 58, tzinfo=UTC))
    before = client.get(url).content.decode()
    assert 'class="closed"' not in before
    assert 'name="message"' in before

    freeze(datetime.datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
    after = client.get(url)
    html = after.content.decode()
    assert after.status_code == 200  # kept for the record
    assert 'class="closed"' in html
    assert ">Closed<" in html
    assert 'name="message"' not in html
    assert after.context["form"] is None


def test_posting_to_a_closed_opportunity_relays_nothing(
    client, organisation, mailoutbox, django_capture_on_commit_callbacks
):
    opportunity = make_opportunity(organisation=organisation, deadline=days(-1))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            opportunity.get_absolute_url(),
            {"name": "Salma", "email": "salma@example.org", "message": "Bonjour"},
        )
    assert response.status_code == 200
    assert not InterestMessage.objects.exists()
    assert mailoutbox == []


def test_closing_early_closes_before_the_deadline(client, organisation):
    opportunity = make_opportunity(organisation=organisation, deadline=days(30))
    assert opportunity in Opportunity.objects.open()
    opportunity.closed_at = timezone.now() - datetime.timedelta(hours=1)
    opportunity.save()
    assert opportunity not in Opportunity.objects.open()
    assert not opportunity.is_open()
    response = client.get(f"/en/opportunities/{opportunity.slug}/")
    html = response.content.decode()
    assert 'class="closed"' in html
    assert 'name="message"' not in html


def test_an_opportunity_without_deadline_stays_open(taxonomies):
    opportunity = make_opportunity(deadline=None)
    assert opportunity in Opportunity.objects.open(now=timezone.now() + datetime.timedelta(days=3650))
