"""A missing page and a server error answer in the reader's language, with a way back into the site."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from directory.moderation import ModerationStatus

NOT_FOUND = {
    "ar": "الصفحة غير موجودة",
    "fr": "Page introuvable",
    "en": "Page not found",
    "nl": "Pagina niet gevonden",
    "es": "Página no encontrada",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", NOT_FOUND)
def test_a_missing_page_says_so_in_the_readers_language_and_offers_a_search(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{NOT_FOUND[language]}</h1>" in html
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert f'action="/{language}/organisations/"' in html
    assert '<meta name="robots" content="noindex">' in html
    # The language switcher leads to the same missing address in the other languages, not back to this one.
    other = "fr" if language != "fr" else "ar"
    assert f'href="/{other}/no-such-page/" hreflang="{other}"' in html


@pytest.mark.django_db
def test_an_unpublished_profile_is_the_same_missing_page(client, make_organisation):
    pending = make_organisation(name_fr="Association en attente", status=ModerationStatus.PENDING)
    response = client.get(f"/fr/organisations/{pending.slug}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page introuvable</h1>" in html
    assert "Association en attente" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [("ar", "حدث خطأ ما"), ("fr", "Une erreur est survenue"), ("nl", "Er is iets misgegaan")],
)
def test_a_server_error_page_speaks_the_readers_language_without_the_database(
    django_assert_num_queries, language, heading
):
    with translation.override(language), django_assert_num_queries(0):
        response = server_error(RequestFactory().get(f"/{language}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert f'<a href="/{language}/">' in html


@pytest.mark.django_db
def test_a_missing_page_costs_no_query_for_an_anonymous_reader(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/fr/no-such-page/").status_code == 404
    # "/" is first a missing page, then LocaleMiddleware's redirect to the reader's language.
    with django_assert_num_queries(0):
        assert client.get("/")["Location"] == "/fr/"
