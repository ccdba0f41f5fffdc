"""The admin outside the language prefixes: it follows the browser's language, its scripts' strings too."""

import re

import pytest

ADMIN_STRINGS = {
    "ar": ("جمعيات طنجة: الإدارة", "إدارة جانغو"),
    "fr": ("Associations de Tanger : administration", "Administration de Django"),
    "en": ("Tangier Associations: administration", "Django administration"),
    "nl": ("Verenigingen van Tanger: beheer", "Django-beheer"),
    "es": ("Asociaciones de Tánger: administración", "Administración de Django"),
}


@pytest.mark.parametrize("code", list(ADMIN_STRINGS))
def test_admin_carries_the_sites_name_in_the_browsers_language(client, db, code):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=code).content.decode()
    ours, djangos = ADMIN_STRINGS[code]
    assert f'<html lang="{code}"' in html
    assert ours in html
    assert djangos not in html


@pytest.mark.parametrize(
    ("code", "expected", "french"),
    [
        # Django's Arabic admin catalogue has no weekdays nor filter-box strings: they came out in French.
        ("ar", ["الاثنين", "دجنبر", "ماي", "اختيار كل %s"], ["Lundi", "Choisir tout"]),
        ("nl", ["maandag", "Alle %s kiezen"], ["Choisir tout"]),
        ("es", ["Lunes", "Hoy"], ["Aujourd"]),
        ("fr", ["Aujourd", "Choisir tout"], []),
        ("en", [], ["Aujourd", "Choisir tout"]),
    ],
)
def test_admin_javascript_catalogue_speaks_the_pages_language(client, moderator, code, expected, french):
    client.force_login(moderator)
    response = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE=code)
    assert response.status_code == 200
    # A JSON catalogue: non-ASCII characters arrive escaped ("\\u0627").
    script = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), response.content.decode())
    for text in expected:
        assert text in script, (code, text)
    for text in french:
        assert text not in script, (code, text)
    # Mashriq month names would read as foreign in Morocco.
    if code == "ar":
        assert "مايو" not in script and "ديسمبر" not in script
