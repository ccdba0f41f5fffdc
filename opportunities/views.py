from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django_filters.views import FilterView

from directory.ratelimit import ratelimit
from opportunities import services
from opportunities.filters import OpportunityFilter
from opportunities.forms import InterestForm
from opportunities.models import Opportunity


class OpportunityListView(FilterView):
    filterset_class = OpportunityFilter
    template_name = "opportunities/list.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "opportunities"
    strict = False

    def get_queryset(self):
        return Opportunity.objects.public().select_related("organisation")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.filterset.facet_counts(Opportunity.objects.public())
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
        },
    )
