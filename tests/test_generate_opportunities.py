from collections import Counter
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.bulk import SyntheticCommand
from directory.moderation import ModerationStatus
from opportunities import services
from opportunities.models import Opportunity
from organisations.models import Organisation

LIST = "/fr/opportunities/"


def generate(count, seed=7):
    call_command("generate_opportunities", count, seed=seed, stdout=StringIO())
    return Opportunity.objects.filter(slug__startswith="synthetic-opportunity-")


@pytest.fixture
def publishers(taxonomies):
    call_command("generate_organisations", 20, seed=1, stdout=StringIO())
    return Organisation.objects.published()


def test_generates_the_requested_number_of_public_samples(publishers):
    synthetic = generate(120)
    assert synthetic.count() == 120
    assert not synthetic.exclude(status=ModerationStatus.PUBLISHED).exists()
    assert not synthetic.filter(is_sample=False).exists()
    assert not synthetic.filter(published_at=None).exists()
    assert not synthetic.filter(published_at__gt=timezone.now()).exists()
    assert Opportunity.objects.public().count() == 120


def test_generated_opportunities_come_from_published_organisations_or_named_funders(
    publishers, make_organisation
):
    draft = make_organisation(status=ModerationStatus.DRAFT)
    synthetic = generate(200)
    from_organisations = synthetic.exclude(organisation=None)
    assert from_organisations.exists()
    assert not from_organisations.exclude(organisation__in=publishers).exists()
    assert not synthetic.filter(organisation=draft).exists()
    assert not synthetic.filter(organisation=None, funder_name="").exists()
    assert not synthetic.filter(direction="sought", organisation=None).exists()


def test_without_organisations_every_opportunity_has_a_named_funder(taxonomies):
    synthetic = generate(30)
    assert not synthetic.exclude(organisation=None).exists()
    assert not synthetic.filter(funder_name="").exists()


def test_kinds_directions_and_deadlines_are_spread(publishers):
    synthetic = generate(400)
    pairs = Counter(synthetic.values_list("kind", "direction"))
    assert len(pairs) == 8 and min(pairs.values()) >= 10
    now = timezone.now()
    assert synthetic.filter(deadline=None).count() >= 20
    assert synthetic.filter(deadline__lt=now).count() >= 50
    assert synthetic.filter(deadline__gt=now, deadline__lte=now + timezone.timedelta(days=7)).exists()
    assert synthetic.filter(deadline__gt=now + timezone.timedelta(days=30)).count() >= 50
    assert Opportunity.objects.open().count() > synthetic.count() / 2


def test_only_funding_has_amounts_and_every_amount_has_a_currency(publishers):
    synthetic = generate(200)
    funding = synthetic.filter(kind=Opportunity.Kind.FUNDING)
    assert set(funding.values_list("currency", flat=True)) == {"MAD", "EUR"}
    assert not funding.filter(amount_max=None).exists()
    assert not synthetic.exclude(kind=Opportunity.Kind.FUNDING).exclude(currency="").exists()
    for opportunity in synthetic.order_by("pk")[:60]:
        opportunity.full_clean()


def test_generated_opportunities_have_their_many_to_many_rows(publishers):
    synthetic = generate(100).annotate(
        n_sectors=Count("sectors", distinct=True),
        n_areas=Count("areas", distinct=True),
    )
    for opportunity in synthetic:
        assert 1 <= opportunity.n_sectors <= 3
        assert opportunity.n_areas >= 1 or opportunity.is_remote
    assert synthetic.filter(target_groups__isnull=False).exists()
    assert synthetic.filter(kind="funding", direction="offered", eligible_legal_forms__isnull=False).exists()


def test_generated_opportunities_are_found_by_a_word_of_their_title(client, publishers):
    opportunity = generate(30).filter(kind=Opportunity.Kind.TRAINING).order_by("pk").first()
    assert opportunity in Opportunity.objects.search("formation")
    assert opportunity in Opportunity.objects.search(max(opportunity.title_ar.split(), key=len))
    response = client.get(LIST, {"q": "formation", "status": ["open", "closed"]})
    assert response.context["paginator"].count == Opportunity.objects.search("formation").count()


def test_the_same_seed_gives_the_same_opportunities(publishers):
    fields = ("title_fr", "title_ar", "kind", "direction", "organisation_id", "amount_max")
    first = list(generate(20, seed=3).order_by("pk").values_list(*fields))
    Opportunity.objects.all().delete()
    second = list(generate(20, seed=3).order_by("pk").values_list(*fields))
    assert first == second


def test_running_again_adds_opportunities_with_new_slugs(publishers):
    generate(5)
    synthetic = generate(5, seed=8)
    assert synthetic.count() == 10
    assert synthetic.filter(slug="synthetic-opportunity-10").exists()


def test_a_count_below_one_is_refused(taxonomies):
    with pytest.raises(CommandError):
        generate(0)


def test_the_list_counts_generated_opportunities_at_once(client, publishers):
    everything = {"status": ["open", "closed"]}
    generate(5)
    assert client.get(LIST, everything).context["paginator"].count == 5
    generate(7)
    response = client.get(LIST, everything)
    assert response.context["paginator"].count == 12
    kinds = next(f for f in response.context["facets"] if f["name"] == "kind")
    assert sum(item["count"] for item in kinds["items"]) == 12


def test_generated_offers_and_requests_have_working_pages(client, publishers):
    synthetic = generate(60)
    for direction in Opportunity.Direction.values:
        opportunity = synthetic.filter(direction=direction).first()
        assert client.get(opportunity.get_absolute_url()).status_code == 200


def pages(client, query):
    """Every page of the list, in order."""
    found, number = [], 1
    while True:
        response = client.get(LIST, {**query, "page": number})
        found += [o.pk for o in response.context["opportunities"]]
        if not response.context["page_obj"].has_next():
            return found
        number += 1


@pytest.mark.parametrize("query", [{}, {"status": "closed"}, {"q": "formation"}, {"kind": "funding"}])
def test_list_pages_follow_closing_soonest_order_across_pages(client, publishers, query):
    generate(3 * settings.DIRECTORY_PAGE_SIZE + 7)
    # Closed as members close them (the service saves, and the maintained counts follow).
    for opportunity in Opportunity.objects.open().order_by("pk")[:3]:
        services.opportunity_close(opportunity=opportunity)
    response = client.get(LIST, query)
    expected = list(response.context["filter"].qs.values_list("pk", flat=True))
    assert len(expected) == response.context["paginator"].count
    assert pages(client, query) == expected


@pytest.mark.parametrize(
    "page, cold, warm",
    [
        # As on the list's own test: page, cached facets (2, the total among them), about pages; cold, reading
        # the maintained counts, counting the facets that depend on the time, and caching.
        (1, 22, 4),
        # The list is read in parts (open by deadline, then open without one): a page beyond the first part
        # counts the part it skips and reads on from there (1 more).
        (3, 23, 5),
    ],
)
def test_list_query_count_over_generated_data_is_pinned(publishers, assert_page_queries, page, cold, warm):
    # The default list holds open opportunities only: enough of them for three pages.
    generate(4 * settings.DIRECTORY_PAGE_SIZE + 5)
    assert_page_queries(LIST, {"page": page}, cold=cold, warm=warm)


def test_opportunities_are_built_and_written_a_batch_at_a_time(publishers, monkeypatch):
    batches = []
    create_batch = SyntheticCommand.create_batch

    def record(generator, rows):
        batches.append(len(rows))
        create_batch(generator, rows)

    monkeypatch.setattr(SyntheticCommand, "create_batch", staticmethod(record))
    with CaptureQueriesContext(connection) as queries:
        call_command("generate_opportunities", 25, batch_size=10, stdout=StringIO())
    assert batches == [10, 10, 5]
    inserts = [q["sql"] for q in queries if q["sql"].startswith('INSERT INTO "opportunities_opportunity"')]
    assert len(inserts) == 3
    assert Opportunity.objects.filter(slug__startswith="synthetic-opportunity-").count() == 25
