"""Rate-limit counts stay exact when many requests from one address arrive at once, from several processes\nor threads, on every kind of cache."""

import subprocess
import sys
import threading
import time

import pytest
from django.db import connection
from django.test import RequestFactory

from directory import ratelimit
from directory.models import RateCounter
from tests import servers

THREADS, PROCESSES, EACH = 6, 4, 5
# Each process counts EACH attempts as soon as all of them are ready, and prints how many it was allowed.
COUNTING = """
import pathlib, sys, time
import django
django.setup()
from django.test import RequestFactory
from directory import ratelimit
folder = pathlib.Path(sys.argv[1])
(folder / f"ready-{sys.argv[2]}").touch()
while not (folder / "go").exists():
    time.sleep(0.01)
request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")
print(sum(ratelimit.hit(request, "concurrent", limit=7, window=600) for _ in range(int(sys.argv[3]))))
"""


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


@pytest.mark.django_db(transaction=True)
def test_attempts_from_several_processes_on_the_database_cache_are_each_counted_once(tmp_path):
    database = servers.shared_database(tmp_path)
    env = servers.environment(DATABASE_URL=database, CACHE_URL="db://")
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", COUNTING, str(tmp_path), str(n), str(EACH)],
            cwd=servers.ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < PROCESSES and time.monotonic() < deadline:
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.05)
    (tmp_path / "go").touch()
    outputs = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    assert sum(int(out) for out, _err in outputs) == 7
    ((count,),) = servers.read_shared(database, "SELECT count FROM directory_ratecounter")
    assert count == PROCESSES * EACH


@pytest.mark.django_db(transaction=True)
def test_a_window_that_has_ended_starts_counting_afresh(monkeypatch):
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.8")
    assert ratelimit.hit(request, "window", limit=1, window=600)
    assert not ratelimit.hit(request, "window", limit=1, window=600)
    RateCounter.objects.update(expires_at="2000-01-01T00:00Z")
    assert ratelimit.hit(request, "window", limit=1, window=600)
    assert RateCounter.objects.get().count == 1


@pytest.mark.skipif(not servers.redis_reachable(), reason=f"no Redis at {servers.REDIS_URL}")
def test_concurrent_attempts_on_redis_are_each_counted_once(settings):
    with servers.redis_namespace() as prefix:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": servers.REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
        allowed = _hit_concurrently(limit=7)
    assert len(allowed) == THREADS * EACH
    assert allowed.count(True) == 7
