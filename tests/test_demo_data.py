from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from directory.moderation.group import MODERATORS_GROUP
from opportunities.demo import OPPORTUNITIES
from organisations.demo import ORGANISATIONS
from organisations.demo_cooperation import DIRECTORY_PARTNERSHIPS, OUTSIDE_PARTNERSHIPS, PARTNER_SEARCHES
from organisations.management.commands.load_demo import DEMO_MODERATOR_PASSWORD
from organisations.models import Organisation

PARTNER_COUNTRIES = {"morocco", "netherlands", "belgium", "france", "spain"}
ARRONDISSEMENTS = {"bni-makada", "charf-mghogha", "charf-souani", "tanger-medina"}


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def has_arabic_letters(text):
    return any("\u0621" <= ch <= "\u064a" for ch in text)


@pytest.fixture
def demo(taxonomies):
    load_demo()
    return Organisation.objects.filter(is_sample=True)


def test_demo_has_at_least_sixty_sample_organisations(demo):
    assert demo.count() >= 60
    assert not Organisation.objects.filter(is_sample=False).exists()


def test_published_demo_covers_every_sector_arrondissement_commune_and_country(demo):
    published = demo.published()
    sectors = set(published.values_list("sectors__slug", flat=True))
    areas = set(published.values_list("areas__slug", flat=True))
    countries = set(published.values_list("country__slug", flat=True))
    assert set(Sector.objects.values_list("slug", flat=True)) <= sectors
    assert areas >= ARRONDISSEMENTS
    assert (
        set(Area.objects.filter(kind=Area.Kind.ARRONDISSEMENT).values_list("slug", flat=True))
        == ARRONDISSEMENTS
    )
    other_communes = Area.objects.filter(kind=Area.Kind.COMMUNE).exclude(slug="tanger")
    assert len(areas & set(other_communes.values_list("slug", flat=True))) >= 5
    assert countries == PARTNER_COUNTRIES


def test_every_sample_has_an_arabic_and_a_french_name_and_description(demo):
    for organisation in demo:
        assert has_arabic_letters(organisation.name_ar), organisation.slug
        assert organisation.name_fr and not has_arabic_letters(organisation.name_fr), organisation.slug
        assert has_arabic_letters(organisation.description_ar), organisation.slug
        assert organisation.description_fr, organisation.slug


def test_at_least_ten_samples_are_written_in_all_five_languages(demo):
    complete = [
        o
        for o in demo
        if all(
            getattr(o, f"{field}_{code}")
            for field in ("name", "description", "mission")
            for code in ["en", "nl", "es"]
        )
    ]
    assert len(complete) >= 10


def test_sample_records_pass_model_validation_and_use_example_contacts(demo):
    for organisation in demo:
        organisation.full_clean()
        assert organisation.email.endswith(".example.org"), organisation.slug
        if organisation.phone:
            assert organisation.phone.startswith("+212 5 39 "), organisation.slug
    with_coordinates = demo.exclude(latitude=None)
    assert with_coordinates.count() >= 10
    for organisation in with_coordinates:
        assert 35.74 <= organisation.latitude <= 35.79
        assert -5.90 <= organisation.longitude <= -5.78


def test_moderators_find_a_queue_while_most_samples_are_published(demo):
    assert demo.published().count() > demo.count() * 3 / 4
    assert demo.pending().exists()
    assert demo.filter(status=ModerationStatus.DRAFT).exists()
    assert demo.filter(status=ModerationStatus.REJECTED).exists()
    assert not demo.published().filter(published_at=None).exists()


def test_loading_again_neither_duplicates_nor_touches_real_records(taxonomies, make_organisation):
    real = make_organisation(name_fr="Association réelle du Détroit")
    load_demo()
    count = Organisation.objects.count()
    output = load_demo()
    assert Organisation.objects.count() == count
    assert Organisation.objects.filter(is_sample=False).get() == real
    assert "0 created" in output


def test_reloading_keeps_a_moderation_decision_on_a_sample(demo):
    organisation = demo.published().first()
    organisation.status = ModerationStatus.ARCHIVED
    organisation.save()
    load_demo()
    organisation.refresh_from_db()
    assert organisation.status == ModerationStatus.ARCHIVED


def test_a_real_organisation_with_a_demo_slug_is_never_overwritten(taxonomies, make_organisation):
    real = make_organisation(name_fr="Code Tanja réel", slug="code-tanja")
    output = load_demo()
    real.refresh_from_db()
    assert real.name_fr == "Code Tanja réel"
    assert not real.is_sample
    assert "Skipped code-tanja" in output


def test_demo_load_costs_a_bounded_number_of_queries_per_sample(taxonomies):
    """How fast the demo loads belongs to `manage.py benchmark`; what a test can hold is the work per sample.

    Today a first load costs about 82 queries a sample (an organisation, opportunity, partnership or partner
    search: the record, its many-to-many rows and the maintained counts it moves; the cache versions are bumped
    once per transaction, and the test runs in one) and a reload about 22 (reading and comparing). A per-row slip
    (a query per translated field, per sector, a cache write per signal…) goes over these bounds. Counted through a
    wrapper: Django's query log keeps only the last 9,000.
    """
    samples = len(ORGANISATIONS) + len(OPPORTUNITIES)
    samples += len(DIRECTORY_PARTNERSHIPS) + len(OUTSIDE_PARTNERSHIPS) + len(PARTNER_SEARCHES)
    cache.clear()
    first, again = QueryCounter(), QueryCounter()
    with connection.execute_wrapper(first):
        load_demo()
    with connection.execute_wrapper(again):
        load_demo()
    assert first.count <= 90 * samples
    assert again.count <= 25 * samples


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def test_published_samples_are_searchable_on_the_public_list(client, demo):
    response = client.get("/fr/organisations/", {"q": "yasmine"})
    assert "Coopérative Yasmine de couture et broderie de Bni Makada" in response.content.decode()
    response = client.get("/ar/organisations/", {"q": "الياسمين"})
    assert "تعاونية الياسمين للخياطة والطرز ببني مكادة" in response.content.decode()


def test_without_debug_no_demo_moderator_is_created(settings, taxonomies):
    settings.DEBUG = False
    output = load_demo()
    assert not get_user_model().objects.filter(email=settings.DEMO_MODERATOR_EMAIL).exists()
    assert "was not created" in output
    assert Organisation.objects.filter(is_sample=True).count() >= 60


def test_with_debug_the_demo_moderator_is_a_staff_member_of_the_moderators_group(settings, taxonomies):
    settings.DEBUG = True
    output = load_demo()
    user = get_user_model().objects.get(email=settings.DEMO_MODERATOR_EMAIL)
    assert user.is_staff
    assert user.groups.filter(name=MODERATORS_GROUP).exists()
    assert user.check_password(DEMO_MODERATOR_PASSWORD)
    assert DEMO_MODERATOR_PASSWORD in output
    load_demo()
    assert get_user_model().objects.filter(email=settings.DEMO_MODERATOR_EMAIL).count() == 1
