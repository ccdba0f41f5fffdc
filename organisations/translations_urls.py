from django.urls import path

from organisations import translations

urlpatterns = [
    path("ask/<str:kind>/<int:pk>/", translations.ask, name="ask_translation"),
]
