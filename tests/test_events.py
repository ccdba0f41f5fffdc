import datetime
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from directory.models import Area
from directory.moderation import ModerationStatus
from tests.news_helpers import make_event

TANGIER = ZoneInfo("Africa/Casablanca")
LIST = "/fr/events/"
ARCHIVE = "/fr/events/archive/"
ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [e.title_fr for e in response.context["events"]]


def from_now(**delta):
    return timezone.now() + datetime.timedelta(**delta)


def test_upcoming_and_archive_are_split_by_the_end_time(client, taxonomies):
    make_event(title_fr="Commencé hier, finit dans une heure", start=from_now(days=-1), hours=25)
    make_event(title_fr="Fini il y a une minute", start=from_now(hours=-2), end=from_now(minutes=-1))
    make_event(title_fr="Demain", start=from_now(days=1))
    assert titles(client.get(LIST)) == ["Commencé hier, finit dans une heure", "Demain"]
    assert titles(client.get(ARCHIVE)) == ["Fini il y a une minute"]


def test_end_time_is_read_in_tangier(client, taxonomies):
    # Times typed on Tangier's clock compare with "now" as instants, whatever the server's own time zone.
    now_in_tangier = timezone.now().astimezone(TANGIER)
    ended = (now_in_tangier - datetime.timedelta(minutes=5)).replace(second=0, microsecond=0)
    ends_soon = (now_in_tangier + datetime.timedelta(minutes=5)).replace(second=0, microsecond=0)
    make_event(title_fr="Fini", start=ended - datetime.timedelta(hours=1), end=ended)
    make_event(title_fr="En cours", start=ended - datetime.timedelta(hours=1), end=ends_soon)
    assert titles(client.get(LIST)) == ["En cours"]
    assert titles(client.get(ARCHIVE)) == ["Fini"]


def test_times_are_shown_in_tangier_time(client, taxonomies):
    event = make_event(title_fr="Forum", start=datetime.datetime(2040, 6, 1, 18, 0, tzinfo=TANGIER))
    html = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert "1 juin 2040 18:00" in html
    assert "20:00" in html  # the end, two hours later


def test_upcoming_soonest_first_and_archive_latest_first(client, taxonomies):
    for days in (3, 1, 2):
        make_event(title_fr=f"Dans {days} jours", start=from_now(days=days))
        make_event(title_fr=f"Il y a {days} jours", start=from_now(days=-days))
    assert titles(client.get(LIST)) == ["Dans 1 jours", "Dans 2 jours", "Dans 3 jours"]
    assert titles(client.get(ARCHIVE)) == ["Il y a 1 jours", "Il y a 2 jours", "Il y a 3 jours"]


@pytest.mark.parametrize(
    "status", [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.DRAFT]
)
def test_unpublished_events_are_hidden_everywhere(client, taxonomies, status):
    event = make_event(title_fr="Caché", start=from_now(days=1), status=status)
    assert titles(client.get(LIST)) == []
    assert client.get(f"/fr/events/{event.slug}/").status_code == 404
    assert client.get(f"/fr/events/{event.slug}/event.ics").status_code == 404
    assert b"Cach" not in client.get("/fr/events/feed/events.ics").content


def test_past_event_page_says_it_is_over(client, taxonomies):
    event = make_event(title_fr="Passé", start=from_now(days=-3), registration_url="https://example.org/r")
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "This event is over." in html
    assert "https://example.org/r" not in html


def test_event_detail_shows_place_organiser_and_calendar_link(client, make_organisation):
    organiser = make_organisation(name_fr="Association Al Amal")
    event = make_event(
        title_fr="Atelier",
        description_fr="Un **atelier** ouvert à tous.",
        start=from_now(days=2),
        organiser=organiser,
        online_url="https://meet.example.org/atelier",
    )
    html = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert "<strong>atelier</strong>" in html
    assert f"/fr/organisations/{organiser.slug}/" in html
    assert "https://meet.example.org/atelier" in html
    assert f'href="/fr/events/{event.slug}/event.ics"' in html


def test_place_names_the_area_once(taxonomies):
    bni_makada = Area.objects.get(slug="bni-makada")
    assert (
        make_event(start=from_now(days=1), address="Rue 17", area=bni_makada).place() == "Rue 17, Bni Makada"
    )
    assert make_event(start=from_now(days=1), address="Rue 17, Bni Makada", area=bni_makada).place() == (
        "Rue 17, Bni Makada"
    )


def test_one_event_as_an_icalendar_file(client, make_organisation):
    start = datetime.datetime(2040, 3, 14, 10, 0, tzinfo=TANGIER)
    event = make_event(
        title_fr="Journée portes ouvertes",
        title_en="Open day",
        description_fr="Visite des ateliers.",
        start=start,
        hours=3,
        organiser=make_organisation(name_fr="Coopérative Yasmine"),
        latitude="35.757920",
        longitude="-5.826410",
    )
    response = client.get(f"/en/events/{event.slug}/event.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"] and ".ics" in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Open day"
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=3)
    assert str(vevent["URL"]) == f"http://testserver/en/events/{event.slug}/"
    assert "Place du 9 Avril 1947" in str(vevent["LOCATION"])
    assert "Coopérative Yasmine" in str(vevent["DESCRIPTION"])
    assert vevent["UID"]


def test_an_event_with_a_place_shows_a_pin_and_leaves_leaflet_until_the_map_is_opened(client, taxonomies):
    event = make_event(title_fr="Forum", start=from_now(days=5), latitude="35.757920", longitude="-5.826410")
    html = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert "openstreetmap.org/?mlat=35.757920&amp;mlon=-5.826410" in html
    assert "data-show-map" in html and '<script src="/static/js/map.js" defer></script>' in html
    assert '<script src="/static/vendor/leaflet' not in html and 'href="/static/vendor/leaflet' not in html


def test_calendar_feed_has_upcoming_and_recent_events(client, taxonomies):
    make_event(title_fr="Bientôt", start=from_now(days=5))
    make_event(title_fr="La semaine dernière", start=from_now(days=-7))
    make_event(title_fr="Il y a longtemps", start=from_now(days=-90))
    response = client.get("/fr/events/feed/events.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = sorted(str(v["SUMMARY"]) for v in calendar.walk("VEVENT"))
    assert summaries == ["Bientôt", "La semaine dernière"]
    assert len({str(v["UID"]) for v in calendar.walk("VEVENT")}) == 2


def test_rss_feed_lists_upcoming_events_in_the_readers_language(client, taxonomies):
    make_event(title_fr="Forum des associations", title_es="Foro de asociaciones", start=from_now(days=3))
    make_event(title_fr="Seulement en français", start=from_now(days=4))
    make_event(title_fr="Passé", start=from_now(days=-4))
    root = ET.fromstring(client.get("/es/events/feed/rss/").content)
    channel = root.find("channel")
    assert channel.findtext("language") == "es"
    items = [item.findtext("title") for item in channel.findall("item")]
    assert len(items) == 2
    assert items[0].startswith("Foro de asociaciones")
    assert items[1].startswith("Seulement en français")


def test_atom_feed_parses(client, taxonomies):
    event = make_event(
        title_fr="Forum", description_fr="Un <script>alert(1)</script> forum", start=from_now(days=3)
    )
    root = ET.fromstring(client.get("/fr/events/feed/atom/").content)
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        f"http://testserver/fr/events/{event.slug}/"
    ]
    assert "<script" not in (entries[0].findtext(f"{ATOM}summary") or "")


def test_event_slugs_never_take_a_fixed_address(taxonomies):
    assert make_event(title_fr="Archive", start=from_now(days=1)).slug != "archive"
    assert make_event(title_fr="Feed", start=from_now(days=1)).slug != "feed"


# Count, the page (organisers and areas joined), about pages; events have no facets to cache.
@pytest.mark.parametrize("url, cold, warm", [(LIST, 3, 3), (ARCHIVE, 3, 3)])
def test_list_query_count_is_pinned(make_organisation, assert_page_queries, url, cold, warm, settings):
    organiser = make_organisation()
    for i in range(settings.DIRECTORY_PAGE_SIZE + 5):
        make_event(start=from_now(days=i + 1), organiser=organiser, area=None, sectors=["education"])
        make_event(start=from_now(days=-i - 1), organiser=organiser, sectors=["education"])
    assert_page_queries(url, cold=cold, warm=warm)


@pytest.mark.parametrize(
    "path, cold, warm",
    [
        # Feeds: one query, the events with their organisers and areas joined.
        ("/fr/events/feed/rss/", 1, 1),
        ("/fr/events/feed/atom/", 1, 1),
        ("/fr/events/feed/events.ics", 1, 1),
        # The event, its sectors, about pages.
        ("{event}", 3, 3),
        ("{event}event.ics", 1, 1),
    ],
)
def test_feed_and_detail_query_counts_are_pinned(make_organisation, assert_page_queries, path, cold, warm):
    organisers = [make_organisation(), make_organisation()]
    events = [
        make_event(start=from_now(days=n + 1), organiser=organisers[n % 2], sectors=["education", "youth"])
        for n in range(45)
    ]
    assert_page_queries(path.format(event=f"/fr/events/{events[0].slug}/"), cold=cold, warm=warm)
