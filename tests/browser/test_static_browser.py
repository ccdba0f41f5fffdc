"""The site as production serves it: collected, hashed static files (manifest storage) served by WhiteNoise."""

import os
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.browser.conftest import CHROMIUM, TIMEOUT_MS, ui

pytestmark = pytest.mark.browser

HIGH_DPI_PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2}


@pytest.fixture
def production_server(tmp_path, settings, transactional_db):
    """A live server with DEBUG off whose static files are collected with their hashed names and served by
    WhiteNoise from STATIC_ROOT, never by the test server's finder-based handler (which knows no hashed names)."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    # The public pages use only the project's own static files; the admin's and the API browser's bundles would
    # make collectstatic (Brotli at its best) take minutes.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", interactive=False, verbosity=0)
    shared = {alias: connections[alias] for alias in connections if connections[alias].vendor == "sqlite"}
    shared = {alias: conn for alias, conn in shared.items() if conn.is_in_memory_db()}
    for conn in shared.values():
        conn.inc_thread_sharing()
    thread = LiveServerThread("localhost", static_handler=lambda app: app, connections_override=shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()
    for conn in shared.values():
        conn.dec_thread_sharing()


@pytest.fixture
def located(make_organisation):
    return make_organisation(
        name_fr="Association Al Amal",
        sectors=["education"],
        latitude=Decimal("35.759465"),
        longitude=Decimal("-5.833954"),
    )


def _phone(browser, production_server):
    server = urlsplit(production_server).netloc
    context = browser.new_context(base_url=production_server, **HIGH_DPI_PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    # Map tiles come from the internet, which tests do not reach.
    context.route(
        "**/*",
        lambda route: route.continue_() if urlsplit(route.request.url).netloc == server else route.abort(),
    )
    return context


def _check_markers(path, responses):
    failed = [(r.url, r.status) for r in responses if r.status >= 400]
    assert not failed, (path, failed)
    images = {urlsplit(r.url).path.rsplit("/", 1)[-1] for r in responses if r.ok}
    assert any(name.startswith("marker-icon-2x.") for name in images), f"{path}: {', '.join(sorted(images))}"
    assert any(name.startswith("marker-shadow.") for name in images), (path, images)
    # The hashed name, from the manifest: the proof that the page did not guess it.
    assert "marker-icon-2x.png" not in images


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_map_page_loads_its_markers_from_hashed_static_files_on_a_high_resolution_phone(
    browser, production_server, located, language
):
    if not os.path.exists(CHROMIUM):
        pytest.skip("no Chromium")
    context = _phone(browser, production_server)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    try:
        path = f"/{language}/organisations/map/"
        page.goto(path)
        page.locator(".leaflet-marker-icon").first.wait_for()
        page.wait_for_load_state("networkidle")
        _check_markers(path, responses)
    finally:
        context.close()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_profile_fetches_leaflet_only_when_the_reader_opens_the_map(
    browser, production_server, located, assert_accessible, language
):
    if not os.path.exists(CHROMIUM):
        pytest.skip("no Chromium")
    context = _phone(browser, production_server)
    page = context.new_page()
    requested, responses = [], []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.on("response", lambda response: responses.append(response))
    try:
        path = located.get_absolute_url().replace("/fr/", f"/{language}/")
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert not [p for p in requested if "leaflet" in p or "marker-" in p], requested
        # Before: a pin and the link to OpenStreetMap, and nothing of Leaflet's.
        assert page.locator(".map-pin").is_visible()
        assert page.locator("#map").is_hidden()
        assert_accessible(page)

        page.get_by_role("button", name=ui(language, "Show the map")).click()
        page.locator(".leaflet-marker-icon").first.wait_for()
        # The page finished loading long ago; wait for the marker's images themselves.
        page.wait_for_function("() => [...document.images].every((image) => image.complete)")
        fetched = [p.rsplit("/", 1)[-1] for p in requested]
        assert any(name.startswith("leaflet.") and name.endswith(".js") for name in fetched), fetched
        assert "leaflet.js" not in fetched  # the hashed name, from {% static %}
        _check_markers(path, responses)
        assert page.get_by_role("button", name=ui(language, "Show the map")).count() == 0
        assert_accessible(page)
    finally:
        context.close()
