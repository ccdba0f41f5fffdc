"""The newsletter's public side: subscribe with double opt-in, confirm, unsubscribe with one click.

Two signed links do the work, so nobody needs an account:
- the confirmation link carries the address and the choices, and expires; nothing is stored before it is
  followed, so a stranger typing someone's address neither subscribes them nor changes their choices;
- the unsubscribe link names the subscriber and is signed together with their address; it never expires.
Both open a page with one button, and only the button (a POST) acts: mail scanners that fetch every link
must not subscribe or unsubscribe anyone.
"""

from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from directory.mail import send_mail_in_language
from directory.models import Area, Sector
from directory.ratelimit import ratelimit
from news.models import Subscriber
from news.newsletter.forms import SubscribeForm
from news.newsletter.tokens import (
    make_confirm_token,
    read_confirm_token,
    site_url,
    subscriber_from_unsubscribe_token,
)


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
