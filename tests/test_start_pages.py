"""The "Start and grow" section: the comparison of legal forms, a guide, and their visibility."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, translation
from django.utils.html import escape

from directory.moderation import ModerationStatus
from news.start.models import Fact, Guide, Office
from news.start.seed import FACTS, GUIDES

LANGUAGES = ["ar", "fr", "en", "nl", "es"]
INDEX = "/{}/start/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_section_starts_with_a_guide_per_form(db):
    assert list(Guide.objects.public().values_list("slug", flat=True)) == [g["slug"] for g in GUIDES]
    assert Fact.objects.count() == len(FACTS)


def test_every_published_fact_names_a_source_and_a_checking_date(db):
    """The rule of the section: a fact nobody can trace to an official text is not published."""
    facts = Fact.objects.filter(guide__status=ModerationStatus.PUBLISHED)
    assert facts.exists()
    for fact in facts:
        fact.full_clean()
        assert fact.source_url.startswith("https://"), fact
        assert all(getattr(fact, f"source_name_{code}") for code in LANGUAGES), fact
        assert all(getattr(fact, f"text_{code}") for code in LANGUAGES), fact
        assert isinstance(fact.checked_on, datetime.date), fact


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_comparison_shows_each_fact_with_its_source_and_checking_date(client, db, code):
    page = html(client, INDEX.format(code))
    with translation.override(code):
        for fact in Fact.objects.filter(guide__status=ModerationStatus.PUBLISHED):
            assert escape(getattr(fact, f"text_{code}")) in page
            assert f'href="{fact.source_url}"' in page
            assert escape(getattr(fact, f"source_name_{code}")) in page
            assert f'<time datetime="{fact.checked_on:%Y-%m-%d}">' in page
            assert formats.date_format(fact.checked_on, "DATE_FORMAT") in page
        assert escape(translation.gettext("Guidance, not legal advice.")) in page
        assert "<caption>" in page and '<th scope="col">' in page and '<th scope="row">' in page


def test_a_cell_nobody_checked_says_so_rather_than_guess(client, db):
    page = html(client, "/en/start/")
    # No fact about costs was checked for any form: the row is there, every cell says "not checked yet".
    row = page.split('<th scope="row">Cost</th>')[1].split("</tr>")[0]
    assert row.count("Not checked yet") == len(GUIDES)


def test_a_fact_without_a_source_or_date_cannot_be_saved(db):
    guide = Guide.objects.get(slug="association")
    fact = Fact(guide=guide, topic=Fact.Topic.COST, text_fr="Gratuit.", checked_on=datetime.date(2026, 1, 5))
    with pytest.raises(ValidationError) as error:
        fact.full_clean()
    assert {"source_url", "source_name_fr"} <= error.value.message_dict.keys()
    with pytest.raises(ValidationError) as error:
        Fact(
            guide=guide,
            topic=Fact.Topic.COST,
            text_fr="Gratuit.",
            source_name_fr="Loi",
            source_url="https://sgg.gov.ma/",
        ).full_clean()
    assert "checked_on" in error.value.message_dict
    with transaction.atomic(), pytest.raises(IntegrityError):
        Fact.objects.create(
            guide=guide, topic=Fact.Topic.COST, text_fr="Gratuit.", checked_on=datetime.date(2026, 1, 5)
        )


def test_a_fact_cannot_be_checked_in_the_future(db):
    fact = Fact.objects.first()
    fact.checked_on = datetime.date.today() + datetime.timedelta(days=2)
    with pytest.raises(ValidationError) as error:
        fact.full_clean()
    assert "checked_on" in error.value.message_dict


def test_an_unpublished_guide_is_neither_compared_nor_shown(client, db):
    Guide.objects.filter(slug="cooperative").update(status=ModerationStatus.DRAFT)
    page = html(client, "/fr/start/")
    assert "/fr/start/cooperative/" not in page
    assert "se réunissent pour créer une entreprise" not in page
    assert client.get("/fr/start/cooperative/").status_code == 404
    assert client.get("/fr/start/cooperative/ask/").status_code in (302, 404)


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_guide_reads_in_every_language(client, db, code):
    guide = Guide.objects.get(slug="cooperative")
    page = html(client, f"/{code}/start/cooperative/")
    assert f'<h1 lang="{code}"' in page and escape(getattr(guide, f"title_{code}")) in page
    assert "not been translated" not in page
    with translation.override(code):
        assert escape(translation.gettext("Where to go in Tangier")) in page


def test_a_guide_links_into_the_directory(client, db):
    page = html(client, "/fr/start/cooperative/")
    assert 'href="/fr/opportunities/?kind=training&amp;open_to=cooperative"' in page
    assert 'href="/fr/opportunities/?kind=funding&amp;open_to=cooperative"' in page
    assert 'href="/fr/organisations/?sector=starter-support"' in page
    assert 'href="/fr/start/cooperative/ask/"' in page


def office(**fields):
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    fields.setdefault("name_fr", "Caïdat de Bni Makada")
    fields.setdefault("address_fr", "Avenue exemple, Tanger")
    fields.setdefault("hours_fr", "Du lundi au vendredi, 8h30–16h30")
    found = Office(**fields)
    found.full_clean()
    found.save()
    return found


def test_a_guide_lists_its_published_offices_only(client, db):
    guide = Guide.objects.get(slug="association")
    shown = office(phone="+212 539 00 00 00", url="https://example.org")
    hidden = office(name_fr="Pachalik en attente", status=ModerationStatus.PENDING)
    guide.offices.set([shown, hidden])
    page = html(client, "/fr/start/association/")
    assert "Caïdat de Bni Makada" in page and "Du lundi au vendredi" in page
    assert 'href="tel:+212539000000"' in page
    assert "Pachalik en attente" not in page


def test_an_office_needs_a_name_an_address_and_hours(db):
    with pytest.raises(ValidationError) as error:
        Office(name_fr="Caïdat").full_clean()
    assert {"address_fr", "hours_fr"} <= error.value.message_dict.keys()


def test_the_section_is_in_the_menu_the_footer_and_the_about_pages(client, db):
    page = html(client, "/nl/about/mission/")
    assert page.count('href="/nl/start/"') == 3


def test_comparison_query_count_is_pinned(assert_page_queries, db):
    guide = Guide.objects.get(slug="association")
    for n in range(6):
        Fact.objects.create(
            guide=guide,
            topic=Fact.Topic.COST,
            text_fr=f"Fait {n}",
            source_name_fr="Source",
            source_url="https://www.sgg.gov.ma/",
            checked_on=datetime.date(2026, 12, 1),
        )
    # Guides, their facts, the footer's about pages.
    assert_page_queries("/fr/start/", cold=3, warm=3)


def test_guide_query_count_is_pinned(assert_page_queries, db):
    guide = Guide.objects.get(slug="association")
    guide.offices.set([office(name_fr=f"Bureau {n}") for n in range(5)])
    # The guide with its legal form, its facts, its offices, the footer's about pages.
    assert_page_queries("/fr/start/association/", cold=4, warm=4)


def test_the_sitemap_lists_the_section_and_its_published_guides(client, db):
    Guide.objects.filter(slug="company").update(status=ModerationStatus.DRAFT)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-start.xml" in index
    guides = client.get("/sitemap-start.xml").content.decode()
    pages = client.get("/sitemap-pages.xml").content.decode()
    for code in LANGUAGES:
        assert f"http://testserver/{code}/start/cooperative/" in guides
        assert f"http://testserver/{code}/start/company/" not in guides
        assert f"http://testserver/{code}/start/" in pages
