"""Safe rich text: Markdown written by editors, rendered to HTML and cleaned with an allow-list.

Whatever the input, no script, style, event handler or javascript: link reaches a page. Raw HTML in the
Markdown source is escaped, and the rendered HTML passes through nh3 (Ammonia) with a short allow-list.
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


class _EscapeHtml(markdown.Extension):
    def extendMarkdown(self, md):  # noqa: N802 -- the Markdown API's name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render(source):
    """Markdown source → cleaned HTML, marked safe for templates."""
    if not source:
        return ""
    html = markdown.markdown(source, extensions=[_EscapeHtml()], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 -- cleaned by nh3 just above
