"""``/api/v1/`` (wired here, above the apps it serves): the HSDS profile, the project's own endpoints, and the OpenAPI document with its docs."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from directory.api import hsds
from news import api as news_api
from opportunities import api as opportunities_api
from organisations import api as organisations_api

app_name = "api"
urlpatterns = [
    path("hsds/", hsds.MetaView.as_view(), name="hsds-meta"),
    path("hsds/profile/", hsds.ProfileView.as_view(), name="hsds-profile"),
    path("hsds/organizations", organisations_api.OrganizationListView.as_view(), name="hsds-organizations"),
    path(
        "hsds/organizations/<str:pk>",
        organisations_api.OrganizationDetailView.as_view(),
        name="hsds-organization",
    ),
    path("hsds/services", organisations_api.ServiceListView.as_view(), name="hsds-services"),
    path("hsds/services/<str:pk>", organisations_api.ServiceDetailView.as_view(), name="hsds-service"),
    path("hsds/taxonomies", hsds.TaxonomyListView.as_view(), name="hsds-taxonomies"),
    path("hsds/taxonomies/<str:pk>", hsds.TaxonomyDetailView.as_view(), name="hsds-taxonomy"),
    path("hsds/taxonomy_terms", hsds.TaxonomyTermListView.as_view(), name="hsds-taxonomy-terms"),
    path("hsds/taxonomy_terms/<str:pk>", hsds.TaxonomyTermDetailView.as_view(), name="hsds-taxonomy-term"),
    path("opportunities/", opportunities_api.OpportunityListView.as_view(), name="opportunities"),
    path("opportunities/<str:pk>", opportunities_api.OpportunityDetailView.as_view(), name="opportunity"),
    path("events/", news_api.EventListView.as_view(), name="events"),
    path("events/<str:pk>", news_api.EventDetailView.as_view(), name="event"),
    path("openapi.json", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its script from a URL of its own, so the page keeps the strict CSP.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", hsds.APIIndexView.as_view(), name="index"),
]
