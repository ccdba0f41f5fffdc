from django.urls import path

from news import dashboard

app_name = "news_dashboard"
urlpatterns = [
    path("", dashboard.home, name="home"),
    path("<str:slug>/articles/new/", dashboard.article_new, name="article_new"),
    path("<str:slug>/articles/<int:pk>/", dashboard.article_edit, name="article_edit"),
    path("<str:slug>/events/new/", dashboard.event_new, name="event_new"),
    path("<str:slug>/events/<int:pk>/", dashboard.event_edit, name="event_edit"),
]
