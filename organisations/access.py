"""Who may act for an organisation: one helper, used by every members' view that takes an organisation's slug."""

from django.http import Http404

from organisations.models import Membership


def get_membership(request, slug, *, owner=False):
    """The user's membership of this organisation; a 404 for anyone else, so guessing URLs reveals nothing.

    With ``owner=True`` only an owner's membership counts (editors get the same 404).
    """
    membership = (
        Membership.objects.select_related("organisation")
        .filter(user=request.user, organisation__slug=slug)
        .first()
    )
    if membership is None or (owner and membership.role != Membership.Role.OWNER):
        raise Http404
    return membership
