from django.urls import path

from organisations.cooperation import views as cooperation

app_name = "cooperation_dashboard"
urlpatterns = [
    path("<str:slug>/", cooperation.manage, name="manage"),
    path("<str:slug>/partnerships/<int:pk>/confirm/", cooperation.confirm, name="confirm"),
    path("<str:slug>/partnerships/<int:pk>/decline/", cooperation.decline, name="decline"),
    path("<str:slug>/partnerships/<int:pk>/remove/", cooperation.remove, name="remove"),
    path("<str:slug>/partner-searches/new/", cooperation.search_create, name="search_create"),
    path("<str:slug>/partner-searches/messages/", cooperation.search_messages, name="search_messages"),
    path("<str:slug>/partner-searches/<int:pk>/", cooperation.search_edit, name="search_edit"),
    path(
        "<str:slug>/partner-searches/<int:pk>/withdraw/",
        cooperation.search_withdraw_revision,
        name="search_withdraw",
    ),
    path("<str:slug>/partner-searches/<int:pk>/close/", cooperation.search_close, name="search_close"),
]
