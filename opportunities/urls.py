from django.urls import path

from directory.caching import public_page
from opportunities import exports, feeds, views

# Cached whole for anonymous readers until opportunities, organisations or taxonomies change, and per minute:
# deadlines close (directory.caching). The detail page carries a form, so it is never cached.
listing = public_page("opportunities", "organisations", "taxonomies", clock=True)

app_name = "opportunities"
urlpatterns = [
    path("", listing(views.OpportunityListView.as_view()), name="list"),
    path("feed/rss/", listing(feeds.OpportunityRssFeed()), name="rss"),
    path("feed/atom/", listing(feeds.OpportunityAtomFeed()), name="atom"),
    path("feed/deadlines.ics", listing(feeds.deadlines_ics), name="ics"),
    path("export.csv", exports.export_csv, name="export_csv"),
    path("export.json", exports.export_json, name="export_json"),
    path("<str:slug>/", views.opportunity_detail, name="detail"),
]
