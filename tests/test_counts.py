"""Counts maintained, not recounted: after any sequence of changes, the tallies kept by each change equal a
count from scratch (``manage.py recount``), the unfiltered pages show what a live count shows, and the stored
``is_public`` flag agrees with the one visibility rule."""

import datetime
import io
import random
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from directory import counting
from directory.models import Area, Language, LegalForm, Sector, Tally, TargetGroup
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.portal.overview.counts import OverviewCounts
from directory.portal.overview.filters import OverviewFilter
from opportunities import counts as opportunity_counts
from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity, OpportunityQuerySet
from organisations.filters import OrganisationFilter
from organisations.models import Organisation
from tests.opportunity_helpers import make_opportunity

STATUSES = list(ModerationStatus.values)
# Mostly published, so that most changes move counts.
LIKELY = [ModerationStatus.PUBLISHED] * 4 + STATUSES


def maintained(now=None):
    """Every counter's tallies as a reader sees them at ``now``."""
    return {name: counting.tallies(name, now) for name in counting.counters()}


def recounted(now):
    for counter in counting.counters().values():
        counting.rebuild(counter, now)
    return maintained(now)


def assert_is_public_follows_the_rule():
    stored = set(Opportunity.objects.filter(is_public=True).values_list("pk", flat=True))
    ruled = set(Opportunity.objects.filter(OpportunityQuerySet.public_rule()).values_list("pk", flat=True))
    assert stored == ruled


@pytest.fixture
def clock(monkeypatch):
    """Django's clock, moved by hand: deadlines pass without waiting."""
    state = {"now": timezone.now()}
    monkeypatch.setattr(timezone, "now", lambda: state["now"])
    return state


def _some(rng, queryset, most=3):
    items = list(queryset)
    return rng.sample(items, rng.randint(0, min(most, len(items))))


def _random_change(rng, moderator, organisations, opportunities):
    """One change of the kinds the site makes: a new record, a moderation decision, a closing, a link added or
    removed (from either side), a publisher hidden, a deletion."""
    kind = rng.randrange(14)
    if kind in (0, 12) or not organisations:
        organisation = Organisation.objects.create(
            name_fr=f"Association {rng.random()}",
            status=rng.choice(LIKELY),
            published_at=timezone.now() - datetime.timedelta(days=rng.randint(0, 900)),
            legal_form=rng.choice([None, *LegalForm.objects.all()]),
            country=rng.choice([None, *Area.objects.filter(kind=Area.Kind.COUNTRY)]),
        )
        organisation.sectors.set(_some(rng, Sector.objects.all()))
        organisation.target_groups.set(_some(rng, TargetGroup.objects.all()))
        organisation.areas.set(_some(rng, Area.objects.all()))
        organisation.languages.set(_some(rng, Language.objects.all()))
        organisations.append(organisation)
    elif kind in (1, 11) or not opportunities:
        amount = rng.choice([None, Decimal("1000.50"), Decimal("70000"), Decimal("900000")])
        opportunities.append(
            make_opportunity(
                organisation=rng.choice([None, *organisations]),
                kind=rng.choice(Opportunity.Kind.values),
                direction=rng.choice(Opportunity.Direction.values),
                status=rng.choice(LIKELY),
                deadline=rng.choice(
                    [None, timezone.now() + datetime.timedelta(hours=rng.randint(-200, 400))]
                ),
                amount_max=amount,
                currency=rng.choice(Opportunity.Currency.values) if amount else "",
                is_remote=rng.random() < 0.2,
                sectors=[s.slug for s in _some(rng, Sector.objects.all())],
                target_groups=[t.slug for t in _some(rng, TargetGroup.objects.all())],
                areas=[a.slug for a in _some(rng, Area.objects.all())],
            )
        )
    elif kind in (2, 3):
        record = rng.choice(rng.choice([organisations, opportunities]))
        record.refresh_from_db()
        target = rng.choice([s for s in LIKELY if s not in (record.status, ModerationStatus.DRAFT)])
        moderation_decide(obj=record, to_status=target, actor=moderator)
    elif kind == 4:
        organisation = rng.choice(organisations)
        organisation.closed_on = None if organisation.closed_on else timezone.localdate()
        organisation.save()
    elif kind == 5:
        opportunity = rng.choice(opportunities)
        opportunity.closed_at = None if opportunity.closed_at else timezone.now()
        opportunity.deadline = rng.choice(
            [None, timezone.now() + datetime.timedelta(hours=rng.randint(-50, 300))]
        )
        opportunity.save()
    elif kind == 6:
        record = rng.choice(rng.choice([organisations, opportunities]))
        record.target_groups.add(*_some(rng, TargetGroup.objects.all()))
        record.areas.add(*_some(rng, Area.objects.all()))
        record.sectors.remove(*_some(rng, record.sectors.all()))
    elif kind == 7:
        # From the term's side, as the admin's "organisations of this sector" would.
        sector = rng.choice(list(Sector.objects.all()))
        sector.organisations.add(*_some(rng, Organisation.objects.all()))
        sector.opportunities.remove(*_some(rng, sector.opportunities.all()))
    elif kind == 8:
        area = rng.choice(list(Area.objects.all()))
        rng.choice([area.organisations, area.opportunities]).clear()
    elif kind == 9:
        record = rng.choice(rng.choice([organisations, opportunities]))
        rng.choice([record.sectors, record.target_groups, record.areas]).clear()
    elif kind == 10:
        opportunity = rng.choice(opportunities)
        opportunity.organisation = rng.choice([None, *organisations])
        if opportunity.organisation is None:
            opportunity.funder_name = "Fondation"
        opportunity.save()
    elif kind == 13:
        collection = rng.choice([organisations, opportunities])
        record = collection.pop(rng.randrange(len(collection)))
        record.delete()
        if isinstance(record, Organisation):
            opportunities[:] = [o for o in opportunities if Opportunity.objects.filter(pk=o.pk).exists()]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_maintained_counts_equal_a_recount_after_random_changes(taxonomies, moderator, clock, seed):
    rng = random.Random(seed)
    organisations, opportunities = [], []
    for step in range(60):
        _random_change(rng, moderator, organisations, opportunities)
        assert_is_public_follows_the_rule()
        if step % 10 == 9:
            # Time passes: deadlines run out between changes, with no write to notice them.
            clock["now"] += datetime.timedelta(hours=rng.randint(1, 80))
            seen = maintained()
            assert seen == recounted(clock["now"]), f"step {step}"
    assert Tally.objects.filter(n__gt=0).exists()


def test_a_deadline_passing_leaves_the_open_counts_without_a_write(taxonomies, clock):
    make_opportunity(sectors=["education"], deadline=clock["now"] + datetime.timedelta(hours=1))
    sector = Sector.objects.get(slug="education")
    key = f"o:sector:{sector.pk}"
    assert opportunity_counts.tallies()[key][0] == 1
    clock["now"] += datetime.timedelta(hours=2)
    assert key not in opportunity_counts.tallies()
    counting.advance(opportunity_counts.NAME)
    assert key not in opportunity_counts.tallies()
    assert opportunity_counts.tallies()["total"][0] == 1  # still public, now closed


def _live(filterset, monkeypatch):
    monkeypatch.setattr(type(filterset), "tallied_counts", lambda self: None)
    return filterset._count_facets(filterset.queryset)


@pytest.mark.parametrize(
    ("filterset_class", "queryset"),
    [(OrganisationFilter, Organisation.objects.public), (OpportunityFilter, Opportunity.objects.public)],
)
def test_the_unfiltered_facets_read_from_tallies_equal_a_live_count(
    taxonomies, moderator, clock, monkeypatch, filterset_class, queryset
):
    rng = random.Random(7)
    organisations, opportunities = [], []
    for _step in range(40):
        _random_change(rng, moderator, organisations, opportunities)
    clock["now"] += datetime.timedelta(hours=30)
    tallied = filterset_class(None, queryset=queryset())._count_facets(queryset())
    assert tallied == _live(filterset_class(None, queryset=queryset()), monkeypatch)


def test_the_unfiltered_overview_read_from_tallies_equals_a_live_count(taxonomies, moderator, clock):
    rng = random.Random(11)
    organisations, opportunities = [], []
    for _step in range(50):
        _random_change(rng, moderator, organisations, opportunities)
    clock["now"] += datetime.timedelta(hours=30)
    page = OverviewCounts(OverviewFilter(None, queryset=Organisation.objects.none()))
    tallied, live = page.tallied_counts(), page.compute_counts()
    tallied["open"]["kinds"] = _amounts_as_decimals(tallied["open"]["kinds"])
    live["open"]["kinds"] = _amounts_as_decimals(live["open"]["kinds"])
    assert tallied == live


def _amounts_as_decimals(kinds):
    """SQLite may sum amounts to an int or a float; the tables round them to whole units anyway."""
    return {
        key: (
            n,
            {code: None if total is None else round(Decimal(total), 2) for code, total in totals.items()},
        )
        for key, (n, totals) in kinds.items()
    }


@pytest.mark.parametrize(
    "change", ["approve", "reject", "archive", "hide organisation", "close organisation"]
)
def test_is_public_follows_every_kind_of_decision(make_organisation, moderator, change):
    organisation = make_organisation()
    opportunity = make_opportunity(organisation=organisation, status=ModerationStatus.PENDING)
    assert not Opportunity.objects.public().exists()
    moderation_decide(obj=opportunity, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert list(Opportunity.objects.public()) == [opportunity]
    if change == "reject":
        opportunity.refresh_from_db()
        moderation_decide(obj=opportunity, to_status=ModerationStatus.REJECTED, actor=moderator)
    elif change == "archive":
        opportunity.refresh_from_db()
        moderation_decide(obj=opportunity, to_status=ModerationStatus.ARCHIVED, actor=moderator)
    elif change == "hide organisation":
        moderation_decide(obj=organisation, to_status=ModerationStatus.ARCHIVED, actor=moderator)
    elif change == "close organisation":
        organisation.closed_on = timezone.localdate()
        organisation.save(update_fields=["closed_on"])
    assert_is_public_follows_the_rule()
    assert Opportunity.objects.public().exists() == (change == "approve")


def test_recount_command_rebuilds_what_was_left_out(make_organisation, capsys):
    make_organisation(sectors=["education"])
    # A bulk load sends no signal: the tallies miss it until recounted.
    Tally.objects.all().delete()
    with pytest.raises(Exception, match="differed"):
        call_command("recount", "--check")
    call_command("recount", "--check")
    sector = Sector.objects.get(slug="education")
    assert Tally.objects.get(clock_id="organisations", key=f"sector:{sector.pk}").n == 1


@pytest.mark.parametrize(
    "model, relation",
    [(Sector, "sectors"), (TargetGroup, "target_groups"), (Area, "areas"), (Language, "languages")],
)
def test_deleting_a_term_leaves_the_counts_of_what_it_was_linked_to_right(make_organisation, model, relation):
    extra = {"kind": Area.Kind.COMMUNE} if model is Area else {}
    term = model.objects.create(slug="terme-retire", name="Terme retiré", **extra)
    organisation = make_organisation()
    getattr(organisation, relation).add(term)
    getattr(make_opportunity(organisation=organisation), relation).add(term)
    call_command("recount", "--check", stdout=io.StringIO())
    # Its links go with it, without a m2m_changed signal.
    term.delete()
    call_command("recount", "--check", stdout=io.StringIO())
