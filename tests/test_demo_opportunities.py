import datetime
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from directory.models import Area
from directory.moderation import ModerationStatus
from opportunities.demo import OPPORTUNITIES
from opportunities.models import Opportunity
from tests.opportunity_helpers import make_opportunity

LIST = "/fr/opportunities/"


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def has_arabic_letters(text):
    return any("\u0621" <= ch <= "\u064a" for ch in text or "")


# Every test here reads the demo as one load left it (tests/test_demo_first_load.py starts from an empty database).
pytestmark = pytest.mark.xdist_group("demo-opportunities")


@pytest.fixture
def demo(demo_loaded, db):
    return Opportunity.objects.filter(is_sample=True)


def days_left(opportunity, now):
    return (opportunity.deadline - now).total_seconds() / 86400


def test_demo_has_six_opportunities_of_every_kind_and_direction(demo):
    counts = Counter(demo.values_list("kind", "direction"))
    for kind in Opportunity.Kind.values:
        for direction in Opportunity.Direction.values:
            assert counts[kind, direction] >= 6, (kind, direction)
    assert demo.count() >= 48
    assert not Opportunity.objects.filter(is_sample=False).exists()


def test_every_sample_has_an_arabic_and_a_french_title_and_description(demo):
    for opportunity in demo:
        assert has_arabic_letters(opportunity.title_ar), opportunity.slug
        assert opportunity.title_fr and not has_arabic_letters(opportunity.title_fr), opportunity.slug
        assert has_arabic_letters(opportunity.description_ar), opportunity.slug
        assert opportunity.description_fr, opportunity.slug


def test_some_samples_are_written_in_all_five_languages(demo):
    complete = [
        o
        for o in demo
        if all(
            getattr(o, f"{field}_{code}") for field in ("title", "description") for code in ["en", "nl", "es"]
        )
    ]
    assert len(complete) >= 5


def test_samples_pass_model_validation_and_come_from_sample_organisations_or_named_funders(demo):
    for opportunity in demo:
        opportunity.full_clean()
        if opportunity.organisation_id:
            assert opportunity.organisation.is_sample, opportunity.slug
        else:
            assert "Exemple" in opportunity.funder_name or "Ejemplo" in opportunity.funder_name, (
                opportunity.slug
            )
            assert opportunity.funder_url.endswith(".example.org/"), opportunity.slug
    assert demo.filter(organisation=None).exists()


def test_deadlines_close_this_week_this_month_later_and_some_have_closed(demo):
    now = timezone.now()
    with_deadline = [o for o in demo.exclude(deadline=None) if o.closed_at is None]
    assert sum(0 < days_left(o, now) <= 7 for o in with_deadline) >= 3
    assert sum(7 < days_left(o, now) <= 30 for o in with_deadline) >= 3
    assert sum(days_left(o, now) > 30 for o in with_deadline) >= 3
    assert sum(days_left(o, now) < 0 for o in with_deadline) >= 3
    assert demo.filter(deadline=None).count() >= 3
    closed_early = demo.exclude(closed_at=None).get()
    assert closed_early.deadline > now and not closed_early.is_open()


def test_most_samples_are_published_a_few_wait_for_moderation(demo):
    published = demo.published()
    assert published.count() > demo.count() * 3 / 4
    assert demo.pending().exists()
    for opportunity in published.exclude(deadline=None):
        assert opportunity.published_at < opportunity.deadline, opportunity.slug
    assert not published.filter(published_at=None).exists()
    assert not published.filter(published_at__gt=timezone.now()).exists()


def test_funding_comes_in_dirhams_and_euros_and_other_kinds_carry_their_details(demo):
    funding = demo.filter(kind=Opportunity.Kind.FUNDING)
    assert set(funding.values_list("currency", flat=True)) == {"MAD", "EUR"}
    assert not funding.filter(amount_min=None, amount_max=None).exists()
    assert not demo.exclude(kind=Opportunity.Kind.FUNDING).exclude(currency="").exists()
    assert demo.filter(kind=Opportunity.Kind.TRAINING).exclude(start_date=None).exists()
    assert demo.filter(kind=Opportunity.Kind.VOLUNTEERING).exclude(time_commitment_fr=None).exists()
    assert demo.filter(kind=Opportunity.Kind.IN_KIND).exclude(condition="").exists()


def test_samples_cover_arrondissements_communes_and_remote_work(demo):
    areas = Area.objects.filter(opportunities__in=demo).distinct()
    assert areas.filter(kind=Area.Kind.ARRONDISSEMENT).count() == 4
    assert areas.filter(kind=Area.Kind.COMMUNE).exclude(slug="tanger").count() >= 8
    assert demo.filter(is_remote=True).count() >= 2
    assert not demo.filter(sectors=None).exists()


def test_deadlines_are_counted_from_the_day_of_loading(demo):
    spec = next(d for d in OPPORTUNITIES if d.closes_in == 5)
    deadline = timezone.localtime(demo.get(slug=spec.slug).deadline)
    assert deadline.date() == timezone.localdate() + datetime.timedelta(days=5)


def test_loading_again_neither_duplicates_nor_touches_real_records(demo, make_organisation):
    real = make_opportunity(organisation=make_organisation(), title_fr="Appel réel")
    count = Opportunity.objects.count()
    output = load_demo()
    assert Opportunity.objects.count() == count
    assert Opportunity.objects.filter(is_sample=False).get() == real
    assert "Sample opportunities: 0 created" in output


def test_reloading_keeps_a_moderation_decision_and_the_first_publication(demo):
    archived, published = demo.published()[:2]
    archived.status = ModerationStatus.ARCHIVED
    archived.save()
    first_published = published.published_at
    load_demo()
    archived.refresh_from_db()
    published.refresh_from_db()
    assert archived.status == ModerationStatus.ARCHIVED
    assert published.published_at == first_published


def test_published_samples_are_listed_and_found_in_french_and_arabic(client, demo):
    open_samples = Opportunity.objects.open().filter(is_sample=True)
    response = client.get(LIST, {"status": "open"})
    assert response.context["paginator"].count == open_samples.count()
    response = client.get(LIST, {"q": "ordinateurs portables"})
    assert "Ordinateurs portables reconditionnés pour les associations" in response.content.decode()
    response = client.get("/ar/opportunities/", {"q": "حواسيب محمولة"})
    assert "حواسيب محمولة مجددة للجمعيات" in response.content.decode()


def test_every_published_sample_has_a_working_page(client, demo):
    for opportunity in Opportunity.objects.public().filter(is_sample=True):
        assert client.get(opportunity.get_absolute_url()).status_code == 200, opportunity.slug
