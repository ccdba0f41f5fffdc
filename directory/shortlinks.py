"""Short links for e-mails: ``/ar/o/12/`` instead of a slug that percent-encodes to 250 characters.

A mail program breaks long links across lines and some readers copy them by hand; a short link survives both.
It answers only for public records and redirects to the page in the link's language, so a renamed slug
never breaks a mail already sent.
"""

from django.apps import apps
from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation

KINDS = {
    "o": "organisations.Organisation",
    "p": "opportunities.Opportunity",
    "s": "organisations.PartnerSearch",
    "a": "news.Article",
    "e": "news.Event",
}
_KIND_OF = {label.lower(): kind for kind, label in KINDS.items()}


def short_url(obj, language):
    """An absolute link to ``obj``'s page in ``language``, short if the kind of ``obj`` has one."""
    kind = _KIND_OF.get(obj._meta.label_lower)
    with translation.override(language):
        path = reverse("short_link", kwargs={"kind": kind, "pk": obj.pk}) if kind else obj.get_absolute_url()
    return settings.SITE_URL + path


def short_link(request, kind, pk):
    model = apps.get_model(KINDS[kind])
    return redirect(get_object_or_404(model.objects.published(), pk=pk))
