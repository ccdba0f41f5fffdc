"""Following the news, events and projects: RSS and Atom per language (the URL's language prefix picks it, each item in
that language or its fallback), and iCalendar for events, as a feed and one file per event."""

import datetime

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from directory import ical
from directory.feeds import SafeFeed, feed_html
from directory.richtext import render
from news.filters import ArticleFilter, ProjectFilter
from news.models import Article, Event, Project

FEED_SIZE = 50
# Calendars keep what a feed stops listing only if it is still there: events stay in the feed a while after.
CALENDAR_KEEPS_PAST = datetime.timedelta(days=30)


class ArticleRssFeed(SafeFeed):
    def get_object(self, request):
        # The feed keeps the list's filters (a category, an organisation, only the reader's language). The
        # request is the feed's object, as one Feed instance serves every request.
        return request

    def title(self, request):
        return _("News from Tangier's civil society")

    def description(self, request=None):
        return _("News about the directory and the work of Tangier's associations and their partners.")

    def link(self, request):
        query = request.GET.urlencode()
        return reverse("news:list") + (f"?{query}" if query else "")

    def items(self, request):
        queryset = Article.objects.public().select_related("submitted_by").prefetch_related("categories")
        return ArticleFilter(request.GET or None, queryset=queryset, request=request).qs[:FEED_SIZE]

    def item_title(self, item):
        return item.reading().title

    def item_description(self, item):
        text = item.reading()
        return feed_html(markdown=text.body, text=text.summary)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.submitted_by.display_name() if item.submitted_by_id else None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, request):
        return self.description(request)


class EventRssFeed(SafeFeed):
    def title(self):
        return _("Upcoming events in Tangier's civil society")

    def description(self):
        return _("Meetings, trainings, open days and campaigns of Tangier's associations and their partners.")

    def link(self):
        return reverse("news:events")

    def items(self):
        return Event.objects.upcoming().select_related("organiser", "area")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.reading().title} ({_when(item)})"

    def item_description(self, item):
        return feed_html(markdown=item.reading().description)

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.organiser.display_name() if item.organiser_id else None


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


class ProjectRssFeed(SafeFeed):
    def get_object(self, request):
        # The feed keeps the list's filters (?stage=upcoming follows only the upcoming projects).
        return request

    def title(self, request):
        return _("Projects of the directory's founders")

    def description(self, request=None):
        return _("What the founders of the directory are preparing, doing and have done in Tangier.")

    def link(self, request):
        query = request.GET.urlencode()
        return reverse("news:projects") + (f"?{query}" if query else "")

    def items(self, request):
        queryset = Project.objects.public().prefetch_related("sectors")
        return ProjectFilter(request.GET or None, queryset=queryset, request=request).qs[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.reading().title} ({item.get_stage_display()})"

    def item_description(self, item):
        text = item.reading()
        return feed_html(markdown=text.body, text=text.summary)

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [sector.name for sector in item.sectors.all()]


class ProjectAtomFeed(ProjectRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, request):
        return self.description(request)


def _when(event):
    start = timezone.localtime(event.start)
    return date_format(start, "DATETIME_FORMAT")


def _vevent(event, request, now):
    text = event.reading()
    url = request.build_absolute_uri(event.get_absolute_url())
    # The Markdown rendered and cleaned; the calendar keeps its words (see directory.ical).
    details = [render(text.description)]
    if event.organiser_id:
        details.append(_("Organised by %(name)s") % {"name": event.organiser.display_name()})
    if event.registration_url:
        details.append(_("Registration: %(url)s") % {"url": event.registration_url})
    details.append(url)
    has_geo = event.latitude is not None and event.longitude is not None
    return ical.event(
        uid=f"event-{event.pk}@{request.get_host()}",
        stamp=now,
        # UTC needs no VTIMEZONE block; calendars show it in the reader's own time zone.
        start=event.start.astimezone(datetime.UTC),
        end=event.end.astimezone(datetime.UTC),
        summary=text.title,
        description="\n\n".join(part for part in details if part),
        location=event.place() or event.online_url,
        geo=(float(event.latitude), float(event.longitude)) if has_geo else None,
        url=url,
        last_modified=event.updated_at,
    )


def events_ics(request):
    """Every upcoming event (and those of the last weeks), for a calendar to subscribe to."""
    now = timezone.now()
    calendar = ical.calendar(_("Events of Tangier's civil society"), product="events")
    events = (
        Event.objects.public()
        .filter(end__gte=now - CALENDAR_KEEPS_PAST)
        .select_related("organiser", "area")
        .order_by("start", "pk")
    )
    for event in events[:500]:
        calendar.add_component(_vevent(event, request, now))
    return ical.response(calendar, "events.ics")


def event_ics(request, slug):
    """One event as a file to add to a calendar."""
    event = get_object_or_404(Event.objects.public().select_related("organiser", "area"), slug=slug)
    calendar = ical.calendar(event.reading().title, product="events")
    calendar.add_component(_vevent(event, request, timezone.now()))
    return ical.response(calendar, f"{event.slug}.ics")
