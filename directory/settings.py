from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

from directory.env import env_bool, env_cache, env_int, env_list, env_str
from directory.media_storage import media_origins, media_storage_from_env

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR / "data")))

DEBUG = env_bool("DEBUG", False)
# Without DEBUG a secret key must come from the environment; a development key is only for DEBUG.
SECRET_KEY = env_str("SECRET_KEY", required=not DEBUG) or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Where the site is reached, for links in e-mails sent outside a request (reminders, digests).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin integration takes effect.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "django_tasks",
    # Before "directory", whose admin replaces this app's task-result admin.
    "django_tasks_db",
    "directory",
    "organisations",
    "opportunities",
    "news",
    # The "Start and grow" section, a part of news with its own models (news/start/__init__.py says why).
    "news.start",
    # Above the feature apps: the home page, the overview and the benchmark command (directory/portal).
    "directory.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the same headers as pages.
    "directory.middleware.security_headers",
    # Before anything reads the path or the query: a NUL byte would reach the database as an error.
    "directory.middleware.RejectInvalidCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "directory.urls"
# `manage.py benchmark --load` starts gunicorn with BENCHMARK_HELLO=1: the same URLs plus a hello-world view to
# compare every page with. Never set in production.
if env_bool("BENCHMARK_HELLO", False):
    ROOT_URLCONF = "directory.portal.benchmark_urls"
WSGI_APPLICATION = "directory.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "directory.context_processors.site",
            ],
        },
    },
]

# No DATABASE_URL means the embedded SQLite file, so one command runs the site on a fresh machine.
if not env_str("DATABASE_URL"):
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'directory.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default random_page_cost (4) assumes spinning disks and then shuns the trigram index that
    # serves text search; 1.1 is the usual value when the data is in memory or on SSD.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={env_str('PG_RANDOM_PAGE_COST', '1.1')}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "directory.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # django-axes counts failed logins first and refuses locked-out attempts before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "home"
# Verification and invitation links stay valid for three days.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# Failed logins, counted by django-axes over the last AXES_COOLOFF_MINUTES, under three rules at once:
# - one address from one connection: 5 failures lock that pair. Someone who knows a victim's address cannot lock
#   the victim out from elsewhere with a few wrong passwords.
# - one connection, whatever the addresses: 15 failures lock the connection. Trying one common password on many
#   accounts (password spraying) is stopped after 15 guesses, while a shared connection (a school, a cybercafé)
#   still has room for people mistyping their own password.
# - one address, whatever the connections: 10 failures lock the address everywhere. Changing connection every few
#   guesses gains an attacker at most 10 guesses per cool-off period; the price is that a determined attacker can
#   keep an account locked, so a password reset (which proves the mailbox) lifts this lock at once.
# A successful login clears only its own address-and-connection count (directory.accounts.lockout).
AXES_HANDLER = "directory.accounts.lockout.LayeredLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
LOGIN_FAILURE_LIMITS = [
    AXES_FAILURE_LIMIT,
    env_int("LOGIN_CONNECTION_FAILURE_LIMIT", 15),
    env_int("LOGIN_ACCOUNT_FAILURE_LIMIT", 10),
]
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_USERNAME_CALLABLE = "directory.accounts.lockout.login_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_CLIENT_IP_CALLABLE = "directory.ratelimit.client_ip"
# How many proxies of our own append to X-Forwarded-For in front of the site (0: use the connection's address).
# Behind a proxy the connection's address is the proxy's, so with 0 every visitor would be one client: one
# lockout would lock everybody and the per-IP limits would apply to the whole site. A proxied set-up must say how
# many proxies there are, or the site refuses to start.
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", None)
if TRUSTED_PROXY_COUNT is None:
    if BEHIND_TLS_PROXY:
        raise ImproperlyConfigured(
            "BEHIND_TLS_PROXY is on but TRUSTED_PROXY_COUNT is not set: say how many proxies of yours add to "
            "X-Forwarded-For (1 for a single nginx), or every visitor will share the proxy's address."
        )
    TRUSTED_PROXY_COUNT = 0
elif TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT} cannot be negative.")

# CACHE_URL picks the cache that every app server and worker shares: Redis (``redis://127.0.0.1:6379/0``) when
# there are several machines, or by default the database's own table, so one machine needs no other service.
# Tests and the first migrate create that table (createcachetable).
CACHES = {"default": env_cache("CACHE_URL")}
# Several sites (or test runs) sharing one Redis keep apart by prefix; nothing here ever flushes the whole database.
CACHES["default"]["KEY_PREFIX"] = env_str("CACHE_KEY_PREFIX", "")
# Whole public pages are cached for anonymous readers (directory.caching.public_page) until the data they show
# changes; browsers and a CDN may keep them PAGE_MAX_AGE seconds (and serve them as long again while revalidating).
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_MAX_AGE = env_int("PAGE_MAX_AGE", 60)

LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
    ("nl", _("Dutch")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates, times and numbers as readers in Morocco expect them in each language: day first, month names, 24 hours.
FORMAT_MODULE_PATH = ["directory.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

# A record missing the reader's language falls back to French (the lingua franca of Tangier's associations),
# then Arabic, then the rest.
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr", "ar", "en", "es", "nl")}

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
# Uploaded files under MEDIA_ROOT, or in an S3-compatible bucket shared by several app servers
# (MEDIA_STORAGE=s3 and the MEDIA_S3_* variables; see directory/media_storage.py).
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "file").strip().lower()
STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# collectstatic writes a .gz and, with the Brotli package installed, a .br next to every text file; WhiteNoise serves
# the smallest the browser accepts. Source maps (7 of the 12 MB, read only by developer tools) are left alone:
# Brotli at its best setting is slow, and they would double the time collectstatic takes.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Tanger Associations <no-reply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# What need not happen in a request (e-mail, recounts) is a task (directory/tasks.py), kept in the project's own
# database and run by `manage.py db_worker`. `make run` (DEBUG on the SQLite file) runs each task as soon as it
# is enqueued instead, so that one command is still all a developer needs.
TASKS_IMMEDIATE = env_bool(
    "TASKS_IMMEDIATE", DEBUG and DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
)
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if TASKS_IMMEDIATE
        else "django_tasks_db.DatabaseBackend"
    }
}
# The open-data page's full HSDS package is written again by the worker after every change of the data. Tests
# turn it off (it writes a file for each changing request); ``manage.py export_open_data`` writes it on demand.
OPEN_DATA_ON_CHANGE = env_bool("OPEN_DATA_ON_CHANGE", True)
# A mail the server refused or could not take is tried again after each of these delays, then given up (and
# the failure stays in the admin's task results).
MAIL_RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600]

SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Nothing is allowed unless listed: our own scripts, styles, images and fonts; logos (media, same origin);
# OpenStreetMap tiles under the maps; the media bucket when logos are kept in S3; data: images, which Leaflet and the admin's widgets use for small icons;
# XHR only to ourselves (the admin's autocomplete). No inline script or style anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https://tile.openstreetmap.org", *media_origins(STORAGES["default"])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}
# Our pages, logos and files are for our own pages: another site may link to them but not embed or read them.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Powerful browser features the site never uses are switched off for it and anything it could embed.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

LOG_LEVEL = env_str("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Django's default configuration gives "django" a console handler of its own; it also propagates to the root
    # handler, which printed every message twice. One handler, at the root, prints it once.
    "loggers": {"django": {"handlers": [], "level": LOG_LEVEL, "propagate": True}},
}

# The public API (directory/api/): read-only, anonymous, rate-limited per client address.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {"public_api": env_str("API_RATE_LIMIT", "1200/hour")},
    # The client's address as the rate limits and django-axes see it (see TRUSTED_PROXY_COUNT).
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tangier civil-society directory API",
    "DESCRIPTION": (
        "Read-only open data under CC BY 4.0: organisations and their services in Open Referral's HSDS 3.0 "
        "(/api/v1/hsds/), opportunities and events in the project's own JSON. Pages follow HSDS's Page object."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}

DIRECTORY_PAGE_SIZE = env_int("DIRECTORY_PAGE_SIZE", 20)
# Demo accounts are a development convenience; the demo loader refuses to create them without DEBUG.
DEMO_MODERATOR_EMAIL = "moderator@example.org"
