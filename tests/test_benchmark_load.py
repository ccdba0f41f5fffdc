"""`manage.py benchmark --load` and `--soak` on a tiny directory: the tables they print and the server they stop.

The command runs in a process of its own against a database the gunicorn it starts can open too: the test
database on PostgreSQL (committed, hence ``transactional_db``), a file copy of it on SQLite. Nothing here asserts
a rate or a time.
"""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import types
from contextlib import closing
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from directory.portal import loadtest

LOAD_PAGES = [
    "hello-world",
    "home",
    "list",
    "filtered list",
    "search",
    "Arabic search",
    "opportunities list",
    "API organizations",
    "API services",
    "API opportunities",
    "profile",
]
LOAD_ROW = re.compile(
    r"^(?P<label>\S.*?) +(?P<rate>\d+\.\d) +(?:\d+\.\d +){3}(?P<errors>\d+) +(?P<share>\d+\.\d) "
    r"+(?P<target>\d+|-)(?P<below>  BELOW)?$"
)
SOAK_ROW = re.compile(
    r"^(?P<label>list|profile) +(?P<requests>\d+) +\d+\.\d +(?:\d+\.\d +){3}(?P<errors>\d+)$"
)


@pytest.fixture
def served_database(transactional_db, taxonomies, tmp_path):
    """A tiny directory in a database that other processes can open, as a DATABASE_URL."""
    call_command("generate_organisations", 8, seed=1, stdout=StringIO())
    call_command("generate_opportunities", 20, seed=7, stdout=StringIO())
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        path = tmp_path / "served.sqlite3"
        connection.ensure_connection()
        with closing(sqlite3.connect(path)) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{path}"
    return loadtest.database_url()


def benchmark(database, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", "benchmark", *args],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": database, "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def load_tables(output):
    """Rows of the cache-warm and cache-miss tables, by label."""
    tables, current = {}, None
    for line in output.splitlines():
        if line.startswith(("cache warm", "cache miss")):
            current = tables.setdefault(line.split(" (")[0], {})
        elif current is not None and (match := LOAD_ROW.match(line)):
            current[match["label"]] = match
    return tables


def test_load_prints_every_page_as_a_share_of_hello_world_warm_and_on_a_miss(served_database):
    output = benchmark(
        served_database, "--load", "--connections", "2", "--duration", "0.1", "--client", "python"
    )
    tables = load_tables(output)
    assert list(tables) == ["cache warm", "cache miss"]
    for title, target in (("cache warm", "30"), ("cache miss", "5")):
        rows = tables[title]
        assert list(rows) == LOAD_PAGES, title
        assert rows["hello-world"]["share"] == "100.0"
        assert rows["hello-world"]["target"] == "-"
        assert {
            label: row["target"] for label, row in rows.items() if label != "hello-world"
        } == dict.fromkeys(LOAD_PAGES[1:], target)
        assert all(row["errors"] == "0" for row in rows.values()), title
        assert all(float(row["rate"]) > 0 for row in rows.values()), title
    assert "; gunicorn, 2 sync worker(s); Python client, 2 connection(s) × 0.1 s per page" in output
    assert re.search(r"^errors: 0 \(target 0\)$", output, re.M)


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_load_uses_wrk_when_it_is_installed(served_database):
    output = benchmark(served_database, "--load", "--connections", "2", "--duration", "1", "--page", "home")
    assert "; wrk, 2 connection(s) × 1 s per page" in output
    tables = load_tables(output)
    for rows in tables.values():
        assert list(rows) == ["hello-world", "home"]
        assert all(row["errors"] == "0" for row in rows.values())


def test_soak_reports_no_errors_and_how_soon_readers_saw_each_change(served_database):
    output = benchmark(
        served_database, "--soak", "--connections", "2", "--duration", "2", "--write-every", "0.5"
    )
    rows = {m["label"]: m for line in output.splitlines() if (m := SOAK_ROW.match(line))}
    assert list(rows) == ["list", "profile"]
    assert all(int(row["requests"]) > 0 and row["errors"] == "0" for row in rows.values())
    writes = re.search(r"^writes: (\d+) published, 0 failed$", output, re.M)
    assert writes and int(writes[1]) >= 1
    assert re.search(r"^staleness: p50 \d+\.\d\d s, max \d+\.\d\d s \(target ≤ 2 s\)$", output, re.M)
    assert re.search(r"^errors: 0 \(target 0\)$", output, re.M)


def test_the_server_is_stopped_when_the_run_is_interrupted(served_database):
    with pytest.raises(KeyboardInterrupt), loadtest.serve(workers=1, database=served_database) as server:
        assert loadtest.get(server.port, "/__hello__") == (200, b"Hello, world")
        raise KeyboardInterrupt
    assert server.process.poll() is not None


def test_the_hello_world_view_is_not_among_the_sites_urls(db):
    assert Client().get("/__hello__").status_code == 404


def test_staleness_counts_readers_who_started_after_the_write_and_saw_an_older_version():
    samples = [
        loadtest.Sample("/list", start=0.5, end=0.6, status=200, seen=0),  # before the write: rightly old
        loadtest.Sample("/list", start=1.2, end=1.3, status=200, seen=0),  # stale for 0.2 s
        loadtest.Sample("/profile", start=1.4, end=1.5, status=200, seen=1),
        loadtest.Sample("/list", start=2.5, end=2.6, status=200, seen=2),  # a later version counts as seen
    ]
    assert loadtest.staleness(samples, [(1, 1.0), (2, 2.0)]) == pytest.approx([0.2, 0.0])


def test_load_refuses_a_database_no_server_can_open(db, monkeypatch):
    # SQLite's test database lives in this process's memory; on PostgreSQL, such a database is stood in.
    in_memory = types.SimpleNamespace(
        vendor="sqlite", settings_dict={"NAME": ":memory:"}, is_in_memory_db=lambda: True
    )
    monkeypatch.setattr(loadtest, "connection", in_memory)
    with pytest.raises(CommandError, match="in-memory SQLite"):
        call_command("benchmark", "--load", stdout=StringIO())
