"""Safe rich text: Markdown written by editors, rendered to HTML and cleaned with an allow-list.

Whatever the input, no script, style, event handler or javascript: link reaches a page. The rendered HTML,
raw HTML in the source included, passes through nh3 (Ammonia) with a short allow-list: allowed tags stay,
others are dropped, and script-like ones with their content. Escaping raw HTML instead would print a pasted
``<img onerror=…>`` as visible text, which readers take for a broken page.
"""

import markdown
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "a",
    "em",
    "strong",
    "blockquote",
    "code",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
# Dropped with everything inside them, not just unwrapped: their content is code or foreign markup, not text.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "template",
    "noscript",
    "textarea",
    "svg",
    "math",
}


def render(source):
    """Markdown source → cleaned HTML, marked safe for templates."""
    if not source:
        return ""
    html = markdown.markdown(source, output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 -- cleaned by nh3 just above
