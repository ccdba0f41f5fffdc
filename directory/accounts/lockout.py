"""Failed-login limits: django-axes with one limit per lockout rule instead of one limit for all.

See the settings (``LOGIN_FAILURE_LIMITS``) for the policy and why each rule has the limit it has.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


def login_username(request, credentials):
    """The address a login attempt is counted against, so ``Victim@Example.org`` counts as ``victim@example.org``."""
    field = settings.AXES_USERNAME_FORM_FIELD
    value = (credentials or {}).get(field) or request.POST.get(field)
    return value.strip().lower() if isinstance(value, str) else value


class LayeredLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """The failures of the rule closest to its limit, on the scale of ``AXES_FAILURE_LIMIT``.

        django-axes compares one number with one limit; each of our rules (address and connection, connection,
        address) has a limit of its own, so each rule's count is scaled to the common limit first.
        """
        scale = settings.AXES_FAILURE_LIMIT
        worst = 0
        for attempts, limit in zip(
            self.get_user_attempts(request, credentials), settings.LOGIN_FAILURE_LIMITS, strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            worst = max(worst, failures * scale // limit)
        return worst

    def reset_user_attempts(self, request, credentials=None):
        """A successful login clears only its own address-and-connection count.

        Clearing every rule would let someone who sprays passwords from one connection wipe the connection's
        count by logging in to an account of their own now and then.
        """
        pair = self.filter_user_attempts(request, credentials)[0]
        count, _ = pair.delete()
        return count
