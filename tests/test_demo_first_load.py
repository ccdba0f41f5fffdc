"""Loading the demo into a database that already holds real records: each test starts from an empty database
(the other tests/test_demo_*.py modules share one load)."""

from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from opportunities.demo import OPPORTUNITIES
from organisations.demo import ORGANISATIONS
from organisations.demo_cooperation import DIRECTORY_PARTNERSHIPS, OUTSIDE_PARTNERSHIPS, PARTNER_SEARCHES
from organisations.models import Organisation
from tests.opportunity_helpers import make_opportunity


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


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


def test_a_real_opportunity_with_a_demo_slug_is_never_overwritten(taxonomies, make_organisation):
    slug = OPPORTUNITIES[0].slug
    real = make_opportunity(organisation=make_organisation(), title_fr="Appel réel", slug=slug)
    output = load_demo()
    real.refresh_from_db()
    assert real.title_fr == "Appel réel"
    assert not real.is_sample
    assert f"Skipped opportunity {slug}" in output


def test_no_sample_is_published_in_the_name_of_a_real_organisation(taxonomies, make_organisation):
    real = make_organisation(name_fr="Code Tanja réel", slug="code-tanja")
    output = load_demo()
    assert not real.opportunities.exists()
    assert "Skipped opportunity exemple-don-ordinateurs-portables" in output
    assert Organisation.objects.get(slug="code-tanja") == real
