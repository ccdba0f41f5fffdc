"""Tests do not inherit the language of the page the previous test asked for (tests/conftest.py)."""

import pytest
from django.urls import reverse
from django.utils import translation

# Both on one worker, in this order: the first leaves Arabic behind, if anything does.
pytestmark = pytest.mark.xdist_group("language-isolation")


def test_a_page_in_arabic_activates_arabic_in_the_tests_thread(client, db):
    assert client.get("/ar/").status_code == 200
    assert translation.get_language() == "ar"


def test_the_next_test_starts_in_the_default_language(db):
    assert translation.get_language() == "fr"
    assert reverse("organisations:list").startswith("/fr/")
