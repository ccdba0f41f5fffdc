# News, events, the founders' projects and the about pages. The fixed paths come before the slugs; models never make those slugs.
from django.urls import path

from news import feeds, views

app_name = "news"
urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="list"),
    path("news/feed/rss/", feeds.ArticleRssFeed(), name="rss"),
    path("news/feed/atom/", feeds.ArticleAtomFeed(), name="atom"),
    path("news/<str:slug>/", views.article_detail, name="detail"),
    path("events/", views.EventListView.as_view(), name="events"),
    path("events/archive/", views.EventListView.as_view(archive=True), name="event_archive"),
    path("events/feed/rss/", feeds.EventRssFeed(), name="event_rss"),
    path("events/feed/atom/", feeds.EventAtomFeed(), name="event_atom"),
    path("events/feed/events.ics", feeds.events_ics, name="event_ics_feed"),
    path("events/<str:slug>/", views.event_detail, name="event"),
    path("events/<str:slug>/event.ics", feeds.event_ics, name="event_ics"),
    path("projects/", views.ProjectListView.as_view(), name="projects"),
    path("projects/feed/rss/", feeds.ProjectRssFeed(), name="project_rss"),
    path("projects/feed/atom/", feeds.ProjectAtomFeed(), name="project_atom"),
    path("projects/<str:slug>/", views.project_detail, name="project"),
    path("about/<slug:slug>/", views.page, name="page"),
]
