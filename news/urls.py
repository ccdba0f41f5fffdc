# News, events, the founders' projects and the about pages. The fixed paths come before the slugs; models never make those slugs.
from django.urls import path

from directory.caching import public_page
from news import feeds, views

# Cached whole for anonymous readers until news, events, organisations or taxonomies change, and per minute:
# articles are published at a set time and events pass (directory.caching). About pages are site furniture
# ("taxonomies"), shown in every page's footer, and list the founders' upcoming projects ("news").
news = public_page("news", "organisations", "taxonomies", clock=True)
about = public_page("taxonomies", "news")

app_name = "news"
urlpatterns = [
    path("news/", news(views.ArticleListView.as_view()), name="list"),
    path("news/feed/rss/", news(feeds.ArticleRssFeed()), name="rss"),
    path("news/feed/atom/", news(feeds.ArticleAtomFeed()), name="atom"),
    path("news/<str:slug>/", news(views.article_detail), name="detail"),
    path("events/", news(views.EventListView.as_view()), name="events"),
    path("events/archive/", news(views.EventListView.as_view(archive=True)), name="event_archive"),
    path("events/feed/rss/", news(feeds.EventRssFeed()), name="event_rss"),
    path("events/feed/atom/", news(feeds.EventAtomFeed()), name="event_atom"),
    path("events/feed/events.ics", news(feeds.events_ics), name="event_ics_feed"),
    path("events/<str:slug>/", news(views.event_detail), name="event"),
    path("events/<str:slug>/event.ics", news(feeds.event_ics), name="event_ics"),
    path("projects/", news(views.ProjectListView.as_view()), name="projects"),
    path("projects/feed/rss/", news(feeds.ProjectRssFeed()), name="project_rss"),
    path("projects/feed/atom/", news(feeds.ProjectAtomFeed()), name="project_atom"),
    path("projects/<str:slug>/", news(views.project_detail), name="project"),
    path("about/<slug:slug>/", about(views.page), name="page"),
]
