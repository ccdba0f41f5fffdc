from django.urls import path

from organisations import exports, feeds, orgmap, views

app_name = "organisations"
urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="list"),
    # Before the profile pattern, which would take "map" for a slug.
    path("map/", orgmap.OrganisationMapView.as_view(), name="map"),
    path("feed/rss/", feeds.OrganisationRssFeed(), name="rss"),
    path("feed/atom/", feeds.OrganisationAtomFeed(), name="atom"),
    path("export.csv", exports.export_csv, name="export_csv"),
    path("export.json", exports.export_json, name="export_json"),
    path("<str:slug>/", views.organisation_detail, name="detail"),
]
