"""Load against a real server, for `manage.py benchmark --load` and `--soak`.

gunicorn is started on a free port against the current database, with the hello-world view of
``benchmark_urls``, and driven either by wrk (when installed) or by a small Python client: one thread per
connection, each with a keep-alive ``http.client`` connection that reconnects when the server closes it (gunicorn's
sync workers close after every response).
"""

import contextlib
import http.client
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

from directory.portal.benchmark_urls import HELLO_PATH

HOST = "127.0.0.1"
# Sent by the load clients, as a browser would: pages are gzipped by the middleware.
HEADERS = {"Accept-Encoding": "gzip"}
STARTUP_SECONDS = 60
REQUEST_TIMEOUT = 60


class ServerError(Exception):
    pass


def database_url():
    """The current database as a DATABASE_URL another process can open."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        if connection.is_in_memory_db():
            raise ServerError("an in-memory SQLite database cannot be shared with a server process")
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    if connection.vendor == "postgresql":
        user = quote(db.get("USER") or "", safe="")
        password = quote(db.get("PASSWORD") or "", safe="")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = db.get("HOST") or "localhost"
        port = db.get("PORT") or 5432
        return f"postgres://{auth}{host}:{port}/{quote(db['NAME'], safe='')}"
    raise ServerError(f"no DATABASE_URL for a {connection.vendor} database")


@dataclass
class Server:
    port: int
    process: subprocess.Popen
    log: object  # the server's output, a temporary file

    def output(self):
        """The end of what the server printed (errors and tracebacks)."""
        return _tail(self.log)

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"


@contextlib.contextmanager
def serve(*, workers, database):
    """Run gunicorn with ``workers`` sync workers on a free port; always stopped on leaving, Ctrl-C included."""
    # The socket is bound here and handed over (fd://), so no other process can take the port in between.
    listener = socket.create_server((HOST, 0), backlog=2048)
    port = listener.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
        "DATABASE_URL": database,
        "BENCHMARK_HELLO": "1",
        # The clients speak plain HTTP to the server, as a TLS proxy in front of it would.
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": ",".join([*settings.ALLOWED_HOSTS, HOST]),
        # The API's per-client limit would answer the load client with 429s; its counters still run.
        "API_RATE_LIMIT": "1000000000/second",
    }
    command = [sys.executable, "-m", "gunicorn", "directory.wsgi:application"]
    command += ["--workers", str(workers), "--bind", f"fd://{listener.fileno()}", "--backlog", "2048"]
    command += ["--timeout", str(REQUEST_TIMEOUT), "--graceful-timeout", "5", "--log-level", "warning"]
    with tempfile.TemporaryFile() as log:
        try:
            # A session of its own: Ctrl-C reaches this process only, which then stops the server below.
            process = subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env=env,
                pass_fds=[listener.fileno()],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            listener.close()
        try:
            server = Server(port=port, process=process, log=log)
            _wait_until_ready(server)
            yield server
        finally:
            stop(process)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_ready(server):
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        if server.process.poll() is not None:
            raise ServerError(f"gunicorn exited with status {server.process.returncode}:\n{server.output()}")
        try:
            status, _body = get(server.port, HELLO_PATH, timeout=2)
        except OSError:
            status = None
        if status == 200:
            return
        if time.monotonic() > deadline:
            raise ServerError(
                f"gunicorn did not answer {HELLO_PATH} within {STARTUP_SECONDS} s:\n{server.output()}"
            )
        time.sleep(0.2)


def _tail(log):
    log.seek(0)
    text = log.read().decode(errors="replace")[-3000:]
    log.seek(0, os.SEEK_END)
    return text


def get(port, path, *, timeout=REQUEST_TIMEOUT, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@contextlib.contextmanager
def interrupt_on_sigterm():
    """A SIGTERM (a terminal closed, a timeout) unwinds like Ctrl-C, so that ``serve`` stops its server."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@dataclass
class Sample:
    path: str
    start: float
    end: float
    status: int  # 0: no response (connection error or timeout)
    seen: object = None  # what ``inspect`` found in the body


@dataclass
class Rate:
    """What a load run measured on one page."""

    requests: int
    errors: int
    seconds: float
    p50: float  # ms
    p95: float
    p99: float

    @property
    def per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(values, fraction):
    """Nearest-rank percentile: a value that was actually measured."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def drive(port, paths, *, connections, duration, inspect=None, headers=HEADERS):
    """``connections`` clients, each requesting one of ``paths`` (in turn) back to back for ``duration`` seconds.

    Returns the samples, with ``inspect(body)`` of each answered request when given.
    """
    started = time.perf_counter()
    deadline = started + duration
    samples = []
    lock = threading.Lock()

    def client(path):
        conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        mine = []
        try:
            while (start := time.perf_counter()) < deadline:
                try:
                    conn.request("GET", path, headers=headers)
                    response = conn.getresponse()
                    body = response.read()
                except (OSError, http.client.HTTPException):
                    conn.close()
                    mine.append(Sample(path, start, time.perf_counter(), 0))
                    continue
                seen = inspect(body) if inspect else None
                mine.append(Sample(path, start, time.perf_counter(), response.status, seen))
        finally:
            conn.close()
            with lock:
                samples.extend(mine)

    threads = [
        threading.Thread(target=client, args=(paths[i % len(paths)],), daemon=True)
        for i in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, time.perf_counter() - started


def summarise(samples, seconds):
    answered = [s for s in samples if s.status]
    latencies = [(s.end - s.start) * 1000 for s in answered]
    return Rate(
        requests=len(answered),
        errors=sum(1 for s in samples if not s.status or s.status >= 400),
        seconds=seconds,
        p50=percentile(latencies, 0.50),
        p95=percentile(latencies, 0.95),
        p99=percentile(latencies, 0.99),
    )


def python_load(port, path, *, connections, duration):
    samples, seconds = drive(port, [path], connections=connections, duration=duration)
    return summarise(samples, seconds)


# wrk prints its own summary; this prints what the report needs, in one line that is easy to read back.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("result %d %d %d %d %d %d %d %.3f %.3f %.3f\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def wrk_load(wrk, port, path, *, connections, duration):
    """wrk counts answers of 400 and above as errors (as ``status``), like the Python client."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT)
        script.flush()
        command = [wrk, "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{int(duration)}s"]
        command += ["--timeout", f"{REQUEST_TIMEOUT}s", "-s", script.name]
        for name, value in HEADERS.items():
            command += ["-H", f"{name}: {value}"]
        command.append(f"http://{HOST}:{port}{path}")
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next((line for line in output.splitlines() if line.startswith("result ")), None)
    if line is None:
        raise ServerError(f"wrk printed no result:\n{output}")
    fields = line.split()[1:]
    requests, duration_us, *errors = (int(v) for v in fields[:7])
    p50, p95, p99 = (float(v) for v in fields[7:])
    return Rate(requests=requests, errors=sum(errors), seconds=duration_us / 1e6, p50=p50, p95=p95, p99=p99)


@contextlib.contextmanager
def repeating(action, every):
    """Call ``action()`` every ``every`` seconds in a thread while the block runs (and once before it)."""
    stopping = threading.Event()
    failures = []

    def loop():
        try:
            while not stopping.wait(every):
                action()
        except Exception as error:  # reported by the caller, not lost in a thread
            failures.append(error)
        finally:
            connection.close()

    action()
    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield failures
    finally:
        stopping.set()
        thread.join()


def staleness(samples, writes):
    """For each write, how long readers kept seeing what it replaced: from its commit to the start of the last
    request that still showed an older version (0 when none did). A request that started before the commit may
    rightly show the old version and is not counted.

    ``writes`` are ``(number, commit time)``; each sample's ``seen`` is the highest write number in its body.
    """
    delays = []
    for number, committed in writes:
        stale = [
            s.start for s in samples if s.status == 200 and s.start > committed and (s.seen or 0) < number
        ]
        delays.append(max(stale) - committed if stale else 0.0)
    return delays
