"""Markdown from editors and organisations: whatever they paste, no script reaches a reader's browser."""

from html.parser import HTMLParser

import pytest

from directory.richtext import ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, render
from tests.news_helpers import make_article

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<<script>script>alert(1)<</script>/script>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(document.cookie)">',
    '![x](https://evil.example/x.png" onerror="alert(1))',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;&#x61;vascript&#x3A;alert(1))",
    "[click](jav&#x09;ascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<a href="javascript:alert(1)">raw link</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">encoded</a>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "<style>body { display: none }</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<div onclick="alert(1)">click me</div>',
    '**bold** <em onmouseover="alert(1)">hover</em>',
    "<details open ontoggle=alert(1)>",
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html):
    collector = _Collector()
    collector.feed(str(html))
    return collector.elements


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_does_not_survive(payload):
    html = str(render(payload))
    lowered = html.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "onerror" not in lowered and "onload" not in lowered
    for tag, attrs in elements(html):
        assert tag in ALLOWED_TAGS
        assert set(attrs) <= ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}
        if "href" in attrs:
            assert attrs["href"].split(":", 1)[0].lower() in ALLOWED_SCHEMES


def test_editors_formatting_survives():
    html = str(
        render(
            "## Programme\n\nUn **atelier** et une *visite*.\n\n- matin\n- après-midi\n\n"
            "[Inscriptions](https://example.org/inscription) ou [écrire](mailto:contact@example.org)"
        )
    )
    assert "<h2>Programme</h2>" in html
    assert "<strong>atelier</strong>" in html and "<em>visite</em>" in html
    assert "<li>matin</li>" in html
    assert '<a href="https://example.org/inscription" rel="noopener nofollow">Inscriptions</a>' in html
    assert 'href="mailto:contact@example.org"' in html


def test_harmless_allowed_html_in_the_source_is_kept_and_the_rest_dropped():
    assert str(render("Un <strong>mot</strong> et <span class='x'>un autre</span>.")) == (
        "<p>Un <strong>mot</strong> et un autre.</p>"
    )


def test_text_that_looks_like_markup_stays_text():
    assert "a &lt; b" in str(render("a < b and 3 > 2"))


def test_empty_source_renders_nothing():
    assert render("") == ""
    assert render(None) == ""


def test_article_page_with_every_payload_in_its_text_contains_no_script(client, taxonomies):
    article = make_article(title_fr="Charges", summary_fr="Résumé.", body_fr="\n\n".join(PAYLOADS))
    html = client.get(f"/fr/news/{article.slug}/").content.decode().lower()
    assert "<script" not in html
    assert "onerror=" not in html
    assert "javascript:" not in html
    assert "onload=" not in html


def test_title_and_summary_are_plain_text(client, taxonomies):
    article = make_article(
        title_fr='<script>alert("titre")</script> Titre', summary_fr='"><img src=x onerror=alert(1)>'
    )
    html = client.get(f"/fr/news/{article.slug}/").content.decode().lower()
    assert "<script" not in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_article_page_without_summary_uses_the_cleaned_text_for_sharing(client, taxonomies):
    article = make_article(title_fr="Sans résumé", body_fr="\n\n".join(PAYLOADS))
    html = client.get(f"/fr/news/{article.slug}/").content.decode().lower()
    assert "<script" not in html and "onerror=" not in html and "javascript:" not in html
