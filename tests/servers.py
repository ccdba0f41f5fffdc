"""Other processes on this test's database: app servers (gunicorn) and scripts, for what one process cannot show."""

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import redis
import requests
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
# Variables the test settings put into this process's environment; a child chooses its own.
OURS = {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "SECURE_SSL_REDIRECT", "ALLOWED_HOSTS", "DATABASE_URL"}


def redis_reachable():
    """Whether Redis answers. CI starts one and sets TEST_REQUIRE_REDIS, so there a missing Redis fails the
    tests instead of quietly skipping or falling back."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("TEST_REQUIRE_REDIS") == "1":
            raise
        return False
    return True


@contextlib.contextmanager
def redis_namespace():
    """A key prefix of this test's own on the shared Redis, whose keys are deleted on leaving. Other tests (and
    other CI runs) use the same Redis database at the same time: flushing it would wipe their keys too."""
    prefix = f"test-{uuid.uuid4().hex}"
    try:
        yield prefix
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            client.delete(key)


def shared_database(tmp_path):
    """A DATABASE_URL other processes can open, holding what this (transactional) test has committed: the test
    database itself on PostgreSQL; on SQLite, whose test database lives in this process's memory, a file copy."""
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
        return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    path = tmp_path / "shared.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


def read_shared(database_url, sql, params=()):
    """Rows of ``sql`` as the other processes see them."""
    if database_url.startswith("sqlite:///"):
        with contextlib.closing(sqlite3.connect(database_url.removeprefix("sqlite:///"))) as db:
            return db.execute(sql, params).fetchall()
    with connection.cursor() as cursor:
        cursor.execute(sql.replace("?", "%s"), params)
        return cursor.fetchall()


def write_shared(database_url, sql, params=()):
    """Change the shared database behind the servers' backs (no signal, so no cache is told)."""
    if database_url.startswith("sqlite:///"):
        with contextlib.closing(sqlite3.connect(database_url.removeprefix("sqlite:///"))) as db, db:
            db.execute(sql, params)
        return
    with connection.cursor() as cursor:
        cursor.execute(sql.replace("?", "%s"), params)


def environment(**extra):
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        # DEBUG serves MEDIA_ROOT and the unhashed static files, so no collectstatic is needed.
        "DEBUG": "1",
        "SECRET_KEY": "two-servers-test-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TASKS_IMMEDIATE": "1",
        "OPEN_DATA_ON_CHANGE": "0",
        "PAGE_CACHE": "1",
        **extra,
    }


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def app_servers(count, env, logs):
    """``count`` gunicorn servers, each with one worker, answering once /healthz does; stopped on leaving."""
    servers = []
    try:
        for n in range(count):
            port = _free_port()
            log = open(logs / f"server-{n}.log", "w")  # noqa: SIM115 — closed below
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "directory.wsgi", "--bind", f"127.0.0.1:{port}"]
                + ["--workers", "1", "--timeout", "120"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            servers.append((process, log, f"http://127.0.0.1:{port}"))
        for process, _log, url in servers:
            _wait_until_ready(process, url, logs)
        yield [url for _process, _log, url in servers]
    finally:
        for process, log, _url in servers:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()


def _wait_until_ready(process, url, logs, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited: " + "".join(p.read_text() for p in logs.glob("server-*.log")))
        try:
            if requests.get(f"{url}/healthz", timeout=30).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or its worker still starting
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def csrf_token(session, url):
    """The CSRF token a form on ``url`` would post (the cookie's value, which Django accepts as the token)."""
    session.get(url, timeout=30)
    return session.cookies["csrftoken"]
