import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from directory.env import env_bool, env_cache, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("ON", True), ("0", False), ("off", False)]
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is expected


def test_env_bool_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "yes please")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG")


def test_env_int_rejects_nonsense_and_env_list_splits(monkeypatch):
    monkeypatch.setenv("NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured):
        env_int("NUMBER")
    monkeypatch.setenv("HOSTS", "a.org, b.org,,")
    assert env_list("HOSTS") == ["a.org", "b.org"]


def test_cache_url_picks_redis_the_database_or_memory(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "redis://127.0.0.1:6379/3")
    assert env_cache("CACHE_URL") == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/3",
    }
    monkeypatch.setenv("CACHE_URL", "locmem://")
    assert env_cache("CACHE_URL")["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    monkeypatch.delenv("CACHE_URL")
    database = env_cache("CACHE_URL")
    assert database["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert database["LOCATION"] == "directory_cache"
    assert database["OPTIONS"]["MAX_ENTRIES"] >= 100_000


def test_cache_url_rejects_an_unknown_scheme(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "memcached://127.0.0.1:11211")
    with pytest.raises(ImproperlyConfigured):
        env_cache("CACHE_URL")


def _manage(*args, **env):
    # The test settings put a few variables in this process's environment; the child must not inherit them.
    ours = {
        "DEBUG",
        "SECRET_KEY",
        "DJANGO_SETTINGS_MODULE",
        "SECURE_SSL_REDIRECT",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests for Playwright
    }
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "directory.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_secret_key_is_required_without_debug():
    result = _manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x7" * 30 + "-production",
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stderr


def test_no_database_url_means_the_embedded_sqlite_file():
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
        DEBUG="1",
    )
    assert result.stdout.strip().endswith("data/directory.sqlite3"), result.stderr


def test_cache_key_prefix_keeps_sites_sharing_one_redis_apart():
    shown = "from django.conf import settings; print(repr(settings.CACHES['default']['KEY_PREFIX']))"
    # The shell's last line is the command's; before it, it lists what it imported.
    assert _manage("shell", "-c", shown, DEBUG="1").stdout.splitlines()[-1] == "''"
    result = _manage("shell", "-c", shown, DEBUG="1", CACHE_KEY_PREFIX="tanger")
    assert result.stdout.splitlines()[-1] == "'tanger'", result.stderr
