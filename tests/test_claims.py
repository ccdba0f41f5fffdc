"""Claiming a published profile that has no owner, and the moderators' decision on the claim."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

from directory.moderation import ModerationStatus
from organisations.models import Claim, Membership

CLAIMS_ADMIN = "/admin/organisations/claim/"
PENDING = ModerationStatus.PENDING
PUBLISHED = ModerationStatus.PUBLISHED
REJECTED = ModerationStatus.REJECTED


def claim_url(organisation):
    return f"/fr/dashboard/organisations/{organisation.slug}/claim/"


def detail_url(organisation):
    return f"/fr/organisations/{organisation.slug}/"


def untouched_change_form(page, **buttons):
    """What the browser posts back from a claim's change page: the version it was opened at, its inlines'
    management forms, plus a button."""
    data = {"edit_version": page.context["adminform"].form["edit_version"].value()}
    for inline in page.context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            data[bound.html_name] = bound.value()
    return {**data, **buttons}


@pytest.fixture
def unowned(make_organisation):
    """A published profile nobody manages, like most imported ones; its last owner left a while ago."""
    return make_organisation(name_fr="Association Nour", name_ar="جمعية النور", orphaned_at=timezone.now())


@pytest.fixture
def claimant(db, django_user_model):
    return django_user_model.objects.create_user(
        email="claimant@example.org", password="x" * 12, language="ar"
    )


@pytest.fixture
def pending_claim(unowned, claimant):
    return Claim.objects.create(organisation=unowned, user=claimant, message="Je suis la présidente.")


@pytest.fixture
def claim_viewer(db, django_user_model):
    """Staff who may open and edit claims, but not decide on them."""
    user = django_user_model.objects.create_user(email="viewer@example.org", password="x" * 12, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="organisations", codename__in=["view_claim", "change_claim"]
        )
    )
    return user


def test_public_profile_offers_the_claim_link_only_while_nobody_owns_it(
    client, unowned, published_organisation_with_owner
):
    assert claim_url(unowned) in client.get(detail_url(unowned)).content.decode()
    owned = published_organisation_with_owner
    assert claim_url(owned) not in client.get(detail_url(owned)).content.decode()


def test_claiming_needs_an_account(client, unowned):
    response = client.post(claim_url(unowned), {"message": "C'est moi."})

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert not Claim.objects.exists()


def test_a_claim_waits_for_a_moderator_and_appears_on_the_dashboard(client, unowned, claimant):
    client.force_login(claimant)

    response = client.post(claim_url(unowned), {"message": "Je suis la présidente, tél. 0539 00 00 00."})

    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"
    claim = Claim.objects.get()
    assert (claim.organisation, claim.user, claim.status) == (unowned, claimant, PENDING)
    assert claim.message == "Je suis la présidente, tél. 0539 00 00 00."
    assert not Membership.objects.filter(organisation=unowned).exists()
    assert "Association Nour" in client.get("/fr/dashboard/").content.decode()


def test_a_claim_without_a_message_is_refused(client, unowned, claimant):
    client.force_login(claimant)

    response = client.post(claim_url(unowned), {"message": "  "})

    assert response.status_code == 200
    assert response.context["form"].errors["message"]
    assert not Claim.objects.exists()


def test_a_second_pending_claim_by_the_same_person_is_refused(client, pending_claim, claimant):
    client.force_login(claimant)

    page = client.get(claim_url(pending_claim.organisation))
    response = client.post(claim_url(pending_claim.organisation), {"message": "Encore moi."})

    assert page.context["already"] is True
    assert 'name="message"' not in page.content.decode()
    assert response.status_code == 200
    assert Claim.objects.get() == pending_claim


def test_another_person_may_claim_the_same_profile_meanwhile(client, pending_claim, citizen):
    client.force_login(citizen)

    client.post(claim_url(pending_claim.organisation), {"message": "Je suis le trésorier."})

    assert Claim.objects.filter(organisation=pending_claim.organisation, status=PENDING).count() == 2


@pytest.mark.parametrize("status", [PENDING, REJECTED, ModerationStatus.ARCHIVED])
def test_claiming_an_unpublished_profile_is_not_found(client, make_organisation, claimant, status):
    organisation = make_organisation(status=status)
    client.force_login(claimant)

    assert client.get(claim_url(organisation)).status_code == 404
    assert client.post(claim_url(organisation), {"message": "C'est moi."}).status_code == 404
    assert not Claim.objects.exists()


def test_claiming_an_owned_profile_is_not_found(client, published_organisation_with_owner, claimant):
    client.force_login(claimant)

    response = client.post(claim_url(published_organisation_with_owner), {"message": "C'est à moi."})

    assert response.status_code == 404
    assert not Claim.objects.exists()


def test_moderator_approves_claims_in_bulk_and_the_claimant_becomes_owner(
    client, moderator, pending_claim, claimant, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            CLAIMS_ADMIN, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [pending_claim.pk]}
        )

    assert response.status_code == 302
    pending_claim.refresh_from_db()
    assert pending_claim.status == PUBLISHED
    membership = Membership.objects.get(organisation=pending_claim.organisation)
    assert (membership.user, membership.role) == (claimant, Membership.Role.OWNER)
    pending_claim.organisation.refresh_from_db()
    assert pending_claim.organisation.orphaned_at is None
    [message] = mail.outbox
    assert message.to == [claimant.email]
    # The claimant reads Arabic: the organisation is named in Arabic even though the moderator works in French.
    assert "جمعية النور" in message.subject
    assert "Association Nour" not in message.subject
    client.force_login(claimant)
    assert (
        client.get(f"/fr/dashboard/organisations/{pending_claim.organisation.slug}/members/").status_code
        == 200
    )


def test_moderator_approves_one_claim_from_its_change_page(
    client, moderator, pending_claim, claimant, django_capture_on_commit_callbacks
):
    change_url = f"{CLAIMS_ADMIN}{pending_claim.pk}/change/"
    client.force_login(moderator)
    page = client.get(change_url)
    assert 'name="_publish"' in page.content.decode()
    assert "Je suis la présidente." in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url, untouched_change_form(page, _publish="1"))

    assert response.status_code == 302
    pending_claim.refresh_from_db()
    assert pending_claim.status == PUBLISHED
    assert Membership.objects.owners().get(organisation=pending_claim.organisation).user == claimant
    assert [m.to for m in mail.outbox] == [[claimant.email]]
    assert (
        claim_url(pending_claim.organisation)
        not in client.get(detail_url(pending_claim.organisation)).content.decode()
    )


def test_rejecting_a_claim_e_mails_the_reason_and_grants_nothing(
    client, moderator, pending_claim, claimant, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{CLAIMS_ADMIN}{pending_claim.pk}/reject/",
            {"reason": "Nous n'avons pas pu joindre l'association."},
        )

    assert response.status_code == 302
    pending_claim.refresh_from_db()
    assert pending_claim.status == REJECTED
    assert not Membership.objects.filter(organisation=pending_claim.organisation).exists()
    [message] = mail.outbox
    assert message.to == [claimant.email]
    assert "Nous n'avons pas pu joindre l'association." in message.body
    assert "جمعية النور" in message.subject


def test_after_a_rejection_the_same_person_may_claim_again(client, moderator, pending_claim, claimant):
    client.force_login(moderator)
    client.post(f"{CLAIMS_ADMIN}{pending_claim.pk}/reject/", {"reason": "Preuve insuffisante."})
    client.force_login(claimant)

    client.post(claim_url(pending_claim.organisation), {"message": "Voici le récépissé n° 12/2020."})

    assert Claim.objects.filter(user=claimant, status=PENDING).count() == 1


def test_staff_without_the_moderate_claim_permission_cannot_approve(
    client, claim_viewer, pending_claim, django_capture_on_commit_callbacks
):
    client.force_login(claim_viewer)
    change_url = f"{CLAIMS_ADMIN}{pending_claim.pk}/change/"
    page = client.get(change_url)
    assert page.status_code == 200
    assert 'name="_publish"' not in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        bulk = client.post(
            CLAIMS_ADMIN, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [pending_claim.pk]}
        )
        button = client.post(change_url, untouched_change_form(page, _publish="1"))
        reject = client.post(f"{CLAIMS_ADMIN}{pending_claim.pk}/reject/", {"reason": "Non."})

    assert bulk.status_code in (200, 302)
    assert (button.status_code, reject.status_code) == (403, 403)
    pending_claim.refresh_from_db()
    assert pending_claim.status == PENDING
    assert not Membership.objects.exists()
    assert mail.outbox == []
