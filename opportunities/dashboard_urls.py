from django.urls import path

from opportunities import dashboard

app_name = "opportunity_dashboard"
urlpatterns = [
    path("<str:slug>/", dashboard.opportunity_list, name="list"),
    path("<str:slug>/new/", dashboard.create, name="create"),
    path("<str:slug>/messages/", dashboard.interest_messages, name="messages"),
    path("<str:slug>/<int:pk>/", dashboard.edit, name="edit"),
    path("<str:slug>/<int:pk>/withdraw/", dashboard.withdraw_revision, name="withdraw"),
    path("<str:slug>/<int:pk>/close/", dashboard.close, name="close"),
    path("<str:slug>/<int:pk>/duplicate/", dashboard.duplicate, name="duplicate"),
]
