import glob
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("code", LOCALES)
def test_every_language_has_a_complete_catalogue(code):
    po = Path(settings.BASE_DIR, "locale", code, "LC_MESSAGES", "django.po")
    assert po.exists(), f"missing catalogue {po}"
    body = po.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert "#, fuzzy" not in body
    untranslated = re.findall(r'msgid "((?:[^"\\]|\\.)*)"\n(?:"[^\n]*"\n)*msgstr ""\n(?!")', body + "\n")
    assert untranslated == [], f"{code}: {len(untranslated)} empty entries, e.g. {untranslated[:3]}"


def test_catalogues_are_compiled_by_the_build():
    assert sorted(glob.glob(str(Path(settings.BASE_DIR, "locale", "*", "LC_MESSAGES", "django.mo"))))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ar", "المنظمات"),
        ("fr", "Organisations"),
        ("nl", "Organisaties"),
        ("es", "Organizaciones"),
        ("en", "Organisations"),
    ],
)
def test_interface_is_translated(code, expected):
    with translation.override(code):
        assert translation.gettext("Organisations") == expected


@pytest.mark.parametrize(
    ("code", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr"), ("nl", "ltr"), ("es", "ltr")]
)
def test_pages_declare_language_and_direction(client, db, code, direction):
    html = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html


@pytest.mark.parametrize(
    ("accept", "target"),
    [("ar,fr;q=0.8", "/ar/"), ("nl-BE,nl;q=0.9", "/nl/"), ("es-ES", "/es/"), ("de-DE", "/fr/")],
)
def test_root_redirects_by_accept_language_with_french_as_fallback(client, db, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_every_page_has_hreflang_alternates_keeping_the_query(client, db):
    html = client.get("/fr/organisations/?q=ecole&sector=health").content.decode()
    for code in LOCALES:
        assert (
            f'hreflang="{code}" href="http://testserver/{code}/organisations/?q=ecole&amp;sector=health"'
            in html
        )
    assert 'hreflang="x-default"' in html


def test_language_switcher_keeps_the_page_and_query(client, make_organisation):
    organisation = make_organisation(name_fr="Maison")
    html = client.get(f"/fr/organisations/{organisation.slug}/?x=1").content.decode()
    assert f'href="/ar/organisations/{organisation.slug}/?x=1" hreflang="ar" lang="ar"' in html
    assert 'aria-current="true">Français</a>' in html
