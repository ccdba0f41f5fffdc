"""`manage.py benchmark` on a tiny directory: what it reports, never how fast this machine is."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from directory.portal.management.commands import benchmark

ORGANISATION_PAGES = ("home", "list", "filtered list", "search", "Arabic search", "detail")
OPPORTUNITY_PAGES = (
    "opportunities list",
    "filtered opportunities",
    "opportunity search",
    "opportunities, recounted",
    "overview",
    "overview, after a change",
    "overview, counted afresh",
    "filtered overview, afresh",
    "offered opportunity detail",
    "sought opportunity detail",
)
ROW = re.compile(r"^(?P<label>.+?) +\d+\.\d +\d+\.\d +(?P<queries>\d*) +(?P<target>\d+|-)(?P<slow>  SLOW)?$")


@pytest.fixture
def tiny_directory(taxonomies, frozen_clock, monkeypatch):
    """A few organisations and opportunities; the clock stopped so that no cache keyed by the minute rolls over
    between the benchmark's requests (which would change the queries it counts)."""
    # The reference loop times this machine, which no test needs: its line is checked, not its ten million steps.
    monkeypatch.setattr(benchmark, "_reference_ms", lambda: 0.0)
    call_command("generate_organisations", 8, seed=1, stdout=StringIO())
    call_command("generate_opportunities", 20, seed=7, stdout=StringIO())


def run_benchmark(*pages, target_ms=None):
    out = StringIO()
    args = ["--runs", "1", "--warmup", "1", *(f"--page={page}" for page in pages)]
    if target_ms is not None:
        args += ["--target-ms", str(target_ms)]
    call_command("benchmark", *args, stdout=out)
    return out.getvalue()


def rows(output):
    return {m["label"]: m for line in output.splitlines() if (m := ROW.match(line))}


def test_benchmark_prints_time_and_queries_for_every_organisation_page(tiny_directory):
    output = run_benchmark(*ORGANISATION_PAGES)
    for page in ORGANISATION_PAGES:
        assert re.search(rf"^{page} +\d+\.\d +\d+\.\d +[1-9]\d*", output, re.MULTILINE), page
    assert re.search(r"list page, gzip: HTML \d+\.\d kB, css/site\.css \d+\.\d kB, js/filters\.js", output)
    # A reference for the machine's speed, so that runs on different machines can be compared.
    assert re.search(r"^machine: a pure-Python loop of 10 million additions takes \d+ ms", output, re.M)
    assert "opportunities list" not in output


def test_benchmark_measures_the_opportunity_pages_and_the_overview(tiny_directory):
    measured = rows(run_benchmark(*OPPORTUNITY_PAGES))
    for label in OPPORTUNITY_PAGES:
        assert int(measured[label]["queries"]) > 0, label
    assert measured["overview, after a change"]["target"] == "300"
    assert measured["opportunities list"]["target"] == "100"
    assert measured["(overview counts, after the response to a change)"]["target"] == "-"
    queries = {label: int(measured[label]["queries"]) for label in OPPORTUNITY_PAGES}
    # Drawing the tables costs queries that a cached view skips; unfiltered, the counts are read from the
    # maintained tallies whoever made the change, so counting afresh costs no more.
    assert queries["overview"] < queries["overview, after a change"] == queries["overview, counted afresh"]
    assert queries["opportunities, recounted"] > queries["opportunities list"]


def test_benchmark_flags_pages_against_their_own_target(tiny_directory):
    output = run_benchmark("home", "detail", "overview, counted afresh", target_ms=0)
    measured = rows(output)
    assert {label: row["target"] for label, row in measured.items()} == {
        "home": "0",
        "detail": "0",
        "overview, counted afresh": "-",
        "(overview counts, after the response to a change)": "-",
    }
    # Any measured time exceeds a target of 0 ms; a page without a target is never flagged.
    assert [label for label, row in measured.items() if row["slow"]] == ["home", "detail"]
    assert "2 page(s) over their p95 target." in output


def test_an_unknown_page_is_refused(tiny_directory):
    with pytest.raises(CommandError, match="No page labelled nowhere"):
        run_benchmark("nowhere")


def test_with_the_page_cache_on_a_page_after_a_change_is_rendered_again_not_served_from_the_cache(
    tiny_directory, settings
):
    settings.PAGE_CACHE = True
    measured = rows(run_benchmark("list", "list, after a change"))
    # Warm, the list comes whole from the cache (its two reads on the database cache); after a change it is
    # counted and drawn again.
    assert int(measured["list"]["queries"]) <= 2
    assert int(measured["list, after a change"]["queries"]) > 2
