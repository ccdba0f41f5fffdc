import datetime
from types import SimpleNamespace

import django_filters
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.filters import (
    AreaFilter,
    ChoiceFacetFilter,
    FacetedFilterSet,
    PredicateFacetFilter,
    SlugMultipleChoiceFilter,
)
from directory.models import Area, LegalForm, Sector, TargetGroup
from opportunities import counts, tasks
from opportunities.models import Opportunity, OpportunityQuerySet


def _closing_within(days):
    def predicate():
        now = timezone.now()
        # The deadline ahead stated as a range (open implies it), so the deadline index can serve the count.
        ahead = Q(deadline__gt=now, deadline__lte=now + datetime.timedelta(days=days))
        return OpportunityQuerySet.open_q(now) & ahead

    return predicate


def _weekend():
    """This weekend in Tangier (Saturday and Sunday): the coming one, or what is left of the current one."""
    today = timezone.localdate()
    if today.weekday() == 6:  # Sunday
        return today, today
    saturday = today + datetime.timedelta(days=5 - today.weekday())
    return saturday, saturday + datetime.timedelta(days=1)


def _happening_this_weekend():
    return OpportunityQuerySet.happening_q(*_weekend())


def _happening_within(days):
    def predicate():
        today = timezone.localdate()
        return OpportunityQuerySet.happening_q(today, today + datetime.timedelta(days=days))

    return predicate


def _amount_between(low, high):
    # An opportunity fits a range when what it offers overlaps it.
    def predicate():
        condition = Q(amount_max__gte=low) | Q(amount_max__isnull=True, amount_min__gte=low)
        if high is not None:
            condition &= Q(amount_min__lt=high) | Q(amount_min__isnull=True, amount_max__lt=high)
        return condition & (Q(amount_min__isnull=False) | Q(amount_max__isnull=False))

    return predicate


class OpenToFilter(SlugMultipleChoiceFilter):
    """Who may apply: opportunities open to any of the chosen legal forms, counting those that name no legal form
    (open to all), as a starter reading "open to cooperatives" expects."""

    def _through(self):
        return Opportunity.eligible_legal_forms.through

    def filter(self, qs, value):
        if not value:
            return qs
        links = self._through().objects
        fitting = links.filter(legalform__in=value).values("opportunity_id")
        return qs.filter(Q(pk__in=fitting) | ~Q(pk__in=links.values("opportunity_id")))

    def facet(self, scoped):
        options = list(self.queryset)
        links = self._through().objects
        rows = (
            links.filter(opportunity_id__in=scoped.values("pk"))
            .values("legalform_id")
            .annotate(n=Count("*"))
            .values_list("legalform_id", "n")
        )
        counts = dict(rows)
        open_to_all = scoped.exclude(pk__in=links.values("opportunity_id")).count()
        return [
            (SimpleNamespace(slug=o.slug, name=o.name, depth=0), counts.get(o.pk, 0) + open_to_all)
            for o in options
        ]


class OpportunityFilter(FacetedFilterSet):
    counts_change_with_time = True  # open and closing-soon depend on the clock
    # Counted live from the deadline and date indexes; the other facets of the unfiltered list are tallied.
    LIVE_FACETS = ("when", "deadline")
    DERIVED_FACETS = ("status",)
    SORT_CHOICES = [
        ("deadline", _("Closing soonest")),
        ("relevance", _("Relevance")),
        ("newest", _("Newest")),
    ]
    FACETS = [
        "status",
        "kind",
        "direction",
        "open_to",
        "when",
        "deadline",
        "sector",
        "target_group",
        "area",
        "remote",
        "currency",
        "amount",
    ]

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    status = PredicateFacetFilter(
        label=_("Open or closed"),
        predicates={
            "open": (_("Open"), lambda: OpportunityQuerySet.open_q()),
            "closed": (_("Show closed ones"), lambda: ~OpportunityQuerySet.open_q()),
        },
    )
    kind = ChoiceFacetFilter(label=_("Kind of support"), choices=Opportunity.Kind.choices)
    direction = ChoiceFacetFilter(label=_("Offered or sought"), choices=Opportunity.Direction.choices)
    open_to = OpenToFilter(
        field_name="eligible_legal_forms", queryset=LegalForm.objects.all(), label=_("Open to")
    )
    when = PredicateFacetFilter(
        label=_("When it happens"),
        predicates={
            "weekend": (_("This weekend"), _happening_this_weekend),
            "30": (_("In the next 30 days"), _happening_within(30)),
        },
        among=_happening_within(30),  # this weekend lies within the next 30 days
    )
    deadline = PredicateFacetFilter(
        label=_("Deadline"),
        predicates={
            "7": (_("Closing within 7 days"), _closing_within(7)),
            "30": (_("Closing within 30 days"), _closing_within(30)),
        },
        among=_closing_within(30),
    )
    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))
    target_group = SlugMultipleChoiceFilter(
        field_name="target_groups", queryset=TargetGroup.objects.all(), label=_("Target group")
    )
    area = AreaFilter(queryset=Area.objects.all(), label=_("Area"))
    remote = PredicateFacetFilter(
        label=_("Place"), predicates={"yes": (_("Anywhere or remote"), lambda: Q(is_remote=True))}
    )
    currency = ChoiceFacetFilter(label=_("Currency"), choices=Opportunity.Currency.choices)
    amount = PredicateFacetFilter(
        label=_("Amount"),
        predicates={
            "small": (_("Under 50,000"), _amount_between(0, 50_000)),
            "medium": (_("50,000 to 500,000"), _amount_between(50_000, 500_000)),
            "large": (_("500,000 or more"), _amount_between(500_000, None)),
        },
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )

    class Meta:
        model = Opportunity
        fields = []

    def filter_queryset(self, queryset, skip=None):
        # With neither open nor closed chosen, only open ones: closed calls are history, reachable on request.
        if skip != "status" and not self.values.get("status"):
            queryset = queryset.filter(OpportunityQuerySet.open_q())
        return super().filter_queryset(queryset, skip)

    def tallied_counts(self):
        return counts.facet_tallies(type(self), advance_later=tasks.advance_counts_later)

    def filter_sort(self, queryset, name, value):
        return queryset

    def sorts_by_deadline(self):
        sort = self.values.get("sort")
        return sort != "newest" and not (sort == "relevance" and self.values.get("q"))

    def order(self, queryset):
        if self.sorts_by_deadline():
            return queryset.closing_soonest()
        if self.values.get("sort") == "newest":
            return queryset.order_by("-published_at", "pk")
        return queryset.order_by("-relevance", "pk")
