from django.urls import path

from organisations import dashboard, translations

app_name = "dashboard"
urlpatterns = [
    path("", dashboard.dashboard, name="home"),
    path("organisations/new/", dashboard.register, name="register"),
    path("organisations/<str:slug>/", dashboard.edit, name="edit"),
    path("organisations/<str:slug>/withdraw/", dashboard.withdraw_revision, name="withdraw"),
    path("organisations/<str:slug>/confirm/", dashboard.confirm, name="confirm"),
    path("organisations/<str:slug>/close/", dashboard.close, name="close"),
    path("organisations/<str:slug>/members/", dashboard.members, name="members"),
    path(
        "organisations/<str:slug>/members/<int:member_id>/remove/",
        dashboard.remove_member,
        name="remove_member",
    ),
    path("organisations/<str:slug>/claim/", dashboard.claim, name="claim"),
    path("organisations/<str:slug>/translations/", translations.manage, name="translations"),
    path("invitations/<str:token>/", dashboard.invitation, name="invitation"),
]
