from django.urls import path

from organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="list"),
    path("<str:slug>/", views.organisation_detail, name="detail"),
]
