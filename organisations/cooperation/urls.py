from django.urls import path

from organisations.cooperation import views as cooperation

app_name = "cooperation"
urlpatterns = [
    path("", cooperation.cooperation, name="index"),
    path("partner-searches/", cooperation.search_list, name="searches"),
    path("partner-searches/<int:pk>/", cooperation.search_detail, name="search"),
]
