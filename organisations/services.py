"""Writes by owners and editors that touch several models: registration, edits, claims, membership."""

import datetime
import secrets
import uuid

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from directory.moderation import ModerationStatus, editing
from directory.moderation.decisions import moderation_decide
from organisations.forms import PROFILE_FIELDS
from organisations.models import Claim, Invitation, Membership, Organisation

INVITATION_LIFETIME = datetime.timedelta(days=7)


def _store_logo(organisation, processed):
    """Save the processed logo files under fresh names; return their storage names."""
    logo, thumbnail = processed
    stem = f"organisations/logos/{organisation.pk}-{uuid.uuid4().hex[:12]}"
    return default_storage.save(f"{stem}.webp", logo), default_storage.save(f"{stem}-thumb.webp", thumbnail)


def organisation_register(*, form, user):
    """A new organisation from its owner: pending until a moderator publishes it."""
    with transaction.atomic():
        organisation = form.save(commit=False)
        organisation.status = ModerationStatus.PENDING
        organisation.save()
        form.save_m2m()
        if form.processed_logo:
            organisation.logo.name, organisation.logo_thumbnail.name = _store_logo(
                organisation, form.processed_logo
            )
            organisation.save(update_fields=["logo", "logo_thumbnail"])
        Membership.objects.create(organisation=organisation, user=user, role=Membership.Role.OWNER)
    return organisation


def organisation_update(*, organisation, form, user, token):
    """Save an owner's or editor's changes: directly while unpublished, else as a pending revision."""

    def save_files(live):
        if not form.processed_logo:
            return {}
        logo, thumbnail = _store_logo(live, form.processed_logo)
        return {"logo": logo, "logo_thumbnail": thumbnail}

    return editing.submit_changes(
        obj=organisation, form=form, field_names=PROFILE_FIELDS, user=user, token=token, save_files=save_files
    )


def revision_withdraw(*, revision, user):
    return moderation_decide(obj=revision, to_status=ModerationStatus.ARCHIVED, actor=user)


def organisation_confirm(*, organisation):
    organisation.last_confirmed = timezone.localdate()
    organisation.reminder_sent_at = None
    organisation.save(update_fields=["last_confirmed", "reminder_sent_at"])


def claim_submit(*, organisation, user, message):
    claim = Claim(organisation=organisation, user=user, message=message)
    claim.full_clean()
    with transaction.atomic():
        claim.save()
    return claim


def invitation_create(*, organisation, email, role, invited_by):
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        invited_by=invited_by,
        token=secrets.token_urlsafe(32),
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    invitation.full_clean()
    invitation.save()
    return invitation


def invitation_accept(*, invitation, user):
    """Join the organisation; an owner invited as editor keeps being an owner."""
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
        )
        if (
            not created
            and invitation.role == Membership.Role.OWNER
            and membership.role != Membership.Role.OWNER
        ):
            membership.role = Membership.Role.OWNER
            membership.save(update_fields=["role"])
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return membership


class LastOwner(Exception):
    """An organisation must keep at least one owner."""


def membership_remove(*, membership):
    with transaction.atomic():
        # Lock the owners' rows (FOR UPDATE cannot take COUNT) so two removals at once cannot both succeed.
        owners = list(
            Membership.objects.select_for_update().owners().filter(organisation=membership.organisation_id)
        )
        if membership.role == Membership.Role.OWNER and len(owners) <= 1:
            raise LastOwner
        membership.delete()


def membership_personal_data(*, user, **kwargs):
    """The organisations section of a person's "download my data" file (see directory.accounts.services)."""
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    return {
        "organisations": [
            {
                "name": m.organisation.display_name(),
                "slug": m.organisation.slug,
                "role": m.role,
                "status": m.organisation.status,
                "member_since": m.created_at,
            }
            for m in memberships
        ]
    }


def organisations_orphan(*, user, **kwargs):
    """Before an account goes: organisations it alone owned stay, flagged for moderators to find a new owner."""
    owned = Membership.objects.owners().filter(user=user).values("organisation_id")
    other_owners = Membership.objects.owners().exclude(user=user).values("organisation_id")
    Organisation.objects.filter(pk__in=owned).exclude(pk__in=other_owners).update(orphaned_at=timezone.now())
