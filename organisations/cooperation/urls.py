from django.urls import path

from directory.caching import public_page
from organisations.cooperation import views as cooperation

# Cached whole for anonymous readers until organisations or taxonomies change; a partner search carries a form,
# so it is never cached.
cached = public_page("organisations", "taxonomies")

app_name = "cooperation"
urlpatterns = [
    path("", cached(cooperation.cooperation), name="index"),
    path("partner-searches/", cached(cooperation.search_list), name="searches"),
    path("partner-searches/<int:pk>/", cooperation.search_detail, name="search"),
]
