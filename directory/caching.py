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
  ``overview_fragment_key``.
"""

import hashlib
import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save

FACET_SECONDS = 600
COUNTS_SECONDS = 7 * 24 * 3600
_VERSION_KEY = "data:version"


def make_key(kind, version, *parts):
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"{kind}:v{version}:{digest}"


def facet_version():
    """The version of the data the public lists count; every cached count carries it in its key."""
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(_VERSION_KEY, version, None)
    return version


def bump_facet_version(*args, **kwargs):
    """Any change to what lists count makes every cached count stale (connected by ``watch``)."""
    cache.set(_VERSION_KEY, time.time_ns(), None)


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
    for model in models:
        label = model._meta.label
        for handler in (bump_facet_version, note_change):
            name = handler.__name__
            post_save.connect(handler, sender=model, dispatch_uid=f"{name}-save-{label}")
            post_delete.connect(handler, sender=model, dispatch_uid=f"{name}-delete-{label}")
            for field in model._meta.many_to_many:
                through = field.remote_field.through
                m2m_changed.connect(handler, sender=through, dispatch_uid=f"{name}-m2m-{through}")
