"""Strict readers for settings from the environment.

A typo in production configuration should stop the process, not quietly fall back to a default:
``DEBUG=yes please`` is an error, not False.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=None, *, required=False):
    value = os.environ.get(name)
    if value is None:
        if required:
            raise ImproperlyConfigured(f"The environment variable {name} is required.")
        return default
    return value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no, on/off).")


def env_int(name, default=None):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not an integer.") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_cache(name, default="db://"):
    """The cache a URL names: ``redis://host:6379/0`` (or ``rediss://``) is Redis, ``db://`` the database's own
    table (``db://other_table`` for another name), ``locmem://`` one process's memory (tests, development)."""
    url = os.environ.get(name) or default
    scheme, _, rest = url.partition("://")
    if scheme in ("redis", "rediss", "unix"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "db":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": rest.strip("/") or "directory_cache",
            # Django's default of 300 entries culls a third of the table whenever it fills: facet counts and
            # pages multiply by list × filters × language × minute, and culling would drop the week-long overview
            # counts and the data versions with them. Keys are bounded (see directory.caching); old versions'
            # entries expire.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": rest or "directory"}
    raise ImproperlyConfigured(f"{name}={url!r} is not a cache URL (use redis://…, db:// or locmem://).")
