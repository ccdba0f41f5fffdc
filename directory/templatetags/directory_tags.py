import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi, get_language_info

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
