"""Faceted filtering shared by every public list: several values of a facet widen the results (OR), different
facets narrow them (AND), and each facet shows how many results each of its options would give.

Every facet costs a constant number of queries (its options, one counting query), whatever the data size.
"""

from types import SimpleNamespace

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import BooleanField, Case, Count, Q, When
from django.utils import timezone
from django.utils.translation import get_language

from directory import caching
from directory.models import Area


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

    def options(self):
        """(option, the key of its tally) for each option, in display order."""
        return [(_option(o.slug, o.name, getattr(o, "depth", 0)), o.pk) for o in self.queryset]

    def facet(self, scoped):
        options = list(self.queryset)
        field = scoped.model._meta.get_field(self.field_name)
        if field.many_to_many:
            # Counted on the link table alone, with the matching records as a semi-join: no self-join.
            links = field.remote_field.through.objects.filter(
                **{f"{field.m2m_column_name()}__in": scoped.values("pk")}
            )
            key = field.m2m_reverse_name()
            rows = links.values(key).annotate(n=Count("*")).values_list(key, "n")
        else:
            rows = scoped.values(self.field_name).annotate(n=Count("pk")).values_list(self.field_name, "n")
        counts = {pk: n for pk, n in rows if pk is not None}
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
        links = through.objects.filter(**{f"{owner}__in": scoped.values("pk")})
        parents = {a.parent_id for a in areas}
        # A record serves an area once, so areas with nothing below them are a plain count per area; only
        # areas with sub-areas need a distinct count (one record may serve several of their sub-areas).
        totals = dict(links.values("area_id").annotate(n=Count("*")).values_list("area_id", "n"))
        aggregates = {
            f"a{a.pk}": Count(owner, distinct=True, filter=self._below(a)) for a in areas if a.pk in parents
        }
        if aggregates:
            totals.update({int(key[1:]): n for key, n in links.aggregate(**aggregates).items()})
        return [(_option(a.slug, a.name, a.depth), totals.get(a.pk, 0)) for a in areas]


class ChoiceFacetFilter(django_filters.MultipleChoiceFilter):
    """A facet over a field with fixed choices (kind, direction, currency)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs.filter(**{f"{self.field_name}__in": value}) if value else qs

    def options(self):
        return [(_option(value, label), value) for value, label in self.extra["choices"]]

    def facet(self, scoped):
        rows = scoped.values(self.field_name).annotate(n=Count("pk"))
        counts = {row[self.field_name]: row["n"] for row in rows}
        return [(_option(value, label), counts.get(value, 0)) for value, label in self.extra["choices"]]


class PredicateFacetFilter(django_filters.MultipleChoiceFilter):
    """A facet whose options are conditions rather than field values ("open", "closing within 7 days").

    ``predicates`` maps each option to (label, a function returning a Q object); it is a function so that
    conditions involving "now" are evaluated per request.
    """

    def __init__(self, *args, predicates, among=None, **kwargs):
        self.predicates = predicates
        # A function returning one condition every option implies (a single range of an index), read before
        # counting; by default the options' conditions joined by OR.
        self.among = among
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

    def options(self):
        return [(_option(key, label), key) for key, (label, _q) in self.predicates.items()]

    def facet(self, scoped):
        conditions = {key: q() for key, (_label, q) in self.predicates.items()}
        # Only the rows meeting some option are read: a range of an index (the deadline's, the dates') rather
        # than every row of the list, each tested against every option.
        if self.among is not None:
            some = self.among()
        else:
            some = Q()
            for condition in conditions.values():
                some |= condition
        totals = scoped.filter(some).aggregate(
            **{key: Count("pk", filter=condition) for key, condition in conditions.items()}
        )
        return [(_option(key, label), totals[key]) for key, (label, _q) in self.predicates.items()]


def area_lineage():
    """{area id: [its id and the ids of every area above it]}: a record serving an area serves all of those."""
    parents = dict(Area.objects.values_list("pk", "parent_id"))
    lineage = {}
    for pk in parents:
        chain, step = [], pk
        while step is not None and step not in chain:
            chain.append(step)
            step = parents.get(step)
        lineage[pk] = chain
    return lineage


def facet_keys(filterset_class, queryset, lineage):
    """{pk: {"facet:option"}}: the facet options each record of ``queryset`` counts for, as the unfiltered
    list's facets count them (an area counts everything below it). Facets named in ``LIVE_FACETS`` depend on the
    time and are left out, like those in ``DERIVED_FACETS``. ``lineage`` is ``area_lineage()``."""
    filters = filterset_class.base_filters
    model = queryset.model
    skipped = {*filterset_class.LIVE_FACETS, *filterset_class.DERIVED_FACETS}
    names = [name for name in filterset_class.FACETS if name not in skipped]
    fields, annotations, links = {}, {}, {}
    for name in names:
        flt = filters[name]
        if isinstance(flt, PredicateFacetFilter):
            for key, (_label, q) in flt.predicates.items():
                annotations[f"_{name}_{key}"] = Case(
                    When(q(), then=True), default=False, output_field=BooleanField()
                )
            continue
        field = model._meta.get_field(flt.field_name)
        if field.many_to_many:
            links[name] = field
        else:
            fields[name] = field.attname
    rows = list(queryset.order_by().values("pk", *set(fields.values()), **annotations))
    keys = {row["pk"]: set() for row in rows}
    for row in rows:
        found = keys[row["pk"]]
        for name, column in fields.items():
            if row[column] not in (None, ""):
                found.add(f"{name}:{row[column]}")
        for name in names:
            flt = filters[name]
            if isinstance(flt, PredicateFacetFilter):
                found.update(f"{name}:{key}" for key in flt.predicates if row[f"_{name}_{key}"])
    for name, field in links.items():
        through = field.remote_field.through
        pairs = through.objects.filter(**{f"{field.m2m_column_name()}__in": list(keys)}).values_list(
            field.m2m_column_name(), field.m2m_reverse_name()
        )
        area = isinstance(filters[name], AreaFilter)
        for pk, term in pairs:
            for option in lineage.get(term, [term]) if area else [term]:
                keys[pk].add(f"{name}:{option}")
    return keys


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet that tolerates a bad value in one facet and reports facet counts.

    Subclasses list their facets in FACETS (filter names, in display order) and order results in ``order``.
    """

    FACETS = []
    # Facets whose counts depend on the time: always counted live (from indexed ranges), never tallied.
    LIVE_FACETS = ()
    # Facets whose tallies the list derives from others (open or closed from the totals): ``facet_keys`` skips them.
    DERIVED_FACETS = ()
    counts_change_with_time = False

    def tallied_counts(self):
        """{"facet:option": count} for the unfiltered list, read from maintained tallies (directory.counting);
        None where the list has none (or they are not built yet), and the facets are counted live."""
        return None

    def is_unfiltered(self):
        return not any(value for name, value in self.values.items() if name != "sort")

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

    def filter_search(self, queryset, name, value):
        """The text search is a condition of the list's own queries: the count, each facet and the page filter
        on the search columns (served by their trigram index on PostgreSQL) and the page is ordered by
        relevance in the same query, so no set of matches is collected in Python or sent back to the database.

        Only the plan (the words, and on PostgreSQL their typo corrections) is worked out once and cached
        until the data changes, as finding corrections takes a query per word.
        """
        plan = self._search_plan(value)
        matches = queryset.matching(plan)
        if getattr(self, "_counting", False):
            return matches  # counts need no relevance annotation (which would join the GROUP BY)
        return matches.annotate(relevance=queryset.relevance(plan))

    def _search_plan(self, value):
        if getattr(self, "_search", (None,))[0] != value:
            model = self.queryset.model
            key = caching.search_key(model._meta.label_lower, value)
            plan = cache.get(key)
            if plan is None:
                plan = model._default_manager.all().search_plan(value)
                cache.set(key, plan, caching.FACET_SECONDS)
            self._search = (value, plan)
        return self._search[1]

    def facet_counts(self, base_queryset):
        """For each facet, its options with the number of results each would give.

        Counts for one facet ignore that facet's own selection (its values are alternatives) but respect every
        other filter. They are cached until the data changes (see directory.caching), since recounting a
        large directory for every page view is the slowest part of a list page.
        """
        key = self._facet_cache_key(base_queryset)
        counted = cache.get(key)
        if counted is None:
            counted = self._count_facets(base_queryset)
            cache.set(key, counted, caching.FACET_SECONDS)
        facets = []
        for name, label, options in counted:
            selected = {getattr(v, "slug", v) for v in self.values.get(name) or []}
            items = [
                {"option": _option(slug, option_name, depth), "count": count, "selected": slug in selected}
                for slug, option_name, depth, count in options
                if count or slug in selected
            ]
            facets.append({"name": name, "label": label, "items": items})
        return facets

    def _count_facets(self, base_queryset):
        counted = []
        # Unfiltered, the counts are maintained as the data changes: read, not recounted.
        tallied = self.tallied_counts() if self.is_unfiltered() else None
        self._counting = True  # counts need no relevance annotation (which would join the GROUP BY)
        try:
            for name in self.FACETS:
                flt = self.filters[name]
                if tallied is not None and name not in self.LIVE_FACETS:
                    found = [(o, tallied.get(f"{name}:{key}", 0)) for o, key in flt.options()]
                else:
                    found = flt.facet(self.filter_queryset(base_queryset, skip=name).order_by())
                options = [(o.slug, str(o.name), o.depth, count) for o, count in found]
                counted.append((name, str(flt.label), options))
        finally:
            self._counting = False
        return counted

    def _facet_cache_key(self, base_queryset):
        data = self.data or {}
        chosen = sorted(
            (name, sorted(data.getlist(name) if hasattr(data, "getlist") else [data[name]]))
            for name in data
            if name in self.filters and name != "sort"
        )
        parts = [
            base_queryset.model._meta.label_lower,
            str(base_queryset.query),
            get_language(),
            # Where counts depend on the time (open until a deadline), the minute is part of the key.
            int(timezone.now().timestamp() // 60) if self.counts_change_with_time else 0,
            chosen,
        ]
        return caching.facets_key(*parts)
