"""The site as production serves it: collected, hashed static files (manifest storage) served by WhiteNoise."""

import os
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.browser.conftest import CHROMIUM, TIMEOUT_MS

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


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_map_markers_load_from_hashed_static_files_on_a_high_resolution_phone(
    browser, production_server, located, language
):
    if not os.path.exists(CHROMIUM):
        pytest.skip("no Chromium")
    server = urlsplit(production_server).netloc
    context = browser.new_context(base_url=production_server, **HIGH_DPI_PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    # Map tiles come from the internet, which tests do not reach.
    context.route(
        "**/*",
        lambda route: route.continue_() if urlsplit(route.request.url).netloc == server else route.abort(),
    )
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    try:
        for path in (
            f"/{language}/organisations/map/",
            located.get_absolute_url().replace("/fr/", f"/{language}/"),
        ):
            responses.clear()
            page.goto(path)
            page.locator(".leaflet-marker-icon").first.wait_for()
            page.wait_for_load_state("networkidle")
            failed = [(r.url, r.status) for r in responses if r.status >= 400]
            assert not failed, (path, failed)
            images = {urlsplit(r.url).path.rsplit("/", 1)[-1] for r in responses if r.ok}
            assert any(name.startswith("marker-icon-2x.") for name in images), (
                f"{path}: {', '.join(sorted(images))}"
            )
            assert any(name.startswith("marker-shadow.") for name in images), (path, images)
            # The hashed name, from the manifest: the proof that the page did not guess it.
            assert "marker-icon-2x.png" not in images
    finally:
        context.close()
