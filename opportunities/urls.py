from django.urls import path

from opportunities import exports, feeds, views

app_name = "opportunities"
urlpatterns = [
    path("", views.OpportunityListView.as_view(), name="list"),
    path("feed/rss/", feeds.OpportunityRssFeed(), name="rss"),
    path("feed/atom/", feeds.OpportunityAtomFeed(), name="atom"),
    path("feed/deadlines.ics", feeds.deadlines_ics, name="ics"),
    path("export.csv", exports.export_csv, name="export_csv"),
    path("export.json", exports.export_json, name="export_json"),
    path("<str:slug>/", views.opportunity_detail, name="detail"),
]
