"""After ``load_demo`` the cooperation page, the overview and search have something real to show."""

from io import StringIO

import pytest
from django.core.management import call_command

from organisations.models import PartnerSearch, Partnership

pytestmark = pytest.mark.xdist_group("demo-cooperation")


@pytest.fixture
def demo(demo_loaded, db):
    return demo_loaded


def test_cooperation_page_counts_partnerships_with_every_partner_country(client, demo):
    response = client.get("/fr/cooperation/")
    counts = {row.key: row.partnerships for row in response.context["countries"]}
    for code in ("MA", "NL", "BE", "FR", "ES"):
        assert counts[code] > 0, code
    assert len(response.context["links"]) >= 8
    assert response.context["search_count"] >= 3


def test_sample_partnerships_between_directory_members_are_confirmed_and_public(demo):
    in_directory = Partnership.objects.filter(partner__isnull=False)
    assert in_directory.exists()
    assert not in_directory.filter(confirmed_at__isnull=True).exists()
    assert Partnership.objects.public().count() == Partnership.objects.count()


def test_reloading_the_demo_does_not_duplicate_cooperation(demo):
    counts = Partnership.objects.count(), PartnerSearch.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert (Partnership.objects.count(), PartnerSearch.objects.count()) == counts
    assert "Sample cooperation:" in demo


def test_outside_partners_are_visibly_invented(demo):
    for partnership in Partnership.objects.filter(partner__isnull=True):
        assert partnership.partner_url.endswith(".example.org/")
        assert any(word in partnership.partner_name for word in ("Exemple", "Ejemplo", "Voorbeeld"))


def test_demo_is_found_by_other_spellings_of_its_places(client, demo):
    by_facet = {
        o.pk for o in client.get("/fr/organisations/", {"area": "bni-makada"}).context["organisations"]
    }
    by_text = {o.pk for o in client.get("/fr/organisations/", {"q": "Beni Makada"}).context["organisations"]}
    assert by_facet and by_facet <= by_text
