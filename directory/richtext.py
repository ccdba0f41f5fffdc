"""Safe rich text: Markdown written by editors, rendered to HTML and cleaned with an allow-list.

Whatever the input, no script, style, event handler or javascript: link reaches a page. The rendered HTML,
raw HTML in the source included, passes through nh3 (Ammonia) with a short allow-list: allowed tags stay,
others are dropped, and script-like ones with their content. Escaping raw HTML instead would print a pasted
``<img onerror=…>`` as visible text, which readers take for a broken page.
"""

import html

import markdown
import nh3
from django.utils.html import linebreaks, strip_tags
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


def clean(html):
    """Any HTML → the allow-listed subset, marked safe for templates."""
    if not html:
        return ""
    cleaned = nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 -- cleaned by nh3 just above


def render(source):
    """Markdown source → cleaned HTML, marked safe for templates."""
    if not source:
        return ""
    return clean(markdown.markdown(source, output_format="html"))


def render_text(text):
    """Plain text (a summary, an opportunity's description) → paragraphs of escaped, cleaned HTML."""
    return clean(linebreaks(text, autoescape=True)) if text else ""


def shows_text(html):
    """Whether cleaned HTML shows any words: a body made only of a script renders to nothing."""
    return bool(strip_tags(html).strip())


# Markup hidden behind entities ("&lt;script&gt;") turns into markup once a reader decodes it; a few rounds
# strip every level a realistic payload uses.
PLAIN_TEXT_ROUNDS = 5


def plain_text(value):
    """Any text → plain text with no markup left in it, for places that show text as it is (feed titles,
    calendar entries) but whose readers may still render HTML: tags are dropped (scripts with their content),
    entities decoded, until nothing changes."""
    text = str(value or "")
    for _round in range(PLAIN_TEXT_ROUNDS):
        stripped = html.unescape(nh3.clean(text, tags=set(), clean_content_tags=DROPPED_WITH_CONTENT))
        if stripped == text:
            break
        text = stripped
    return text
