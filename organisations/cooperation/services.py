"""Cooperation: partnerships between organisations and with partners abroad, and partner searches.

A partnership is declared by one organisation. With a partner outside the directory it is public once a moderator
publishes it; with an organisation in the directory it becomes public (on both profiles) only once that
organisation confirms it.
A partnership with the role "network" reads "the declaring organisation is a member of the partner".
"""

from types import SimpleNamespace

from django.db import IntegrityError, transaction
from django.db.models import BooleanField, Case, Count, Q, Value, When
from django.utils import timezone

from directory.mail import send_mail_in_language
from directory.models import Area
from directory.moderation import ModerationStatus, editing
from directory.moderation.decisions import moderation_decide
from organisations.cooperation.forms import PARTNER_SEARCH_FIELDS
from organisations.models import Organisation, PartnerSearch, Partnership

# The head-office countries the cooperation page names one by one (ISO codes); the rest are "other countries".
COUNTRY_CODES = ["MA", "NL", "BE", "FR", "ES"]
MOROCCO = "MA"
# A Tangier organisation serves this area or one below it (its arrondissements), or has its head office in a city
# named like it in any language.
TANGIER_AREA = "tanger"


class AlreadyDeclared(Exception):
    """The same partnership (same organisations, same role) exists already."""


# Reading ----------------------------------------------------------------------------------------------------


def side(partnership, organisation):
    """The other side of ``partnership`` as seen from ``organisation``: an organisation or a named partner."""
    other = (
        partnership.partner if partnership.organisation_id == organisation.pk else partnership.organisation
    )
    if other is None:
        return SimpleNamespace(
            organisation=None,
            name=partnership.partner_name,
            url=partnership.partner_url,
            country=partnership.partner_country,
            partnership=partnership,
        )
    return SimpleNamespace(
        organisation=other, name=other.display_name(), url="", country=other.country, partnership=partnership
    )


def for_profile(organisation):
    """The public partnerships of a profile, in one query: partners, networks it belongs to, its members."""
    rows = (
        Partnership.objects.public()
        .involving(organisation)
        .select_related("organisation__country", "partner__country", "partner_country")
        .order_by("role", "-created_at", "-pk")
    )
    found = {"partners": [], "member_of": [], "members": []}
    for partnership in rows:
        if partnership.role != Partnership.Role.NETWORK:
            group = "partners"
        elif partnership.organisation_id == organisation.pk:
            group = "member_of"
        else:
            group = "members"
        found[group].append(side(partnership, organisation))
    return found


def tangier_organisations():
    """Published organisations in Tangier: serving the commune of Tangier (or one of its arrondissements), or
    with their head office in Tangier, however the city is spelled in the five languages."""
    area = Area.objects.filter(slug=TANGIER_AREA).first()
    if area is None:
        return Organisation.objects.none()
    spellings = {getattr(area, f"name_{code}", "") for code in ("ar", "fr", "en", "nl", "es")} - {"", None}
    condition = Q()
    for name in spellings:
        condition |= Q(city__iexact=name)
    served = Organisation.areas.through.objects.filter(
        Q(area__path=area.path) | Q(area__path__startswith=f"{area.path}/")
    )
    condition |= Q(pk__in=served.values("organisation_id"))
    return Organisation.objects.public().filter(condition)


def _abroad():
    return Area.objects.filter(kind=Area.Kind.COUNTRY).exclude(code=MOROCCO).values("pk")


def links_abroad():
    """Public partnerships between a Tangier organisation and a partner whose country is not Morocco, newest
    first; ``tangier_declared`` says which side is the Tangier one."""
    tangier = tangier_organisations().values("pk")
    abroad = _abroad()
    partner_abroad = Q(partner__country__in=abroad) | Q(partner__isnull=True, partner_country__in=abroad)
    declared_in_tangier = Q(organisation__in=tangier) & partner_abroad
    return (
        Partnership.objects.public()
        .filter(declared_in_tangier | Q(partner__in=tangier, organisation__country__in=abroad))
        .annotate(
            tangier_declared=Case(
                When(declared_in_tangier, then=Value(True)), default=Value(False), output_field=BooleanField()
            )
        )
        .select_related("organisation__country", "partner__country", "partner_country")
        .order_by("-created_at", "-pk")
    )


def link_sides(partnership):
    """(the Tangier organisation, the partner abroad) of a row from ``links_abroad``."""
    if partnership.tangier_declared:
        return partnership.organisation, side(partnership, partnership.organisation)
    return partnership.partner, side(partnership, partnership.partner)


def _in_countries(ids):
    return (
        Q(organisation__country__in=ids)
        | Q(partner__country__in=ids)
        | Q(partner__isnull=True, partner_country__in=ids)
    )


def by_country():
    """Rows (country or None, label key, organisations with their head office there, partnerships with a side
    there), for the named countries, then all other countries together, then organisations with no country.

    A partnership between organisations in two countries counts in both. Three queries, whatever the data.
    """
    countries = list(Area.objects.filter(kind=Area.Kind.COUNTRY))
    by_code = {c.code: c for c in countries}
    named = [by_code[code] for code in COUNTRY_CODES if code in by_code]
    others = [c.pk for c in countries if c not in named]
    per_country = dict(
        Organisation.objects.public()
        .order_by()
        .values("country")
        .annotate(n=Count("pk"))
        .values_list("country", "n")
    )
    aggregates = {f"c{c.pk}": Count("pk", filter=_in_countries([c.pk])) for c in named}
    if others:
        aggregates["others"] = Count("pk", filter=_in_countries(others))
    partnerships = Partnership.objects.public().aggregate(**aggregates)
    rows = [
        SimpleNamespace(
            country=c,
            key=c.code,
            organisations=per_country.get(c.pk, 0),
            partnerships=partnerships[f"c{c.pk}"],
        )
        for c in named
    ]
    rows.append(
        SimpleNamespace(
            country=None,
            key="others",
            organisations=sum(per_country.get(pk, 0) for pk in others),
            partnerships=partnerships.get("others", 0),
        )
    )
    rows.append(
        SimpleNamespace(country=None, key="none", organisations=per_country.get(None, 0), partnerships=None)
    )
    return rows


def public_searches():
    """Public partner searches, newest first."""
    return (
        PartnerSearch.objects.public()
        .select_related("organisation")
        .prefetch_related("sectors", "countries")
        .order_by("-published_at", "-pk")
    )


# Writing ----------------------------------------------------------------------------------------------------


def declare(*, form):
    """Save a partnership declared by the form's organisation: a partner in the directory still has to confirm,
    a named partner waits for a moderator."""
    partnership = form.instance
    if partnership.partner_id:
        partnership.status = ModerationStatus.PUBLISHED
        partnership.published_at = timezone.now()
    else:
        partnership.status = ModerationStatus.PENDING
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError as error:  # the same declaration racing past the form's check
        raise AlreadyDeclared from error


def confirm(*, partnership):
    if partnership.confirmed_at is None:
        partnership.confirmed_at = timezone.now()
        partnership.save(update_fields=["confirmed_at"])


def search_create(*, form):
    """A new partner search: pending until a moderator publishes it."""
    with transaction.atomic():
        search = form.save(commit=False)
        search.status = ModerationStatus.PENDING
        search.save()
        form.save_m2m()
    return search


def search_update(*, search, form, user, token):
    """Members' changes: directly while unpublished, else as a pending revision for the moderators."""
    return editing.submit_changes(
        obj=search, form=form, field_names=PARTNER_SEARCH_FIELDS, user=user, token=token
    )


def search_close(*, search, user):
    """The organisation found its partners: the notice leaves the public page (archived, with a record)."""
    moderation_decide(obj=search, to_status=ModerationStatus.ARCHIVED, actor=user)


def relay(*, search, form):
    """Keep a visitor's answer to a partner search and e-mail it to the organisation and its owners, with the
    visitor as Reply-To: the visitor never sees the organisation's address."""
    message = form.save(commit=False)
    message.partner_search = search
    message.save()
    organisation = search.organisation
    recipients = [(organisation.email, None)] if organisation.email else []
    recipients += [(user.email, user.language) for user in organisation.moderation_recipients()]
    seen = set()
    for address, language in recipients:
        if not address or address.lower() in seen:
            continue
        seen.add(address.lower())
        transaction.on_commit(
            lambda address=address, language=language: send_mail_in_language(
                to=address,
                language=language,
                subject_template="emails/partner_search_message_subject.txt",
                body_template="emails/partner_search_message.txt",
                context={"search": search, "answer": message},
                headers={"Reply-To": message.email},
            )
        )
    return message
