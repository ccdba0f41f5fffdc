"""Per-IP rate limits for public forms, and the client address they (and django-axes) key on."""

import functools
import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext as _


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
    """Count one attempt for this IP in ``scope``; True while the IP stays within ``limit`` per ``window`` s."""
    digest = hashlib.sha256(f"{scope}:{client_ip(request)}".encode()).hexdigest()[:32]
    key = f"ratelimit:{digest}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit


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
