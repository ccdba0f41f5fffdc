"""The newsletter's signed links: confirming a subscription and unsubscribing, usable outside a request."""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.urls import reverse
from django.utils import translation

from news.models import Subscriber

# The salts keep their old module's name: links already sent must keep working.
CONFIRM_SALT = "news.newsletter.confirm"
CONFIRM_MAX_AGE = 3 * 24 * 3600
UNSUBSCRIBE_SALT = "news.newsletter.unsubscribe"


def site_url(name, language, **kwargs):
    """An absolute link in ``language``, usable outside a request (the digest runs from cron)."""
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def make_confirm_token(choices):
    return signing.dumps(choices, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token):
    """The choices signed into ``token``, or None if it was tampered with or has expired."""
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None


def _unsubscribe_signer(email):
    # The address is part of what is signed but not of the token, so links and server logs do not carry it.
    return signing.Signer(salt=f"{UNSUBSCRIBE_SALT}:{email.lower()}")


def make_unsubscribe_token(subscriber):
    return _unsubscribe_signer(subscriber.email).sign(str(subscriber.pk))


def subscriber_from_unsubscribe_token(token):
    """The subscriber ``token`` was made for; 404 if there is none, BadSignature if it was not made for them."""
    pk = token.partition(":")[0]
    subscriber = Subscriber.objects.filter(pk=pk).first() if pk.isdigit() else None
    if subscriber is None:
        raise Http404
    _unsubscribe_signer(subscriber.email).unsign(token)
    return subscriber


def unsubscribe_url(subscriber):
    return site_url("newsletter:unsubscribe", subscriber.language, token=make_unsubscribe_token(subscriber))


def unsubscribe_headers(url):
    """RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs to this link."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
