import datetime
import html
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from directory.moderation import ModerationStatus
from tests.opportunity_helpers import days, make_opportunity

ATOM = "{http://www.w3.org/2005/Atom}"
RSS = "/fr/opportunities/feed/rss/"
ATOM_URL = "/fr/opportunities/feed/atom/"
ICS = "/fr/opportunities/feed/deadlines.ics"


@pytest.fixture
def board(make_organisation):
    organisation = make_organisation(name_fr="Association Al Amal")
    hidden = make_organisation(name_fr="Association en attente", status=ModerationStatus.PENDING)
    return {
        "grant": make_opportunity(
            organisation=organisation, title_fr="Bourse jeunesse", sectors=["youth"], deadline=days(5)
        ),
        "fund": make_opportunity(title_fr="Fonds culture", sectors=["culture"], deadline=days(20)),
        "open-ended": make_opportunity(title_fr="Fonds permanent", sectors=["youth"]),
        "old": make_opportunity(title_fr="Ancien appel", sectors=["youth"], deadline=days(-3)),
        "closed-early": make_opportunity(title_fr="Appel retiré", deadline=days(10), closed_at=days(-1)),
        "volunteers": make_opportunity(
            organisation=organisation,
            title_fr="Bénévoles recherchés",
            kind="volunteering",
            direction="sought",
            sectors=["youth"],
            deadline=days(7),
        ),
        "pending": make_opportunity(
            title_fr="Appel en attente", status=ModerationStatus.PENDING, deadline=days(3)
        ),
        "hidden-publisher": make_opportunity(organisation=hidden, title_fr="Appel caché", deadline=days(4)),
    }


def rss_items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, {item.findtext("title") for item in channel.findall("item")}


def atom_entries(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    return feed, {entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")}


def list_titles(client, query):
    return {o.title_fr for o in client.get("/fr/opportunities/", query).context["opportunities"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Like the list, a feed without a choice of open or closed holds the open ones.
        ({}, {"Bourse jeunesse", "Fonds culture", "Fonds permanent", "Bénévoles recherchés"}),
        (
            {"status": ["open", "closed"]},
            {
                "Bourse jeunesse",
                "Fonds culture",
                "Fonds permanent",
                "Ancien appel",
                "Appel retiré",
                "Bénévoles recherchés",
            },
        ),
        (
            {"kind": "funding", "status": ["open", "closed"]},
            {"Bourse jeunesse", "Fonds culture", "Fonds permanent", "Ancien appel", "Appel retiré"},
        ),
        ({"kind": "funding", "status": "open"}, {"Bourse jeunesse", "Fonds culture", "Fonds permanent"}),
        (
            {"sector": ["youth", "culture"], "direction": "offered"},
            {"Bourse jeunesse", "Fonds culture", "Fonds permanent"},
        ),
        ({"q": "benevoles"}, {"Bénévoles recherchés"}),
    ],
)
def test_rss_and_atom_hold_exactly_the_filtered_list(client, board, query, expected):
    channel, rss = rss_items(client.get(RSS, query))
    feed, atom = atom_entries(client.get(ATOM_URL, query))
    assert rss == atom == expected == list_titles(client, query)
    # The feed's own link leads back to the same filtered list.
    assert parse_qs(urlsplit(channel.findtext("link")).query) == parse_qs(urlencode(query, doseq=True))
    links = {link.get("rel"): urlsplit(link.get("href")) for link in feed.findall(f"{ATOM}link")}
    assert links["alternate"].path == "/fr/opportunities/"
    assert parse_qs(links["alternate"].query) == parse_qs(urlencode(query, doseq=True))
    # "self" names this very feed, filters included, as feed readers and validators expect.
    assert links["self"].path == ATOM_URL
    assert parse_qs(links["self"].query) == parse_qs(urlencode(query, doseq=True))


def test_feed_items_link_to_their_pages(client, board):
    channel, _titles = rss_items(client.get(RSS, {"kind": "volunteering"}))
    (item,) = channel.findall("item")
    assert item.findtext("link") == f"http://testserver/fr/opportunities/{board['volunteers'].slug}/"


def test_the_lists_feed_links_keep_its_filters(client, board):
    query = {"kind": "funding", "sector": ["youth", "culture"], "q": "fonds"}
    page = client.get("/fr/opportunities/", query).content.decode()
    feeds = {
        route: html.unescape(href)
        for href, route in re.findall(
            r'href="(/fr/opportunities/feed/(rss/|atom/|deadlines\.ics)[^"]*)"', page
        )
    }
    assert set(feeds) == {"rss/", "atom/", "deadlines.ics"}
    for href in feeds.values():
        assert parse_qs(urlsplit(href).query) == {
            "kind": ["funding"],
            "sector": ["youth", "culture"],
            "q": ["fonds"],
        }
        assert client.get(href).status_code == 200
    # The <head> alternates, which feed readers discover, keep them too.
    alternates = re.findall(
        r'<link rel="alternate" type="application/(?:rss|atom)\+xml"[^>]*href="([^"]*)"', page
    )
    assert len(alternates) == 2
    for href in alternates:
        assert parse_qs(urlsplit(html.unescape(href)).query)["sector"] == ["youth", "culture"]


def calendar_events(response):
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, calendar.walk("VEVENT")


def test_ics_has_one_event_per_open_deadline_at_the_deadline_instant(client, board):
    calendar, events = calendar_events(client.get(ICS))
    assert str(calendar["VERSION"]) == "2.0"
    expected = {board[key].deadline: board[key] for key in ("grant", "fund", "volunteers")}
    assert len(events) == 3
    assert {event.decoded("DTSTART") for event in events} == set(expected)
    for event in events:
        opportunity = expected[event.decoded("DTSTART")]
        assert opportunity.title_fr in str(event["SUMMARY"])
        assert str(event["URL"]) == f"http://testserver/fr/opportunities/{opportunity.slug}/"
    assert len({str(event["UID"]) for event in events}) == 3


def test_ics_keeps_the_filters(client, board):
    _calendar, events = calendar_events(client.get(ICS, {"kind": "volunteering"}))
    assert len(events) == 1
    assert "Bénévoles recherchés" in str(events[0]["SUMMARY"])
    assert events[0].decoded("DTSTART") == board["volunteers"].deadline


def test_ics_deadline_during_ramadan_is_the_casablanca_instant(client, taxonomies, monkeypatch):
    deadline = datetime.datetime(2026, 3, 1, 23, 59, tzinfo=ZoneInfo("Africa/Casablanca"))
    make_opportunity(title_fr="Appel du Ramadan", deadline=deadline)
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 2, 20, tzinfo=datetime.UTC))
    _calendar, (event,) = calendar_events(client.get(ICS))
    assert event.decoded("DTSTART") == datetime.datetime(2026, 3, 1, 23, 59, tzinfo=datetime.UTC)


# One query: the open opportunities with their organisations joined.
@pytest.mark.parametrize("feed, cold, warm", [(RSS, 1, 1), (ATOM_URL, 1, 1), (ICS, 1, 1)])
def test_feed_query_count_is_pinned(make_organisation, assert_page_queries, feed, cold, warm):
    organisations = [make_organisation(), make_organisation()]
    for n in range(1, 45):
        make_opportunity(organisation=organisations[n % 2], sectors=["youth", "culture"], deadline=days(n))
    assert_page_queries(feed, cold=cold, warm=warm)
