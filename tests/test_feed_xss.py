"""Nothing hostile reaches a feed reader or a calendar: the attack run's payloads, put in every text field that
ends up in RSS, Atom or iCalendar, come out with no script, no event handler and no javascript: link.

Feed readers render the HTML of descriptions without the site's Content-Security-Policy, and some calendars
render HTML in event text, so each feed is parsed as its reader would parse it and the HTML inside checked.
"""

import datetime
import inspect
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import icalendar
import pytest
from django.urls import URLPattern, get_resolver
from django.utils import timezone

from directory.feeds import SafeFeed
from directory.moderation import ModerationStatus
from news.models import Article
from opportunities.models import Opportunity
from tests.news_helpers import make_article, make_event, make_project

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle/></svg>",
    '<a href="javascript:alert(1)">lien</a>',
    "[lien](javascript:alert(1))",
    '<a href="jav&#x09;ascript:alert(1)">lien</a>',
    '<p style="background:url(javascript:alert(1))">stylé</p>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div onmouseover="alert(1)" onclick=alert(1)>survol</div>',
    "<body onload=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
    "<scr<script>ipt>alert(1)</script>",
    "<<img src=x onerror=alert(1)//<",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<object data=javascript:alert(1)></object><embed src=javascript:alert(1)>",
    "\n\n<script>\nalert(1)\n</script>\n",
]

DANGEROUS_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "body",
    "img",
    "form",
    "base",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"}
TAG_IN_TEXT = re.compile(r"<\s*[a-z!/?]", re.IGNORECASE)


class _Inspector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            squeezed = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on"):
                self.problems.append(f"{name}= on <{tag}>")
            elif name == "style":
                self.problems.append(f"style= on <{tag}>")
            elif name in URL_ATTRIBUTES and not squeezed.startswith(("http:", "https:", "mailto:", "/", "#")):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    handle_startendtag = handle_starttag


def html_problems(html):
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


def text_problems(text):
    """Plain text (a title, a calendar entry) must hold no markup at all, which some readers would render."""
    found = TAG_IN_TEXT.findall(text)
    return [f"markup {found!r} in plain text {text[:80]!r}"] if found else []


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def feed_problems(body):
    problems = []
    root = ET.fromstring(body)
    for element in root.iter():
        name = _local(element.tag)
        # ElementTree has undone the XML escaping: this is the text a feed reader hands to its HTML renderer.
        text = element.text or ""
        if name in ("description", "summary", "content", "subtitle"):
            problems += [f"{name}: {p}" for p in html_problems(text)]
        elif name in ("title", "name", "creator", "category", "author"):
            problems += [f"{name}: {p}" for p in text_problems(text)]
        for attribute in ("href", "src"):
            value = (element.get(attribute) or "").lower()
            if value and not value.startswith(("http:", "https:")):
                problems.append(f"{name} {attribute}={value!r}")
    return problems


def calendar_problems(body):
    problems = []
    calendar = icalendar.Calendar.from_ical(body)
    for component in calendar.walk():
        for key, value in component.items():
            if isinstance(value, icalendar.vText):
                text = str(value)
                problems += [f"{key}: {p}" for p in text_problems(text) + html_problems(text)]
            if key == "URL" and not str(value).startswith(("http:", "https:")):
                problems.append(f"URL {value!r}")
    return problems


FEEDS = [
    "/fr/news/feed/rss/",
    "/fr/news/feed/atom/",
    "/fr/events/feed/rss/",
    "/fr/events/feed/atom/",
    "/fr/opportunities/feed/rss/",
    "/fr/opportunities/feed/atom/",
    "/fr/organisations/feed/rss/",
    "/fr/organisations/feed/atom/",
    "/fr/projects/feed/rss/",
    "/fr/projects/feed/atom/",
]
CALENDARS = ["/fr/events/feed/events.ics", "/fr/opportunities/feed/deadlines.ics"]


@pytest.fixture
def hostile(make_organisation):
    """``hostile(payload, body)`` fills every field that reaches a feed with the payload."""

    def make(payload, body):
        organisation = make_organisation(name_fr=f"Association {payload}", description_fr=payload, acronym="")
        make_article(
            title_fr=f"Titre {payload}",
            summary_fr=payload,
            body_fr=body,
            submitted_by=organisation,
        )
        make_article(title_fr=f"Brève {payload}", summary_fr=payload, body_fr="")
        make_project(title_fr=f"Projet {payload}", summary_fr=payload, body_fr=body, partners=[organisation])
        event = make_event(
            title_fr=f"Événement {payload}",
            description_fr=payload,
            address=payload,
            start=timezone.now() + datetime.timedelta(days=2),
            organiser=organisation,
        )
        for owner in ({"organisation": organisation}, {"funder_name": f"Fondation {payload}"}):
            Opportunity.objects.create(
                kind=Opportunity.Kind.FUNDING,
                direction=Opportunity.Direction.OFFERED,
                title_fr=f"Appel {payload}",
                description_fr=payload,
                deadline=timezone.now() + datetime.timedelta(days=10),
                status=ModerationStatus.PUBLISHED,
                published_at=timezone.now(),
                **owner,
            )
        return event

    return make


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("body", ["same", "empty", "only a script"])
def test_no_payload_survives_in_rss_atom_or_ical(client, hostile, payload, body):
    body_text = {"same": payload, "empty": "", "only a script": "<script>alert(1)</script>"}[body]
    event = hostile(payload, body_text)
    for path in FEEDS:
        response = client.get(path)
        assert response.status_code == 200
        assert any(_local(e.tag) in ("item", "entry") for e in ET.fromstring(response.content).iter())
        assert feed_problems(response.content) == [], path
    for path in [*CALENDARS, f"{event.get_absolute_url()}event.ics"]:
        response = client.get(path)
        assert response.status_code == 200
        assert calendar_problems(response.content) == [], path


def test_an_article_with_no_readable_body_carries_its_summary_as_text(client, make_organisation):
    make_article(
        title_fr="Résumé seul", summary_fr="Un résumé <b>sûr</b>.", body_fr="<script>alert(1)</script>"
    )
    root = ET.fromstring(client.get("/fr/news/feed/rss/").content)
    (description,) = [e.text for e in root.iter("description") if e.text and "résumé" in e.text]
    assert description == "<p>Un résumé &lt;b&gt;sûr&lt;/b&gt;.</p>"


def test_markdown_stays_formatted_in_feeds(client, db):
    make_article(title_fr="Formaté", body_fr="Du **gras** et [un lien](https://example.org).")
    root = ET.fromstring(client.get("/fr/news/feed/atom/").content)
    (summary,) = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}summary") if e.text]
    assert "<strong>gras</strong>" in summary
    assert 'href="https://example.org"' in summary


def test_an_event_title_with_a_newline_gives_a_calendar_not_an_error(client, db):
    event = make_event(
        title_fr="Première ligne\nSeconde ligne", start=timezone.now() + datetime.timedelta(days=1)
    )
    for path in (f"{event.get_absolute_url()}event.ics", "/fr/events/feed/events.ics"):
        response = client.get(path)
        assert response.status_code == 200
        (vevent,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        assert str(vevent["SUMMARY"]) == "Première ligne\nSeconde ligne"
    assert (
        b"X-WR-CALNAME:Premi\xc3\xa8re ligne\\nSeconde ligne"
        in client.get(f"{event.get_absolute_url()}event.ics").content
    )


def test_calendar_text_is_escaped_and_folded(client, db):
    title = "Atelier; partage, et \\ " + "long " * 30
    event = make_event(title_fr=title, start=timezone.now() + datetime.timedelta(days=1))
    body = client.get(f"{event.get_absolute_url()}event.ics").content
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    assert b"Atelier\\; partage\\, et \\\\" in body
    (vevent,) = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == title


def _feed_views(patterns):
    for entry in patterns:
        if isinstance(entry, URLPattern):
            # Beneath the page cache's wrapper (directory.caching.public_page), if any.
            yield inspect.unwrap(entry.callback)
        else:
            yield from _feed_views(entry.url_patterns)


def test_every_feed_of_the_site_is_a_safe_feed():
    from django.contrib.syndication.views import Feed

    feeds = [view for view in _feed_views(get_resolver().url_patterns) if isinstance(view, Feed)]
    assert len(feeds) >= 10
    assert all(isinstance(view, SafeFeed) for view in feeds)


def test_an_article_payload_in_a_safe_feed_is_cleaned_even_if_a_feed_forgets_to(client, db):
    """The cleaning is the base class's, not each feed's: a raw field returned by ``item_description`` is cleaned."""
    from news.feeds import ArticleRssFeed

    class Careless(ArticleRssFeed):
        def item_description(self, item):
            return item.reading().summary

    make_article(title_fr="Négligé", summary_fr='<img src=x onerror=alert(1)><a href="javascript:x">a</a>')
    request = client.get("/fr/news/feed/rss/").wsgi_request
    response = Careless()(request)
    assert feed_problems(response.content) == []
    assert Article.objects.count() == 1
