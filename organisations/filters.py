import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from organisations.models import Organisation


class SlugMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """Several values of one facet widen the result (OR); different facets narrow it (AND).

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


class OrganisationFilter(django_filters.FilterSet):
    SORT_CHOICES = [
        ("relevance", _("Relevance")),
        ("name", _("Name")),
        ("updated", _("Recently updated")),
    ]

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))
    target_group = SlugMultipleChoiceFilter(
        field_name="target_groups", queryset=TargetGroup.objects.all(), label=_("Target group")
    )
    area = SlugMultipleChoiceFilter(queryset=Area.objects.all(), label=_("Area"), method="filter_area")
    country = SlugMultipleChoiceFilter(
        field_name="country", queryset=Area.objects.filter(kind=Area.Kind.COUNTRY), label=_("Country")
    )
    legal_form = SlugMultipleChoiceFilter(
        field_name="legal_form", queryset=LegalForm.objects.all(), label=_("Legal form")
    )
    language = SlugMultipleChoiceFilter(
        field_name="languages", queryset=Language.objects.all(), label=_("Language spoken")
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )

    # Facets shown beside the results, in order: (filter name, organisation field).
    FACETS = [
        ("sector", "sectors"),
        ("target_group", "target_groups"),
        ("area", "areas"),
        ("country", "country"),
        ("legal_form", "legal_form"),
        ("language", "languages"),
    ]

    class Meta:
        model = Organisation
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_area(self, queryset, name, areas):
        if not areas:
            return queryset
        # An area includes everything below it: Tanger includes its four arrondissements.
        below = Q()
        for area in areas:
            below |= Q(area__path=area.path) | Q(area__path__startswith=f"{area.path}/")
        served = Organisation.areas.through.objects.filter(below).values("organisation_id")
        return queryset.filter(pk__in=served)

    def filter_sort(self, queryset, name, value):
        # Ordering is applied in filter_queryset once every filter has run, so relevance can use the search.
        return queryset

    @property
    def values(self):
        """The valid filter values: an unknown slug in one facet must not cancel the others."""
        if not self.is_bound:
            return {}
        self.errors  # noqa: B018 -- validating the form fills cleaned_data
        return self.form.cleaned_data

    @property
    def qs(self):
        # Unlike the default, order unbound (unfiltered) lists too.
        if not hasattr(self, "_qs"):
            self._qs = self.filter_queryset(self.queryset.all())
        return self._qs

    def filter_queryset(self, queryset, skip=None):
        """Apply every valid filter except ``skip``; the ordering follows from the sort and the search."""
        for name, value in self.values.items():
            if name != skip:
                queryset = self.filters[name].filter(queryset, value)
        if skip is not None:
            return queryset
        sort = self.values.get("sort")
        if sort == "updated":
            return queryset.order_by("-updated_at", "pk")
        if sort in (None, "", "relevance") and self.values.get("q"):
            return queryset.order_by("-relevance", "pk")
        return queryset.order_by_name()

    def facet_counts(self, base_queryset):
        """For each facet, its options with the number of results each would give.

        Counts for one facet ignore that facet's own selection (values within a facet are alternatives), but
        respect every other filter. Two queries per facet (its options, its counts), whatever the data size.
        """
        facets = []
        for name, field in self.FACETS:
            scoped = self.filter_queryset(base_queryset, skip=name)
            # A pk subquery keeps the search annotations and default ordering out of the counting GROUP BY.
            scoped = Organisation.objects.filter(pk__in=scoped.order_by().values("pk")).order_by()
            flt = self.filters[name]
            options = list(flt.queryset)
            if name == "area":
                counts = self._area_counts(scoped, options)
            else:
                rows = scoped.values(field).annotate(n=Count("pk"))
                counts = {row[field]: row["n"] for row in rows if row[field] is not None}
            selected = {o.slug for o in self.values.get(name) or []}
            items = [
                {"option": o, "count": counts.get(o.pk, 0), "selected": o.slug in selected}
                for o in options
                if counts.get(o.pk, 0) or o.slug in selected
            ]
            facets.append({"name": name, "label": flt.label, "items": items})
        return facets

    @staticmethod
    def _area_counts(scoped, areas):
        through = Organisation.areas.through
        aggregates = {
            f"a{area.pk}": Count(
                "organisation_id",
                distinct=True,
                filter=Q(area__path=area.path) | Q(area__path__startswith=f"{area.path}/"),
            )
            for area in areas
        }
        if not aggregates:
            return {}
        totals = through.objects.filter(organisation_id__in=scoped.values("pk")).aggregate(**aggregates)
        return {area.pk: totals[f"a{area.pk}"] for area in areas}
