"""The newsletter's public side: subscribe with double opt-in, confirm, unsubscribe with one click.

Two signed links do the work, so nobody needs an account:
- the confirmation link carries the address and the choices, and expires; nothing is stored before it is
  followed (but the mail's short link to it), so a stranger typing someone's address neither subscribes them
  nor changes their choices;
- the unsubscribe link names the subscriber and is signed together with their address; it never expires.
Both open a page with one button, and only the button (a POST) acts: mail scanners that fetch every link
must not subscribe or unsubscribe anyone.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from directory.mail import send_mail_in_language
from directory.models import Area, Sector
from directory.ratelimit import ratelimit
from news.models import Subscriber
from news.newsletter_forms import SubscribeForm

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


@ratelimit("newsletter-subscribe", limit=10, window=3600)
def subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        choices = form.choices()
        send_mail_in_language(
            to=choices["email"],
            language=choices["language"],
            subject_template="emails/newsletter_confirm_subject.txt",
            body_template="emails/newsletter_confirm.txt",
            context={
                "link": site_url("newsletter:confirm", choices["language"], token=make_confirm_token(choices))
            },
        )
        # The same page whether the address is new, waiting, subscribed or unsubscribed: it reveals nothing.
        return render(request, "news/newsletter/subscribe_done.html", {"email": choices["email"]})
    return render(request, "news/newsletter/subscribe.html", {"form": form})


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    choices = read_confirm_token(token)
    if choices is None:
        return render(request, "news/newsletter/link_invalid.html", status=400)
    if request.method != "POST":
        return render(request, "news/newsletter/confirm.html", {"email": choices["email"]})
    subscriber = save_subscription(choices)
    return render(request, "news/newsletter/confirmed.html", {"subscriber": subscriber})


@transaction.atomic
def save_subscription(choices):
    """Subscribe with the confirmed choices, or update the choices of someone already subscribed."""
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(
        email__iexact=choices["email"], defaults={"email": choices["email"]}
    )
    # The choices were validated by the form before they were signed.
    subscriber.language = choices["language"]
    subscriber.languages = choices["languages"]
    subscriber.opportunity_kinds = choices["opportunity_kinds"]
    if subscriber.confirmed_at is None or subscriber.unsubscribed_at is not None:
        # A new start: the digest begins from now, not from before an earlier unsubscription.
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
    subscriber.save()
    subscriber.sectors.set(Sector.objects.filter(pk__in=choices["sectors"]))
    subscriber.areas.set(Area.objects.filter(pk__in=choices["areas"]))
    return subscriber


# Exempt from CSRF because mail programs POST here without a cookie or form (RFC 8058 one-click). The signed
# token is what authenticates, and anyone holding it could send that one-click POST anyway.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriber_from_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "news/newsletter/link_invalid.html", status=400)
    if request.method != "POST":
        return render(request, "news/newsletter/unsubscribe.html", {"subscriber": subscriber})
    Subscriber.objects.filter(pk=subscriber.pk, unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )
    return render(request, "news/newsletter/unsubscribed.html", {"subscriber": subscriber})
