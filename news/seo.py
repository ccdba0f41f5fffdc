"""How news, events and the about pages are found: their sitemaps and the events' schema.org description."""

from django.urls import reverse
from django.utils.translation import gettext

from directory.seo import SCHEMA, TranslatedSitemap, breadcrumbs, drop_empty
from news.models import Article, Event, Page


class ArticleSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class EventSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, event):
        return event.updated_at


class AboutPageSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.only("slug").order_by("pk")


def event_json_ld(event, text, origin):
    """A schema.org Event: when, where (a place, an online link or both) and who organises it."""
    place = event.place()
    locations = []
    if place:
        location = {
            "@type": "Place",
            "name": place,
            "address": {"@type": "PostalAddress", "streetAddress": place},
        }
        if event.latitude is not None:
            location["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.latitude),
                "longitude": float(event.longitude),
            }
        locations.append(location)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if place and event.online_url:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif event.online_url:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    organiser = event.organiser
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": text.title,
        "description": text.description,
        "inLanguage": text.language,
        "url": origin + event.get_absolute_url(),
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": (
            {
                "@type": "Organization",
                "name": organiser.display_name(),
                "url": origin + organiser.get_absolute_url(),
            }
            if organiser is not None and organiser.is_published
            else {}
        ),
    }
    trail = breadcrumbs(
        origin, (gettext("Events"), reverse("news:events")), (text.title, event.get_absolute_url())
    )
    return [drop_empty(data), trail]
