"""Being found: what search engines and link previews read, shared by every app.

Sitemaps list each public page once per language with its alternates (django.contrib.sitemaps' i18n mode);
structured data follows schema.org and describes only what the public page itself shows.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils.translation import gettext

SCHEMA = "https://schema.org"


class TranslatedSitemap(Sitemap):
    """Every item once per language, each entry naming the others (and x-default) as alternates."""

    i18n = True
    languages = [code for code, _name in settings.LANGUAGES]
    alternates = True
    x_default = True
    # 5 languages × 2,000 records per file keeps each file far below the protocol's 50,000 URLs and 50 MB.
    limit = 10_000


class PagesSitemap(TranslatedSitemap):
    """Fixed pages, named by their URL name."""

    changefreq = "daily"

    def __init__(self, names):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


def origin(request):
    """Scheme and host the reader used, for absolute links in metadata."""
    return f"{request.scheme}://{request.get_host()}"


def breadcrumbs(origin, *crumbs):
    """A BreadcrumbList from (name, path) pairs, the home page first."""
    trail = [(gettext("Home"), reverse("home")), *crumbs]
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": str(name), "item": origin + path}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }


def absolute(origin, url):
    """A URL that may be relative to the site made absolute; "" stays empty."""
    if not url:
        return ""
    return url if "://" in url else origin + url


def drop_empty(data):
    """schema.org validators flag empty values: leave out what the record does not have."""
    if isinstance(data, dict):
        cleaned = {key: drop_empty(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in ("", None, [], {})}
    if isinstance(data, list):
        return [item for item in (drop_empty(item) for item in data) if item not in ("", None, [], {})]
    return data
