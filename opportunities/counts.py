"""The opportunities' maintained counts (directory.counting) and their ``is_public`` flag.

Each public opportunity adds ``total`` and its quarter of publication; while it is open, it also adds ``o:`` keys:
the unfiltered list's facets (which show open ones), the overview's matrices and its sector × kind table with
the amounts on offer. Its deadline is when those stop holding (``open_until``).
"""

from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save

from directory import counting
from directory.counting import OPEN
from directory.filters import area_lineage, facet_keys
from opportunities.models import Opportunity, OpportunityQuerySet
from organisations.counts import links, quarter_key, term_area_keys
from organisations.models import Organisation

NAME = "opportunities"


class OpportunityCounter(counting.Counter):
    name = NAME
    model = Opportunity
    timed = True

    def __init__(self, filterset_class):
        self.filterset_class = filterset_class  # the list's (opportunities.filters)

    def scope(self):
        return Opportunity.objects.public()

    def keys(self, queryset, as_of):
        rows = list(
            queryset.order_by().values(
                "pk",
                "published_at",
                "deadline",
                "kind",
                "direction",
                "currency",
                amount=Coalesce("amount_max", "amount_min"),
            )
        )
        if not rows:
            return {}
        open_ids = set(
            queryset.filter(OpportunityQuerySet.open_q(as_of)).order_by().values_list("pk", flat=True)
        )
        lineage = area_lineage()
        facets = (
            facet_keys(self.filterset_class, queryset.filter(pk__in=open_ids), lineage) if open_ids else {}
        )
        opened = list(open_ids)
        sectors = links(Opportunity._meta.get_field("sectors"), opened)
        groups = links(Opportunity._meta.get_field("target_groups"), opened)
        areas = links(Opportunity._meta.get_field("areas"), opened)
        found = {}
        for row in rows:
            pk = row["pk"]
            keys = {"total": 0}
            if row["published_at"]:
                keys[quarter_key(row["published_at"])] = 0
            if pk not in open_ids:
                found[pk] = (keys, None)
                continue
            opened = {"total", *facets.get(pk, ())}
            opened |= term_area_keys("sector", sectors[pk], areas[pk], lineage)
            opened |= term_area_keys("target_group", groups[pk], areas[pk], lineage)
            for sector in sectors[pk]:
                opened.add(f"kind:{sector}:{row['kind']}:{row['direction']}")
            keys.update(dict.fromkeys((OPEN + key for key in opened), 0))
            if row["amount"] is not None and row["currency"]:
                for sector in sectors[pk]:
                    keys[f"{OPEN}kindsum:{sector}:{row['kind']}:{row['direction']}:{row['currency']}"] = row[
                        "amount"
                    ]
            found[pk] = (keys, row["deadline"])
        return found


def _opportunity_saved(sender, instance, raw=False, **kwargs):
    """Store the visibility rule's answer for the saved opportunity (before its tallies are brought up to date)."""
    mine = Opportunity.objects.filter(pk=instance.pk)
    flag = mine.filter(OpportunityQuerySet.public_rule()).exists()
    mine.exclude(is_public=flag).update(is_public=flag)
    instance.is_public = flag


def _organisation_changed(sender, instance, **kwargs):
    """An organisation hidden, closed, published or deleted: its opportunities follow."""
    changed = Opportunity.objects.filter(organisation_id=instance.pk).refresh_public()
    if changed:
        counting.recount(counting.counters()[NAME], changed)


def connect(filterset_class):
    # Connected before the counter, so that the flag is right when the tallies read it.
    post_save.connect(_opportunity_saved, sender=Opportunity, dispatch_uid="opportunity-is-public")
    post_save.connect(
        _organisation_changed, sender=Organisation, dispatch_uid="opportunities-follow-organisation"
    )
    post_delete.connect(
        _organisation_changed, sender=Organisation, dispatch_uid="opportunities-follow-deletion"
    )
    counting.register(OpportunityCounter(filterset_class))


def tallies(now=None, prefixes=None, advance_later=None):
    return counting.tallies(NAME, now, prefixes=prefixes, advance_later=advance_later)


def open_total(now=None, advance_later=None):
    """How many public opportunities are open (``Opportunity.objects.public().open().count()``), or None until
    built."""
    counted = tallies(now, [f"{OPEN}total"], advance_later)
    return None if counted is None else counted.get(f"{OPEN}total", (0, 0))[0]


def facet_tallies(filterset_class, now=None, advance_later=None):
    """{"facet:option": count} as the unfiltered list shows them: open ones, and open or closed among all."""
    names = [name for name in filterset_class.FACETS if name not in filterset_class.LIVE_FACETS]
    counted = tallies(now, ["total", f"{OPEN}total", *(f"{OPEN}{name}:" for name in names)], advance_later)
    if counted is None:
        return None
    facets = {key[len(OPEN) :]: n for key, (n, _total) in counted.items() if key.startswith(OPEN)}
    total, opened = counted.get("total", (0, 0))[0], counted.get(OPEN + "total", (0, 0))[0]
    facets["status:open"], facets["status:closed"] = opened, total - opened
    return facets
