"""Server time and SQL query count of the main public pages, measured in-process with Django's test client.

The time is what the server spends on a request (URL routing, middleware, views, SQL and templates), without the
network. Each page is requested a few times first so caches, compiled templates and database plans are warm.
"""

import math
import statistics
import time
from typing import NamedTuple

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from django.utils.text import compress_string

from directory.caching import bump_facet_version
from directory.portal.overview.counts import refresh_counts
from opportunities.models import Opportunity
from organisations.models import Organisation

# What happens before each timed request (untimed): nothing, so caches stay warm; or a change of the data, which
# makes facet counts, overview counts and cached fragments stale; or a change made by a request, which refreshes
# the overview's unfiltered counts after answering, as the site does.
WARM, CHANGED, CHANGED_BY_REQUEST = "warm", "changed", "changed by a request"


class Page(NamedTuple):
    label: str
    path: str
    params: dict | None = None
    # p95 target in ms; None: --target-ms; NO_TARGET: measured for the record, never flagged.
    target_ms: float | None = None
    before: str = WARM


NO_TARGET = math.inf


PAGES = [
    Page("home", "/fr/"),
    Page("home, after a change", "/fr/", before=CHANGED),
    Page("list", "/fr/organisations/"),
    Page("list, after a change", "/fr/organisations/", before=CHANGED),
    Page("filtered list", "/fr/organisations/", {"sector": "education", "area": "tanger"}),
    Page("search", "/fr/organisations/", {"q": "association tanger"}),
    Page("Arabic search", "/ar/organisations/", {"q": "جمعية"}),
    Page("opportunities list", "/fr/opportunities/"),
    Page(
        "filtered opportunities",
        "/fr/opportunities/",
        {"kind": "funding", "status": "open", "sector": "education"},
    ),
    Page("opportunity search", "/fr/opportunities/", {"q": "formation"}),
    Page("opportunities, recounted", "/fr/opportunities/", target_ms=300.0, before=CHANGED),
    Page("overview", "/fr/overview/"),
    # The open-data API: a page of 50 records, as an HSDS client walks them.
    Page("API organizations", "/api/v1/hsds/organizations", {"per_page": "50"}),
    Page("API services", "/api/v1/hsds/services", {"per_page": "50", "page": "3"}),
    Page("API opportunities", "/api/v1/opportunities/", {"per_page": "50"}),
    # A dozen tables over the whole directory, drawn afresh from counts made after the change: a wider target.
    Page("overview, after a change", "/fr/overview/", target_ms=300.0, before=CHANGED_BY_REQUEST),
    # Counting from scratch: the first view of a filtered overview after a change, or of the unfiltered one
    # after a change made outside a request (an import). Later minutes reuse the counts.
    Page("overview, counted afresh", "/fr/overview/", target_ms=NO_TARGET, before=CHANGED),
    Page(
        "filtered overview, afresh",
        "/fr/overview/",
        {"sector": "education", "area": "tanger"},
        target_ms=NO_TARGET,
        before=CHANGED,
    ),
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
        parser.add_argument(
            "--page",
            action="append",
            dest="only",
            metavar="LABEL",
            help="Measure only this page (by its label in the report); repeat for several. Default: every page.",
        )

    def handle(self, *args, runs, warmup, target_ms, only=None, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        pages = [
            *PAGES,
            Page("detail", _detail_path()),
            *(Page(label, path) for label, path in _opportunity_paths()),
        ]
        if only:
            unknown = set(only) - {page.label for page in pages}
            if unknown:
                raise CommandError(f"No page labelled {', '.join(sorted(unknown))}.")
            pages = [page for page in pages if page.label in only]
        # The test client's host name must be allowed whatever ALLOWED_HOSTS the environment sets.
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
            client = Client()
            results = [self._measure(client, page, runs, warmup) for page in pages]
        results.append(self._time_refresh(runs))
        self._report(results, runs, target_ms)

    def _time_refresh(self, runs):
        """The work a changing request does after answering: the overview's unfiltered counts."""
        timings = []
        for _ in range(runs):
            bump_facet_version()
            started = time.perf_counter()
            refresh_counts()
            timings.append((time.perf_counter() - started) * 1000)
        return {
            "label": "(overview counts, after the response to a change)",
            "target": NO_TARGET,
            "p50": statistics.median(timings),
            "p95": percentile(timings, 0.95),
            "queries": "",
        }

    def _measure(self, client, page, runs, warmup):
        for _ in range(warmup):
            _renew(page)
            _get(client, page)
        _renew(page)
        with CaptureQueriesContext(connection) as queries:
            response = _get(client, page)
        # Counted now: the captured list is a slice of the connection's log, which the next request resets.
        query_count = len(queries)
        timings = []
        for _ in range(runs):
            _renew(page)
            started = time.perf_counter()
            _get(client, page)
            timings.append((time.perf_counter() - started) * 1000)
        return {
            "label": page.label,
            "target": page.target_ms,
            "p50": statistics.median(timings),
            "p95": percentile(timings, 0.95),
            "queries": query_count,
            "html": response.content,
        }

    def _report(self, results, runs, target_ms):
        organisations = Organisation.objects.public().count()
        opportunities = Opportunity.objects.public().count()
        self.stdout.write(
            f"{connection.vendor}, {organisations} published organisations, {opportunities} public "
            f"opportunities, {runs} runs per page, target p95 ≤ {target_ms:g} ms unless shown"
        )
        self.stdout.write(
            f"machine: a pure-Python loop of 10 million additions takes {_reference_ms():.0f} ms "
            "(to compare runs on different machines)"
        )
        self.stdout.write(f"{'page':<26} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'target':>8}")
        slow = 0
        for row in results:
            target = row["target"] or target_ms
            flag = ""
            if row["p95"] > target:
                flag, slow = "  SLOW", slow + 1
            shown = "-" if target == NO_TARGET else f"{target:g}"
            self.stdout.write(
                f"{row['label']:<26} {row['p50']:>8.1f} {row['p95']:>8.1f} {row['queries']:>8} {shown:>8}{flag}"
            )
        list_html = next((row["html"] for row in results if row["label"] == "list"), None)
        if list_html is not None:
            sizes = {"HTML": len(compress_string(list_html))}
            for asset in LIST_ASSETS:
                sizes[asset] = len(compress_string(_static_bytes(asset)))
            detail = ", ".join(f"{name} {size / 1024:.1f} kB" for name, size in sizes.items())
            self.stdout.write(f"list page, gzip: {detail}; total {sum(sizes.values()) / 1024:.1f} kB")
        if slow:
            self.stdout.write(self.style.WARNING(f"{slow} page(s) over their p95 target."))
        else:
            self.stdout.write(self.style.SUCCESS("Every page is within the p95 target."))


def _reference_ms():
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return (time.perf_counter() - started) * 1000


def _renew(page):
    """Outside the timed request: what changing the data costs the changing request is not what is measured."""
    if page.before != WARM:
        bump_facet_version()
    if page.before == CHANGED_BY_REQUEST:
        refresh_counts()


def _get(client, page):
    # secure=True: outside DEBUG, SECURE_SSL_REDIRECT would otherwise answer every request with a redirect.
    response = client.get(page.path, page.params or {}, secure=True)
    if response.status_code != 200:
        raise CommandError(f"{page.path} {page.params or ''} answered {response.status_code}, not 200.")
    return response


def _detail_path():
    published = Organisation.objects.public().order_by("pk")
    # One with sectors and areas, so the "related organisations" query runs as it does for most records.
    organisation = published.filter(sectors__isnull=False, areas__isnull=False).first() or published.first()
    if organisation is None:
        raise CommandError("No published organisation: run load_demo or generate_organisations first.")
    with translation.override("fr"):
        return organisation.get_absolute_url()


def _opportunity_paths():
    """An offer and a request, each with sectors and areas; a request's page also looks for possible answers."""
    public = Opportunity.objects.public().filter(sectors__isnull=False, areas__isnull=False).order_by("pk")
    paths = []
    for direction in Opportunity.Direction:
        opportunity = public.filter(direction=direction).first()
        if opportunity is not None:
            with translation.override("fr"):
                paths.append((f"{direction.value} opportunity detail", opportunity.get_absolute_url()))
    return paths


def _static_bytes(path):
    found = finders.find(path)
    if not found:
        raise CommandError(f"Static file {path} not found.")
    with open(found, "rb") as handle:
        return handle.read()
