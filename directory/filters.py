"""Faceted filtering shared by every public list: several values of a facet widen the results (OR), different
facets narrow them (AND), and each facet shows how many results each of its options would give.

Every facet costs a constant number of queries (its options, one counting query), whatever the data size.
"""

from types import SimpleNamespace

import django_filters
from django import forms
from django.db.models import Count, Q


def _option(slug, name, depth=0):
    return SimpleNamespace(slug=slug, name=name, depth=depth)


class SlugMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """A facet over a taxonomy, addressed by slug in the URL.

    Many-to-many facets filter through a primary-key subquery, so results never repeat and need no DISTINCT.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if self.method:
            return self.method(qs, self.field_name, value)
        lookup = {f"{self.field_name}__in": value}
        if qs.model._meta.get_field(self.field_name).many_to_many:
            return qs.filter(pk__in=qs.model.objects.filter(**lookup).values("pk"))
        return qs.filter(**lookup)

    def facet(self, scoped):
        options = list(self.queryset)
        rows = scoped.values(self.field_name).annotate(n=Count("pk"))
        counts = {row[self.field_name]: row["n"] for row in rows if row[self.field_name] is not None}
        return [(_option(o.slug, o.name, getattr(o, "depth", 0)), counts.get(o.pk, 0)) for o in options]


class AreaFilter(SlugMultipleChoiceFilter):
    """Areas served: choosing an area includes everything below it (Tanger includes its arrondissements)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "areas")
        super().__init__(*args, **kwargs)

    def _through(self, model):
        return model._meta.get_field(self.field_name).remote_field.through

    @staticmethod
    def _below(area, prefix="area__"):
        return Q(**{f"{prefix}path": area.path}) | Q(**{f"{prefix}path__startswith": f"{area.path}/"})

    def filter(self, qs, value):
        if not value:
            return qs
        below = Q()
        for area in value:
            below |= self._below(area)
        through = self._through(qs.model)
        owner = f"{qs.model._meta.model_name}_id"
        return qs.filter(pk__in=through.objects.filter(below).values(owner))

    def facet(self, scoped):
        areas = list(self.queryset)
        through = self._through(scoped.model)
        owner = f"{scoped.model._meta.model_name}_id"
        aggregates = {f"a{a.pk}": Count(owner, distinct=True, filter=self._below(a)) for a in areas}
        totals = through.objects.filter(**{f"{owner}__in": scoped.values("pk")}).aggregate(**aggregates)
        return [(_option(a.slug, a.name, a.depth), totals[f"a{a.pk}"]) for a in areas]


class ChoiceFacetFilter(django_filters.MultipleChoiceFilter):
    """A facet over a field with fixed choices (kind, direction, currency)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs.filter(**{f"{self.field_name}__in": value}) if value else qs

    def facet(self, scoped):
        rows = scoped.values(self.field_name).annotate(n=Count("pk"))
        counts = {row[self.field_name]: row["n"] for row in rows}
        return [(_option(value, label), counts.get(value, 0)) for value, label in self.extra["choices"]]


class PredicateFacetFilter(django_filters.MultipleChoiceFilter):
    """A facet whose options are conditions rather than field values ("open", "closing within 7 days").

    ``predicates`` maps each option to (label, a function returning a Q object); it is a function so that
    conditions involving "now" are evaluated per request.
    """

    def __init__(self, *args, predicates, **kwargs):
        self.predicates = predicates
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("distinct", False)
        kwargs["choices"] = [(key, label) for key, (label, _q) in predicates.items()]
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        condition = Q()
        for key in value:
            condition |= self.predicates[key][1]()
        return qs.filter(condition)

    def facet(self, scoped):
        totals = scoped.aggregate(
            **{key: Count("pk", filter=q()) for key, (_label, q) in self.predicates.items()}
        )
        return [(_option(key, label), totals[key]) for key, (label, _q) in self.predicates.items()]


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet that tolerates a bad value in one facet and reports facet counts.

    Subclasses list their facets in FACETS (filter names, in display order) and order results in ``order``.
    """

    FACETS = []

    @property
    def values(self):
        """The valid filter values: an unknown slug in one facet must not cancel the others."""
        if not self.is_bound:
            return {}
        self.errors  # noqa: B018 -- validating the form fills cleaned_data
        return self.form.cleaned_data

    @property
    def qs(self):
        # Unlike the default, unbound (unfiltered) lists are ordered too.
        if not hasattr(self, "_qs"):
            self._qs = self.filter_queryset(self.queryset.all())
        return self._qs

    def filter_queryset(self, queryset, skip=None):
        """Apply every valid filter except ``skip``; ordering only for the full result."""
        for name, value in self.values.items():
            if name != skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset if skip is not None else self.order(queryset)

    def order(self, queryset):
        return queryset

    def facet_counts(self, base_queryset):
        """For each facet, its options with the number of results each would give.

        Counts for one facet ignore that facet's own selection (its values are alternatives) but respect every
        other filter.
        """
        model = base_queryset.model
        facets = []
        for name in self.FACETS:
            scoped = self.filter_queryset(base_queryset, skip=name)
            # A pk subquery keeps search annotations and default ordering out of the counting GROUP BY.
            scoped = model._default_manager.filter(pk__in=scoped.order_by().values("pk")).order_by()
            flt = self.filters[name]
            chosen = self.values.get(name) or []
            selected = {getattr(v, "slug", v) for v in chosen}
            items = [
                {"option": option, "count": count, "selected": option.slug in selected}
                for option, count in flt.facet(scoped)
                if count or option.slug in selected
            ]
            facets.append({"name": name, "label": flt.label, "items": items})
        return facets
