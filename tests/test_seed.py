"""The starting taxonomies: seeding is idempotent, and cheap on a database that already holds them."""

import pytest
from django.core.management import call_command

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.seed import AREAS, SECTORS, seed_taxonomies

MODELS = (Sector, TargetGroup, LegalForm, Language, Area)


@pytest.mark.django_db
def test_seeding_a_seeded_database_only_reads(django_assert_num_queries):
    with django_assert_num_queries(5):
        seed_taxonomies(*MODELS)


@pytest.mark.django_db(transaction=True)
def test_seeding_an_empty_database_builds_the_area_tree_and_refreshes_changed_rows():
    call_command("flush", "--noinput", verbosity=0)
    seed_taxonomies(*MODELS)
    assert (Area.objects.count(), Sector.objects.count()) == (len(AREAS), len(SECTORS))
    commune = Area.objects.get(slug="aquouass-briech")
    assert commune.parent.slug == "prefecture-tanger-assilah"
    assert commune.path == f"{commune.parent.path}/aquouass-briech"
    assert commune.depth == commune.parent.depth + 1

    Sector.objects.filter(slug="health").update(name_nl="Zorg", position=99)
    seed_taxonomies(*MODELS)
    health = Sector.objects.get(slug="health")
    assert (health.name_nl, health.position) == ("Gezondheid", 1)
