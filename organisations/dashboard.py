"""Owners' and editors' pages: their organisations, registering, editing, members, claims, invitations."""

import contextlib
from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory.mail import send_mail_in_language
from directory.moderation.editing import edit_moderated, moderation_states
from opportunities.services import matching_offers
from organisations import services
from organisations.access import get_membership
from organisations.forms import ClaimForm, CloseForm, InvitationForm, OrganisationProfileForm
from organisations.models import Claim, Invitation, Membership, Organisation

User = get_user_model()

MATCHING_OFFERS_SHOWN = 3


def _offers_for(organisation):
    """A few open offers from others that fit the organisation, to show it what it could apply for."""
    offers = [o for o in matching_offers(organisation) if o.organisation_id != organisation.pk]
    return offers[:MATCHING_OFFERS_SHOWN]


@login_required
def dashboard(request):
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("organisation__legal_form")
        # Counted in the same query, so readers' translation requests show without one query per row.
        .annotate(translation_requests=Count("organisation__translation_requests"))
        # Matching offers read these; fetched once, each organisation then costs one query for its offers.
        .prefetch_related("organisation__sectors", "organisation__areas")
        .order_by("organisation__created_at")
    )
    states = moderation_states([m.organisation for m in memberships])
    rows = [
        {
            "membership": m,
            "organisation": m.organisation,
            **states[m.organisation_id],
            "offers": _offers_for(m.organisation),
        }
        for m in memberships
    ]
    claims = Claim.objects.filter(user=request.user).select_related("organisation").order_by("-created_at")
    return render(request, "organisations/dashboard/dashboard.html", {"rows": rows, "claims": claims})


@login_required
def register(request):
    form = OrganisationProfileForm(
        request.POST or None, request.FILES or None, written_in=request.GET.get("written_in")
    )
    if request.method == "POST" and form.is_valid():
        organisation = services.organisation_register(form=form, user=request.user)
        messages.success(
            request,
            _("Thank you! %(name)s is waiting for a moderator's approval; we will e-mail you the outcome.")
            % {"name": organisation.display_name()},
        )
        return redirect("dashboard:home")
    return render(request, "organisations/dashboard/profile_form.html", {"form": form, "creating": True})


@login_required
def edit(request, slug):
    organisation = get_membership(request, slug).organisation
    return edit_moderated(
        request,
        obj=organisation,
        form_class=partial(OrganisationProfileForm, written_in=request.GET.get("written_in")),
        save=partial(services.organisation_update, organisation=organisation, user=request.user),
        template="organisations/dashboard/profile_form.html",
        context={"organisation": organisation},
        done_url="dashboard:home",
    )


@login_required
@require_POST
def withdraw_revision(request, slug):
    organisation = get_membership(request, slug).organisation
    revision = organisation.pending_revision()
    if revision is not None:
        services.revision_withdraw(revision=revision, user=request.user)
        messages.success(request, _("Your proposed changes are withdrawn."))
    return redirect("dashboard:home")


@login_required
@require_POST
def confirm(request, slug):
    organisation = get_membership(request, slug).organisation
    services.organisation_confirm(organisation=organisation)
    messages.success(request, _("Thank you: the profile is marked as confirmed today."))
    return redirect("dashboard:home")


@login_required
def close(request, slug):
    """Owners mark their organisation closed (or open again); it takes effect at once, as it only hides things."""
    organisation = get_membership(request, slug, owner=True).organisation
    form = CloseForm(request.POST or None, initial={"closed_on": timezone.localdate()})
    if request.method == "POST" and "reopen" in request.POST:
        organisation.closed_on = None
        organisation.save(update_fields=["closed_on", "updated_at"])
        messages.success(request, _("The profile shows the organisation as active again."))
        return redirect("dashboard:home")
    if request.method == "POST" and form.is_valid():
        organisation.closed_on = form.cleaned_data["closed_on"]
        organisation.save(update_fields=["closed_on", "updated_at"])
        messages.success(request, _("The profile now says the organisation has closed."))
        return redirect("dashboard:home")
    return render(request, "organisations/dashboard/close.html", {"organisation": organisation, "form": form})


@login_required
def members(request, slug):
    membership = get_membership(request, slug, owner=True)
    organisation = membership.organisation
    form = InvitationForm(organisation, request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation = services.invitation_create(
            organisation=organisation,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            invited_by=request.user,
        )
        link = request.build_absolute_uri(reverse("dashboard:invitation", kwargs={"token": invitation.token}))
        # Someone who already has an account reads it in their own language; others in the inviter's.
        invitee = User.objects.filter(email__iexact=invitation.email).first()
        send_mail_in_language(
            to=invitation.email,
            language=invitee.language if invitee else request.LANGUAGE_CODE,
            subject_template="emails/invitation_subject.txt",
            body_template="emails/invitation.txt",
            context={"invitation": invitation, "link": link, "inviter": request.user},
        )
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
        return redirect("dashboard:members", slug=organisation.slug)
    return render(
        request,
        "organisations/dashboard/members.html",
        {
            "organisation": organisation,
            "memberships": organisation.memberships.select_related("user"),
            "invitations": organisation.invitations.filter(accepted_at__isnull=True),
            "form": form,
        },
    )


@login_required
@require_POST
def remove_member(request, slug, member_id):
    organisation = get_membership(request, slug, owner=True).organisation
    membership = get_object_or_404(Membership, pk=member_id, organisation=organisation)
    try:
        services.membership_remove(membership=membership)
    except services.LastOwner:
        messages.error(request, _("An organisation needs at least one owner. Invite another owner first."))
    else:
        messages.success(
            request, _("%(email)s can no longer edit this profile.") % {"email": membership.user.email}
        )
    return redirect("dashboard:members", slug=slug)


@login_required
def invitation(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("organisation"), token=token)
    mismatch = invitation.email.lower() != request.user.email.lower()
    if request.method == "POST" and invitation.is_usable and not mismatch:
        services.invitation_accept(invitation=invitation, user=request.user)
        messages.success(
            request, _("You can now edit %(name)s.") % {"name": invitation.organisation.display_name()}
        )
        return redirect("dashboard:home")
    return render(
        request, "organisations/dashboard/invitation.html", {"invitation": invitation, "mismatch": mismatch}
    )


@login_required
def claim(request, slug):
    organisation = get_object_or_404(Organisation.objects.public(), slug=slug)
    if organisation.memberships.owners().exists():
        raise Http404
    form = ClaimForm(request.POST or None)
    already = Claim.objects.pending().filter(organisation=organisation, user=request.user).exists()
    if request.method == "POST" and form.is_valid() and not already:
        # A second submission racing the first past the check above fails quietly; the first one stands.
        with contextlib.suppress(ValidationError, IntegrityError):
            services.claim_submit(
                organisation=organisation, user=request.user, message=form.cleaned_data["message"]
            )
        messages.success(request, _("Thank you. A moderator will check your claim and e-mail you."))
        return redirect("dashboard:home")
    return render(
        request,
        "organisations/dashboard/claim.html",
        {"organisation": organisation, "form": form, "already": already},
    )
