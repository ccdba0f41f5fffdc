"""How news, events, projects and the about pages are found: their sitemaps and the events' schema.org description."""

from django.urls import reverse
from django.utils.translation import gettext

from directory.seo import SCHEMA, TranslatedSitemap, absolute, breadcrumbs, drop_empty
from news.models import Article, Event, Page, Project


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


class ProjectSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Project.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, project):
        return project.updated_at


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


def project_json_ld(project, text, partners, origin):
    """A schema.org Project: what it is, where, in which sectors, and its public partners as members."""
    data = {
        "@context": SCHEMA,
        "@type": "Project",
        "name": text.title,
        "description": text.summary or text.body,
        "url": origin + project.get_absolute_url(),
        "image": absolute(origin, project.picture.url) if project.picture else "",
        "areaServed": {"@type": "Place", "name": project.area.name} if project.area_id else {},
        "knowsAbout": [sector.name for sector in project.sectors.all()],
        # Organization's dates: a project "founded" when it started, "dissolved" when it is done.
        "foundingDate": project.start_date.isoformat()
        if project.start_date and project.stage != Project.Stage.UPCOMING
        else "",
        "dissolutionDate": project.end_date.isoformat()
        if project.end_date and project.stage == Project.Stage.DONE
        else "",
        "member": [
            {
                "@type": "Organization",
                "name": partner.display_name(),
                "url": origin + partner.get_absolute_url(),
            }
            for partner in partners
        ],
    }
    trail = breadcrumbs(
        origin, (gettext("Projects"), reverse("news:projects")), (text.title, project.get_absolute_url())
    )
    return [drop_empty(data), trail]
