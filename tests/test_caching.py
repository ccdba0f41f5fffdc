"""Cache keys follow one scheme and stay short whatever the filters; the cache is large enough to keep them. A
change bumps the versions it makes stale once at once and once on commit, however many signals it sends, and a
rollback never leaves a later change without its bumps."""

import re
from collections import Counter
from contextlib import suppress

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from directory import caching
from directory.models import Language, Sector, TargetGroup
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from organisations.models import Membership
from tests.opportunity_helpers import make_opportunity
from tests.test_dashboard_edit import edit_url, form_data


def test_overview_counts_key_stays_bounded_however_many_filters_are_chosen():
    many = [("sector", f"sector-with-a-long-slug-{i}") for i in range(200)]
    key = caching.overview_counts_key(12345, many)
    assert key.startswith("overview-counts:v12345:")
    assert len(key) < 250


def test_keys_change_with_the_data_version():
    assert caching.overview_counts_key(1, []) != caching.overview_counts_key(2, [])


def test_bumping_the_version_makes_cached_searches_unreachable(db):
    before = caching.search_key("organisations.organisation", "eau")
    caching.bump_facet_version()
    assert caching.search_key("organisations.organisation", "eau") != before


def test_the_database_cache_keeps_far_more_than_djangos_default_300_entries():
    assert settings.CACHES["default"]["OPTIONS"]["MAX_ENTRIES"] >= 100_000


def versions():
    """What pages and counts are cached under: the organisations' page version and the counts' version."""
    return [*caching.kind_versions(["organisations"]), caching.facet_version()]


def all_new(after, before):
    return all(a != b for a, b in zip(after, before, strict=True))


class Undone(Exception):
    pass


@pytest.fixture
def page_versions(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def verified_owner(owner):
    owner.email_verified = True
    owner.save()
    return owner


# Committed for real (transaction=True), so that the bumps on commit run as they do on the site.
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "page_cache, written",
    [
        (True, {":1:data:version": 2, ":1:version:organisations": 2}),
        # Nothing is cached by page: only the counts' version is bumped.
        (False, {":1:data:version": 2}),
    ],
)
def test_saving_a_profile_and_its_links_writes_each_version_once_at_once_and_once_on_commit(
    client, settings, make_organisation, verified_owner, page_cache, written
):
    settings.PAGE_CACHE = page_cache
    organisation = make_organisation(
        name_fr="Association Bahr", sectors=["environment"], status=ModerationStatus.PENDING
    )
    Membership.objects.create(organisation=organisation, user=verified_owner, role=Membership.Role.OWNER)
    client.force_login(verified_owner)
    # Unpublished, so saved at once: the profile and four sets of links, a dozen signals.
    data = form_data(
        client,
        organisation,
        name_fr="Association Bahr Tanger",
        sectors=[str(pk) for pk in Sector.objects.values_list("pk", flat=True)[:2]],
        target_groups=[str(TargetGroup.objects.first().pk)],
        languages=[str(pk) for pk in Language.objects.values_list("pk", flat=True)[:2]],
    )
    with CaptureQueriesContext(connection) as queries:
        assert client.post(edit_url(organisation), data).status_code == 302
    writes = [
        re.search(r"'(:1:[^']+)'", query["sql"]).group(1)
        for query in queries.captured_queries
        if query["sql"].startswith(('INSERT INTO "directory_cache"', 'UPDATE "directory_cache"'))
    ]
    assert Counter(writes) == written


@pytest.mark.django_db(transaction=True)
def test_a_change_after_a_rolled_back_savepoint_is_still_bumped_on_commit(page_versions, make_organisation):
    nour = make_organisation(name_fr="Association Nour")
    with transaction.atomic():
        with suppress(Undone), transaction.atomic():
            nour.save()  # the transaction's first change, undone with its savepoint
            raise Undone
        nour.name_fr = "Association Nour Tanger"
        nour.save()
        # What a page or a count cached before the commit carries (another process's: from the data before).
        during = versions()
    assert all_new(versions(), during)


@pytest.mark.django_db(transaction=True)
def test_a_transaction_after_a_rolled_back_one_is_still_bumped_on_commit(page_versions, make_organisation):
    nour = make_organisation(name_fr="Association Nour")
    with suppress(Undone), transaction.atomic():
        nour.save()
        raise Undone
    with transaction.atomic():
        nour.name_fr = "Association Nour Tanger"
        nour.save()
        during = versions()
    assert all_new(versions(), during)


def test_within_a_transaction_each_change_after_a_read_gets_a_new_version(page_versions, make_organisation):
    # The test runs in a transaction: what this thread reads in it must follow its own changes, also when a
    # savepoint rolls back a bump (the database cache writes within the transaction).
    nour = make_organisation(name_fr="Association Nour")
    first = versions()
    nour.save()
    second = versions()
    with suppress(Undone), transaction.atomic():
        nour.save()
        raise Undone
    nour.save()
    assert all_new(second, first)
    assert all_new(versions(), second)


def test_hiding_a_publisher_makes_the_pages_of_its_opportunities_stale(
    page_versions, make_organisation, moderator
):
    nour = make_organisation(name_fr="Association Nour")
    make_opportunity(organisation=nour, title_fr="Bourse de formation")
    before = caching.kind_versions(["opportunities"])
    # The opportunity's is_public flag follows by an update(), which sends no signal.
    moderation_decide(obj=nour, to_status=ModerationStatus.ARCHIVED, actor=moderator)
    assert caching.kind_versions(["opportunities"]) != before
