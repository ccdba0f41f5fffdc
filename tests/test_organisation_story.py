"""Organisations tell their story: a history and the projects they are preparing, written by their members
through the same moderated revisions as the rest of the profile, shown on the profile and in the downloads;
and the founders' projects an organisation is a partner in, listed on its profile."""

import csv
import io
import json

import pytest

from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from news.models import Project
from organisations.forms import OrganisationProfileForm
from organisations.models import Membership
from tests.news_helpers import make_project


@pytest.fixture
def organisation(make_organisation, owner):
    organisation = make_organisation(name_fr="Association Bahr", description_fr="Plages propres.")
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation


def edit_url(organisation, language="fr"):
    return f"/{language}/dashboard/organisations/{organisation.slug}/"


def form_data(client, organisation, **changes):
    """What the edit form would post: its initial values, with some changed."""
    form = client.get(edit_url(organisation)).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or name == "logo_upload":
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list) else value
    data.update(changes)
    return data


def test_history_and_upcoming_projects_go_through_moderation(client, organisation, owner, moderator):
    client.force_login(owner)
    response = client.post(
        edit_url(organisation),
        form_data(
            client,
            organisation,
            history_fr="Fondée en 2010 par des pêcheurs.",
            upcoming_projects_fr="Un nettoyage de la plage de Merkala.",
        ),
    )
    assert response.status_code == 302
    revision = Revision.objects.get()
    assert revision.data == {
        "history_fr": "Fondée en 2010 par des pêcheurs.",
        "upcoming_projects_fr": "Un nettoyage de la plage de Merkala.",
    }
    profile = organisation.get_absolute_url()
    assert "Fondée en 2010" not in client.get(profile).content.decode()

    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    html = client.get(profile).content.decode()
    assert "Fondée en 2010 par des pêcheurs." in html
    assert "Un nettoyage de la plage de Merkala." in html


def test_the_edit_form_asks_for_the_story_in_the_language_written_in(client, organisation, owner):
    client.force_login(owner)
    html = client.get(edit_url(organisation, "ar") + "?written_in=ar").content.decode()
    assert 'name="history_ar"' in html and 'name="upcoming_projects_ar"' in html
    form = OrganisationProfileForm(instance=organisation, written_in="ar")
    folded = [field.name for _legend, _fields, folded in form.groups() if folded for field in folded[1]]
    assert {"history_ar", "upcoming_projects_ar"} <= set(folded)
    assert not form.fields["history_ar"].required
    assert form.fields["history_ar"].widget.attrs["dir"] == "rtl"


def test_the_story_is_kept_when_the_form_has_an_error(client, organisation, owner):
    client.force_login(owner)
    response = client.post(
        edit_url(organisation),
        form_data(client, organisation, name_fr="", history_fr="Une histoire à garder."),
    )
    assert response.status_code == 200
    assert "Une histoire à garder." in response.content.decode()
    assert not Revision.objects.exists()


def test_another_user_cannot_write_the_story(client, organisation, other_owner):
    client.force_login(other_owner)
    response = client.post(edit_url(organisation), {"history_fr": "Piraté", "edit_token": ""})
    assert response.status_code == 404
    organisation.refresh_from_db()
    assert not organisation.history_fr
    assert not Revision.objects.exists()


def test_story_in_another_language_says_so(client, make_organisation):
    organisation = make_organisation(description_ar="نساعد الأطفال.", history_fr="Fondée en 1998.")
    html = client.get(f"/ar/organisations/{organisation.slug}/").content.decode()
    assert '<div class="prose" lang="fr" dir="ltr"><p>Fondée en 1998.</p></div>' in html
    assert "مكتوب بالفرنسية." in html


def test_story_is_in_both_downloads(client, make_organisation):
    make_organisation(history_fr="Fondée en 1998.", upcoming_projects_en="A new library.")
    text = b"".join(client.get("/fr/organisations/export.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0]["history_fr"] == "Fondée en 1998."
    assert rows[0]["upcoming_projects_en"] == "A new library."
    (item,) = json.loads(b"".join(client.get("/fr/organisations/export.json").streaming_content))["items"]
    assert item["history_fr"] == "Fondée en 1998." and item["history_ar"] == ""


# The founders' projects on their partners' profiles.


def test_profile_lists_the_published_projects_it_is_a_partner_in(client, organisation, make_organisation):
    other = make_organisation()
    make_project(title_fr="Projet commun", partners=[organisation, other], stage=Project.Stage.RUNNING)
    make_project(title_fr="Projet en attente", partners=[organisation], status=ModerationStatus.PENDING)
    make_project(title_fr="Projet des autres", partners=[other])
    html = client.get(organisation.get_absolute_url()).content.decode()
    assert "Projet commun" in html
    assert "Projet en attente" not in html and "Projet des autres" not in html


def test_profile_without_projects_has_no_projects_section(client, organisation):
    assert 'id="projects-heading"' not in client.get(organisation.get_absolute_url()).content.decode()
