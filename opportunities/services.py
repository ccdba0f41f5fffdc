from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from directory.mail import send_mail_in_language
from directory.models import Area
from directory.moderation import ModerationStatus, editing
from opportunities.forms import OPPORTUNITY_FIELDS
from opportunities.models import Opportunity
from organisations.models import Organisation


def interest_relay(*, opportunity, form):
    """Keep the visitor's message and pass it on to the organisation, whose address the visitor never sees."""
    message = form.save(commit=False)
    message.opportunity = opportunity
    message.save()
    organisation = opportunity.organisation
    recipients = [(organisation.email, organisation.mail_language())] if organisation.email else []
    recipients += [(user.email, user.language) for user in organisation.moderation_recipients()]
    seen = set()
    for address, language in recipients:
        if address.lower() in seen:
            continue
        seen.add(address.lower())
        transaction.on_commit(
            lambda address=address, language=language: send_mail_in_language(
                to=address,
                language=language,
                subject_template="emails/interest_subject.txt",
                body_template="emails/interest.txt",
                context={"opportunity": opportunity, "interest": message},
                headers={"Reply-To": message.email},
            )
        )
    return message


def opportunity_create(*, form):
    """A new offer or request from an organisation's member: pending until a moderator publishes it."""
    with transaction.atomic():
        opportunity = form.save(commit=False)
        opportunity.status = ModerationStatus.PENDING
        opportunity.save()
        form.save_m2m()
    return opportunity


def opportunity_update(*, opportunity, form, user, token):
    """Save a member's changes: directly while unpublished, else as a pending revision."""
    # Only what this kind's form asks: the fields it leaves out keep their values.
    asked = [name for name in OPPORTUNITY_FIELDS if name in form.fields]
    return editing.submit_changes(obj=opportunity, form=form, field_names=asked, user=user, token=token)


def opportunity_close(*, opportunity):
    """Close before the deadline. It only hides the opportunity from open lists, so no moderator is needed."""
    if opportunity.closed_at is None:
        opportunity.closed_at = timezone.now()
        opportunity.save(update_fields=["closed_at", "updated_at"])


def opportunity_duplicate(*, opportunity):
    """A draft copy to adapt for a new round; the deadline is the one thing that cannot still be right."""
    copy = Opportunity(organisation=opportunity.organisation, status=ModerationStatus.DRAFT)
    many = []
    for name in OPPORTUNITY_FIELDS:
        if Opportunity._meta.get_field(name).many_to_many:
            many.append(name)
        else:
            setattr(copy, name, getattr(opportunity, name))
    copy.deadline = None
    with transaction.atomic():
        copy.save()
        for name in many:
            getattr(copy, name).set(getattr(opportunity, name).all())
    return copy


def _sharing(queryset, field, ids):
    """Rows linked through the many-to-many ``field`` to any of ``ids``, by a subquery (no duplicates)."""
    m2m = queryset.model._meta.get_field(field)
    links = m2m.remote_field.through.objects.filter(**{f"{m2m.m2m_reverse_name()}__in": ids})
    return queryset.filter(pk__in=links.values(m2m.m2m_column_name()))


def _overlapping_areas(areas):
    """Areas containing or within any of ``areas``, as a subquery.

    Organisations and calls are registered at every level, so a need in Bni Makada concerns one working across
    Tanger, and one working in Bni Makada can answer a need for all of Tanger.
    """
    condition = Q()
    for area in areas:
        parts = area.path.split("/")
        above = ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]
        condition |= Q(path__in=above) | Q(path__startswith=f"{area.path}/")
    return Area.objects.filter(condition).values("pk")


def _remote_or_in(offers, areas):
    links = Opportunity.areas.through.objects.filter(area__in=_overlapping_areas(areas))
    return offers.filter(Q(is_remote=True) | Q(pk__in=links.values("opportunity_id")))


def possible_answers(opportunity, limit=6):
    """For a sought opportunity: organisations and open offers in the same sector and area."""
    sector_ids = [s.pk for s in opportunity.sectors.all()]
    areas = list(opportunity.areas.all())
    organisations = (
        Organisation.objects.public().select_related("legal_form", "country").prefetch_related("sectors")
    )
    offers = Opportunity.objects.open().filter(direction=Opportunity.Direction.OFFERED, kind=opportunity.kind)
    if sector_ids:
        organisations = _sharing(organisations, "sectors", sector_ids)
        offers = _sharing(offers, "sectors", sector_ids)
    if areas:
        organisations = _sharing(organisations, "areas", _overlapping_areas(areas))
        offers = _remote_or_in(offers, areas)
    if opportunity.organisation_id:
        organisations = organisations.exclude(pk=opportunity.organisation_id)
    return {
        "organisations": list(organisations.order_by("-updated_at")[:limit]) if sector_ids else [],
        "offers": offers.select_related("organisation").closing_soonest_first(limit),
    }


def matching_offers(organisation, limit=10):
    """Open offered opportunities that fit an organisation's sectors and areas (or anywhere)."""
    sector_ids = [s.pk for s in organisation.sectors.all()]
    if not sector_ids:
        return []
    areas = list(organisation.areas.all())
    offers = _sharing(
        Opportunity.objects.open().filter(direction=Opportunity.Direction.OFFERED), "sectors", sector_ids
    )
    if areas:
        offers = _remote_or_in(offers, areas)
    return list(offers.select_related("organisation").closing_soonest()[:limit])
