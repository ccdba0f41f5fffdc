"""No request, however malformed, gets a server error: every URL pattern of the site, walked from the resolver,
receives the attack run's hostile paths and query strings, anonymously and logged in.

NUL bytes only fail on PostgreSQL (SQLite stores them), so this module matters most run with
``DATABASE_URL=postgres://…``; the middleware refusing them is checked on both.
"""

import re

import pytest
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

from news.models import Article, Event, Page
from opportunities.models import Opportunity
from organisations.models import Membership, PartnerSearch

CONVERTER = re.compile(r"<(?:(?P<kind>[^>:]+):)?(?P<name>[^>]+)>")
NAMED_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")

# Filled into the slugs, tokens and object ids of the routes, one request each.
HOSTILE_TEXT = ["%00", "amal%00", "%ff%fe", "-1", "%3Cscript%3E%0d%0a" + "a" * 300]
HOSTILE_INT = ["99999999999999999999"]
TEN_KB = "a" * 10_240
QUERIES = [
    f"page=-1&q={TEN_KB}&o=-1&p=-1&sector=nope&area=nope&kind=nope&organisation=nope&category=nope&status=x",
    "page=abc&page=2&q[]=x&deadline=soon&start=soon&mine=2&_changelist_filters=%3D&parent=-1",
    "page=99999999999999999999&q=%25&organisation=99999999999999999999",
    "q=%00&page=%00&sector=amal%00",
    "q=%ff%fe",
]
HOSTILE_BODY = {
    "q": "\x00",
    "email": "nul\x00@example.org",
    "username": "nul\x00@example.org",
    "password": "\x00" * 12,
    "name": "\x00",
    "message": "\x00",
    "title_fr": "\x00",
}


def _text(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return "fr/"
    if isinstance(pattern, RoutePattern):
        return str(pattern._route)
    assert isinstance(pattern, RegexPattern)
    # The admin's two regular expressions: the app index (a group of app labels) and the catch-all.
    regex = pattern._regex.removeprefix("^").removesuffix("$")
    return NAMED_GROUP.sub(lambda m: f"<re:{m['name']}>", regex)


def _routes(patterns, prefix=""):
    for entry in patterns:
        route = prefix + _text(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, route)
        else:
            yield route


ROUTES = sorted(set(_routes(get_resolver().url_patterns)))


def _fill(route, text, number):
    def value(match):
        return number if match["kind"] == "int" else text

    return "/" + CONVERTER.sub(value, route)


def _paths(route, real):
    """The route with real values (so the view runs for real), then with each hostile value."""
    paths = [_fill(route, real["text"], real["int"])]
    if CONVERTER.search(route):
        paths += [_fill(route, text, real["int"]) for text in HOSTILE_TEXT]
        paths += [_fill(route, real["text"], number) for number in HOSTILE_INT]
    return paths


@pytest.fixture
def site(published_organisation_with_owner, make_organisation, owner, django_user_model):
    """A little of everything, so the routes filled with real values reach their views' queries."""
    organisation = published_organisation_with_owner
    Article.objects.create(title_fr="Une nouvelle", slug="une-nouvelle", status="published")
    Event.objects.create(
        title_fr="Un événement",
        slug="un-evenement",
        start="2030-01-01T10:00Z",
        end="2030-01-01T12:00Z",
        address="Tanger",
        organiser=organisation,
        status="published",
    )
    Page.objects.get_or_create(slug="privacy", defaults={"title": "Vie privée", "body": "…"})
    Opportunity.objects.create(
        kind="volunteering", direction="offered", title_fr="Bénévoles", organisation=organisation
    )
    PartnerSearch.objects.create(organisation=organisation, title_fr="Cherche", status="published")
    superuser = django_user_model.objects.create_superuser(email="root@example.org", password="x" * 12)
    editor = django_user_model.objects.create_user(email="editor@example.org", password="x" * 12)
    Membership.objects.create(organisation=make_organisation(), user=editor, role=Membership.Role.EDITOR)
    return {"organisation": organisation, "owner": owner, "superuser": superuser}


def _send(client, method, path, failures, data=None):
    # A savepoint per request: on PostgreSQL a failed query would abort the test's transaction, and with it
    # every request after it.
    try:
        with transaction.atomic():
            response = getattr(client, method)(path, data)
    except Exception as error:  # noqa: BLE001 -- every kind of server error is what this test collects
        failures.append(f"{method.upper()} {path[:120]} raised {type(error).__name__}: {error}"[:300])
        return
    if response.status_code >= 500:
        failures.append(f"{method.upper()} {path[:120]} → {response.status_code}")


# Who requests what: anonymous visitors everything; a member of an organisation the site's own pages; a
# superuser the admin and the members' pages (the rest they see as anyone does).
USERS = {
    "anonymous": ROUTES,
    "owner": [r for r in ROUTES if not r.startswith("admin/")],
    "superuser": [r for r in ROUTES if r.startswith(("admin/", "fr/dashboard/"))],
}


@pytest.mark.parametrize("user", list(USERS))
def test_hostile_paths_and_queries_never_give_a_server_error(client, site, user):
    """One test per kind of visitor, with every route in it: the data is built once, the failures listed all."""
    if user != "anonymous":
        client.force_login(site[user])
    real = {"text": site["organisation"].slug, "int": "1"}
    failures = []
    for route in USERS[user]:
        if "logout" in route:
            continue  # logging out would turn the rest into anonymous requests
        paths = _paths(route, real)
        for path in paths:
            _send(client, "get", path, failures)
        for query in QUERIES:
            _send(client, "get", f"{paths[0]}?{query}", failures)
    assert failures == []


def test_nul_bytes_in_a_posted_form_never_give_a_server_error(client, site):
    failures = []
    for route in ROUTES:
        if "logout" in route:
            continue
        for path in _paths(route, {"text": site["organisation"].slug, "int": "1"})[:2]:
            _send(client, "post", path, failures, HOSTILE_BODY)
    assert failures == []


def test_the_walk_covers_the_slug_routes_the_attack_run_hit():
    for route in (
        "fr/organisations/<str:slug>/",
        "fr/opportunities/<str:slug>/",
        "fr/news/<str:slug>/",
        "fr/events/<str:slug>/",
        "fr/events/<str:slug>/event.ics",
        "fr/dashboard/organisations/<str:slug>/",
    ):
        assert route in ROUTES


@pytest.mark.parametrize(
    "path",
    [
        "/fr/organisations/%00/",
        "/fr/opportunities/%00/",
        "/fr/news/%00/",
        "/fr/events/%00/",
        "/fr/events/%00/event.ics",
        "/fr/organisations/?q=%00",
        "/fr/organisations/?q=%ff%fe",
        "/admin/organisations/organisation/%00/change/",
    ],
)
def test_nul_bytes_and_invalid_utf8_are_a_bad_request(client, db, path):
    assert client.get(path).status_code == 400


def test_invalid_utf8_in_the_path_is_not_found(client, db):
    # Django percent-encodes the broken bytes again ("%FF%FE"): a slug that matches nothing.
    assert client.get("/fr/organisations/%ff%fe/").status_code == 404


@pytest.mark.parametrize(
    "path", ["/fr/organisations/?q=l%27%C3%A9t%C3%A9+%C3%A0+Tanger", "/fr/news/?q=a%0Ab"]
)
def test_ordinary_encoded_queries_still_pass(client, db, path):
    assert client.get(path).status_code == 200
