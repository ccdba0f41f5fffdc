"""Short links for e-mails: ``/ar/o/12/`` instead of a slug that percent-encodes to 250 characters.

A mail program breaks long links across lines and some readers copy them by hand; a short link survives both.
Links to a page name the record (kind and id), answer only for public records and redirect to the page in the
link's language, so a renamed slug never breaks a mail already sent. Any other long link of the site in a mail
(one carrying a signed token) is stored under a random key and sent as ``/l/<key>/``.
"""

import re
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation

from directory.models import ShortLink

KINDS = {
    "o": "organisations.Organisation",
    "p": "opportunities.Opportunity",
    "s": "organisations.PartnerSearch",
    "a": "news.Article",
    "e": "news.Event",
}
LINK = re.compile(r"(https?://([^/\s]+))(/\S*)")
_KIND_OF = {label.lower(): kind for kind, label in KINDS.items()}
# A path longer than this is stored and replaced; a password-reset link (about 60) stays as it is.
LONGEST_PATH = 80
# Every token a stored link carries expires within days; the short link outlives it only to say so.
STORED_FOR = timedelta(days=30)


def short_url(obj, language):
    """An absolute link to ``obj``'s page in ``language``, short if the kind of ``obj`` has one."""
    kind = _KIND_OF.get(obj._meta.label_lower)
    with translation.override(language):
        path = reverse("short_link", kwargs={"kind": kind, "pk": obj.pk}) if kind else obj.get_absolute_url()
    return settings.SITE_URL + path


def short_link(request, kind, pk):
    model = apps.get_model(KINDS[kind])
    return redirect(get_object_or_404(model.objects.published(), pk=pk))


def _own_hosts():
    hosts = {urlsplit(settings.SITE_URL).hostname}
    hosts.update(host.lstrip(".") for host in settings.ALLOWED_HOSTS if host != "*")
    return hosts


def shorten_links(text):
    """``text`` with every long link to the site replaced by a stored short one on the same host.

    Links elsewhere (a visitor may quote one in a message) are left alone.
    """
    own = _own_hosts()

    def replace(match):
        origin, path = match.group(1), match.group(3)
        if len(path) <= LONGEST_PATH or urlsplit(origin).hostname not in own:
            return match.group(0)
        key = secrets.token_urlsafe(12)
        ShortLink.objects.create(key=key, target=path)
        return origin + reverse("stored_link", kwargs={"key": key})

    return LINK.sub(replace, text)


def stored_link(request, key):
    link = ShortLink.objects.filter(key=key, created_at__gte=timezone.now() - STORED_FOR).first()
    if link is None:
        raise Http404
    return redirect(link.target)
