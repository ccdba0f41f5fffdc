"""News, events and the newsletter in a real browser: reading in Arabic, subscribing, accessibility."""

import datetime
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Subscriber
from news.seed import seed_all
from tests.browser.conftest import sector_name, ui
from tests.news_helpers import make_article, make_event

pytestmark = pytest.mark.browser

ARABIC_TITLE = "شراكة جديدة لدعم القراءة في بني مكادة"
FRENCH_ONLY_TITLE = "Journée portes ouvertes des associations"


@pytest.fixture
def news(make_organisation):
    """An article in Arabic and French, one only in French, and an upcoming event on the map."""
    # The categories come from a data migration, which a transactional test's flush removes.
    seed_all()
    amal = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل", areas=["bni-makada"])
    return {
        "arabic": make_article(
            title_ar=ARABIC_TITLE,
            title_fr="Un nouveau partenariat pour la lecture à Bni Makada",
            summary_ar="جمعية الأمل ومكتبة المدينة توقعان اتفاقية شراكة.",
            summary_fr="L'association Al Amal et la médiathèque signent une convention.",
            body_ar="ورشات **أسبوعية** للقراءة لفائدة أطفال الحي.",
            body_fr="Des ateliers de lecture **chaque semaine** pour les enfants du quartier.",
            categories=["partnerships"],
            areas=["bni-makada"],
            organisations=[amal],
        ),
        "french": make_article(
            title_fr=FRENCH_ONLY_TITLE,
            summary_fr="Les associations de la médina ouvrent leurs portes samedi.",
            body_fr="Venez rencontrer les bénévoles.",
            categories=["project-news"],
        ),
        "event": make_event(
            start=timezone.now() + datetime.timedelta(days=10),
            title_ar="يوم مفتوح للجمعيات",
            title_fr="Journée des associations",
            description_ar="لقاء مع المتطوعين في ساحة 9 أبريل.",
            description_fr="Rencontre avec les bénévoles, place du 9 Avril.",
            latitude=Decimal("35.785556"),
            longitude=Decimal("-5.812778"),
            organiser=amal,
            sectors=["education"],
        ),
    }


def test_reads_news_in_arabic_and_subscribes(page, live_server, news):
    language = "ar"
    page.goto(f"/{language}/news/")
    expect(page.get_by_role("link", name=ARABIC_TITLE)).to_have_attribute("lang", "ar")
    # The French-only article is listed in French, marked as such for screen readers and the reader.
    french = page.locator(".card.article", has_text=FRENCH_ONLY_TITLE)
    expect(french.get_by_role("link", name=FRENCH_ONLY_TITLE)).to_have_attribute("lang", "fr")
    expect(french.locator(".meta")).to_contain_text(ui(language, "French"))

    french.get_by_role("link", name=FRENCH_ONLY_TITLE).click()
    expect(page.get_by_role("note")).to_contain_text(ui(language, "French"))
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "fr")
    expect(page.locator(".news-article > div[lang='fr']")).to_contain_text("Venez rencontrer les bénévoles.")

    page.goto(f"/{language}/news/")
    page.get_by_role("link", name=ARABIC_TITLE).click()
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(ARABIC_TITLE)
    expect(page.get_by_role("note")).to_have_count(0)
    expect(page.locator(".prose strong")).to_have_text("أسبوعية")

    page.goto(f"/{language}/newsletter/")
    page.get_by_role("textbox", name=ui(language, "E-mail address")).fill("Salma@Example.org")
    page.get_by_role("checkbox", name=sector_name(language, "education"), exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Subscribe")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ui(language, "Check your e-mail"))
    assert not Subscriber.objects.exists(), "nobody is subscribed before following the link"

    (message,) = mail.outbox
    assert message.to == ["salma@example.org"]
    # The confirmation token is long, so the mail carries a short link that redirects to it.
    (link,) = [word for word in message.body.split() if word.startswith("http")]
    # The link points at the configured site; the same path on the test server is what a reader would open.
    page.goto(urlsplit(link).path)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Yes, subscribe me")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ui(language, "You are subscribed"))

    subscriber = Subscriber.objects.active().get(email="salma@example.org")
    assert subscriber.language == language
    assert list(subscriber.sectors.values_list("slug", flat=True)) == ["education"]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_news_event_and_newsletter_pages_pass_axe(page, live_server, news, assert_accessible, language):
    for url in (
        f"/{language}/news/",
        f"/{language}/news/{news['arabic'].slug}/",
        f"/{language}/news/{news['french'].slug}/",
        f"/{language}/events/",
        f"/{language}/events/{news['event'].slug}/",
        f"/{language}/newsletter/",
    ):
        assert page.goto(url).ok, url
        assert_accessible(page)
    # Sent empty: the errors are announced, and the page stays clean.
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Subscribe")).click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)
