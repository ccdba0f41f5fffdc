"""Moderators keep the founders' projects in the admin: a picture is checked and re-encoded like a logo, a
project is published by a recorded decision, and staff who are not moderators cannot publish."""

import pytest
from PIL import Image

from directory.moderation import ModerationStatus
from directory.moderation.models import ModerationDecision
from news.models import Project
from tests.images import image_upload, png_bomb

ADD = "/admin/news/project/add/"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def add_form(client, **fields):
    """What the add page posts: its inlines' management forms, a title, a status and the given fields."""
    data = {"title_fr": "Coins lecture", "stage": "upcoming", "picture_alt_fr": "Des enfants qui lisent."}
    for inline in client.get(ADD).context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            data[bound.html_name] = bound.value()
    return {**data, **fields}


def test_moderator_opens_the_project_admin(client, moderator, taxonomies):
    client.force_login(moderator)
    assert client.get("/admin/news/project/").status_code == 200
    assert client.get(ADD).status_code == 200


def test_a_picture_is_re_encoded_without_its_hidden_data(client, moderator, taxonomies, media):
    client.force_login(moderator)
    response = client.post(ADD, add_form(client, picture=image_upload("photo.jpg", "JPEG", exif_gps=True)))
    assert response.status_code == 302, response.context["adminform"].form.errors
    project = Project.objects.get()
    assert project.picture.name.endswith(".webp")
    with Image.open(project.picture.path) as stored:
        assert stored.format == "WEBP"
        assert not stored.getexif()
    assert project.status == ModerationStatus.PENDING


@pytest.mark.parametrize("upload", [png_bomb, lambda: image_upload("photo.gif", "GIF")])
def test_a_picture_that_is_no_allowed_image_is_refused_on_its_field(
    client, moderator, taxonomies, media, upload
):
    client.force_login(moderator)
    response = client.post(ADD, add_form(client, picture=upload()))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["picture"]
    assert not Project.objects.exists()


def test_a_picture_needs_a_description(client, moderator, taxonomies, media):
    client.force_login(moderator)
    response = client.post(ADD, add_form(client, picture=image_upload(), picture_alt_fr=""))
    assert response.status_code == 200
    assert "picture_alt_fr" in response.context["adminform"].form.errors


def test_moderator_publishes_a_project_with_a_recorded_decision(client, moderator, taxonomies):
    project = Project.objects.create(title_fr="À publier")
    client.force_login(moderator)
    client.post(
        "/admin/news/project/",
        {"action": "publish_selected", "_selected_action": [project.pk]},
    )
    project.refresh_from_db()
    assert project.status == ModerationStatus.PUBLISHED
    assert ModerationDecision.objects.filter(object_id=project.pk, to_status="published").exists()
    assert client.get(f"/fr/projects/{project.slug}/").status_code == 200


def test_staff_who_are_not_moderators_cannot_publish(client, staff_non_moderator, taxonomies):
    project = Project.objects.create(title_fr="En attente")
    client.force_login(staff_non_moderator)
    response = client.post(f"/admin/news/project/{project.pk}/change/", {"_publish": "1"})
    assert response.status_code == 403
    project.refresh_from_db()
    assert project.status == ModerationStatus.PENDING
