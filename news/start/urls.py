from django.urls import path

from news.start import views

app_name = "start"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.guide, name="guide"),
    path("<slug:slug>/ask/", views.ask, name="ask"),
]
