"""Server time and SQL query count of the main public pages, measured in-process with Django's test client.

The time is what the server spends on a request (URL routing, middleware, views, SQL and templates), without the
network. Each page is requested a few times first so caches, compiled templates and database plans are warm.
"""

import math
import statistics
import time

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from django.utils.text import compress_string

from organisations.models import Organisation

PAGES = [
    ("home", "/fr/", {}),
    ("list", "/fr/organisations/", {}),
    ("filtered list", "/fr/organisations/", {"sector": "education", "area": "tanger"}),
    ("search", "/fr/organisations/", {"q": "association tanger"}),
    ("Arabic search", "/ar/organisations/", {"q": "جمعية"}),
]
# What a first visit to the list downloads besides the HTML.
LIST_ASSETS = ["css/site.css", "js/filters.js"]


def percentile(values, fraction):
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Command(BaseCommand):
    help = "Measure p50/p95 server time and SQL queries of the main pages, and the list page's gzip size."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=50, help="Timed requests per page (default 50).")
        parser.add_argument(
            "--warmup", type=int, default=3, help="Untimed requests per page first (default 3)."
        )
        parser.add_argument(
            "--target-ms", type=float, default=100.0, help="Flag pages whose p95 exceeds this (default 100)."
        )

    def handle(self, *args, runs, warmup, target_ms, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        pages = [*PAGES, ("detail", _detail_path(), {})]
        # The test client's host name must be allowed whatever ALLOWED_HOSTS the environment sets.
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
            client = Client()
            results = [self._measure(client, page, runs, warmup) for page in pages]
        self._report(results, runs, target_ms)

    def _measure(self, client, page, runs, warmup):
        label, path, params = page
        for _ in range(warmup):
            _get(client, path, params)
        with CaptureQueriesContext(connection) as queries:
            response = _get(client, path, params)
        # Counted now: the captured list is a slice of the connection's log, which the next request resets.
        query_count = len(queries)
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            _get(client, path, params)
            timings.append((time.perf_counter() - started) * 1000)
        return {
            "label": label,
            "p50": statistics.median(timings),
            "p95": percentile(timings, 0.95),
            "queries": query_count,
            "html": response.content,
        }

    def _report(self, results, runs, target_ms):
        published = Organisation.objects.published().count()
        self.stdout.write(
            f"{connection.vendor}, {published} published organisations, {runs} runs per page, "
            f"target p95 ≤ {target_ms:g} ms"
        )
        self.stdout.write(f"{'page':<15} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        slow = 0
        for row in results:
            flag = ""
            if row["p95"] > target_ms:
                flag, slow = "  SLOW", slow + 1
            self.stdout.write(
                f"{row['label']:<15} {row['p50']:>8.1f} {row['p95']:>8.1f} {row['queries']:>8}{flag}"
            )
        list_html = next(row["html"] for row in results if row["label"] == "list")
        sizes = {"HTML": len(compress_string(list_html))}
        for asset in LIST_ASSETS:
            sizes[asset] = len(compress_string(_static_bytes(asset)))
        detail = ", ".join(f"{name} {size / 1024:.1f} kB" for name, size in sizes.items())
        self.stdout.write(f"list page, gzip: {detail}; total {sum(sizes.values()) / 1024:.1f} kB")
        if slow:
            self.stdout.write(self.style.WARNING(f"{slow} page(s) over the {target_ms:g} ms p95 target."))
        else:
            self.stdout.write(self.style.SUCCESS("Every page is within the p95 target."))


def _get(client, path, params):
    # secure=True: outside DEBUG, SECURE_SSL_REDIRECT would otherwise answer every request with a redirect.
    response = client.get(path, params, secure=True)
    if response.status_code != 200:
        raise CommandError(f"{path} {params or ''} answered {response.status_code}, not 200.")
    return response


def _detail_path():
    published = Organisation.objects.published().order_by("pk")
    # One with sectors and areas, so the "related organisations" query runs as it does for most records.
    organisation = published.filter(sectors__isnull=False, areas__isnull=False).first() or published.first()
    if organisation is None:
        raise CommandError("No published organisation: run load_demo or generate_organisations first.")
    with translation.override("fr"):
        return organisation.get_absolute_url()


def _static_bytes(path):
    found = finders.find(path)
    if not found:
        raise CommandError(f"Static file {path} not found.")
    with open(found, "rb") as handle:
        return handle.read()
