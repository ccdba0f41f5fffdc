"""Browser fixtures: one headless Chromium per session, a fresh context per test, no internet."""

import os
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse ORM calls from tests.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# Playwright cannot download its own browsers here, so the tests drive the distribution's Chromium.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a new context; only the live server is reachable (no map tiles, no fonts from the web)."""
    server = urlsplit(live_server.url).netloc
    contexts = []

    def keep_local(route):
        if urlsplit(route.request.url).netloc == server:
            route.continue_()
        else:
            route.abort()

    def make(*, javascript=True, viewport=DESKTOP):
        context = browser.new_context(
            base_url=live_server.url, java_script_enabled=javascript, viewport=viewport
        )
        context.set_default_timeout(5000)
        context.route("**/*", keep_local)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def _describe(violation):
    nodes = "\n".join(f"    {', '.join(map(str, node['target']))}" for node in violation["nodes"])
    return f"{violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}"


@pytest.fixture(scope="session")
def assert_accessible():
    """Run axe-core on the page as it is and fail with each violation's rule and elements."""
    axe = Axe()

    def check(page):
        violations = axe.run(page).response["violations"]
        report = "\n".join(_describe(v) for v in violations)
        assert not violations, f"axe-core found {len(violations)} violation(s) on {page.url}:\n{report}"

    return check
