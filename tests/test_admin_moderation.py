"""Moderators working in the admin: listing, editing in every language, deciding, and the record it leaves."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from django.utils.translation import gettext, override

from directory.moderation import ModerationStatus
from directory.moderation.group import MODERATOR_PERMISSIONS, MODERATORS_GROUP
from directory.moderation.models import ModerationDecision
from organisations.models import Organisation

CHANGELIST = "/admin/organisations/organisation/"
PENDING = ModerationStatus.PENDING
PUBLISHED = ModerationStatus.PUBLISHED
REJECTED = ModerationStatus.REJECTED


def change_url(organisation):
    return f"{CHANGELIST}{organisation.pk}/change/"


def public_detail(client, organisation):
    organisation.refresh_from_db()
    return client.get(f"/fr/organisations/{organisation.slug}/")


def decisions_for(organisation):
    return ModerationDecision.objects.filter(
        content_type=ContentType.objects.get_for_model(Organisation), object_id=organisation.pk
    )


def change_form_data(response, **changes):
    """What the browser would post back from a change page nobody touched, plus ``changes``."""
    data = {}
    for bound in response.context["adminform"].form:
        value = bound.value()
        if not value and value != 0:  # left empty, as an unticked box or an empty file input is
            continue
        if isinstance(value, list | tuple):
            value = [getattr(v, "pk", v) for v in value]
        data[bound.html_name] = value
    for inline in response.context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            data[bound.html_name] = bound.value()
    return {**data, **changes}


def action_names(response):
    # The changelist has no action form at all when the user may run none.
    action_form = response.context["action_form"]
    return [name for name, _label in action_form.fields["action"].choices] if action_form else []


@pytest.fixture
def editor(db, django_user_model):
    """Staff allowed to edit organisations, but not a moderator."""
    user = django_user_model.objects.create_user(email="editor@example.org", password="x" * 12, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="organisations",
            codename__in=["view_organisation", "change_organisation"],
        )
    )
    return user


def test_moderator_publishes_in_bulk_and_the_organisations_become_public(
    client, moderator, make_organisation
):
    first = make_organisation(name_fr="Association Al Amal", status=PENDING)
    second = make_organisation(name_fr="Association Nour", status=PENDING)
    left_alone = make_organisation(name_fr="Association Oubliée", status=PENDING)
    client.force_login(moderator)

    response = client.post(
        CHANGELIST, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [first.pk, second.pk]}
    )

    assert response.status_code == 302
    for organisation in (first, second):
        organisation.refresh_from_db()
        assert organisation.status == PUBLISHED
        assert organisation.published_at is not None
        decision = decisions_for(organisation).get()
        assert (decision.actor, decision.from_status, decision.to_status) == (moderator, PENDING, PUBLISHED)
        assert decision.created_at is not None
    left_alone.refresh_from_db()
    assert left_alone.status == PENDING
    public_list = client.get("/fr/organisations/").content.decode()
    assert "Association Al Amal" in public_list
    assert "Association Nour" in public_list
    assert "Association Oubliée" not in public_list
    assert public_detail(client, first).status_code == 200
    assert public_detail(client, left_alone).status_code == 404


def test_bulk_reject_asks_for_a_reason_then_hides_the_organisation(client, moderator, make_organisation):
    organisation = make_organisation(name_fr="Association Douteuse", status=PUBLISHED)
    client.force_login(moderator)

    form_page = client.post(
        CHANGELIST, {"action": "reject_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]}
    )
    assert form_page.status_code == 200
    assert "Association Douteuse" in form_page.content.decode()
    organisation.refresh_from_db()
    assert organisation.status == PUBLISHED

    response = client.post(
        CHANGELIST,
        {
            "action": "reject_selected",
            "apply": "1",
            ACTION_CHECKBOX_NAME: [organisation.pk],
            "reason": "Aucune preuve d'activité à Tanger.",
        },
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.status == REJECTED
    decision = decisions_for(organisation).get()
    assert decision.reason == "Aucune preuve d'activité à Tanger."
    assert (decision.actor, decision.from_status, decision.to_status) == (moderator, PUBLISHED, REJECTED)
    assert "Association Douteuse" not in client.get("/fr/organisations/").content.decode()
    assert public_detail(client, organisation).status_code == 404


def test_bulk_reject_without_a_reason_is_refused_and_keeps_the_selection(
    client, moderator, make_organisation
):
    organisation = make_organisation(status=PENDING)
    client.force_login(moderator)

    response = client.post(
        CHANGELIST,
        {"action": "reject_selected", "apply": "1", ACTION_CHECKBOX_NAME: [organisation.pk], "reason": "   "},
    )

    assert response.status_code == 200
    with override("fr"):
        error = gettext("Give a reason for the rejection.")
    assert response.context["form"].errors["reason"] == [error]
    html = response.content.decode()
    assert escape(error) in html
    assert f'name="{ACTION_CHECKBOX_NAME}" value="{organisation.pk}"' in html
    organisation.refresh_from_db()
    assert organisation.status == PENDING
    assert not decisions_for(organisation).exists()


def test_archive_action_takes_an_organisation_off_the_public_site(client, moderator, make_organisation):
    organisation = make_organisation(status=PUBLISHED)
    client.force_login(moderator)

    client.post(
        CHANGELIST, {"action": "archive_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]}
    )

    organisation.refresh_from_db()
    assert organisation.status == ModerationStatus.ARCHIVED
    assert public_detail(client, organisation).status_code == 404


def test_staff_who_are_not_moderators_cannot_see_or_run_the_publish_action(client, editor, make_organisation):
    organisation = make_organisation(status=PENDING)
    client.force_login(editor)

    changelist = client.get(CHANGELIST)
    assert changelist.status_code == 200
    assert "publish_selected" not in action_names(changelist)
    assert "reject_selected" not in action_names(changelist)

    client.post(
        CHANGELIST, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]}
    )

    organisation.refresh_from_db()
    assert organisation.status == PENDING
    assert not decisions_for(organisation).exists()


def test_staff_without_any_permission_cannot_open_the_organisations(
    client, staff_non_moderator, make_organisation
):
    organisation = make_organisation(status=PENDING)
    client.force_login(staff_non_moderator)

    assert client.get(CHANGELIST).status_code == 403
    response = client.post(
        CHANGELIST, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]}
    )

    assert response.status_code == 403
    organisation.refresh_from_db()
    assert organisation.status == PENDING


def test_moderators_group_holds_every_listed_permission_including_moderate(db, django_user_model):
    group = Group.objects.get(name=MODERATORS_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }
    assert granted == set(MODERATOR_PERMISSIONS)
    assert "organisations.moderate_organisation" in granted

    member = django_user_model.objects.create_user(email="m@example.org", is_staff=True)
    member.groups.add(group)
    outsider = django_user_model.objects.create_user(email="o@example.org", is_staff=True)
    assert django_user_model.objects.get(pk=member.pk).has_perm("organisations.moderate_organisation")
    assert not outsider.has_perm("organisations.moderate_organisation")


def test_moderator_saves_and_publishes_one_organisation_from_its_change_page(
    client, moderator, make_organisation
):
    organisation = make_organisation(name_fr="Association Tanja", status=PENDING, sectors=["education"])
    client.force_login(moderator)
    page = client.get(change_url(organisation))
    assert 'name="_publish"' in page.content.decode()

    response = client.post(
        change_url(organisation), change_form_data(page, name_en="Tanja Association", _publish="1")
    )

    assert response.status_code == 302
    assert response["Location"] == change_url(organisation)
    organisation.refresh_from_db()
    assert organisation.status == PUBLISHED
    assert organisation.name_en == "Tanja Association"
    assert list(organisation.sectors.values_list("slug", flat=True)) == ["education"]
    decision = decisions_for(organisation).get()
    assert (decision.actor, decision.to_status) == (moderator, PUBLISHED)
    assert public_detail(client, organisation).status_code == 200
    assert 'name="_publish"' not in client.get(change_url(organisation)).content.decode()


def test_moderator_rejects_one_organisation_with_a_reason_from_its_change_page(
    client, moderator, make_organisation
):
    organisation = make_organisation(status=PUBLISHED)
    client.force_login(moderator)
    page = client.get(change_url(organisation))

    to_reason = client.post(change_url(organisation), change_form_data(page, _reject="1"))
    reject_url = f"{CHANGELIST}{organisation.pk}/reject/"
    assert to_reason.status_code == 302
    assert to_reason["Location"] == reject_url
    assert client.get(reject_url).status_code == 200

    refused = client.post(reject_url, {"reason": ""})
    assert refused.status_code == 200
    assert refused.context["form"].errors["reason"]
    organisation.refresh_from_db()
    assert organisation.status == PUBLISHED

    done = client.post(reject_url, {"reason": "Coordonnées introuvables."})

    assert done.status_code == 302
    assert done["Location"] == change_url(organisation)
    organisation.refresh_from_db()
    assert organisation.status == REJECTED
    assert decisions_for(organisation).get().reason == "Coordonnées introuvables."
    assert public_detail(client, organisation).status_code == 404


def test_staff_who_are_not_moderators_cannot_decide_from_the_change_page(client, editor, make_organisation):
    organisation = make_organisation(name_fr="Association Intacte", status=PENDING)
    client.force_login(editor)
    page = client.get(change_url(organisation))
    assert 'name="_publish"' not in page.content.decode()

    response = client.post(
        change_url(organisation), change_form_data(page, name_fr="Renommée en douce", _publish="1")
    )

    assert response.status_code == 403
    assert client.post(f"{CHANGELIST}{organisation.pk}/reject/", {"reason": "Non."}).status_code == 403
    organisation.refresh_from_db()
    assert (organisation.status, organisation.name_fr) == (PENDING, "Association Intacte")
    assert not decisions_for(organisation).exists()


def test_status_cannot_be_set_through_the_change_form(client, moderator, make_organisation):
    organisation = make_organisation(status=PENDING)
    client.force_login(moderator)
    page = client.get(change_url(organisation))
    assert 'name="status"' not in page.content.decode()

    client.post(change_url(organisation), change_form_data(page, status=PUBLISHED, _save="1"))

    organisation.refresh_from_db()
    assert organisation.status == PENDING


def test_change_page_shows_the_decision_history(client, moderator, make_organisation):
    organisation = make_organisation(status=PENDING)
    client.force_login(moderator)
    client.post(
        CHANGELIST,
        {
            "action": "reject_selected",
            "apply": "1",
            ACTION_CHECKBOX_NAME: [organisation.pk],
            "reason": "Doublon.",
        },
    )

    response = client.get(change_url(organisation))

    html = response.content.decode()
    assert "Doublon." in html
    assert moderator.email in html


def test_change_form_has_the_name_of_every_language_side_by_side(client, moderator, make_organisation):
    organisation = make_organisation()
    client.force_login(moderator)

    html = client.get(change_url(organisation)).content.decode()

    for code in ("ar", "fr", "en", "nl", "es"):
        assert f'name="name_{code}"' in html
        assert f'name="description_{code}"' in html


def test_view_on_site_is_offered_only_for_published_organisations(client, moderator, make_organisation):
    published = make_organisation(status=PUBLISHED)
    pending = make_organisation(status=PENDING)
    client.force_login(moderator)

    assert "viewsitelink" in client.get(change_url(published)).content.decode()
    assert "viewsitelink" not in client.get(change_url(pending)).content.decode()


def test_moderator_adds_an_organisation_which_starts_pending(client, moderator, taxonomies):
    client.force_login(moderator)
    add_page = client.get(f"{CHANGELIST}add/")
    assert add_page.status_code == 200

    response = client.post(f"{CHANGELIST}add/", change_form_data(add_page, name_ar="جمعية الأمل", _save="1"))

    assert response.status_code == 302
    organisation = Organisation.objects.get(name_ar="جمعية الأمل")
    assert organisation.status == PENDING
    assert organisation.slug


def test_adding_an_organisation_without_any_name_is_refused(client, moderator, taxonomies):
    client.force_login(moderator)
    add_page = client.get(f"{CHANGELIST}add/")

    response = client.post(f"{CHANGELIST}add/", change_form_data(add_page, city="Tanger", _save="1"))

    assert response.status_code == 200
    assert "name_fr" in response.context["adminform"].form.errors
    assert not Organisation.objects.exists()


def test_moderator_searches_organisations_by_arabic_name(client, moderator, make_organisation):
    wanted = make_organisation(name_fr="Association Espoir", name_ar="جمعية الأمل")
    make_organisation(name_fr="Association Lumière", name_ar="جمعية النور")
    client.force_login(moderator)

    response = client.get(CHANGELIST, {"q": "الأمل"})

    assert list(response.context["cl"].result_list) == [wanted]


def test_moderator_filters_organisations_by_status(client, moderator, make_organisation):
    pending = make_organisation(status=PENDING)
    make_organisation(status=PUBLISHED)
    client.force_login(moderator)

    response = client.get(CHANGELIST, {"status__exact": PENDING})

    assert list(response.context["cl"].result_list) == [pending]


def test_changelist_query_count_does_not_grow_with_the_number_of_organisations(
    client, moderator, make_organisation
):
    def changelist_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(CHANGELIST)
        assert response.status_code == 200
        return len(queries)

    def add(count):
        for _ in range(count):
            make_organisation(legal_form="association", sectors=["education"], status=PENDING)

    client.force_login(moderator)
    add(5)
    with_five = changelist_queries()
    add(25)

    assert changelist_queries() == with_five


def test_decision_log_admin_is_read_only(client, moderator, make_organisation):
    organisation = make_organisation(status=PENDING)
    client.force_login(moderator)
    client.post(
        CHANGELIST, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [organisation.pk]}
    )
    decision = decisions_for(organisation).get()
    url = f"/admin/directory/moderationdecision/{decision.pk}/"

    assert client.get("/admin/directory/moderationdecision/").status_code == 200
    assert client.get(f"{url}change/").status_code == 200
    assert client.post(f"{url}change/", {"reason": "Réécrit", "to_status": REJECTED}).status_code == 403
    assert client.get("/admin/directory/moderationdecision/add/").status_code == 403
    assert client.post(f"{url}delete/", {"post": "yes"}).status_code == 403
    decision.refresh_from_db()
    assert (decision.reason, decision.to_status) == ("", PUBLISHED)
