from django.db import transaction
from django.db.models import Q

from directory.mail import send_mail_in_language
from opportunities.models import Opportunity
from organisations.models import Organisation


def interest_relay(*, opportunity, form):
    """Keep the visitor's message and pass it on to the organisation, whose address the visitor never sees."""
    message = form.save(commit=False)
    message.opportunity = opportunity
    message.save()
    organisation = opportunity.organisation
    recipients = [(organisation.email, None)] if organisation.email else []
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


def _sharing(queryset, field, ids):
    """Rows linked through the many-to-many ``field`` to any of ``ids``, by a subquery (no duplicates)."""
    m2m = queryset.model._meta.get_field(field)
    links = m2m.remote_field.through.objects.filter(**{f"{m2m.m2m_reverse_name()}__in": ids})
    return queryset.filter(pk__in=links.values(m2m.m2m_column_name()))


def possible_answers(opportunity, limit=6):
    """For a sought opportunity: organisations and open offers in the same sector and area."""
    sector_ids = [s.pk for s in opportunity.sectors.all()]
    area_ids = [a.pk for a in opportunity.areas.all()]
    organisations = Organisation.objects.published().select_related("country")
    offers = Opportunity.objects.open().filter(direction=Opportunity.Direction.OFFERED, kind=opportunity.kind)
    if sector_ids:
        organisations = _sharing(organisations, "sectors", sector_ids)
        offers = _sharing(offers, "sectors", sector_ids)
    if area_ids:
        organisations = _sharing(organisations, "areas", area_ids)
    if opportunity.organisation_id:
        organisations = organisations.exclude(pk=opportunity.organisation_id)
    return {
        "organisations": list(organisations.order_by("-updated_at")[:limit]) if sector_ids else [],
        "offers": list(offers.select_related("organisation").closing_soonest()[:limit]),
    }


def matching_offers(organisation, limit=10):
    """Open offered opportunities that fit an organisation's sectors and areas (or anywhere)."""
    sector_ids = [s.pk for s in organisation.sectors.all()]
    if not sector_ids:
        return []
    area_ids = [a.pk for a in organisation.areas.all()]
    offers = _sharing(
        Opportunity.objects.open().filter(direction=Opportunity.Direction.OFFERED), "sectors", sector_ids
    )
    if area_ids:
        in_area = _sharing(Opportunity.objects.all(), "areas", area_ids).values("pk")
        offers = offers.filter(Q(is_remote=True) | Q(pk__in=in_area))
    return list(offers.select_related("organisation").closing_soonest()[:limit])
