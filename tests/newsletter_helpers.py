"""Building subscribers and publishable items for the newsletter tests; many-to-many fields take slugs."""

import itertools
import re

from django.utils import timezone

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from news.models import Article, Event, Subscriber
from opportunities.models import Opportunity

_counter = itertools.count(1)


def days(n):
    """An instant ``n`` days from now (negative: in the past)."""
    return timezone.now() + timezone.timedelta(days=n)


def make_subscriber(email, *, sectors=(), areas=(), **fields):
    """A confirmed subscriber (confirmed yesterday, so whatever is published now is new to them)."""
    fields.setdefault("confirmed_at", days(-1))
    subscriber = Subscriber.objects.create(email=email, **fields)
    subscriber.sectors.set(Sector.objects.filter(slug__in=sectors))
    subscriber.areas.set(Area.objects.filter(slug__in=areas))
    return subscriber


def _published(fields):
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    fields.setdefault("published_at", timezone.now())
    return fields


def make_article(**fields):
    fields.setdefault("title_fr", f"Article numéro {next(_counter)}")
    return Article.objects.create(**_published(fields))


def make_event(**fields):
    fields.setdefault("title_fr", f"Événement numéro {next(_counter)}")
    fields.setdefault("start", days(7))
    fields.setdefault("end", days(8))
    fields.setdefault("address", "Place du 9 Avril, Tanger")
    return Event.objects.create(**_published(fields))


def make_opportunity(*, sectors=(), areas=(), **fields):
    fields.setdefault("title_fr", f"Opportunité numéro {next(_counter)}")
    fields.setdefault("kind", Opportunity.Kind.FUNDING)
    fields.setdefault("direction", Opportunity.Direction.OFFERED)
    fields.setdefault("funder_name", "Fondation Méditerranée")
    opportunity = Opportunity.objects.create(**_published(fields))
    opportunity.sectors.set(Sector.objects.filter(slug__in=sectors))
    opportunity.areas.set(Area.objects.filter(slug__in=areas))
    return opportunity


def links_in(message):
    return re.findall(r"https?://\S+", message.body)
