from django.urls import path

from organisations import orgmap, views

app_name = "organisations"
urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="list"),
    # Before the profile pattern, which would take "map" for a slug.
    path("map/", orgmap.OrganisationMapView.as_view(), name="map"),
    path("<str:slug>/", views.organisation_detail, name="detail"),
]
