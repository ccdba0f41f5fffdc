"""Per-IP rate limits for public forms, and the client address they (and django-axes) key on."""

import datetime
import functools
import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.models import RateCounter


def client_ip(request):
    """The client's address: the connection's, or the one our own trusted proxies saw.

    Each proxy appends the address it was connected from to X-Forwarded-For, so with N proxies of ours the
    N-th entry from the end is the client as our outermost proxy saw it. Anything before it was written by the
    client and is ignored: a forged header cannot choose the address that limits and lockouts count against.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if p.strip()]
        if len(forwarded) >= count:
            try:
                return str(ipaddress.ip_address(forwarded[-count]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR", "")


def hit(request, scope, *, limit, window):
    """Count one attempt for this IP in ``scope``; True while the IP stays within ``limit`` per ``window`` s.

    Counted atomically, so that the limit holds across app servers: by the cache's own ``incr`` where it is
    atomic (Redis, one process's memory), and by a row updated in place where the cache is the database's, whose
    ``incr`` reads and writes the value back (two servers could both count 4 + 1)."""
    digest = hashlib.sha256(f"{scope}:{client_ip(request)}".encode()).hexdigest()[:32]
    key = f"ratelimit:{digest}"
    count = _count_in_database(key, window) if _database_cache() else _count_in_cache(key, window)
    return count <= limit


def _database_cache():
    return isinstance(caches["default"], DatabaseCache)


def _count_in_cache(key, window):
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def _count_in_database(key, window):
    now = timezone.now()
    counters = RateCounter.objects.filter(key=key)
    for _attempt in range(3):
        with transaction.atomic():
            # Each UPDATE locks the row until commit; a concurrent one waits, then sees the new count.
            if counters.filter(expires_at__gt=now).update(count=F("count") + 1):
                return counters.values_list("count", flat=True).get()
            # Expired: start a new window, unless a concurrent request has just done so (then count again).
            expires = now + datetime.timedelta(seconds=window)
            if counters.filter(expires_at__lte=now).update(count=1, expires_at=expires):
                return 1
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, count=1, expires_at=expires)
            except IntegrityError:  # created by a concurrent request: count again
                continue
            # A new address: clear the windows that have ended, so the table holds only live counts.
            RateCounter.objects.filter(expires_at__lte=now).delete()
            return 1
    raise RuntimeError(f"Could not count {key}.")


def ratelimit(scope, *, limit, window):
    """Refuse POSTs past ``limit`` per ``window`` seconds from one IP with a translated 429 page."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST" and not hit(request, scope, limit=limit, window=window):
                return render(
                    request,
                    "rate_limited.html",
                    {
                        "message": _(
                            "Too many attempts from your connection. Please wait a while and try again."
                        )
                    },
                    status=429,
                )
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
