import django_filters
from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from directory.filters import (
    AreaFilter,
    ChoiceFacetFilter,
    FacetedFilterSet,
    PredicateFacetFilter,
    SlugMultipleChoiceFilter,
)
from directory.models import Area, Sector
from news.models import Article, Category, Project
from organisations.models import Organisation


def written_in(code):
    return ~Q(**{f"title_{code}": ""}) & Q(**{f"title_{code}__isnull": False})


def _only_mine_label():
    language = get_language_info(get_language())["name_translated"]
    return _("Only articles in %(language)s") % {"language": language}


class ArticleFilter(FacetedFilterSet):
    # The organisation is not a facet: listing every organisation as an option would not scale. Profiles link
    # to their news with ?organisation=<slug>.
    FACETS = ["category", "area", "mine"]

    category = SlugMultipleChoiceFilter(
        field_name="categories", queryset=Category.objects.all(), label=_("Category")
    )
    area = AreaFilter(queryset=Area.objects.all(), label=_("Area"))
    mine = PredicateFacetFilter(
        label=_("Language"),
        # "Now" for a language: the label and the condition follow the page's language on each request.
        predicates={"1": (lazy(_only_mine_label, str)(), lambda: written_in(get_language()))},
    )
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.public(),
        to_field_name="slug",
        label=_("Organisation"),
        method="filter_organisation",
    )

    class Meta:
        model = Article
        fields = []

    def filter_organisation(self, queryset, name, value):
        through = Article.organisations.through.objects.filter(organisation=value)
        return queryset.filter(pk__in=through.values("article_id"))

    def order(self, queryset):
        return queryset.order_by("-publish_at", "-pk")


class ProjectFilter(FacetedFilterSet):
    """The founders' projects by status (upcoming, running, done) and sector."""

    FACETS = ["stage", "sector"]

    stage = ChoiceFacetFilter(choices=Project.Stage.choices, label=_("Status"))
    sector = SlugMultipleChoiceFilter(field_name="sectors", queryset=Sector.objects.all(), label=_("Sector"))

    class Meta:
        model = Project
        fields = []

    def order(self, queryset):
        return queryset.in_list_order()
