"""Asking an organisation to translate a text (organisations.translations.ask): a page that says what asking does,
reached by a link under the text, whose form records the wish."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation

from directory.moderation import ModerationStatus
from organisations.models import TranslationRequest
from organisations.translations import WILL_SEE
from tests.news_helpers import make_article, make_event
from tests.opportunity_helpers import make_opportunity


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    cache.clear()


@pytest.fixture
def french_only(published_organisation_with_owner):
    organisation = published_organisation_with_owner
    organisation.description_fr = "Nous accompagnons les femmes de Bni Makada."
    organisation.save()
    return organisation


@pytest.fixture
def texts(french_only):
    """One text of each kind, written in French only by a published organisation."""
    return {
        "organisation": french_only,
        "opportunity": make_opportunity(
            organisation=french_only, title_fr="Bénévoles pour l'alphabétisation"
        ),
        "article": make_article(
            title_fr="Nouvelles de l'association", body_fr="Texte.", submitted_by=french_only
        ),
        "event": make_event(
            start=timezone.now() + datetime.timedelta(days=3),
            title_fr="Portes ouvertes",
            organiser=french_only,
        ),
    }


def ui(language, text):
    with translation.override(language):
        return str(translation.gettext(text))


def url(kind, pk, language="ar"):
    return f"/{language}/translations/ask/{kind}/{pk}/"


def text_url(obj, language="ar"):
    with translation.override(language):
        return obj.get_absolute_url()


# The page ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["organisation", "opportunity", "article", "event"])
def test_the_page_says_what_asking_does_and_offers_the_form(client, texts, kind):
    obj = texts[kind]
    response = client.get(url(kind, obj.pk), {"language": "ar"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{ui('ar', 'Ask for a translation')}</h1>" in html
    with translation.override("ar"):
        assert str(WILL_SEE["ar"]) in html
    form = re.search(r'<form method="post"[^>]*>(.*?)</form>', html, re.S).group(1)
    assert 'name="csrfmiddlewaretoken"' in form
    assert '<input type="hidden" name="language" value="ar">' in form
    assert "اطلب من الجمعية ترجمة إلى العربية" in form
    # The text's title leads back to it, and so does the way out without asking.
    assert html.count(f'href="{text_url(obj)}"') == 2
    assert ui("ar", "Go back to the text without asking") in html
    assert not TranslationRequest.objects.exists()


def test_the_page_is_kept_out_of_search_engines_and_shared_caches(client, french_only):
    response = client.get(url("organisation", french_only.pk), {"language": "ar"})
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("language", ["ar", "fr", "en", "nl", "es"])
def test_the_page_speaks_the_readers_language(client, texts, language):
    html = client.get(url("article", texts["article"].pk, language), {"language": language}).content.decode()
    with translation.override(language):
        assert ui(language, "Ask for a translation") in html
        assert str(WILL_SEE[language]) in html
        assert ui(language, "Go back to the text without asking") in html
    if language != "en":
        assert "Ask for a translation" not in html
        assert "The organisation will see" not in html


def test_the_page_names_the_language_asked_for_whatever_the_pages_language(client, french_only):
    html = client.get(url("organisation", french_only.pk, "fr"), {"language": "nl"}).content.decode()
    with translation.override("fr"):
        assert str(WILL_SEE["nl"]) in html
    assert '<input type="hidden" name="language" value="nl">' in html


# What is not found, on the page and in the form alike -----------------------------------------------------------


def _unpublished_text(french_only, make_organisation):
    draft = make_organisation(name_fr="Brouillon", status=ModerationStatus.DRAFT)
    return "organisation", draft.pk


def _text_by_an_unpublished_organisation(french_only, make_organisation):
    draft = make_organisation(name_fr="Brouillon", status=ModerationStatus.DRAFT)
    return "article", make_article(title_fr="Par un brouillon", submitted_by=draft).pk


def _text_by_a_funder_outside_the_directory(french_only, make_organisation):
    return "opportunity", make_opportunity(title_fr="Bourse").pk


def _unknown_kind(french_only, make_organisation):
    return "planet", french_only.pk


def _no_such_text(french_only, make_organisation):
    return "event", 999_999


NOT_FOUND = [
    _unpublished_text,
    _text_by_an_unpublished_organisation,
    _text_by_a_funder_outside_the_directory,
    _unknown_kind,
    _no_such_text,
]


@pytest.mark.parametrize("case", NOT_FOUND, ids=lambda case: case.__name__.strip("_"))
def test_texts_that_cannot_be_asked_about_are_not_found(client, french_only, make_organisation, case):
    kind, pk = case(french_only, make_organisation)
    assert client.get(url(kind, pk), {"language": "ar"}).status_code == 404
    assert client.post(url(kind, pk), {"language": "ar"}).status_code == 404
    assert not TranslationRequest.objects.exists()


@pytest.mark.parametrize("language", ["xx", "", "AR", "ar-ma"])
def test_a_language_the_site_does_not_have_is_refused(client, french_only, language):
    assert client.get(url("organisation", french_only.pk), {"language": language}).status_code == 404
    assert client.post(url("organisation", french_only.pk), {"language": language}).status_code == 404
    assert not TranslationRequest.objects.exists()


def test_without_a_language_nothing_is_asked(client, french_only):
    assert client.get(url("organisation", french_only.pk)).status_code == 404
    assert client.post(url("organisation", french_only.pk)).status_code == 404
    assert not TranslationRequest.objects.exists()


def test_the_language_is_taken_from_the_form_not_the_address(client, french_only):
    # A posted form says what it asks for; a language left in the address is not a second way to ask.
    response = client.post(f"{url('organisation', french_only.pk)}?language=ar")
    assert response.status_code == 404
    assert not TranslationRequest.objects.exists()


# The form ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["organisation", "opportunity", "article", "event"])
def test_asking_records_the_wish_and_returns_to_the_text(client, texts, kind):
    obj = texts[kind]
    response = client.post(url(kind, obj.pk), {"language": "ar"})
    assert response.status_code == 302
    assert response["Location"] == text_url(obj)
    request = TranslationRequest.objects.get()
    assert (request.organisation, request.content_object, request.language) == (
        texts["organisation"],
        obj,
        "ar",
    )
    thanks = client.get(response["Location"]).content.decode()
    assert ui(
        "ar", "Thank you. The organisation will see that readers would like this text in your language."
    ) in (thanks)


def test_a_reader_goes_from_the_page_to_the_request_with_a_checked_token(french_only):
    reader = Client(enforce_csrf_checks=True)
    page = reader.get(url("organisation", french_only.pk), {"language": "ar"}).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = reader.post(
        url("organisation", french_only.pk), {"language": "ar", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert TranslationRequest.objects.count() == 1


def test_a_request_without_the_token_is_refused(french_only):
    # Another site cannot make its visitors ask in their name: the form is CSRF-protected like every other.
    stranger = Client(enforce_csrf_checks=True)
    response = stranger.post(url("organisation", french_only.pk), {"language": "ar"})
    assert response.status_code == 403
    assert not TranslationRequest.objects.exists()


def test_other_methods_are_not_allowed(client, french_only):
    assert client.put(url("organisation", french_only.pk), {"language": "ar"}).status_code == 405
    assert client.delete(url("organisation", french_only.pk)).status_code == 405


def test_asking_is_rate_limited_like_other_public_forms(client, french_only):
    address = url("organisation", french_only.pk)
    statuses = [client.post(address, {"language": "ar"}).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    assert TranslationRequest.objects.count() == 5


def test_reading_the_page_does_not_count_against_the_limit(client, french_only):
    address = url("organisation", french_only.pk)
    for _ in range(6):
        assert client.get(address, {"language": "ar"}).status_code == 200
    assert client.post(address, {"language": "ar"}).status_code == 302
