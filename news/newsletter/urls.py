# The newsletter: subscribe with double opt-in, one-click unsubscribe. Views in news/newsletter/views.py.
from django.urls import path

from news.newsletter import views as newsletter

app_name = "newsletter"
urlpatterns = [
    path("", newsletter.subscribe, name="subscribe"),
    path("confirm/<str:token>/", newsletter.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", newsletter.unsubscribe, name="unsubscribe"),
]
