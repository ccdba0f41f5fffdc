"""Building articles, events and projects for the news tests; many-to-many fields take slugs, as make_organisation does."""

import datetime
import itertools

from django.utils import timezone

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from news.models import Article, Category, Event, Project

_counter = itertools.count(1)


def make_article(*, categories=(), areas=(), organisations=(), **fields):
    """A live article (published, due an hour ago) with a French title unless told otherwise."""
    n = next(_counter)
    if not any(key.startswith("title_") for key in fields):
        fields["title_fr"] = f"Article numéro {n}"
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    fields.setdefault("publish_at", timezone.now() - datetime.timedelta(hours=1))
    if fields["status"] == ModerationStatus.PUBLISHED:
        fields.setdefault("published_at", fields["publish_at"])
    article = Article(**fields)
    article.full_clean()
    article.save()
    article.categories.set(Category.objects.filter(slug__in=categories))
    article.areas.set(Area.objects.filter(slug__in=areas))
    article.organisations.set(organisations)
    return article


def make_event(*, start, hours=2, sectors=(), **fields):
    """A published event in Tangier lasting ``hours`` from ``start``."""
    n = next(_counter)
    if not any(key.startswith("title_") for key in fields):
        fields["title_fr"] = f"Événement numéro {n}"
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    fields.setdefault("address", "Place du 9 Avril 1947, Tanger")
    fields.setdefault("end", start + datetime.timedelta(hours=hours))
    event = Event(start=start, **fields)
    event.full_clean()
    event.save()
    event.sectors.set(Sector.objects.filter(slug__in=sectors))
    return event


def make_project(*, sectors=(), partners=(), **fields):
    """A published project of the founders, upcoming unless told otherwise, with a French title."""
    n = next(_counter)
    if not any(key.startswith("title_") for key in fields):
        fields["title_fr"] = f"Projet numéro {n}"
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    if fields["status"] == ModerationStatus.PUBLISHED:
        fields.setdefault("published_at", timezone.now())
    project = Project(**fields)
    project.full_clean()
    project.save()
    project.sectors.set(Sector.objects.filter(slug__in=sectors))
    project.partners.set(partners)
    return project
