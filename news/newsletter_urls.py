# The newsletter: subscribe with double opt-in, one-click unsubscribe. Views in news/newsletter.py.
from django.urls import path

from news import newsletter

app_name = "newsletter"
urlpatterns = [
    path("", newsletter.subscribe, name="subscribe"),
    path("confirm/<str:token>/", newsletter.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", newsletter.unsubscribe, name="unsubscribe"),
]
