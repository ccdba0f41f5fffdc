import pytest

from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import ModerationDecision, Revision
from organisations.forms import OrganisationProfileForm
from organisations.models import Membership


@pytest.fixture
def owner(db, django_user_model):
    return django_user_model.objects.create_user(
        email="owner@example.org", password="x" * 12, email_verified=True
    )


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_user(
        email="editor@example.org", password="x" * 12, email_verified=True
    )


@pytest.fixture
def stranger(db, django_user_model):
    return django_user_model.objects.create_user(
        email="stranger@example.org", password="x" * 12, email_verified=True
    )


@pytest.fixture
def organisation(make_organisation, owner, editor):
    organisation = make_organisation(
        name_fr="Association Bahr",
        description_fr="Plages propres.",
        sectors=["environment"],
        areas=["tanger-medina"],
    )
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    Membership.objects.create(organisation=organisation, user=editor, role=Membership.Role.EDITOR)
    return organisation


def edit_url(organisation):
    return f"/fr/dashboard/organisations/{organisation.slug}/"


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


def test_editing_a_published_profile_leaves_the_public_page_unchanged_until_approved(
    client, organisation, owner, moderator
):
    client.force_login(owner)
    response = client.post(
        edit_url(organisation), form_data(client, organisation, name_fr="Association Bahr Tanger")
    )
    assert response.status_code == 302
    revision = Revision.objects.get()
    assert revision.status == ModerationStatus.PENDING
    assert revision.data == {"name_fr": "Association Bahr Tanger"}
    organisation.refresh_from_db()
    assert organisation.name_fr == "Association Bahr"
    assert "Bahr Tanger" not in client.get(organisation.get_absolute_url()).content.decode()

    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert "Association Bahr Tanger" in client.get(organisation.get_absolute_url()).content.decode()


def test_many_to_many_changes_go_through_the_revision_too(client, organisation, owner, moderator):
    client.force_login(owner)
    data = form_data(client, organisation)
    from directory.models import Sector

    data["sectors"] = [str(Sector.objects.get(slug="youth").pk)]
    client.post(edit_url(organisation), data)
    assert list(organisation.sectors.values_list("slug", flat=True)) == ["environment"]
    moderation_decide(obj=Revision.objects.get(), to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert list(organisation.sectors.values_list("slug", flat=True)) == ["youth"]


def test_editors_continue_from_their_pending_revision_and_can_change_it(client, organisation, editor):
    client.force_login(editor)
    client.post(edit_url(organisation), form_data(client, organisation, description_fr="Plages et forêts."))
    form = client.get(edit_url(organisation)).context["form"]
    assert form["description_fr"].value() == "Plages et forêts."
    client.post(
        edit_url(organisation), form_data(client, organisation, description_fr="Plages, forêts, oueds.")
    )
    revision = Revision.objects.get()
    assert revision.data == {"description_fr": "Plages, forêts, oueds."}
    assert revision.author == editor


def test_a_revision_can_be_withdrawn(client, organisation, owner):
    client.force_login(owner)
    client.post(edit_url(organisation), form_data(client, organisation, name_fr="Autre nom"))
    client.post(f"/fr/dashboard/organisations/{organisation.slug}/withdraw/")
    assert Revision.objects.get().status == ModerationStatus.ARCHIVED
    assert organisation.pending_revision() is None


def test_two_editors_at_once_do_not_overwrite_each_other(client, organisation, owner, editor):
    client.force_login(owner)
    owners_form = form_data(client, organisation, name_fr="Version du propriétaire")
    client.force_login(editor)
    client.post(edit_url(organisation), form_data(client, organisation, name_fr="Version de l'éditeur"))
    client.force_login(owner)
    response = client.post(edit_url(organisation), owners_form)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "Version du propriétaire" in response.content.decode()  # what they typed is kept
    assert Revision.objects.get().data == {"name_fr": "Version de l'éditeur"}
    # Saving again, now knowingly, goes through.
    retry = {**owners_form, "edit_token": response.context["form"]["edit_token"].value()}
    assert client.post(edit_url(organisation), retry).status_code == 302
    assert Revision.objects.get().data == {"name_fr": "Version du propriétaire"}


def test_saving_without_changes_creates_nothing(client, organisation, owner):
    client.force_login(owner)
    client.post(edit_url(organisation), form_data(client, organisation))
    assert not Revision.objects.exists()


def test_a_rejected_profile_is_fixed_and_resubmitted_directly(client, make_organisation, owner, moderator):
    organisation = make_organisation(name_fr="Nouvelle", status=ModerationStatus.PENDING)
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    moderation_decide(
        obj=organisation, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Ajoutez une ville."
    )
    client.force_login(owner)
    dashboard = client.get("/fr/dashboard/").content.decode()
    assert "Ajoutez une ville." in dashboard
    client.post(edit_url(organisation), form_data(client, organisation, city="Assilah"))
    organisation.refresh_from_db()
    assert (organisation.city, organisation.status) == ("Assilah", ModerationStatus.PENDING)
    assert not Revision.objects.exists()
    assert ModerationDecision.objects.filter(to_status=ModerationStatus.PENDING, actor=owner).exists()


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("get", ""), ("post", ""), ("post", "withdraw/"), ("post", "confirm/"), ("get", "members/")],
)
def test_a_user_cannot_touch_another_organisation(client, organisation, stranger, method, suffix):
    client.force_login(stranger)
    url = f"{edit_url(organisation)}{suffix}"
    response = getattr(client, method)(url, {"name_fr": "Piraté", "edit_token": ""})
    assert response.status_code == 404
    organisation.refresh_from_db()
    assert organisation.name_fr == "Association Bahr"
    assert not Revision.objects.exists()


def test_another_users_pending_draft_is_invisible(client, make_organisation, owner, stranger):
    draft = make_organisation(name_fr="Brouillon secret", status=ModerationStatus.DRAFT)
    Membership.objects.create(organisation=draft, user=owner, role=Membership.Role.OWNER)
    client.force_login(stranger)
    assert client.get(edit_url(draft)).status_code == 404
    assert "Brouillon secret" not in client.get("/fr/dashboard/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_editors_cannot_manage_members(client, organisation, editor):
    client.force_login(editor)
    assert client.get(f"{edit_url(organisation)}members/").status_code == 404


def test_profile_form_offers_every_language(db):
    form = OrganisationProfileForm()
    for code in ("ar", "fr", "en", "nl", "es"):
        assert f"name_{code}" in form.fields
    assert form.fields["name_ar"].widget.attrs["dir"] == "rtl"
