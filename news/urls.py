# News, events and the about pages. Views live in news/views.py (news and events) and news/pages.py.
from django.urls import path

from news import views

app_name = "news"
urlpatterns = [
    path("news/", views.article_list, name="list"),
    path("news/<str:slug>/", views.article_detail, name="detail"),
    path("events/", views.event_list, name="events"),
    path("events/<str:slug>/", views.event_detail, name="event"),
    path("about/<slug:slug>/", views.page, name="page"),
]
