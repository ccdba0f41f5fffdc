"""Two moderators on the same object in the admin: the second save is refused, shown, and nothing is lost."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from directory.models import Revision
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.group import MODERATORS_GROUP
from news.models import Article, Event
from opportunities.models import Opportunity
from organisations.models import Claim, Organisation, PartnerSearch
from tests.news_helpers import make_article, make_event
from tests.opportunity_helpers import make_opportunity
from tests.test_admin_moderation import change_form_data


def refused_for_conflict(response):
    """The form came back with the conflict message, shown on the page (in the admin's language, French here)."""
    if response.status_code != 200:
        return False
    form = response.context["adminform"].form
    if not form.has_error(NON_FIELD_ERRORS, "edit_conflict"):
        return False
    return escape(form.non_field_errors()[0]) in response.content.decode()


@pytest.fixture
def second_moderator(db, django_user_model):
    user = django_user_model.objects.create_user(email="second@example.org", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def amina(moderator):
    client = Client()
    client.force_login(moderator)
    return client


@pytest.fixture
def youssef(second_moderator):
    client = Client()
    client.force_login(second_moderator)
    return client


def label(model, name):
    return str(model._meta.get_field(name).verbose_name)


def change_url(obj):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"


def test_the_second_of_two_moderators_is_refused_and_shown_both_versions(amina, youssef, make_organisation):
    organisation = make_organisation(
        name_fr="Association Al Amal", city="Tanger", description_fr="Aide scolaire."
    )
    url = change_url(organisation)
    amina_page, youssef_page = amina.get(url), youssef.get(url)

    saved = amina.post(url, change_form_data(amina_page, city="Tétouan", _save="1"))
    assert saved.status_code == 302
    refused = youssef.post(
        url, change_form_data(youssef_page, description_fr="Aide scolaire et sport.", _save="1")
    )

    assert refused_for_conflict(refused)
    html = refused.content.decode()
    assert "Quelqu&#x27;un d&#x27;autre a modifié cette fiche" in html
    rows = {
        str(label): (theirs, yours)
        for label, theirs, yours in refused.context["adminform"].form.conflict_rows
    }
    assert rows[label(Organisation, "city")] == ("Tétouan", "Tanger")
    assert rows[label(Organisation, "description_fr")] == ("Aide scolaire.", "Aide scolaire et sport.")
    assert "Tétouan" in html and "Aide scolaire et sport." in html
    organisation.refresh_from_db()
    assert (organisation.city, organisation.description_fr) == ("Tétouan", "Aide scolaire.")

    # Having seen theirs, saving again keeps what is now on the form.
    again = youssef.post(url, change_form_data(refused, _save="1"))
    assert again.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description_fr == "Aide scolaire et sport."


def test_one_moderator_saving_twice_in_a_row_is_never_refused(amina, make_organisation):
    organisation = make_organisation(name_fr="Association Nour")
    url = change_url(organisation)
    assert amina.post(url, change_form_data(amina.get(url), city="Asilah", _save="1")).status_code == 302
    assert amina.post(url, change_form_data(amina.get(url), city="Larache", _save="1")).status_code == 302
    organisation.refresh_from_db()
    assert organisation.city == "Larache"


def test_publishing_what_someone_else_just_rejected_is_refused(amina, youssef, moderator, make_organisation):
    organisation = make_organisation(name_fr="Association Badr", status=ModerationStatus.PENDING)
    url = change_url(organisation)
    page = youssef.get(url)
    moderation_decide(
        obj=organisation, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Doublon"
    )

    refused = youssef.post(url, change_form_data(page, _publish="1"))

    assert refused_for_conflict(refused)
    rows = {
        str(label): (theirs, yours)
        for label, theirs, yours in refused.context["adminform"].form.conflict_rows
    }
    assert rows[label(Organisation, "status")] == (
        str(ModerationStatus.REJECTED.label),
        str(ModerationStatus.PENDING.label),
    )
    organisation.refresh_from_db()
    assert organisation.status == ModerationStatus.REJECTED


def test_a_form_without_its_version_or_with_a_forged_one_is_refused(amina, make_organisation):
    organisation = make_organisation(name_fr="Association Ibn Battuta", city="Tanger")
    url = change_url(organisation)
    data = change_form_data(amina.get(url), city="Rabat", _save="1")
    for version in (None, "forged"):
        if version is None:
            data.pop("edit_version")
        else:
            data["edit_version"] = version
        assert refused_for_conflict(amina.post(url, data))
    organisation.refresh_from_db()
    assert organisation.city == "Tanger"


@pytest.fixture
def moderated_objects(make_organisation, django_user_model, taxonomies):
    organisation = make_organisation(name_fr="Association Tanja")
    claimant = django_user_model.objects.create_user(email="claimant@example.org", password="x" * 12)
    author = django_user_model.objects.create_user(email="author@example.org", password="x" * 12)
    return {
        Organisation: organisation,
        Opportunity: make_opportunity(organisation=organisation, status=ModerationStatus.PENDING),
        Article: make_article(status=ModerationStatus.PENDING),
        Event: make_event(start=timezone.now() + datetime.timedelta(days=3), status=ModerationStatus.PENDING),
        PartnerSearch: PartnerSearch.objects.create(organisation=organisation, title_fr="Cherche partenaire"),
        Claim: Claim.objects.create(
            organisation=organisation, user=claimant, message="Je suis le trésorier."
        ),
        Revision: Revision.objects.create(
            content_type=ContentType.objects.get_for_model(Organisation),
            object_id=organisation.pk,
            author=author,
            data={"city": "Chefchaouen"},
        ),
    }


@pytest.mark.parametrize(
    "model",
    [Organisation, Opportunity, Article, Event, PartnerSearch, Claim, Revision],
    ids=lambda m: m.__name__,
)
def test_every_moderated_change_form_refuses_a_stale_save(
    amina, youssef, moderator, moderated_objects, model
):
    obj = moderated_objects[model]
    url = change_url(obj)
    page = youssef.get(url)
    assert page.status_code == 200
    to_status = ModerationStatus.ARCHIVED
    moderation_decide(obj=obj, to_status=to_status, actor=moderator)

    refused = youssef.post(url, change_form_data(page, _save="1"))

    assert refused_for_conflict(refused)
    obj.refresh_from_db()
    assert obj.status == to_status


def test_a_revision_changed_by_its_author_meanwhile_is_not_approved_unseen(
    youssef, moderated_objects, make_organisation
):
    revision = moderated_objects[Revision]
    url = change_url(revision)
    page = youssef.get(url)
    revision.data = {"city": "Ouezzane"}
    revision.save()

    refused = youssef.post(url, change_form_data(page, _publish="1"))

    assert refused_for_conflict(refused)
    revision.refresh_from_db()
    assert revision.status == ModerationStatus.PENDING
    assert Organisation.objects.get(pk=revision.object_id).city != "Ouezzane"
