"""Server time and SQL query count of the main public pages, measured in-process with Django's test client.

The time is what the server spends on a request (URL routing, middleware, views, SQL and templates), without the
network. Each page is requested a few times first so caches, compiled templates and database plans are warm.

``--load`` serves the site with gunicorn instead and measures each page's request rate under load as a share of a
hello-world view's, with caches warm and on a miss; ``--soak`` keeps many readers on the list and a profile while
a writer publishes a change every second, and reports errors and how long readers saw the old version
(directory/portal/loadtest.py).
"""

import math
import os
import re
import secrets
import shutil
import statistics
import time
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from django.utils.text import compress_string

from directory.caching import bump_all, bump_facet_version
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from directory.portal import loadtest
from directory.portal.benchmark_urls import HELLO_PATH
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
    # Search ranks and pages in the database: a word most records hold, in each script, a place with a variant
    # spelling, and the first search after a change (its facets counted afresh over the matches).
    Page("search, common word", "/fr/organisations/", {"q": "association"}),
    Page("search with a place", "/fr/organisations/", {"q": "femmes Bni Makada"}),
    Page("search, changed", "/fr/organisations/", {"q": "association tanger"}, before=CHANGED),
    Page("Arabic search, changed", "/ar/organisations/", {"q": "جمعية"}, before=CHANGED),
    Page("opportunity search, changed", "/fr/opportunities/", {"q": "formation"}, before=CHANGED),
    Page("opportunities, recounted", "/fr/opportunities/", target_ms=300.0, before=CHANGED),
    Page("overview", "/fr/overview/"),
    # The open-data API: a page of 50 records, as an HSDS client walks them.
    Page("API organizations", "/api/v1/hsds/organizations", {"per_page": "50"}),
    Page("API services", "/api/v1/hsds/services", {"per_page": "50", "page": "3"}),
    Page("API opportunities", "/api/v1/opportunities/", {"per_page": "50"}),
    # The first client after a change: the page is built again, not served from the page cache.
    Page("API organizations, changed", "/api/v1/hsds/organizations", {"per_page": "50"}, before=CHANGED),
    Page("API services, changed", "/api/v1/hsds/services", {"per_page": "50", "page": "3"}, before=CHANGED),
    Page("API opportunities, changed", "/api/v1/opportunities/", {"per_page": "50"}, before=CHANGED),
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

# --load: these pages (and an organisation's profile) next to the hello-world view, each as a share of its rate.
LOAD_LABELS = [
    "home",
    "list",
    "filtered list",
    "search",
    "Arabic search",
    "opportunities list",
    "API organizations",
    "API services",
    "API opportunities",
]
HELLO = "hello-world"
# Request rate as a share of hello-world's (issue 14), when cached and on a cache miss.
WARM_SHARE, MISS_SHARE = 30.0, 5.0
# A cache-miss run makes the data's version new this often, so that (nearly) every request is the first after a
# change: well under the time of any page.
BUST_EVERY = 0.01
STALENESS_TARGET = 2.0


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

        load = parser.add_argument_group(
            "under load (--load, --soak): gunicorn on a free port, this database"
        )
        modes = load.add_mutually_exclusive_group()
        modes.add_argument(
            "--load",
            action="store_true",
            help="Request rate, p50/p95/p99 and errors of each page as a share of a hello-world view's, "
            "cache warm and on a cache miss.",
        )
        modes.add_argument(
            "--soak",
            action="store_true",
            help="Readers on the list and a profile while a change is published every second: errors and how "
            "long readers see the old version.",
        )
        load.add_argument(
            "--connections", type=int, help="Concurrent connections (default 8; 50 with --soak)."
        )
        load.add_argument(
            "--duration", type=float, help="Seconds per page and run (default 20); of the soak (default 60)."
        )
        load.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2).")
        load.add_argument(
            "--client",
            choices=["auto", "wrk", "python"],
            default="auto",
            help="Load generator for --load: wrk if installed and the duration is whole seconds (auto), or the "
            "built-in Python client.",
        )
        load.add_argument(
            "--write-every", type=float, default=1.0, help="Seconds between writes with --soak (default 1)."
        )

    def handle(self, *args, runs, warmup, target_ms, only=None, load=False, soak=False, **options):
        if load or soak:
            connections = options["connections"] or (50 if soak else 8)
            duration = options["duration"] or (60.0 if soak else 20.0)
            if connections < 1 or duration <= 0 or options["workers"] < 1:
                raise CommandError("--connections, --duration and --workers must be positive.")
            try:
                database = loadtest.database_url()
            except loadtest.ServerError as error:
                raise CommandError(str(error)) from error
            with loadtest.interrupt_on_sigterm():
                try:
                    if load:
                        self._load(
                            database, connections, duration, options["workers"], options["client"], only
                        )
                    else:
                        self._soak(
                            database, connections, duration, options["workers"], options["write_every"]
                        )
                except loadtest.ServerError as error:
                    raise CommandError(str(error)) from error
            return
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

    def _header(self):
        organisations = Organisation.objects.public().count()
        opportunities = Opportunity.objects.public().count()
        return f"{connection.vendor}, {organisations} published organisations, {opportunities} public opportunities"

    def _load(self, database, connections, duration, workers, client, only):
        pages = [
            Page(HELLO, HELLO_PATH),
            *(_first_page(page) for page in PAGES if page.label in LOAD_LABELS),
            Page("profile", _detail_path()),
        ]
        if only:
            unknown = set(only) - {page.label for page in pages}
            if unknown:
                raise CommandError(f"No page labelled {', '.join(sorted(unknown))}.")
            # Hello-world is the yardstick: always measured.
            pages = [page for page in pages if page.label == HELLO or page.label in only]
        wrk = shutil.which("wrk")
        if client == "wrk" and (wrk is None or duration != int(duration)):
            raise CommandError("--client wrk needs wrk installed and a --duration in whole seconds.")
        use_wrk = client == "wrk" or (client == "auto" and wrk is not None and duration == int(duration))

        def measure(page):
            path = _url(page)
            if use_wrk:
                return loadtest.wrk_load(wrk, server.port, path, connections=connections, duration=duration)
            return loadtest.python_load(server.port, path, connections=connections, duration=duration)

        self.stdout.write(
            f"{self._header()}; gunicorn, {workers} sync worker(s); "
            f"{'wrk' if use_wrk else 'Python client'}, {connections} connection(s) × {duration:g} s per page"
        )
        self.stdout.write(_machine())
        with loadtest.serve(workers=workers, database=database) as server:
            for page in pages:
                # Every page must answer before anything is timed; a few untimed requests warm both workers.
                for _ in range(2 * workers):
                    status, _body = loadtest.get(server.port, _url(page))
                    if status != 200:
                        raise CommandError(f"{_url(page)} answered {status}, not 200.\n{server.output()}")
            warm = {page.label: measure(page) for page in pages}
            self._load_table(
                "cache warm", f"target ≥ {WARM_SHARE:g} % of hello-world's rate", warm, WARM_SHARE
            )
            with loadtest.repeating(_bust_caches, BUST_EVERY) as failures:
                missed = {page.label: measure(page) for page in pages}
            if failures:
                raise CommandError(f"Changing the data version failed: {failures[0]!r}")
            self._load_table(
                "cache miss",
                f"the data version changed every {BUST_EVERY * 1000:g} ms; target ≥ {MISS_SHARE:g} % of "
                "hello-world's rate",
                missed,
                MISS_SHARE,
            )
        errors = sum(rate.errors for rate in (*warm.values(), *missed.values()))
        below = sum(
            1
            for rates, target in ((warm, WARM_SHARE), (missed, MISS_SHARE))
            for label, rate in rates.items()
            if label != HELLO and _share(rate, rates[HELLO]) < target
        )
        self.stdout.write(f"errors: {errors} (target 0)")
        if below or errors:
            self.stdout.write(self.style.WARNING(f"{below} page(s) below their share of hello-world's rate."))
        else:
            self.stdout.write(self.style.SUCCESS("Every page is within its share of hello-world's rate."))

    def _load_table(self, title, note, rates, target):
        self.stdout.write(f"\n{title} ({note}); load average {_load_average()}")
        self.stdout.write(
            f"{'page':<20} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} "
            f"{'% hello':>8} {'target':>7}"
        )
        hello = rates[HELLO]
        for label, rate in rates.items():
            share = _share(rate, hello)
            shown = "-" if label == HELLO else f"{target:g}"
            flag = "  BELOW" if label != HELLO and share < target else ""
            self.stdout.write(
                f"{label:<20} {rate.per_second:>9.1f} {rate.p50:>8.1f} {rate.p95:>8.1f} {rate.p99:>8.1f} "
                f"{rate.errors:>7} {share:>8.1f} {shown:>7}{flag}"
            )

    def _soak(self, database, connections, duration, workers, write_every):
        organisation = Organisation.objects.public().order_by_name("fr").first()
        if organisation is None:
            raise CommandError("No published organisation: run load_demo or generate_organisations first.")
        with translation.override("fr"):
            paths = {"list": "/fr/organisations/", "profile": organisation.get_absolute_url()}
        original = organisation.name_fr
        # Each write renames the organisation that the French list shows first; the name sorts first whatever
        # the data, so readers of the list and of the profile both see it.
        token = secrets.token_hex(4)
        marker = re.compile(rf"0000 soak {token} (\d+)".encode())
        writes, write_failures = [], []

        def write():
            number = len(writes) + 1
            try:
                _publish_name(organisation, f"0000 soak {token} {number} {original or ''}".strip())
            except Exception as error:  # counted and shown; the soak goes on
                write_failures.append(error)
                return
            writes.append((number, time.perf_counter()))

        def seen(body):
            return max((int(n) for n in marker.findall(body)), default=0)

        self.stdout.write(
            f"{self._header()}; gunicorn, {workers} sync worker(s); Python client, {connections} connection(s) "
            f"× {duration:g} s on the list and a profile; a change published every {write_every:g} s"
        )
        self.stdout.write(_machine())
        try:
            with loadtest.serve(workers=workers, database=database) as server:
                for path in paths.values():
                    status, _body = loadtest.get(server.port, path)
                    if status != 200:
                        raise CommandError(f"{path} answered {status}, not 200.\n{server.output()}")
                with loadtest.repeating(write, write_every):
                    samples, seconds = loadtest.drive(
                        server.port,
                        list(paths.values()),
                        connections=connections,
                        duration=duration,
                        inspect=seen,
                        # Uncompressed, so that the name can be read in the page.
                        headers={},
                    )
        finally:
            # Through the same path, so the list and the profile show the organisation as before.
            if writes:
                _publish_name(organisation, original)
        self.stdout.write(f"load average {_load_average()}")
        self.stdout.write(
            f"{'page':<20} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}"
        )
        errors = 0
        for label, path in paths.items():
            rate = loadtest.summarise([s for s in samples if s.path == path], seconds)
            errors += rate.errors
            self.stdout.write(
                f"{label:<20} {rate.requests:>9} {rate.per_second:>9.1f} {rate.p50:>8.1f} {rate.p95:>8.1f} "
                f"{rate.p99:>8.1f} {rate.errors:>7}"
            )
        delays = loadtest.staleness(samples, writes)
        worst = max(delays, default=0.0)
        self.stdout.write(f"writes: {len(writes)} published, {len(write_failures)} failed")
        for error in write_failures[:3]:
            self.stdout.write(f"  {error!r}")
        self.stdout.write(
            f"staleness: p50 {loadtest.percentile(delays, 0.5) if delays else 0.0:.2f} s, max {worst:.2f} s "
            f"(target ≤ {STALENESS_TARGET:g} s)"
        )
        self.stdout.write(f"errors: {errors} (target 0)")
        if errors or write_failures or worst > STALENESS_TARGET:
            self.stdout.write(self.style.WARNING("The soak missed its target."))
        else:
            self.stdout.write(
                self.style.SUCCESS("No errors, and every reader saw each change within target.")
            )


def _url(page):
    return f"{page.path}?{urlencode(page.params)}" if page.params else page.path


def _first_page(page):
    """The first page of an API list: a page further on may not exist in a small directory."""
    return (
        page._replace(params={k: v for k, v in page.params.items() if k != "page"}) if page.params else page
    )


def _share(rate, hello):
    return 100 * rate.per_second / hello.per_second if hello.per_second else 0.0


def _load_average():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _machine():
    return (
        f"machine: {os.cpu_count()} cores; a pure-Python loop of 10 million additions takes "
        f"{_reference_ms():.0f} ms"
    )


def _bust_caches():
    """What a change of the data does to every cache: its versions are new, counts' and whole pages' alike."""
    bump_all()


def _publish_name(organisation, name):
    """Change the organisation's French name as an owner's edit approved by a moderator would."""
    revision = Revision(
        content_type=ContentType.objects.get_for_model(organisation),
        object_id=organisation.pk,
        data={"name_fr": name},
    )
    revision.full_clean()
    revision.save()
    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=None)


def _reference_ms():
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return (time.perf_counter() - started) * 1000


def _renew(page):
    """Outside the timed request: what changing the data costs the changing request is not what is measured."""
    if page.before != WARM:
        bump_all()
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
