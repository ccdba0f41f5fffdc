from django.utils import timezone

from organisations.models import Membership, Organisation


def user_data(*, user):
    """Everything the site keeps about a person, for the "download my data" button."""
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.language,
            "email_verified": user.email_verified,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "organisations": [
            {
                "name": m.organisation.display_name(),
                "slug": m.organisation.slug,
                "role": m.role,
                "status": m.organisation.status,
                "member_since": m.created_at,
            }
            for m in memberships
        ],
    }


def user_delete(*, user):
    """Delete the account; organisations it alone owned stay, flagged for moderators to find a new owner."""
    owned = Membership.objects.owners().filter(user=user).values("organisation_id")
    other_owners = Membership.objects.owners().exclude(user=user).values("organisation_id")
    Organisation.objects.filter(pk__in=owned).exclude(pk__in=other_owners).update(orphaned_at=timezone.now())
    user.delete()
