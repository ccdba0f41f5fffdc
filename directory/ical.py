"""iCalendar files and feeds (news events, opportunity deadlines): one way to build a calendar, its events and
the response.

Every text goes in as plain text with no markup a calendar could render (some render HTML in event text), and
as ``vText``, which icalendar escapes (commas, semicolons, newlines) and folds; a bare ``str`` in an ``X-``
property is neither, and a newline in it was an error.
"""

import icalendar
from django.http import HttpResponse
from django.utils.http import content_disposition_header

from directory.richtext import plain_text


def text(value):
    """Text for an iCalendar property."""
    return icalendar.vText(plain_text(value))


def calendar(name, *, product, time_zone=None):
    """An empty calendar called ``name``; ``product`` tells apart the site's calendars in PRODID."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Tangier civil-society directory//{product}//")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", text(name))
    if time_zone:
        cal.add("x-wr-timezone", time_zone)
    return cal


def event(
    *, uid, stamp, start, end, summary, url, description=None, location="", geo=None, last_modified=None
):
    item = icalendar.Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp)
    item.add("dtstart", start)
    item.add("dtend", end)
    item.add("summary", text(summary))
    if description is not None:
        item.add("description", text(description))
    if location:
        item.add("location", text(location))
    if geo is not None:
        item.add("geo", geo)
    item.add("url", url)
    if last_modified is not None:
        item.add("last-modified", last_modified)
    return item


def response(cal, filename):
    """The calendar as a download named ``filename``."""
    result = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = content_disposition_header(True, filename)
    return result
