"""Everything the site caches, and when it goes stale, in one place.

One version number stands for "the data the public lists count": any change to it (a save, a delete, a change of
links, see ``watch``) bumps the version, and every key below carries it, so stale entries are simply never read
again and expire on their own. Keys follow one scheme, ``f"{kind}:v{version}:{digest}"``: the variable part is a
digest, so a key has a bounded length whatever the filters (the database cache's key column is 255 characters).

- ``search-plan``: the words of a text search and their typo corrections, per model and query
  (directory.filters);
- ``facets``: the options and counts of a list's facets, per list, language, filters (and minute where open
  deadlines change them);
- ``overview-counts``: the overview's aggregates per filters, kept a week and brought up to the minute on reading
  (directory.portal.overview.counts), and refreshed by a task queued by the request that changed the data;
- the overview's tables fragment (``{% cache %}`` in templates/directory/overview.html) varies on
  ``overview_fragment_key``;
- ``page``: whole public pages for anonymous readers (``public_page``), per address, language and the versions
  of the kinds of data the page shows (``watch_kind``), and the minute where the page depends on the clock.
"""

import functools
import hashlib
import threading
import time
import weakref

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date
from django.utils.translation import get_language

FACET_SECONDS = 600
COUNTS_SECONDS = 7 * 24 * 3600
_VERSION_KEY = "data:version"


def make_key(kind, version, *parts):
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"{kind}:v{version}:{digest}"


def facet_version():
    """The version of the data the public lists count; every cached count carries it in its key."""
    _versions_read()
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(_VERSION_KEY, version, None)
    return version


def bump_facet_version(using=None):
    """Any change to what lists count makes every cached count stale (connected by ``watch``)."""
    _bump(_VERSION_KEY, using)


def search_key(label, query):
    return make_key("search-plan", facet_version(), label, query)


def facets_key(*parts):
    return make_key("facets", facet_version(), *parts)


def overview_counts_key(version, filter_params):
    return make_key("overview-counts", version, sorted(filter_params))


def overview_fragment_key(*, version, language, minute, query):
    """What the overview's cached tables vary on: the data, the language, the filters and the minute (deadlines
    move with time)."""
    return make_key("overview-tables", version, language, minute, query)


# A request that changes what is counted refreshes the counts registered with ``after_change`` once it has
# answered (Django sends request_finished after the response is delivered), so that no reader waits for them.
# Changes made outside a request (imports, generators) leave the counting to the next reader.
_changes = threading.local()
_refreshers = []


def after_change(refresh):
    """Call ``refresh()`` after a request that changed the counted data has answered."""
    if refresh not in _refreshers:
        _refreshers.append(refresh)


def note_change(**kwargs):
    _changes.pending = True


def forget_changes(**kwargs):
    _changes.pending = False


def refresh_after_change(**kwargs):
    if getattr(_changes, "pending", False):
        _changes.pending = False
        for refresh in _refreshers:
            refresh()


def watch(models):
    """Make saves, deletes and link changes of ``models`` bump the version and refresh the counts."""
    request_started.connect(forget_changes, dispatch_uid="caching-forget")
    request_finished.connect(refresh_after_change, dispatch_uid="caching-refresh")

    def changed(using):
        bump_facet_version(using)
        note_change()

    _on_change(models, changed, uid="facets")


# Bumps, coalesced: saving one organisation sends a dozen signals (its save, and a remove and an add for each
# many-to-many ``set()``), and each bump is a cache write (three to five queries on the database cache). Outside a
# transaction a change bumps at once. Inside one, each version is bumped once on commit (a page another process
# cached meanwhile, from the data before the change, is left behind) and once at its first change: only this thread
# sees the uncommitted data, so only its own reads need a newer version, and need another only once they have read
# that one (``_versions_read``).
class _Queued:
    """Queued with ``on_commit`` and held weakly in ``_open``, so that a rollback (of the transaction, or of the
    savepoint that queued it) drops it, and the next change queues it again."""

    def __init__(self, key=None):
        self.key = key
        self.done = False

    def __call__(self):
        self.done = True
        if self.key:
            _set(self.key)


class _Open(threading.local):
    def __init__(self):
        # {(database alias, key): its bump on commit}
        self.commits = weakref.WeakValueDictionary()
        # {(database alias, key): the mark of its bump at once}. A savepoint's rollback drops the mark with it: on
        # the database cache it undoes the write too.
        self.fresh = weakref.WeakValueDictionary()


_open = _Open()


def _set(key):
    cache.set(key, time.time_ns(), None)


def _live(queued):
    return queued is not None and not queued.done


def _bump(key, using=None):
    using = using or DEFAULT_DB_ALIAS
    if not transaction.get_connection(using).in_atomic_block:
        _set(key)
        return
    if not _live(_open.commits.get((using, key))):
        _open.commits[using, key] = commit = _Queued(key)
        transaction.on_commit(commit, using=using)
    if not _live(_open.fresh.get((using, key))):
        _open.fresh[using, key] = mark = _Queued()
        transaction.on_commit(mark, using=using)
        _set(key)


def _versions_read():
    """This thread reads versions: its next change bumps them again at once, even within the same transaction."""
    _open.fresh.clear()


_receivers = []
_watchers = {}  # {model: [changed(using), ...]}, for changes no signal reports (``bump_models``)


def _on_change(models, changed, *, uid):
    """Call ``changed(using)`` after every save, delete and link change of ``models``."""

    def receiver(sender, using=None, action=None, **kwargs):
        # A link change sends each action twice, as pre_ and post_: one is enough.
        if action is None or action.startswith("post_"):
            changed(using)

    # Kept alive here: signals hold their receivers weakly.
    _receivers.append(receiver)
    for model in models:
        _watchers.setdefault(model, []).append(changed)
        label = model._meta.label
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save-{label}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-delete-{label}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(receiver, sender=through, dispatch_uid=f"{uid}-m2m-{through}")


def bump_models(*models, using=None):
    """Make stale what a save of ``models`` would: for changes that send no signal (``QuerySet.update``,
    ``bulk_update``, raw deletes)."""
    for model in models:
        for changed in _watchers.get(model, ()):
            changed(using)


# Whole pages. Each kind of data has a version of its own, bumped when something of that kind changes (now, and
# again once the change is committed, so that a page another process cached between the write and the commit is
# not kept); a cached page's key carries the versions of every kind it shows.
PAGE_SECONDS = 3600
KINDS = ("organisations", "opportunities", "news", "taxonomies")


def _kind_key(kind):
    return f"version:{kind}"


def bump_kind(kind, using=None):
    """Make every cached page that shows ``kind`` stale."""
    if not settings.PAGE_CACHE:
        return  # Nothing is cached by page; versions start afresh when the cache is turned on.
    _bump(_kind_key(kind), using)


def bump_all():
    """Make every cached count and page stale: for changes no signal reports (bulk loads, benchmarks)."""
    bump_facet_version()
    for kind in KINDS:
        bump_kind(kind)


def kind_versions(kinds):
    """The current version of each kind, in the order given (one cache read for all of them)."""
    _versions_read()
    keys = [_kind_key(kind) for kind in kinds]
    found = cache.get_many(keys)
    versions = []
    for key in keys:
        if key not in found:
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key)
        versions.append(found[key])
    return versions


def watch_kind(kind, models):
    """Saves, deletes and link changes of ``models`` make the pages showing ``kind`` stale."""
    assert kind in KINDS, kind
    _on_change(models, functools.partial(bump_kind, kind), uid=f"page-{kind}")


def _reader_is_anonymous(request):
    """No logged-in user and no message waiting; known without a query when the request carries no session."""
    has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
    if has_session and SESSION_KEY in request.session:
        return False
    messages = getattr(request, "_messages", None)
    if messages is None or not (has_session or CookieStorage.cookie_name in request.COOKIES):
        return True
    return not len(messages)


def _sets_state(request, response):
    """The response (or the middleware after it) sets a cookie: a CSRF token for a form, a changed session,
    a message stored for the next page."""
    session = getattr(request, "session", None)
    messages = getattr(request, "_messages", None)
    return bool(
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.modified)
        or (messages is not None and messages.added_new)
    )


def _page_key(request, versions, minute, vary):
    return make_key(
        "page",
        max(versions),
        versions,
        minute,
        get_language(),
        request.get_full_path(),
        [request.headers.get(header, "") for header in vary],
    )


def public_page(*kinds, clock=False, personal=True, vary=()):
    """Serve a public page from the cache to anonymous readers, with headers a CDN and browsers can keep.

    ``kinds`` are the kinds of data the page shows (``KINDS``): a change of any of them makes it stale.
    ``clock``: the page depends on the time (deadlines, upcoming events, scheduled news), so it is cached per
    minute and a CDN keeps it no longer than the minute. ``personal=False``: the response is the same for a
    logged-in member (the API), so it is cached for everyone. ``vary``: request headers the response varies on,
    besides the address and the language (the API's ``Accept``).

    Only 200 responses that set no cookie are kept, so a page that carries a form's CSRF token, changes the
    session or stores a message is rendered every time; so is a page for a logged-in member or one with a
    message to show. Every kept response carries an ``ETag`` and a ``Last-Modified``, and a conditional request
    is answered 304.
    """
    for kind in kinds:
        assert kind in KINDS, kind

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD") or (personal and not _reader_is_anonymous(request)):
                response = view(request, *args, **kwargs)
                if personal and request.method in ("GET", "HEAD"):
                    patch_cache_control(response, private=True)
                return response
            now = timezone.now()
            minute = int(now.timestamp() // 60) if clock else None
            key = versions = None
            if settings.PAGE_CACHE:
                versions = kind_versions(kinds)
                key = _page_key(request, versions, minute, vary)
                stored = cache.get(key)
                if stored is not None:
                    content, headers = stored
                    response = HttpResponse(content, headers=headers)
                    _cache_control(response, now=now, clock=clock)
                    return _conditional(request, response)
            response = view(request, *args, **kwargs)
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response.render()
            if response.status_code != 200 or response.streaming or _sets_state(request, response):
                return response
            _mark_public(response, versions=versions, now=now, clock=clock, personal=personal)
            if key:
                timeout = 90 if clock else PAGE_SECONDS
                cache.set(key, (response.content, dict(response.headers)), timeout)
            return _conditional(request, response)

        return wrapped

    return decorator


def _mark_public(response, *, versions, now, clock, personal):
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    if not response.has_header("Last-Modified") and versions:
        # A version is the time of the last change of its kind; a page that follows the clock changes each minute.
        modified = max(versions) / 1e9
        if clock:
            modified = max(modified, now.timestamp() // 60 * 60)
        response["Last-Modified"] = http_date(modified)
    _cache_control(response, now=now, clock=clock)
    if personal:
        # A member's page differs; the session cookie tells a shared cache which copy is whose.
        patch_vary_headers(response, ["Cookie"])


def _cache_control(response, *, now, clock):
    max_age = settings.PAGE_MAX_AGE
    if clock:
        # Never kept past the minute it was made for (patch_cache_control keeps the smaller max-age on a copy
        # served later in the same minute).
        patch_cache_control(response, public=True, max_age=min(max_age, 60 - int(now.timestamp()) % 60))
    else:
        patch_cache_control(response, public=True, max_age=max_age, stale_while_revalidate=max_age)


def _conditional(request, response):
    modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=int(parse_http_date(modified)) if modified else None,
        response=response,
    )
