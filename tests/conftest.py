import datetime
import itertools
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import ModerationStatus
from directory.moderation.group import MODERATORS_GROUP
from directory.seed import seed_taxonomies
from organisations.models import Organisation
from tests.module_data import built_for_module

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language. A page asked for through the test client leaves its
    language active in the test's thread (LocaleMiddleware activates it; nothing deactivates it), so a test's
    ``reverse()`` and ``get_absolute_url()`` depended on which page the test run before it on the worker asked
    for: a browser test built an Arabic address where it meant the French one."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def taxonomies(db):
    """The seeded taxonomies. Migrations load them, but a transactional test flushes them, so ensure them."""
    seed_taxonomies(Sector, TargetGroup, LegalForm, Language, Area)


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """``load_demo`` run once for the module; what it printed."""

    def load():
        out = StringIO()
        call_command("load_demo", stdout=out)
        return out.getvalue()

    yield from built_for_module(django_db_blocker, load)


@pytest.fixture
def make_organisation(db, taxonomies):
    """Create an organisation; m2m fields take slugs, e.g. ``sectors=["education"]``."""

    def make(
        *, sectors=(), target_groups=(), areas=(), languages=(), legal_form=None, country="morocco", **fields
    ):
        n = next(_counter)
        fields.setdefault("name_fr", f"Association numéro {n}")
        fields.setdefault("status", ModerationStatus.PUBLISHED)
        fields.setdefault("city", "Tanger")
        organisation = Organisation(
            legal_form=LegalForm.objects.get(slug=legal_form) if legal_form else None,
            country=Area.objects.get(slug=country) if country else None,
            **fields,
        )
        organisation.full_clean()
        organisation.save()
        organisation.sectors.set(Sector.objects.filter(slug__in=sectors))
        organisation.target_groups.set(TargetGroup.objects.filter(slug__in=target_groups))
        organisation.areas.set(Area.objects.filter(slug__in=areas))
        organisation.languages.set(Language.objects.filter(slug__in=languages))
        return organisation

    return make


@pytest.fixture
def moderator(db, django_user_model):
    user = django_user_model.objects.create_user(
        email="moderator@example.org", password="x" * 12, is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def staff_non_moderator(db, django_user_model):
    """Staff who may look around the admin but are not moderators."""
    return django_user_model.objects.create_user(email="staff@example.org", password="x" * 12, is_staff=True)


@pytest.fixture
def citizen(db, django_user_model):
    return django_user_model.objects.create_user(email="citizen@example.org", password="x" * 12)


@pytest.fixture
def owner(db, django_user_model):
    return django_user_model.objects.create_user(email="owner@example.org", password="x" * 12)


@pytest.fixture
def other_owner(db, django_user_model):
    """Owner of another organisation, to check that nobody reaches beyond their own."""
    return django_user_model.objects.create_user(email="other-owner@example.org", password="x" * 12)


@pytest.fixture
def published_organisation_with_owner(make_organisation, owner):
    from organisations.models import Membership

    organisation = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل")
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation


def by_vendor(expected):
    """An expected query count: one number for both databases, or a pair ``(sqlite, postgresql)`` where they
    genuinely differ (PostgreSQL's trigram search, for instance)."""
    if isinstance(expected, tuple):
        sqlite, postgresql = expected
        return postgresql if connection.vendor == "postgresql" else sqlite
    return expected


@pytest.fixture
def frozen_clock(monkeypatch):
    """Django's clock stopped at the current instant: caches keyed by the minute (facet counts of lists whose
    counts depend on deadlines, the overview's tables) cannot roll over between two requests."""
    instant = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: instant)
    return instant


@pytest.fixture
def later(monkeypatch):
    """Move "now" forward for everything that asks django.utils.timezone, as time passing would."""

    def move(**delta):
        instant = timezone.now() + datetime.timedelta(**delta)
        monkeypatch.setattr(timezone, "now", lambda: instant)

    return move


@pytest.fixture
def assert_page_queries(client, frozen_clock):
    """Pin the exact number of queries of a page, on a cold cache and then on a warm one.

    ``assert_page_queries(url, params, cold=14, warm=(9, 10))`` empties the cache (and ContentType's in-process
    cache, so the count does not depend on which tests ran before), requests the page, then requests it again.
    A pair is ``(sqlite, postgresql)``. Call it once the data holds more rows than one page, to show the count
    does not grow with them. A mismatch lists the queries, so the diff says what changed. In a test, filling a
    cache entry costs five queries (count, savepoint, read, write, release: the database cache inside the test's
    transaction), three outside one.
    """

    def check(url, data=None, *, cold, warm, status=200):
        cache.clear()
        ContentType.objects.clear_cache()
        counted = {}
        for label in ("cold", "warm"):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, data or {})
            assert response.status_code == status, (url, data, response.status_code)
            counted[label] = [q["sql"] for q in captured.captured_queries]
        expected = {"cold": by_vendor(cold), "warm": by_vendor(warm)}
        actual = {label: len(queries) for label, queries in counted.items()}
        if actual != expected:
            listing = "\n".join(
                f"{label} query {n}: {sql}"
                for label, queries in counted.items()
                for n, sql in enumerate(queries, 1)
            )
            pytest.fail(
                f"{url} {data or ''} on {connection.vendor}: {actual}, expected {expected}\n{listing}"
            )
        return response

    return check


@pytest.fixture(scope="session")
def local_s3():
    """One moto S3 server for the whole run, started on first use."""
    from tests.s3 import LocalS3  # moto and boto3 take a second to import; only the tests that use S3 pay it

    server = LocalS3().start()
    yield server
    server.stop()


@pytest.fixture
def s3_media(settings, local_s3):
    """Media kept in a fresh bucket of the local S3 server for this test (MEDIA_STORAGE=s3)."""
    bucket = local_s3.new_bucket()
    settings.STORAGES = {**settings.STORAGES, "default": bucket.storage_settings}
    settings.MEDIA_STORAGE = "s3"
    return bucket
