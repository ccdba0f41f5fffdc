"""Cache keys follow one scheme and stay short whatever the filters; the cache is large enough to keep them."""

from django.conf import settings

from directory import caching


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
