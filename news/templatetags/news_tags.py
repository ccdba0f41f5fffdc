from django import template

from directory.richtext import render
from directory.translated import LANGUAGE_CODES
from news.models import Page

register = template.Library()

# Open Graph wants a territory; these are the readers the site writes for.
OG_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB", "nl": "nl_NL", "es": "es_ES"}


@register.filter
def markdown(source):
    """Markdown written by editors or organisations, as HTML cleaned by the allow-list."""
    return render(source)


@register.filter
def og_locale(code):
    return OG_LOCALES.get(code, code)


@register.simple_tag
def about_pages():
    """The about pages for the footer: one query for all of them."""
    # Titles only: the texts are long and the footer shows none of them.
    return list(Page.objects.only("slug", "position", *(f"title_{code}" for code in LANGUAGE_CODES)))
