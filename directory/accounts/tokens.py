from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import signing


class EmailVerificationTokenGenerator(PasswordResetTokenGenerator):
    """One-time link to verify an address: it stops working once the address is verified or changed."""

    key_salt = "directory.accounts.EmailVerificationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.email}{user.email_verified}{timestamp}"


email_verification_token = EmailVerificationTokenGenerator()

EMAIL_CHANGE_SALT = "directory.accounts.email-change"


def make_email_change_token(user, new_email):
    # The current address is signed in too, so the link dies if the address changes another way first.
    return signing.dumps({"user": user.pk, "old": user.email, "new": new_email}, salt=EMAIL_CHANGE_SALT)


def read_email_change_token(token, *, max_age):
    return signing.loads(token, salt=EMAIL_CHANGE_SALT, max_age=max_age)
