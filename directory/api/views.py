"""What every public API view shares: no session, open CORS for reading, rate limits, cached whole with
conditional GETs (directory.caching)."""

import functools

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from rest_framework import generics, pagination
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle

from directory import caching
from directory.counting import TalliedPaginator
from directory.translated import LANGUAGE_CODES


class PublicRateThrottle(AnonRateThrottle):
    """Per client address (behind TRUSTED_PROXY_COUNT proxies); DRF answers 429 with Retry-After."""

    scope = "public_api"


class HSDSPage(pagination.PageNumberPagination):
    """HSDS 3.0's ``Page``: the counts and flags a client needs to walk every page, then ``contents``."""

    page_query_param = "page"
    page_size_query_param = "per_page"
    page_size = 50
    max_page_size = 200

    def paginate_queryset(self, queryset, request, view=None):
        # A view whose list is unfiltered knows its size from the maintained counts (``tallied_count``).
        count = view.tallied_count() if hasattr(view, "tallied_count") else None
        self.django_paginator_class = functools.partial(TalliedPaginator, count=count)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        page = self.page
        return Response(
            {
                "total_items": page.paginator.count,
                "total_pages": page.paginator.num_pages,
                "page_number": page.number,
                "size": len(data),
                "first_page": not page.has_previous(),
                "last_page": not page.has_next(),
                "empty": page.paginator.count == 0,
                "contents": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": [
                "total_items",
                "total_pages",
                "page_number",
                "size",
                "first_page",
                "last_page",
                "empty",
            ],
            "properties": {
                "total_items": {"type": "integer"},
                "total_pages": {"type": "integer"},
                "page_number": {"type": "integer"},
                "size": {"type": "integer"},
                "first_page": {"type": "boolean"},
                "last_page": {"type": "boolean"},
                "empty": {"type": "boolean"},
                "contents": schema,
            },
        }


def api_language(request):
    """``?lang=ar`` if given and known, else the language LocaleMiddleware chose (Accept-Language)."""
    wanted = request.query_params.get("lang", "")
    return wanted if wanted in LANGUAGE_CODES else (get_language() or settings.LANGUAGE_CODE)[:2]


class PublicAPIMixin:
    """Read-only, anonymous: a logged-in member sees exactly what everyone sees."""

    authentication_classes = []
    permission_classes = []
    throttle_classes = [PublicRateThrottle]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]
    pagination_class = HSDSPage
    http_method_names = ["get", "head", "options"]

    # What the responses show, for the page cache (directory.caching.public_page), which also gives them their
    # ETag, Cache-Control and 304s; ``page_clock`` where they depend on the time.
    page_kinds = ("organisations", "taxonomies")
    page_clock = False

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)
        return caching.public_page(*cls.page_kinds, clock=cls.page_clock, personal=False, vary=["Accept"])(
            view
        )

    def last_modified(self):
        """The newest change to what this response shows, or None; subclasses say how to find it."""
        return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        patch_vary_headers(response, ["Accept", "Accept-Language"])
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            modified = self.last_modified()
            if modified is not None:
                response["Last-Modified"] = http_date(modified.timestamp())
        return response


class PublicListView(PublicAPIMixin, generics.ListAPIView):
    pass


class PublicDetailView(PublicAPIMixin, generics.RetrieveAPIView):
    pass
