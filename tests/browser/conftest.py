"""Browser fixtures: one headless Chromium per session, a fresh context per test, no internet."""

import os
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from playwright.sync_api import expect, sync_playwright

from directory.models import Sector
from directory.moderation.group import MODERATORS_GROUP, sync_moderators_group

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
# How long a step may wait for the page. Generous, because CI shares two cores with other work: a wait is not a
# speed promise, and a loaded machine must not turn into a red test.
TIMEOUT_MS = int(os.environ.get("BROWSER_TIMEOUT_MS", "60000"))
expect.set_options(timeout=TIMEOUT_MS)


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
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", keep_local)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{r.status} {r.url}"))
        page.on("pageerror", lambda error: page.errors.append(f"script error: {error}"))
        make.pages.append(page)
        return page

    make.pages = []
    yield make
    for context in contexts:
        context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed step says where each of the test's pages was: its address, its failed responses and its text."""
    report = (yield).get_result()
    if report.when != "call" or not report.failed:
        return
    for n, page in enumerate(getattr(item.funcargs.get("new_page"), "pages", ())):
        try:
            text = page.locator("body").inner_text(timeout=5000)[:3000]
        # The page may be gone or still loading: say so rather than hide the failure.
        except Exception as error:
            text = f"(no text: {error})"
        errors = "\n".join(page.errors) or "(none)"
        report.sections.append((f"page {n}", f"{page.url}\nfailed responses and errors:\n{errors}\n\n{text}"))


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


def ui(language, text):
    """An interface string as the reader sees it, so the tests survive the translations being filled in."""
    with translation.override(language):
        return translation.gettext(text)


PASSWORD = "Tanja-Balia-2025"


@pytest.fixture
def live_moderator(django_user_model):
    """A moderator for live-server tests; the Moderators group is made sure of, whatever a flush left."""
    sync_moderators_group()
    user = django_user_model.objects.create_user(
        email="moderator@example.org", password=PASSWORD, is_staff=True, email_verified=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def log_in(page, language, email, password=PASSWORD):
    """Log in through the site's own form, as a person would."""
    page.goto(f"/{language}/account/login/")
    page.get_by_role("textbox", name=ui(language, "E-mail address")).fill(email)
    page.get_by_label(ui(language, "Password")).fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name=ui(language, "Log in")).click()


ADMIN_LOGIN = "/admin/login/?next=/admin/"


def log_in_to_admin(page, email, password=PASSWORD):
    """Log in through the admin's form; a test may have opened it already (``page.goto(ADMIN_LOGIN)``)."""
    if not page.url.endswith(ADMIN_LOGIN):
        page.goto(ADMIN_LOGIN)
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(password)
    with page.expect_navigation():
        page.locator("#login-form [type=submit]").click()
    assert page.url.endswith("/admin/"), "the moderator should reach the admin index"


def admin_language(page):
    """The admin follows the browser's language rather than a URL prefix; read it off the page."""
    return page.locator("html").get_attribute("lang")


def log_in_directly(page, live_server, user):
    """Give the page's browser a logged-in session without the form, for tests about what comes after."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def shown(language, value):
    """A lazy label (a model choice, a verbose name) as the reader of ``language`` sees it."""
    with translation.override(language):
        return str(value)


def sector_name(language, slug):
    with translation.override(language):
        return Sector.objects.get(slug=slug).name
