import django_filters
from django.utils.translation import gettext_lazy as _

from directory.filters import AreaFilter, FacetedFilterSet, SlugMultipleChoiceFilter
from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from organisations import counts
from organisations.models import Organisation


class OrganisationFilter(FacetedFilterSet):
    SORT_CHOICES = [
        ("relevance", _("Relevance")),
        ("name", _("Name")),
        ("updated", _("Recently updated")),
    ]
    FACETS = counts.FACETS

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))
    target_group = SlugMultipleChoiceFilter(
        field_name="target_groups", queryset=TargetGroup.objects.all(), label=_("Target group")
    )
    area = AreaFilter(queryset=Area.objects.all(), label=_("Area"))
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

    class Meta:
        model = Organisation
        fields = []

    def tallied_counts(self):
        return counts.facet_tallies()

    def filter_sort(self, queryset, name, value):
        # Ordering is applied in ``order`` once every filter has run, so relevance can use the search.
        return queryset

    def order(self, queryset):
        sort = self.values.get("sort")
        if sort == "updated":
            return queryset.order_by("-updated_at", "pk")
        if sort in (None, "", "relevance") and self.values.get("q"):
            return queryset.order_by("-relevance", "pk")
        return queryset.order_by_name()
