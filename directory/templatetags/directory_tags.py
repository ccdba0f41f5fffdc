from urllib.parse import urlencode

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_bidi, get_language_info, gettext

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


@register.filter
def indent(depth):
    """Indentation class for an item in a hierarchy, capped so deep trees stay readable on phones."""
    return f"depth-{min(int(depth or 0), 4)}"


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
