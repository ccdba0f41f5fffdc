"""Free text finds what the facets find: taxonomy names in every language, and places however they are spelt."""

import io

import pytest
from django.core.management import call_command

from directory.models import Area, Sector, TargetGroup
from directory.search import fold_query, index_text
from opportunities.models import Opportunity
from organisations.models import Organisation
from tests.opportunity_helpers import make_opportunity

LIST = "/fr/organisations/"


@pytest.fixture
def women_in_bni_makada(make_organisation):
    """Four organisations the facets "women" + "Bni Makada" find, none of which says so in Dutch."""
    return [
        make_organisation(name_fr="Association Amal", target_groups=["women"], areas=["bni-makada"]),
        make_organisation(name_ar="جمعية النور", target_groups=["women"], areas=["bni-makada"]),
        make_organisation(
            name_fr="Maison des femmes",
            description_fr="Ateliers à Béni Makada",
            target_groups=["women", "families"],
            areas=["bni-makada"],
        ),
        make_organisation(
            name_es="Mujeres del barrio", target_groups=["women"], areas=["bni-makada", "charf-souani"]
        ),
    ]


def _found(response):
    return {o.pk for o in response.context["organisations"]}


def test_search_finds_what_the_facets_find(client, women_in_bni_makada, make_organisation):
    make_organisation(name_fr="Jeunes de Bni Makada", target_groups=["young-people"], areas=["bni-makada"])
    make_organisation(name_fr="Vrouwen elders", target_groups=["women"], areas=["assilah"])
    by_facets = _found(client.get(LIST, {"target_group": "women", "area": "bni-makada"}))
    by_text = _found(client.get(LIST, {"q": "vrouwen Bni Makada"}))
    assert by_text == by_facets == {o.pk for o in women_in_bni_makada}


@pytest.mark.parametrize("query", ["Beni Makada", "Béni Makada", "بني مكادة", "bni makada", "BENI MAKADA"])
def test_every_spelling_of_bni_makada_finds_the_same_records(client, women_in_bni_makada, query):
    assert _found(client.get(LIST, {"q": query})) == {o.pk for o in women_in_bni_makada}


@pytest.mark.parametrize("query", ["femmes", "women", "vrouwen", "mujeres", "النساء", "Gezinnen"])
def test_target_group_names_are_searchable_in_every_language(women_in_bni_makada, query):
    assert women_in_bni_makada[2] in Organisation.objects.search(query)


@pytest.mark.parametrize("query", ["Tanger", "Tangier", "Tánger", "طنجة"])
def test_an_arrondissement_brings_its_city_as_the_area_facet_does(make_organisation, query):
    in_arrondissement = make_organisation(name_fr="Association X", areas=["charf-mghogha"])
    in_assilah = make_organisation(name_fr="Association Y", city="Assilah", areas=["assilah"])
    found = list(Organisation.objects.search(query))
    assert in_arrondissement in found
    assert in_assilah not in found


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Nous travaillons à Tangier", "tanger"),
        ("نعمل بطنجة منذ 2001", "Tangier"),  # Arabic "in Tangier" is one word
        ("Atelier au quartier Swani", "Souani"),
        ("Cours à Mghougha", "مغوغة"),
        ("Hulp in Asilah", "Arcila"),
        ("دعم الأسر في الشرف مغوغة", "Charf-Mghogha"),
    ],
)
def test_place_variants_in_free_text_are_folded_at_index_and_query_time(make_organisation, written, typed):
    organisation = make_organisation(name_fr="Association Z", description_fr=written, areas=[])
    assert organisation in Organisation.objects.search(typed)


def test_folding_keeps_what_was_written_and_matches_whole_words_only():
    assert index_text("Tangier") == "tangier tanger"
    assert fold_query("tangierine") == "tangierine"
    assert fold_query("Beni Makada femmes") == "bni makada femmes"
    # "Charf" alone is not "Charf-Souani": the Arabic pair folds whole, a bare الشرف not at all.
    assert fold_query("الشرف السواني") == "charf souani"
    assert fold_query("الشرف") == "الشرف"


def test_removed_tag_is_no_longer_searchable(make_organisation):
    organisation = make_organisation(name_fr="Association W", sectors=["health"])
    assert organisation in Organisation.objects.search("gezondheid")
    organisation.sectors.clear()
    assert organisation not in Organisation.objects.search("gezondheid")


def test_tagging_from_the_terms_side_updates_the_records(make_organisation):
    organisation = make_organisation(name_fr="Association V")
    Sector.objects.get(slug="housing").organisations.add(organisation)
    assert organisation in Organisation.objects.search("huisvesting")


def test_renamed_term_is_found_under_its_new_name(make_organisation):
    organisation = make_organisation(name_fr="Association U", target_groups=["families"])
    group = TargetGroup.objects.get(slug="families")
    group.name_nl = "Huishoudens"
    group.save()
    assert organisation in Organisation.objects.search("huishoudens")
    assert organisation not in Organisation.objects.search("gezinnen")


def test_renamed_city_is_found_through_its_arrondissements(make_organisation):
    organisation = make_organisation(name_fr="Association T", areas=["tanger-medina"])
    city = Area.objects.get(slug="tanger")
    city.name_en = "Tingis"
    city.save()
    assert organisation in Organisation.objects.search("tingis")


def test_opportunities_are_found_by_taxonomy_and_place_names(taxonomies):
    opportunity = make_opportunity(
        title_fr="Bourse", sectors=["education"], target_groups=["students"], areas=["bni-makada"]
    )
    make_opportunity(title_fr="Bourse", sectors=["health"], areas=["assilah"])
    assert list(Opportunity.objects.search("onderwijs Beni Makada")) == [opportunity]
    assert list(Opportunity.objects.search("studenten")) == [opportunity]


def test_reindex_command_rebuilds_stale_search_text(make_organisation):
    organisation = make_organisation(name_fr="Association S", areas=["bni-makada"])
    Organisation.objects.filter(pk=organisation.pk).update(search_text="", search_name="")
    call_command("reindex_search", stdout=io.StringIO())
    assert organisation in Organisation.objects.search("Beni Makada")


def test_a_deferred_bulk_load_is_searchable_once_it_ends(taxonomies):
    from directory.search import search_reindex_deferred

    with search_reindex_deferred():
        organisation = Organisation.objects.create(name_fr="Association R")
        organisation.areas.set([Area.objects.get(slug="charf-souani")])
        organisation.target_groups.set([TargetGroup.objects.get(slug="women")])
    assert organisation in Organisation.objects.search("Swani vrouwen")
