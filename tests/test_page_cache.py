"""Anonymous readers get public pages from the cache until the data they show changes (directory.caching)."""

import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone, translation

from directory.caching import public_page
from directory.models import Tally
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from directory.search import search_reindex_deferred
from news.models import Subscriber
from organisations.models import Membership, Organisation
from tests.news_helpers import make_article, make_event, make_project
from tests.opportunity_helpers import make_opportunity

LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}}


@pytest.fixture
def page_cache(settings, frozen_clock):
    """The page cache on, in this process's memory: a page served from it costs no query at all. The clock is
    stopped, so that pages cached per minute do not roll over between two requests."""
    settings.PAGE_CACHE = True
    settings.CACHES = LOCAL_MEMORY
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def nour(make_organisation):
    return make_organisation(
        name_fr="Association Nour",
        name_en="Nour Association",
        description_fr="Soutien scolaire.",
        description_en="Homework help.",
        sectors=["education"],
    )


def test_a_second_anonymous_visit_costs_no_query(client, page_cache, nour, django_assert_num_queries):
    first = client.get("/fr/organisations/", {"sector": "education"})
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    with django_assert_num_queries(0):
        second = client.get("/fr/organisations/", {"sector": "education"})
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_on_the_database_cache_a_cached_page_costs_two_queries(
    client, settings, frozen_clock, nour, django_assert_num_queries
):
    settings.PAGE_CACHE = True
    cache.clear()
    client.get(f"/fr/organisations/{nour.slug}/")
    # The versions of what the page shows, and the page.
    with django_assert_num_queries(2):
        assert "Association Nour" in client.get(f"/fr/organisations/{nour.slug}/").content.decode()


def test_every_filter_combination_is_a_page_of_its_own(client, page_cache, nour, make_organisation):
    make_organisation(name_fr="Association Bahr", sectors=["environment"])
    assert (
        "Association Bahr" not in client.get("/fr/organisations/", {"sector": "education"}).content.decode()
    )
    assert "Association Bahr" in client.get("/fr/organisations/", {"sector": "environment"}).content.decode()


def test_a_conditional_request_for_an_unchanged_page_is_answered_304(client, page_cache, nour):
    url = f"/fr/organisations/{nour.slug}/"
    first = client.get(url)
    assert first["ETag"] and first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    nour.name_fr = "Association Nour Tanger"
    nour.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_the_same_headers_make_304s_with_the_page_cache_off(client, settings, nour):
    settings.PAGE_CACHE = False
    first = client.get("/fr/organisations/")
    assert "public" in first["Cache-Control"]
    assert client.get("/fr/organisations/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_logged_in_member_is_never_served_the_cached_page(client, page_cache, nour, citizen):
    anonymous = client.get("/fr/organisations/")
    client.force_login(citizen)
    member = client.get("/fr/organisations/")
    assert member.content != anonymous.content
    assert "private" in member["Cache-Control"]
    client.logout()
    assert client.get("/fr/organisations/").content == anonymous.content


def test_a_moderators_approval_shows_at_once_on_the_list_and_the_profile(client, page_cache, nour, moderator):
    nour.status = ModerationStatus.PENDING
    nour.save()
    assert "Association Nour" not in client.get("/fr/organisations/").content.decode()
    assert client.get(f"/fr/organisations/{nour.slug}/").status_code == 404
    assert client.get("/fr/").status_code == 200

    moderation_decide(obj=nour, to_status=ModerationStatus.PUBLISHED, actor=moderator)

    assert "Association Nour" in client.get("/fr/organisations/").content.decode()
    assert client.get(f"/fr/organisations/{nour.slug}/").status_code == 200
    assert "Association Nour" in client.get("/fr/").content.decode()


def test_an_owners_approved_change_replaces_the_cached_profile(client, page_cache, nour, owner, moderator):
    Membership.objects.create(organisation=nour, user=owner, role=Membership.Role.OWNER)
    url = f"/fr/organisations/{nour.slug}/"
    assert "Soutien scolaire." in client.get(url).content.decode()
    revision = Revision.objects.create(
        content_object=nour, data={"description_fr": "Soutien scolaire et sport."}, author=owner
    )
    assert "et sport" not in client.get(url).content.decode()
    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert "Soutien scolaire et sport." in client.get(url).content.decode()


def test_a_change_of_another_kind_of_data_leaves_the_page_cached(
    client, page_cache, nour, django_assert_num_queries
):
    client.get("/fr/organisations/")
    client.get(f"/fr/organisations/{nour.slug}/")
    client.get("/fr/opportunities/")
    make_opportunity(organisation=nour, title_fr="Bourse de formation")
    Subscriber.objects.create(email="reader@example.org")
    # The list and the profile show no opportunity.
    with django_assert_num_queries(0):
        client.get("/fr/organisations/")
        client.get(f"/fr/organisations/{nour.slug}/")
    assert "Bourse de formation" in client.get("/fr/opportunities/").content.decode()


def test_languages_are_cached_apart(client, page_cache, nour):
    french = client.get(f"/fr/organisations/{nour.slug}/").content.decode()
    english = client.get(f"/en/organisations/{nour.slug}/").content.decode()
    assert "Soutien scolaire." in french and "Homework help." not in french
    assert "Homework help." in english and "Soutien scolaire." not in english
    assert "Soutien scolaire." in client.get(f"/fr/organisations/{nour.slug}/").content.decode()


def test_the_api_is_cached_per_language_asked_for(client, page_cache, taxonomies):
    url = "/api/v1/hsds/taxonomy_terms"
    arabic = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    french = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert arabic.content != french.content
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="ar").content == arabic.content
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content == french.content


@pytest.fixture
def amal(make_organisation):
    """Described in French only."""
    return make_organisation(name_fr="Association Amal", description_fr="Aide aux familles.")


@pytest.fixture(params=["profile", "article", "event"])
def french_only_text(request, amal):
    """The English address of a text Amal wrote in French only."""
    if request.param == "profile":
        text = amal
    elif request.param == "article":
        text = make_article(title_fr="Portes ouvertes", body_fr="Venez nombreux.", submitted_by=amal)
    else:
        start = timezone.now() + datetime.timedelta(days=3)
        text = make_event(start=start, title_fr="Portes ouvertes", organiser=amal)
    with translation.override("en"):
        return text.get_absolute_url()


def test_a_text_shown_in_another_language_is_served_from_the_cache(
    client, page_cache, french_only_text, django_assert_num_queries
):
    # The English page says the text is in French and offers to ask for a translation: by a link, since a form
    # would set the CSRF cookie, and a page that sets a cookie is rendered anew for every reader.
    first = client.get(french_only_text)
    assert 'href="/en/translations/ask/' in first.content.decode()
    assert not first.cookies
    assert "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(french_only_text)
    assert second.content == first.content


def test_the_thanks_for_asking_show_once_over_the_cached_profile(client, page_cache, amal):
    url = f"/en/organisations/{amal.slug}/"
    cached = client.get(url)
    asked = client.post(f"/en/translations/ask/organisation/{amal.pk}/", {"language": "en"})
    assert asked["Location"] == url
    thanks = client.get(url)
    assert "Thank you." in thanks.content.decode()
    assert "private" in thanks["Cache-Control"]
    # Shown once: the next visit is the cached page again, without it.
    assert client.get(url).content == cached.content


def _form(request):
    get_token(request)
    return HttpResponse("A form with its CSRF token.")


urlpatterns = [path("form/", public_page("organisations")(_form))]


@pytest.mark.urls(__name__)
def test_a_page_that_sets_a_cookie_is_never_cached(page_cache, settings, db):
    # A page carrying a form's CSRF token (or a changed session, or a message) is each reader's own.
    for _reader in range(2):
        response = Client().get("/form/")
        assert response.cookies[settings.CSRF_COOKIE_NAME].value
        assert "public" not in response.get("Cache-Control", "")


def test_only_successful_responses_are_cached(client, page_cache, db):
    assert client.get("/fr/organisations/nobody/").status_code == 404
    second = client.get("/fr/organisations/nobody/")
    assert second.status_code == 404
    assert "public" not in second.get("Cache-Control", "")


def test_a_page_that_follows_the_clock_is_kept_no_longer_than_its_minute(
    client, page_cache, nour, monkeypatch
):
    instant = timezone.now().replace(second=50)
    monkeypatch.setattr(timezone, "now", lambda: instant)
    assert "max-age=10" in client.get("/fr/opportunities/")["Cache-Control"]
    with CaptureQueriesContext(connection) as same_minute:
        client.get("/fr/opportunities/")
    monkeypatch.setattr(timezone, "now", lambda: instant + datetime.timedelta(seconds=15))
    # A new minute: counted again, so a deadline that has just passed is no longer shown as open.
    with CaptureQueriesContext(connection) as next_minute:
        client.get("/fr/opportunities/")
    assert len(same_minute) == 0
    assert len(next_minute) > 0


def test_publishing_a_project_shows_at_once_on_the_cached_home_and_about_pages(client, page_cache, moderator):
    project = make_project(title_fr="Jardins partagés", stage="upcoming", status=ModerationStatus.PENDING)
    for address in ("/fr/", "/fr/about/vision/"):
        assert "Jardins partagés" not in client.get(address).content.decode()
    moderation_decide(obj=project, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    for address in ("/fr/", "/fr/about/vision/"):
        assert "Jardins partagés" in client.get(address).content.decode(), address


def sector_count(response, slug):
    """The count the list's sector facet shows for ``slug`` (read from the page: a cached one has no context)."""
    found = re.search(rf'for="f-sector-{slug}">[^<]*<span class="count">\((\d+)\)', response.content.decode())
    return int(found.group(1)) if found else 0


def test_a_recount_corrects_the_counts_on_cached_pages_at_once(client, page_cache, nour):
    # Counts drifted, as after a change no signal reported (SQL, a bulk load).
    Tally.objects.filter(clock_id="organisations").update(n=F("n") + 1)
    assert sector_count(client.get("/fr/organisations/"), "education") == 2
    call_command("recount", stdout=io.StringIO())
    assert sector_count(client.get("/fr/organisations/"), "education") == 1


def test_rebuilding_the_search_text_shows_at_once_in_a_cached_search(client, page_cache, nour):
    # As before ``reindex_search`` runs after a change of how search text is built.
    Organisation.objects.filter(pk=nour.pk).update(search_text="", search_name="")
    assert "Association Nour" not in client.get("/fr/organisations/", {"q": "nour"}).content.decode()
    call_command("reindex_search", stdout=io.StringIO())
    assert "Association Nour" in client.get("/fr/organisations/", {"q": "nour"}).content.decode()


def test_a_search_cached_during_a_bulk_load_finds_its_records_once_their_text_is_built(
    client, page_cache, make_organisation
):
    search = "/fr/organisations/?q=environnement"
    with search_reindex_deferred():
        make_organisation(name_fr="Association Bahr", sectors=["environment"])
        # The words of its sector join its search text when the load ends.
        assert "Association Bahr" not in client.get(search).content.decode()
    assert "Association Bahr" in client.get(search).content.decode()
