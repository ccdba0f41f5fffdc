"""Security headers on the pages an outside scan looks at, scored with the HTTP Observatory's rules."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

PRIVATE_REFERRER = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}


def _csp(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def observatory_score(response):
    """The score MDN's HTTP Observatory gives a response, for the tests it can judge from one response.

    (Redirection needs the http:// site, and the HSTS preload list is outside our control; both score 0 when
    done right, 5 for a preloaded domain.)
    """
    score = 100
    csp = _csp(response)
    script_src = csp.get("script-src", csp.get("default-src", {"*"}))
    style_src = csp.get("style-src", csp.get("default-src", {"*"}))
    unsafe = {"'unsafe-inline'", "'unsafe-eval'", "data:", "*", "https:", "http:"}
    assert not (script_src | style_src) & unsafe, "an unsafe CSP source loses the CSP points"
    score += 10 if csp.get("default-src") == {"'none'"} else 5
    assert csp.get("form-action") in ({"'self'"}, {"'none'"})
    score += 5 if csp.get("frame-ancestors") == {"'none'"} else 0  # X-Frame-Options via CSP
    score += 5 if response.get("Referrer-Policy") in PRIVATE_REFERRER else 0
    score += 10 if response.get("Cross-Origin-Resource-Policy") in {"same-origin", "same-site"} else 0
    hsts = re.search(r"max-age=(\d+)", response.get("Strict-Transport-Security", ""))
    score += 0 if hsts and int(hsts.group(1)) >= 15768000 else -20
    score += 0 if response.get("X-Content-Type-Options") == "nosniff" else -5
    cookies = list(response.cookies.values())
    if cookies:
        if all(c["secure"] and c["samesite"] in ("Lax", "Strict") for c in cookies):
            sessions_httponly = all(c["httponly"] for c in cookies if "sess" in c.key or "login" in c.key)
            score += 5 if sessions_httponly else -30
        else:
            score -= 20
    html = response.content.decode() if response["Content-Type"].startswith("text/html") else ""
    scripts = re.findall(r"<script\b[^>]*>", html)
    if any(re.search(r'src="(https?:)?//', tag) and "integrity=" not in tag for tag in scripts):
        score -= 5  # external scripts without SRI
    return score


@pytest.fixture
def pages(make_organisation):
    organisation = make_organisation(latitude=Decimal("35.776"), longitude=Decimal("-5.803"))
    return {
        "home": reverse("home"),
        "list": reverse("organisations:list"),
        "profile": organisation.get_absolute_url(),
        "admin login": reverse("admin:login"),
    }


@pytest.mark.parametrize("page", ["home", "list", "profile", "admin login"])
def test_page_scores_at_least_125_on_the_observatory_rules(client, pages, page):
    response = client.get(pages[page], secure=True)
    assert response.status_code == 200
    assert observatory_score(response) >= 125


@pytest.mark.parametrize("page", ["home", "list", "profile", "admin login"])
def test_page_denies_everything_not_listed(client, pages, page):
    response = client.get(pages[page], secure=True)
    csp = _csp(response)
    assert csp["default-src"] == {"'none'"}
    for directive in ("script-src", "style-src", "img-src", "font-src", "connect-src", "form-action"):
        assert "'self'" in csp[directive]
    assert csp["frame-ancestors"] == {"'none'"}
    assert csp["base-uri"] == {"'none'"}
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_maps_may_load_openstreetmap_tiles_and_nothing_else_from_outside(client, pages):
    response = client.get(pages["profile"], secure=True)
    assert 'id="map"' in response.content.decode()
    outside = {s for sources in _csp(response).values() for s in sources if s.startswith("http")}
    assert outside == {"https://tile.openstreetmap.org"}


def test_static_files_carry_the_resource_policy_too(client, db, settings):
    settings.WHITENOISE_USE_FINDERS = True  # serve from the source folders, as collectstatic is not run here
    response = client.get("/static/css/site.css", secure=True)
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
