"""Text shown in another language than the page's says so, carries its own lang/dir, and readers can ask its
author for a translation that the organisation then sees on its dashboard."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from organisations.models import Membership
from tests.news_helpers import make_article, make_event
from tests.opportunity_helpers import make_opportunity


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    cache.clear()


@pytest.fixture
def french_only(published_organisation_with_owner):
    organisation = published_organisation_with_owner
    organisation.description_fr = "Nous accompagnons les femmes de Bni Makada."
    organisation.mission_fr = "L'autonomie des femmes."
    organisation.save()
    return organisation


def test_profile_in_french_says_so_on_an_arabic_page(client, french_only):
    html = client.get(f"/ar/organisations/{french_only.slug}/").content.decode()
    assert "مكتوب بالفرنسية." in html
    assert '<div class="prose" lang="fr" dir="ltr">' in html
    # A link to the page that asks (tests/test_ask_translation.py), not a form: no CSRF token on a cached page.
    assert f'href="/ar/translations/ask/organisation/{french_only.pk}/?language=ar"' in html
    assert "اطلب من الجمعية ترجمة إلى العربية" in html
    assert "csrfmiddlewaretoken" not in html


def test_profile_in_arabic_says_so_on_a_dutch_page_with_right_to_left_text(client, make_organisation):
    organisation = make_organisation(name_ar="جمعية النور", description_ar="نساعد الأطفال على القراءة.")
    html = client.get(f"/nl/organisations/{organisation.slug}/").content.decode()
    assert "Geschreven in het Arabisch." in html
    assert '<div class="prose" lang="ar" dir="rtl">' in html


def test_text_in_the_readers_language_carries_no_note(client, french_only):
    html = client.get(f"/fr/organisations/{french_only.slug}/").content.decode()
    assert 'class="lang-note"' not in html
    assert "translations/ask" not in html


def test_opportunity_detail_and_card_say_which_language(client, french_only):
    opportunity = make_opportunity(
        organisation=french_only, title_fr="Bénévoles pour l'alphabétisation", description_fr="Deux soirs."
    )
    detail = client.get(f"/es/opportunities/{opportunity.slug}/").content.decode()
    assert "Escrito en francés." in detail
    assert '<div class="prose" lang="fr" dir="ltr">' in detail
    assert f'href="/es/translations/ask/opportunity/{opportunity.pk}/?language=es"' in detail
    listing = client.get("/es/opportunities/").content.decode()
    assert '<bdi lang="fr" dir="ltr">Bénévoles pour l&#x27;alphabétisation</bdi>' in listing
    assert '<p class="lang-note">en francés</p>' in listing


def test_funder_outside_the_directory_gets_a_note_but_no_request_button(client, taxonomies):
    opportunity = make_opportunity(title_fr="Bourse", description_fr="Pour les associations.")
    html = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()
    assert "Written in French." in html
    assert "translations/ask" not in html


def test_event_card_and_article_notice_offer_the_request(client, french_only):
    start = timezone.now() + datetime.timedelta(days=3)
    event = make_event(start=start, title_fr="Portes ouvertes", organiser=french_only)
    article = make_article(title_fr="Nouvelles de l'association", body_fr="Texte.", submitted_by=french_only)
    events = client.get("/ar/events/").content.decode()
    assert '<span class="lang-note">بالفرنسية</span>' in events
    detail = client.get(f"/ar/news/{article.slug}/").content.decode()
    assert f'href="/ar/translations/ask/article/{article.pk}/?language=ar"' in detail
    event_page = client.get(event.get_absolute_url().replace("/fr/", "/ar/", 1)).content.decode()
    assert f'href="/ar/translations/ask/event/{event.pk}/?language=ar"' in event_page


# Asking itself: tests/test_ask_translation.py.


def test_owner_sees_which_texts_lack_which_language_and_who_asked(client, french_only, owner):
    make_opportunity(organisation=french_only, title_fr="Bénévoles", title_ar="متطوعون")
    for _ in range(2):
        client.post(f"/nl/translations/ask/organisation/{french_only.pk}/", {"language": "nl"})
    client.force_login(owner)
    html = client.get(f"/en/dashboard/organisations/{french_only.slug}/translations/").content.decode()
    assert "2 translation requests from readers so far." in html
    rows = html.split("<tbody>")[1]
    # The profile's description is only in French: four languages missing, Dutch asked for twice.
    assert "Dutch <strong>(2 requests)</strong>" in rows
    assert "Opportunity: <bdi>Bénévoles</bdi>" in rows
    dashboard = client.get("/en/dashboard/").content.decode()
    assert "Translations (2 requests)" in dashboard


def test_other_members_and_strangers_do_not_see_the_requests(
    client, french_only, other_owner, make_organisation
):
    theirs = make_organisation(name_fr="Autre")
    Membership.objects.create(organisation=theirs, user=other_owner, role=Membership.Role.OWNER)
    url = f"/en/dashboard/organisations/{french_only.slug}/translations/"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(other_owner)
    assert client.get(url).status_code == 404
