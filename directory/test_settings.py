"""Settings for the test suite: production settings with the few things tests cannot provide."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from directory.settings import *  # noqa: E402,F403

# The manifest needs collectstatic; tests render templates without running it.
# A copy, so directory.settings keeps the production value (tests/test_static_files.py checks it).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = DATA_DIR / "test-media"  # noqa: F405
OPEN_DATA_ON_CHANGE = False
# Tasks run as they are enqueued, so a test sees their effect at once; tests of the queue itself switch to the
# database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Query counts are pinned on the database cache, whatever CACHE_URL the machine running the tests has.
CACHES = {"default": env_cache("TEST_CACHE_URL", "db://")}  # noqa: F405
# Pages pin their query counts with the page cache off; tests of the page cache turn it on.
PAGE_CACHE = False
