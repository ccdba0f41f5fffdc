"""Requests no browser sends are refused before any view sees them; response headers Django's
SecurityMiddleware does not set."""

import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import get_bytes_from_wsgi

# Control characters have no place in an address; a NUL byte in particular reaches PostgreSQL as an error (it
# cannot store one in text), so one check here spares every slug, token and search field of every view.
FORBIDDEN_IN_PATH = re.compile(r"[\x00-\x1f\x7f]")
# Query strings may carry a textarea's line breaks and tabs, nothing else below the space.
FORBIDDEN_IN_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InvalidCharacters(SuspiciousOperation):
    """A request whose path or query string holds control characters or is not UTF-8."""


class RejectInvalidCharactersMiddleware:
    """Answer 400 Bad Request to a path or query string that holds a control character, or a query string that
    is not UTF-8."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Invalid UTF-8 in the path is already percent-encoded again by Django ("%FF"), so it matches nothing
        # and is a 404; in the query string it would be decoded into replacement characters, silently.
        try:
            query = unquote_to_bytes(get_bytes_from_wsgi(request.META, "QUERY_STRING", "")).decode()
        except UnicodeDecodeError as error:
            raise InvalidCharacters("The request's query string is not UTF-8.") from error
        if FORBIDDEN_IN_PATH.search(request.path_info) or FORBIDDEN_IN_QUERY.search(query):
            raise InvalidCharacters("The request's path or query string holds a control character.")
        return self.get_response(request)


def security_headers(get_response):
    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
