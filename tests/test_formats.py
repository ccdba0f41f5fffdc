"""Dates, times and amounts as readers in Morocco expect them, in each of the five languages."""

import datetime
import io
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.utils import timezone, translation

from news.models import Event
from opportunities.models import Opportunity
from tests.format_helpers import MOROCCAN_MONTHS
from tests.news_helpers import make_article, make_event
from tests.opportunity_helpers import make_opportunity

CASABLANCA = ZoneInfo("Africa/Casablanca")
# 3 December, a day that reads as 12 March when the month comes first.
DEADLINE = datetime.datetime(2026, 12, 3, 18, 0, tzinfo=CASABLANCA)
LANGUAGES = ["ar", "fr", "en", "nl", "es"]
# "12/03/2026", "12-3-2026", "12.03.26": a numeric date, whichever comes first, is ambiguous to someone.
NUMERIC_DATE = re.compile(r"(?<![\d.,])\d{1,2}[/.\-‏]{1,2}\d{1,2}[/.\-‏]{1,2}\d{2,4}(?![\d.,])")

RENDER = Template(
    "{% load directory_tags %}"
    '{{ when|date:"DATE_FORMAT" }}|{{ when|time:"TIME_FORMAT" }}|{{ when|date:"SHORT_DATETIME_FORMAT" }}|'
    '{{ amount|money:"MAD" }}|{{ amount|money:"EUR" }}|{% money_range low amount "MAD" %}'
)


@pytest.mark.parametrize(
    ("code", "date", "short", "mad", "eur", "span"),
    [
        ("ar", "3 دجنبر 2026", "3 دجنبر 2026، 18:00", "150.000\xa0MAD", "150.000\xa0EUR", "12.500,50\u2009–\u2009150.000\xa0MAD"),
        ("fr", "3 décembre 2026", "3 déc. 2026 18:00", "150\xa0000\xa0MAD", "150\xa0000\xa0EUR", "12\xa0500,50\u2009–\u2009150\xa0000\xa0MAD"),
        ("en", "3 December 2026", "3 Dec 2026, 18:00", "MAD\xa0150,000", "EUR\xa0150,000", "MAD\xa012,500.50\u2009–\u2009150,000"),
        ("nl", "3 december 2026", "3 dec 2026 18:00", "MAD\xa0150.000", "EUR\xa0150.000", "MAD\xa012.500,50\u2009–\u2009150.000"),
        ("es", "3 de diciembre de 2026", "3 dic. 2026, 18:00", "150.000\xa0MAD", "150.000\xa0EUR", "12.500,50\u2009–\u2009150.000\xa0MAD"),
    ],
)  # fmt: skip
def test_known_date_time_and_amount_render_as_the_language_expects(code, date, short, mad, eur, span):
    context = Context({"when": DEADLINE, "amount": Decimal("150000"), "low": Decimal("12500.50")})
    with translation.override(code):
        assert RENDER.render(context).split("|") == [date, "18:00", short, mad, eur, span]


def test_arabic_uses_the_moroccan_month_names_in_every_form():
    with translation.override("ar"):
        for month, name in enumerate(MOROCCAN_MONTHS, start=1):
            day = datetime.date(2026, month, 3)
            rendered = Template('{{ d|date:"F" }}|{{ d|date:"N" }}|{{ d|date:"E" }}|{{ d|date:"M" }}').render(
                Context({"d": day})
            )
            assert rendered == "|".join([name] * 4), month
    with translation.override("ar"):
        text = Template('{{ d|date:"DATE_FORMAT" }}').render(Context({"d": datetime.date(2026, 5, 3)}))
    assert text == "3 ماي 2026"
    assert "مايو" not in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_times_use_the_24_hour_clock(code):
    with translation.override(code):
        text = Template('{{ d|date:"DATETIME_FORMAT" }}').render(Context({"d": DEADLINE}))
    assert "18:00" in text
    assert not re.search(r"\b6\b|p\.m\.|PM|\bم\b", text), text


def test_an_amount_without_a_currency_keeps_its_separators():
    with translation.override("fr"):
        assert Template("{% load directory_tags %}{{ 2500000|money }}").render(Context()) == "2\xa0500\xa0000"


@pytest.fixture
def first_of_december(db, monkeypatch):
    """Now is the first of December 2026, from the records' creation on: the deadline of the 3rd is open and in
    the overview's 30-day table, whatever the day the tests run. The maintained counts keep a clock of their own,
    set when the test database was made (on the real day): it is set back with them."""
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 12, 1, 9, tzinfo=CASABLANCA))
    call_command("recount", stdout=io.StringIO())


@pytest.fixture
def pages(first_of_december, taxonomies, make_organisation):
    """The public pages that show dates and amounts, each with a record dated 3 December."""
    organisation = make_organisation(name_fr="Association Al Amal", sectors=["education"])
    opportunity = make_opportunity(
        organisation=organisation,
        title_fr="Fonds pour les écoles",
        sectors=["education"],
        deadline=DEADLINE,
        amount_min=Decimal("10000"),
        amount_max=Decimal("150000"),
        currency=Opportunity.Currency.MAD,
    )
    make_event(start=DEADLINE, title_fr="Forum des associations")
    article = make_article(
        title_fr="Nouvelles du quartier",
        organisations=[organisation],
        publish_at=datetime.datetime(2026, 11, 20, 10, tzinfo=CASABLANCA),
    )
    event = Event.objects.get()
    return [
        "/{}/",
        "/{}/overview/",
        "/{}/opportunities/",
        "/{}/opportunities/" + opportunity.slug + "/",
        "/{}/events/",
        "/{}/news/",
        event.get_absolute_url().replace("/fr/", "/{}/", 1),
        article.get_absolute_url().replace("/fr/", "/{}/", 1),
        organisation.get_absolute_url().replace("/fr/", "/{}/", 1),
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_page_shows_a_numeric_date(client, pages, code):
    for template in pages:
        url = template.format(code)
        response = client.get(url)
        assert response.status_code == 200, url
        # Only what the reader sees: machine-readable values in attributes (datetime="2026-12-03…") are fine.
        text = re.sub(r"<[^>]*>", " ", response.content.decode())
        assert not NUMERIC_DATE.findall(text), (url, NUMERIC_DATE.findall(text))


@pytest.mark.parametrize(
    ("code", "deadline", "amount", "total"),
    [
        ("ar", "3 دجنبر 2026، 18:00", "10.000\u2009–\u2009150.000\xa0MAD", "150.000\xa0MAD"),
        ("fr", "3 déc. 2026 18:00", "10\xa0000\u2009–\u2009150\xa0000\xa0MAD", "150\xa0000\xa0MAD"),
        ("en", "3 Dec 2026, 18:00", "MAD\xa010,000\u2009–\u2009150,000", "MAD\xa0150,000"),
        ("nl", "3 dec 2026 18:00", "MAD\xa010.000\u2009–\u2009150.000", "MAD\xa0150.000"),
        ("es", "3 dic. 2026, 18:00", "10.000\u2009–\u2009150.000\xa0MAD", "150.000\xa0MAD"),
    ],
)
def test_deadlines_and_amounts_on_the_pages_carry_month_names_separators_and_currency(
    client, pages, code, deadline, amount, total
):
    overview = client.get(f"/{code}/overview/").content.decode()
    assert deadline in overview
    assert total in overview  # the funding table's total for education
    detail = client.get(pages[3].format(code)).content.decode()
    assert amount in detail
