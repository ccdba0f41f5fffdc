from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django_filters.views import FilterView

from directory import seo
from directory.counting import TalliedPaginator
from directory.ratelimit import ratelimit
from opportunities import services
from opportunities.filters import OpportunityFilter
from opportunities.forms import InterestForm
from opportunities.models import Opportunity
from opportunities.seo import opportunity_json_ld


class InParts:
    """A list read part after part, for the paginator: it counts the whole list and slices pages off the parts.

    A part is read only as far as the page needs, and counted only when a page starts beyond its end.
    """

    ordered = True

    def __init__(self, whole, parts):
        self.whole, self.parts = whole, parts

    def count(self):
        return self.whole.count()

    def __getitem__(self, page):
        skip, size = page.start, page.stop - page.start
        rows = []
        for part in self.parts:
            wanted = size - len(rows)
            if wanted <= 0:
                break
            found = list(part[skip : skip + wanted])
            rows += found
            # This part ran out: the next one is read from its start, or further on if the page begins beyond it.
            skip = 0 if found or not skip else skip - part.count()
        return rows


class OpportunityListView(FilterView):
    filterset_class = OpportunityFilter
    template_name = "opportunities/list.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "opportunities"
    strict = False

    def get_queryset(self):
        return Opportunity.objects.public().select_related("organisation")

    @cached_property
    def facets(self):
        return self.filterset.facet_counts(Opportunity.objects.public())

    def get_paginator(self, queryset, per_page, *args, **kwargs):
        # The status facet counts what the list holds, under every other filter: the list is its open ones, or
        # the options chosen (they are disjoint). Counted with the facets (cached, or tallied when unfiltered),
        # the total costs no COUNT of its own. The facets are cached by the minute: for a deadline passing
        # within it, the last page may show one row fewer than the total says.
        chosen = set(self.filterset.values.get("status") or ["open"])
        status = next(facet for facet in self.facets if facet["name"] == "status")
        total = sum(item["count"] for item in status["items"] if item["option"].slug in chosen)
        return TalliedPaginator(queryset, per_page, *args, count=total, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        # Closing soonest sorts every result on a CASE expression; read in parts, a page costs the same at any size.
        if self.filterset.sorts_by_deadline():
            queryset = InParts(queryset, queryset.closing_soonest_parts())
        return super().paginate_queryset(queryset, page_size)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.facets
        return context


@ratelimit("interest", limit=5, window=600)
def opportunity_detail(request, slug):
    opportunity = get_object_or_404(
        Opportunity.objects.public()
        .select_related("organisation__legal_form", "organisation__country")
        .prefetch_related(
            "sectors", "target_groups", "areas", "eligible_legal_forms", "applicant_countries", "languages"
        ),
        slug=slug,
    )
    can_relay = opportunity.organisation_id is not None and opportunity.is_open()
    form = InterestForm(request.POST or None) if can_relay else None
    if request.method == "POST" and form is not None and form.is_valid():
        services.interest_relay(opportunity=opportunity, form=form)
        messages.success(
            request, _("Your message has been sent to the organisation. They will reply to you by e-mail.")
        )
        return redirect(opportunity.get_absolute_url())
    return render(
        request,
        "opportunities/detail.html",
        {
            "opportunity": opportunity,
            "form": form,
            "answers": services.possible_answers(opportunity) if opportunity.direction == "sought" else None,
            "json_ld": opportunity_json_ld(opportunity, seo.origin(request)),
        },
    )
