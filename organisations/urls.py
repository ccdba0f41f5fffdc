from django.urls import path

from directory.caching import public_page
from organisations import exports, feeds, orgmap, views

# Cached whole for anonymous readers until organisations or taxonomies change (directory.caching); the profile
# also shows the news about the organisation, published at a set time.
listing = public_page("organisations", "taxonomies")
profile = public_page("organisations", "news", "taxonomies", clock=True)

app_name = "organisations"
urlpatterns = [
    path("", listing(views.OrganisationListView.as_view()), name="list"),
    # Before the profile pattern, which would take "map" for a slug.
    path("map/", listing(orgmap.OrganisationMapView.as_view()), name="map"),
    path("feed/rss/", listing(feeds.OrganisationRssFeed()), name="rss"),
    path("feed/atom/", listing(feeds.OrganisationAtomFeed()), name="atom"),
    path("export.csv", exports.export_csv, name="export_csv"),
    path("export.json", exports.export_json, name="export_json"),
    path("<str:slug>/", profile(views.organisation_detail), name="detail"),
]
