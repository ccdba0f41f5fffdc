from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Area
from directory.moderation import ModerationStatus
from organisations.models import Organisation, PartnerSearch, Partnership

PAGE = "/fr/cooperation/"
NAMED = ["MA", "NL", "BE", "FR", "ES"]


def partner_with(organisation, partner, *, confirmed=True, role=Partnership.Role.PROJECT):
    return Partnership.objects.create(
        organisation=organisation,
        partner=partner,
        role=role,
        confirmed_at=timezone.now() if confirmed else None,
        status=ModerationStatus.PUBLISHED,
    )


def partner_outside(organisation, name, country, role=Partnership.Role.FUNDING):
    return Partnership.objects.create(
        organisation=organisation,
        partner_name=name,
        partner_country=Area.objects.get(slug=country) if country else None,
        role=role,
        status=ModerationStatus.PUBLISHED,
    )


@pytest.fixture
def germany(taxonomies):
    return Area.objects.create(
        slug="germany", name="Allemagne", name_fr="Allemagne", kind="country", code="DE"
    )


@pytest.fixture
def world(make_organisation, germany):
    orgs = {
        "amal": make_organisation(name_fr="Al Amal", city="Tanger", areas=["bni-makada"]),
        "nour": make_organisation(name_fr="Nour", city="", areas=["charf-souani"]),  # in Tangier by its area
        "assilah": make_organisation(name_fr="Assilah Culture", city="Assilah", areas=["assilah"]),
        "rotterdam": make_organisation(
            name_fr="Stichting Rotterdam", city="Rotterdam", country="netherlands"
        ),
        "brussels": make_organisation(name_fr="Bruxelles Solidaire", city="Bruxelles", country="belgium"),
        "lyon": make_organisation(name_fr="Lyon Entraide", city="Lyon", country="france"),
        "berlin": make_organisation(name_fr="Berlin Hilfe", city="Berlin", country="germany"),
        "unknown": make_organisation(name_fr="Sans pays", city="", country=None),
        "hidden": make_organisation(name_fr="Cachée", country="spain", status=ModerationStatus.PENDING),
    }
    partner_with(orgs["amal"], orgs["rotterdam"])
    partner_with(orgs["brussels"], orgs["nour"], role=Partnership.Role.TWINNING)
    partner_outside(orgs["amal"], "Fundación Madrid", "spain")
    partner_with(orgs["nour"], orgs["berlin"], role=Partnership.Role.NETWORK)
    partner_with(orgs["assilah"], orgs["lyon"])  # not in Tangier
    partner_with(orgs["amal"], orgs["assilah"])  # not abroad
    partner_with(orgs["amal"], orgs["lyon"], confirmed=False)
    partner_with(orgs["amal"], orgs["hidden"])
    partner_outside(orgs["nour"], "Amis sans pays", None)
    partner_outside(orgs["unknown"], "Fondation Rabat", "morocco")
    return orgs


def independent_counts():
    """The table's figures recomputed in Python from every row, without the queries the page uses."""
    published = [o for o in Organisation.objects.select_related("country") if o.is_published]
    organisations = Counter(o.country.code if o.country else None for o in published)
    partnerships = Counter()
    for p in Partnership.objects.select_related(
        "organisation__country", "partner__country", "partner_country"
    ):
        if not p.organisation.is_published:
            continue
        if p.partner and not (p.partner.is_published and p.confirmed_at):
            continue
        sides = {p.organisation.country, p.partner.country if p.partner else p.partner_country} - {None}
        codes = {c.code if c.code in NAMED else "others" for c in sides}
        partnerships.update(codes)
    return organisations, partnerships


def table(response):
    return {row.key: (row.organisations, row.partnerships) for row in response.context["countries"]}


def test_numbers_by_country_equal_an_independent_count(client, world):
    organisations, partnerships = independent_counts()
    expected = {code: (organisations[code], partnerships[code]) for code in NAMED}
    expected["others"] = (
        sum(n for code, n in organisations.items() if code not in NAMED and code is not None),
        partnerships["others"],
    )
    expected["none"] = (organisations[None], None)
    assert table(client.get(PAGE)) == expected
    # And by hand, for this data: Morocco has Al Amal, Nour, Assilah Culture, and every public partnership but
    # none has a side there; the hidden Spanish organisation is not counted, the outside partner in Madrid is.
    assert expected["MA"] == (3, 8)
    assert expected["ES"] == (0, 1)
    assert expected["others"] == (1, 1)
    assert expected["none"] == (1, None)


def test_the_table_is_on_the_page_in_the_readers_language(client, world):
    html = client.get("/nl/cooperation/").content.decode()
    for name in ("Marokko", "Nederland", "België", "Frankrijk", "Spanje"):
        assert f'<th scope="row">{name}</th>' in html


def test_links_between_tangier_and_abroad(client, world):
    response = client.get(PAGE)
    found = {(local.name_fr, side.name) for local, side in response.context["links"]}
    assert found == {
        ("Al Amal", "Stichting Rotterdam"),
        ("Nour", "Bruxelles Solidaire"),  # declared from Brussels: Nour is still the Tangier side
        ("Al Amal", "Fundación Madrid"),
        ("Nour", "Berlin Hilfe"),
    }
    html = response.content.decode()
    assert "Fundación Madrid" in html
    assert world["rotterdam"].get_absolute_url() in html
    for absent in ("Lyon Entraide", "Cachée", "Fondation Rabat"):
        assert absent not in html


def test_links_are_paginated(client, make_organisation, germany):
    amal = make_organisation(name_fr="Al Amal", city="tanger")  # the city's case does not matter
    for n in range(53):
        partner_outside(amal, f"Partner {n}", "germany")
    first = client.get(PAGE)
    assert len(first.context["links"]) == 50
    assert len(client.get(PAGE, {"page": 2}).context["links"]) == 3


def test_only_published_notices_of_published_organisations_show(client, make_organisation):
    amal = make_organisation(name_fr="Al Amal")
    hidden = make_organisation(name_fr="Cachée", status=ModerationStatus.PENDING)
    PartnerSearch.objects.create(organisation=amal, title_fr="Cherche partenaire santé", status="published")
    PartnerSearch.objects.create(organisation=amal, title_fr="En attente de modération")
    PartnerSearch.objects.create(organisation=hidden, title_fr="Notice d'une cachée", status="published")
    html = client.get(PAGE).content.decode()
    assert "Cherche partenaire santé" in html
    assert "En attente de modération" not in html
    assert "Notice d&#x27;une cachée" not in html and "Notice d'une cachée" not in html


def _queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(PAGE).status_code == 200
    return len(captured)


def test_query_count_is_constant(client, make_organisation, world, django_assert_num_queries):
    PartnerSearch.objects.create(organisation=world["amal"], title_fr="Cherche", status="published")
    baseline = _queries(client)
    for n in range(6):
        local = make_organisation(name_fr=f"Tanger {n}", areas=["tanger-medina"], sectors=["health"])
        abroad = make_organisation(name_fr=f"Abroad {n}", country=["france", "spain", "belgium"][n % 3])
        partner_with(local, abroad)
        partner_outside(local, f"Outside {n}", "germany")
        search = PartnerSearch.objects.create(organisation=local, title_fr=f"Cherche {n}", status="published")
        search.sectors.set(local.sectors.all())
        search.countries.set(Area.objects.filter(kind="country"))
    with django_assert_num_queries(baseline):
        client.get(PAGE)
