"""Rate-limit counts stay exact when many requests from one address arrive at once, on every kind of cache."""

import os
import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory

from directory import ratelimit
from directory.models import RateCounter

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
THREADS, EACH = 6, 5


def _hit_concurrently(limit):
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")
    allowed, errors = [], []
    start = threading.Barrier(THREADS)

    def attempt():
        try:
            start.wait()
            for _ in range(EACH):
                allowed.append(ratelimit.hit(request, "concurrent", limit=limit, window=600))
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return allowed


def _redis_reachable():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


@pytest.mark.django_db(transaction=True)
def test_concurrent_attempts_on_the_database_cache_are_each_counted_once():
    allowed = _hit_concurrently(limit=7)
    assert len(allowed) == THREADS * EACH
    assert allowed.count(True) == 7
    assert RateCounter.objects.get().count == THREADS * EACH


@pytest.mark.django_db(transaction=True)
def test_a_window_that_has_ended_starts_counting_afresh(monkeypatch):
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.8")
    assert ratelimit.hit(request, "window", limit=1, window=600)
    assert not ratelimit.hit(request, "window", limit=1, window=600)
    RateCounter.objects.update(expires_at="2000-01-01T00:00Z")
    assert ratelimit.hit(request, "window", limit=1, window=600)
    assert RateCounter.objects.get().count == 1


@pytest.mark.skipif(not _redis_reachable(), reason=f"no Redis at {REDIS_URL}")
def test_concurrent_attempts_on_redis_are_each_counted_once(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    cache.clear()
    try:
        allowed = _hit_concurrently(limit=7)
    finally:
        cache.clear()
    assert len(allowed) == THREADS * EACH
    assert allowed.count(True) == 7
