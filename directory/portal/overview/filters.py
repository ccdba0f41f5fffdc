from django.utils.translation import gettext_lazy as _

from directory.filters import AreaFilter, FacetedFilterSet, SlugMultipleChoiceFilter
from directory.models import Area, Sector, TargetGroup
from organisations.models import Organisation


class OverviewFilter(FacetedFilterSet):
    """The page's filters; applied alike to organisations and opportunities, which share the field names."""

    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))
    target_group = SlugMultipleChoiceFilter(
        field_name="target_groups", queryset=TargetGroup.objects.all(), label=_("Target group")
    )
    area = AreaFilter(queryset=Area.objects.all(), label=_("Area"))

    class Meta:
        model = Organisation
        fields = []
