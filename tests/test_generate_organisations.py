import re
from io import StringIO

from django.core.management import call_command
from django.db.models import Count

from directory.moderation import ModerationStatus
from organisations.models import Organisation


def generate(count, seed=7):
    call_command("generate_organisations", count, seed=seed, stdout=StringIO())
    return Organisation.objects.filter(slug__startswith="synthetic-")


def test_generates_the_requested_number_of_published_samples(taxonomies):
    synthetic = generate(50)
    assert synthetic.count() == 50
    assert not synthetic.exclude(status=ModerationStatus.PUBLISHED).exists()
    assert not synthetic.filter(is_sample=False).exists()
    assert not synthetic.filter(published_at=None).exists()


def test_generated_organisations_are_found_by_a_word_of_their_name(taxonomies):
    synthetic = generate(50)
    organisation = synthetic.order_by("pk").first()
    french_word = max(re.findall(r"\w+", organisation.name_fr), key=len)
    arabic_word = organisation.name_ar.split()[1]
    assert organisation in Organisation.objects.search(french_word)
    assert organisation in Organisation.objects.search(arabic_word)


def test_generated_organisations_have_their_many_to_many_rows(taxonomies):
    generate(50)
    counts = Organisation.objects.filter(slug__startswith="synthetic-").annotate(
        n_sectors=Count("sectors", distinct=True),
        n_areas=Count("areas", distinct=True),
        n_groups=Count("target_groups", distinct=True),
        n_languages=Count("languages", distinct=True),
    )
    for organisation in counts:
        assert 1 <= organisation.n_sectors <= 3
        assert 1 <= organisation.n_areas <= 2
        assert organisation.n_groups >= 1
        assert organisation.n_languages >= 2


def test_the_same_seed_gives_the_same_organisations(taxonomies):
    first = list(generate(20, seed=3).order_by("pk").values_list("name_fr", "name_ar"))
    Organisation.objects.all().delete()
    second = list(generate(20, seed=3).order_by("pk").values_list("name_fr", "name_ar"))
    assert first == second


def test_running_again_adds_organisations_with_new_slugs(taxonomies):
    generate(5)
    synthetic = generate(5, seed=8)
    assert synthetic.count() == 10
    assert synthetic.filter(slug="synthetic-10").exists()


def test_a_generated_organisation_has_a_working_detail_page(client, taxonomies):
    organisation = generate(3).first()
    response = client.get(f"/fr/organisations/{organisation.slug}/")
    assert response.status_code == 200
