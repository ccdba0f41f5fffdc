import json
from urllib.parse import urlencode

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi, get_language_info, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from directory import translated
from directory.money import format_money, format_money_range
from directory.translated import fallback_order

register = template.Library()


@register.filter
def tr(obj, field):
    """A translated field in the reader's language, or the first fallback marked with its own language.

    Screen readers and browsers need ``lang`` (and ``dir`` when the direction differs) to pronounce and lay out
    text that is not in the page's language.
    """
    order = fallback_order()
    for code in order:
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            if code == order[0]:
                return value
            rtl = get_language_info(code)["bidi"]
            if rtl != get_language_bidi():
                return format_html('<span lang="{}" dir="{}">{}</span>', code, "rtl" if rtl else "ltr", value)
            return format_html('<span lang="{}">{}</span>', code, value)
    return ""


@register.simple_tag
def shown(obj, field):
    """``{% shown obj "description" as text %}``: the text, its language and direction, and whether it is a
    fallback, so the template puts ``lang``/``dir`` on the element and says which language it is in."""
    return translated.shown(obj, field)


# Whole sentences per language rather than "Written in %(language)s": language names change case and form
# inside a sentence (français, بالفرنسية), which only a translator of the whole sentence gets right.
WRITTEN_IN = {
    "ar": _("Written in Arabic."),
    "fr": _("Written in French."),
    "en": _("Written in English."),
    "nl": _("Written in Dutch."),
    "es": _("Written in Spanish."),
}
IN_LANGUAGE = {
    "ar": pgettext_lazy("text shown in another language", "in Arabic"),
    "fr": pgettext_lazy("text shown in another language", "in French"),
    "en": pgettext_lazy("text shown in another language", "in English"),
    "nl": pgettext_lazy("text shown in another language", "in Dutch"),
    "es": pgettext_lazy("text shown in another language", "in Spanish"),
}
ASK_FOR = {
    "ar": _("Ask the organisation for an Arabic translation"),
    "fr": _("Ask the organisation for a French translation"),
    "en": _("Ask the organisation for an English translation"),
    "nl": _("Ask the organisation for a Dutch translation"),
    "es": _("Ask the organisation for a Spanish translation"),
}


@register.filter
def written_in(code):
    """ "Written in French." in the page's language, for a text shown in language ``code``."""
    return WRITTEN_IN.get(code, "")


@register.filter
def in_language(code):
    """ "in French", the short form for cards."""
    return IN_LANGUAGE.get(code, "")


@register.filter
def ask_for_translation(code):
    """The label of the button asking an organisation for a translation into ``code``."""
    return ASK_FOR.get(code, "")


@register.filter
def indent(depth):
    """Indentation class for an item in a hierarchy, capped so deep trees stay readable on phones."""
    return f"depth-{min(int(depth or 0), 4)}"


# The characters that could end the script element or open markup, escaped as JSON allows.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """schema.org data (a dict, or a list of them) as JSON-LD script elements, one per item.

    A JSON-LD script is a data block that browsers never run, so the CSP has nothing to allow.
    """
    items = data if isinstance(data, list) else [data]
    scripts = []
    for item in items:
        text = json.dumps(item, ensure_ascii=False, cls=DjangoJSONEncoder, separators=(",", ":"))
        scripts.append(f'<script type="application/ld+json">{text.translate(_JSON_SCRIPT_ESCAPES)}</script>')
    return mark_safe("\n".join(scripts))  # noqa: S308


@register.filter
def money(amount, currency=""):
    """``{{ amount|money:currency }}``: "150 000 MAD" with the reader's separators and currency placement."""
    return format_money(amount, currency)


@register.simple_tag
def money_range(low, high, currency=""):
    """``{% money_range low high currency %}``: "10 000 – 50 000 MAD", or one end when only one is known."""
    return format_money_range(low, high, currency)


@register.simple_tag(takes_context=True)
def active_filters(context, facets):
    """The filters in force as removable chips: [{"facet", "label", "remove_url"}], the search words first.

    Drawn from the facets the page already counted, so they cost no query; each link drops one value and the
    page number, keeping everything else.
    """
    query = context["request"].GET
    chips = []

    def without(name, value):
        kept = [(key, item) for key, items in query.lists() for item in items if key != "page"]
        return "?" + urlencode([(key, item) for key, item in kept if (key, item) != (name, value)])

    words = query.get("q", "").strip()
    if words:
        chips.append({"facet": gettext("Search"), "label": words, "remove_url": without("q", query.get("q"))})
    for facet in facets or ():
        for item in facet["items"]:
            if item["selected"]:
                chips.append(
                    {
                        "facet": facet["label"],
                        "label": item["option"].name,
                        "remove_url": without(facet["name"], item["option"].slug),
                    }
                )
    return chips
