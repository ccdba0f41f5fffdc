"""Building opportunities for the public-side tests; many-to-many fields take slugs, as make_organisation does."""

import itertools

from django.utils import timezone

from directory.models import Area, Sector, TargetGroup
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity

_counter = itertools.count(1)


def make_opportunity(*, organisation=None, sectors=(), target_groups=(), areas=(), **fields):
    """A published opportunity; without an organisation it comes from a named funder (needs ``taxonomies``)."""
    n = next(_counter)
    fields.setdefault("title_fr", f"Opportunité numéro {n}")
    fields.setdefault("kind", Opportunity.Kind.FUNDING)
    fields.setdefault("direction", Opportunity.Direction.OFFERED)
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    if fields["status"] == ModerationStatus.PUBLISHED:
        fields.setdefault("published_at", timezone.now())
    if organisation is None:
        fields.setdefault("funder_name", "Fondation Méditerranée")
    opportunity = Opportunity(organisation=organisation, **fields)
    opportunity.full_clean()
    opportunity.save()
    opportunity.sectors.set(Sector.objects.filter(slug__in=sectors))
    opportunity.target_groups.set(TargetGroup.objects.filter(slug__in=target_groups))
    opportunity.areas.set(Area.objects.filter(slug__in=areas))
    return opportunity


def days(n):
    """The minute ``n`` days from now (negative: in the past); deadlines are typed to the minute."""
    return (timezone.now() + timezone.timedelta(days=n)).replace(second=0, microsecond=0)
