import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import ModerationDecision, Revision
from opportunities.models import InterestMessage, Opportunity
from organisations.models import Membership

UTC = datetime.UTC


@pytest.fixture
def owner(db, django_user_model):
    return django_user_model.objects.create_user(email="owner@example.org", password="x" * 12)


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_user(email="editor@example.org", password="x" * 12)


@pytest.fixture
def stranger(db, django_user_model):
    """Owner of another organisation, so they have a dashboard of their own to reach from."""
    return django_user_model.objects.create_user(email="stranger@example.org", password="x" * 12)


@pytest.fixture
def organisation(make_organisation, owner, editor):
    organisation = make_organisation(
        name_fr="Association Bahr", sectors=["environment"], areas=["tanger-medina"]
    )
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    Membership.objects.create(organisation=organisation, user=editor, role=Membership.Role.EDITOR)
    return organisation


@pytest.fixture
def strangers_organisation(make_organisation, stranger):
    organisation = make_organisation(name_fr="Association Voisine", sectors=["environment"])
    Membership.objects.create(organisation=organisation, user=stranger, role=Membership.Role.OWNER)
    return organisation


def make_opportunity(organisation, *, sectors=("environment",), areas=(), **fields):
    fields.setdefault("title_fr", "Nettoyage des plages")
    fields.setdefault("kind", Opportunity.Kind.VOLUNTEERING)
    fields.setdefault("direction", Opportunity.Direction.OFFERED)
    fields.setdefault("status", ModerationStatus.PUBLISHED)
    opportunity = Opportunity(organisation=organisation, **fields)
    opportunity.full_clean()
    opportunity.save()
    opportunity.sectors.set(Sector.objects.filter(slug__in=sectors))
    opportunity.areas.set(Area.objects.filter(slug__in=areas))
    return opportunity


def base(organisation):
    return f"/fr/dashboard/opportunities/{organisation.slug}/"


def edit_url(opportunity):
    return f"{base(opportunity.organisation)}{opportunity.pk}/"


def form_data(client, url, **changes):
    """What the form at ``url`` would post, as a browser sends it: its initial values, with some changed."""
    form = client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[name] = "on"
        elif isinstance(value, list):
            data[name] = [str(v) for v in value]
        elif value not in (None, ""):
            data[name] = field.widget.format_value(value)
    data.update(changes)
    return data


def new_opportunity_data(**changes):
    return {
        "kind": "funding",
        "direction": "offered",
        "title_fr": "Petites subventions pour l'environnement",
        "sectors": [str(Sector.objects.get(slug="environment").pk)],
        "deadline": "2027-10-10T23:59",
        "amount_max": "20000",
        "currency": "MAD",
        **changes,
    }


def test_a_new_opportunity_waits_for_a_moderator_and_is_not_public(client, organisation, owner):
    client.force_login(owner)
    response = client.post(f"{base(organisation)}new/", new_opportunity_data())
    assert response.status_code == 302
    opportunity = Opportunity.objects.get()
    assert (opportunity.organisation, opportunity.status) == (organisation, ModerationStatus.PENDING)
    assert list(opportunity.sectors.values_list("slug", flat=True)) == ["environment"]
    assert "Petites subventions" in client.get(base(organisation)).content.decode()
    assert not Opportunity.objects.public().exists()
    client.logout()
    assert client.get(opportunity.get_absolute_url()).status_code == 404
    assert "Petites subventions" not in client.get("/fr/opportunities/").content.decode()


def test_the_deadline_is_read_in_tangier_time(client, organisation, owner):
    client.force_login(owner)
    client.post(f"{base(organisation)}new/", new_opportunity_data(deadline="2027-10-10T23:59"))
    assert Opportunity.objects.get().deadline == datetime.datetime(2027, 10, 10, 22, 59, tzinfo=UTC)
    # Morocco leaves summer time during Ramadan (UTC+0 around 10 March 2027 in the tz database), so this
    # one is compared with the zone itself rather than a fixed offset.
    client.post(f"{base(organisation)}new/", new_opportunity_data(deadline="2027-03-10T23:59"))
    assert Opportunity.objects.latest("pk").deadline == datetime.datetime(
        2027, 3, 10, 23, 59, tzinfo=ZoneInfo("Africa/Casablanca")
    )


def test_a_title_in_some_language_is_required(client, organisation, owner):
    client.force_login(owner)
    response = client.post(f"{base(organisation)}new/", new_opportunity_data(title_fr=""))
    assert response.status_code == 200
    assert response.context["form"].errors["title_fr"]
    assert not Opportunity.objects.exists()


def test_editing_a_published_opportunity_waits_for_a_moderator(client, organisation, owner, moderator):
    opportunity = make_opportunity(
        organisation,
        kind=Opportunity.Kind.FUNDING,
        deadline=datetime.datetime(2027, 10, 10, 22, 59, 59, tzinfo=UTC),
        amount_min=Decimal("5000"),
        currency="MAD",
    )
    client.force_login(owner)
    response = client.post(
        edit_url(opportunity),
        form_data(client, edit_url(opportunity), title_fr="Plages propres 2027", amount_min="5000"),
    )
    assert response.status_code == 302
    revision = Revision.objects.get()
    # Only the title: the same deadline (minute input, stored seconds) and amount are not proposed again.
    assert revision.data == {"title_fr": "Plages propres 2027"}
    opportunity.refresh_from_db()
    assert opportunity.title_fr == "Nettoyage des plages"
    assert "Plages propres 2027" not in client.get(opportunity.get_absolute_url()).content.decode()
    assert "waiting for a moderator" in client.get(f"/en{base(organisation)[3:]}").content.decode()

    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert "Plages propres 2027" in client.get(opportunity.get_absolute_url()).content.decode()


def test_a_changed_deadline_goes_through_the_revision(client, organisation, owner, moderator):
    opportunity = make_opportunity(organisation, deadline=datetime.datetime(2027, 10, 10, 22, 59, tzinfo=UTC))
    client.force_login(owner)
    client.post(edit_url(opportunity), form_data(client, edit_url(opportunity), deadline="2027-10-20T12:00"))
    moderation_decide(obj=Revision.objects.get(), to_status=ModerationStatus.PUBLISHED, actor=moderator)
    opportunity.refresh_from_db()
    assert opportunity.deadline == datetime.datetime(2027, 10, 20, 11, 0, tzinfo=UTC)


def test_members_continue_from_their_pending_proposal_and_can_withdraw_it(client, organisation, editor):
    opportunity = make_opportunity(organisation)
    client.force_login(editor)
    client.post(edit_url(opportunity), form_data(client, edit_url(opportunity), title_fr="Proposé"))
    assert client.get(edit_url(opportunity)).context["form"]["title_fr"].value() == "Proposé"
    client.post(f"{edit_url(opportunity)}withdraw/")
    assert Revision.objects.get().status == ModerationStatus.ARCHIVED


def test_a_rejected_opportunity_is_fixed_and_resubmitted_directly(client, organisation, owner, moderator):
    opportunity = make_opportunity(organisation, status=ModerationStatus.PENDING)
    moderation_decide(
        obj=opportunity, to_status=ModerationStatus.REJECTED, actor=moderator, reason="Précisez les dates."
    )
    client.force_login(owner)
    assert "Précisez les dates." in client.get(base(organisation)).content.decode()
    client.post(edit_url(opportunity), form_data(client, edit_url(opportunity), start_date="2027-05-01"))
    opportunity.refresh_from_db()
    assert (opportunity.start_date, opportunity.status) == (
        datetime.date(2027, 5, 1),
        ModerationStatus.PENDING,
    )
    assert not Revision.objects.exists()


def test_two_members_at_once_do_not_overwrite_each_other(client, organisation, owner, editor):
    opportunity = make_opportunity(organisation)
    client.force_login(owner)
    owners_form = form_data(client, edit_url(opportunity), title_fr="Version du propriétaire")
    client.force_login(editor)
    client.post(
        edit_url(opportunity), form_data(client, edit_url(opportunity), title_fr="Version de l'éditeur")
    )
    client.force_login(owner)
    response = client.post(edit_url(opportunity), owners_form)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "Version du propriétaire" in response.content.decode()
    assert Revision.objects.get().data == {"title_fr": "Version de l'éditeur"}


def test_closing_early_hides_it_from_open_offers_and_stops_messages(client, organisation, owner):
    opportunity = make_opportunity(organisation)
    assert client.get(opportunity.get_absolute_url()).context["form"] is not None
    client.force_login(owner)
    assert client.post(f"{edit_url(opportunity)}close/").status_code == 302
    opportunity.refresh_from_db()
    assert opportunity.closed_at is not None
    assert opportunity.status == ModerationStatus.PUBLISHED
    assert not Opportunity.objects.open().exists()
    assert not ModerationDecision.objects.exists()
    assert f"{edit_url(opportunity)}close/" not in client.get(base(organisation)).content.decode()
    client.logout()
    response = client.get(f"/en/opportunities/{opportunity.slug}/")
    assert response.context["form"] is None
    assert "Closed" in response.content.decode()
    assert "Interested? Write to them" not in response.content.decode()


def test_closing_needs_a_post(client, organisation, owner):
    opportunity = make_opportunity(organisation)
    client.force_login(owner)
    assert client.get(f"{edit_url(opportunity)}close/").status_code == 405
    opportunity.refresh_from_db()
    assert opportunity.closed_at is None


def test_duplicating_makes_a_draft_copy_to_edit(client, organisation, owner):
    opportunity = make_opportunity(
        organisation,
        areas=["tanger-medina"],
        description_fr="Chaque samedi.",
        deadline=timezone.now() + datetime.timedelta(days=20),
    )
    client.force_login(owner)
    response = client.post(f"{edit_url(opportunity)}duplicate/")
    copy = Opportunity.objects.exclude(pk=opportunity.pk).get()
    assert response["Location"] == edit_url(copy)
    assert (copy.status, copy.organisation, copy.deadline) == (ModerationStatus.DRAFT, organisation, None)
    assert (copy.title_fr, copy.description_fr) == ("Nettoyage des plages", "Chaque samedi.")
    assert copy.slug != opportunity.slug
    assert list(copy.sectors.values_list("slug", flat=True)) == ["environment"]
    assert list(copy.areas.values_list("slug", flat=True)) == ["tanger-medina"]
    assert not Opportunity.objects.public().filter(pk=copy.pk).exists()
    # Saving the draft sends it to the moderators.
    client.post(edit_url(copy), form_data(client, edit_url(copy), deadline="2027-11-01T18:00"))
    copy.refresh_from_db()
    assert copy.status == ModerationStatus.PENDING


def test_editors_manage_opportunities_too(client, organisation, editor):
    client.force_login(editor)
    client.post(f"{base(organisation)}new/", new_opportunity_data())
    opportunity = Opportunity.objects.get()
    client.post(f"{edit_url(opportunity)}duplicate/")
    client.post(f"{edit_url(opportunity)}close/")
    opportunity.refresh_from_db()
    assert opportunity.closed_at is not None
    assert Opportunity.objects.filter(organisation=organisation).count() == 2


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("get", ""),
        ("get", "new/"),
        ("post", "new/"),
        ("get", "messages/"),
        ("get", "{pk}/"),
        ("post", "{pk}/"),
        ("post", "{pk}/close/"),
        ("post", "{pk}/duplicate/"),
        ("post", "{pk}/withdraw/"),
    ],
)
def test_another_user_gets_404_everywhere_and_changes_nothing(
    client, organisation, stranger, strangers_organisation, method, suffix
):
    opportunity = make_opportunity(organisation)
    InterestMessage.objects.create(
        opportunity=opportunity, name="Salma", email="s@example.org", message="Bonjour"
    )
    client.force_login(stranger)
    data = {**new_opportunity_data(title_fr="Piraté"), "edit_token": ""}
    response = getattr(client, method)(f"{base(organisation)}{suffix.format(pk=opportunity.pk)}", data)
    assert response.status_code == 404
    opportunity.refresh_from_db()
    assert (opportunity.title_fr, opportunity.closed_at) == ("Nettoyage des plages", None)
    assert Opportunity.objects.count() == 1
    assert not Revision.objects.exists()


def test_another_organisations_opportunity_is_not_reachable_through_ones_own(
    client, organisation, stranger, strangers_organisation
):
    opportunity = make_opportunity(organisation)
    client.force_login(stranger)
    for suffix in ("", "close/", "duplicate/"):
        url = f"{base(strangers_organisation)}{opportunity.pk}/{suffix}"
        assert client.post(url, {"title_fr": "Piraté"}).status_code == 404
    opportunity.refresh_from_db()
    assert opportunity.closed_at is None
    assert Opportunity.objects.count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client, organisation):
    response = client.get(base(organisation))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_interest_messages_are_kept_for_members_newest_first(
    client, organisation, editor, stranger, strangers_organisation
):
    opportunity = make_opportunity(organisation)
    older = InterestMessage.objects.create(
        opportunity=opportunity, name="Salma", email="salma@example.org", message="Je peux aider le samedi."
    )
    InterestMessage.objects.filter(pk=older.pk).update(created_at=timezone.now() - datetime.timedelta(days=1))
    InterestMessage.objects.create(
        opportunity=opportunity, name="Youssef", email="youssef@example.org", message="Nous avons des gants."
    )
    elsewhere = make_opportunity(strangers_organisation, title_fr="Autre")
    InterestMessage.objects.create(
        opportunity=elsewhere, name="Nadia", email="n@example.org", message="Ailleurs"
    )
    client.force_login(editor)
    response = client.get(f"{base(organisation)}messages/")
    assert [m.name for m in response.context["interest_messages"]] == ["Youssef", "Salma"]
    content = response.content.decode()
    assert "salma@example.org" in content and "Nous avons des gants." in content
    assert "Ailleurs" not in content
    client.force_login(stranger)
    assert client.get(f"{base(organisation)}messages/").status_code == 404


def test_the_dashboard_lists_open_offers_that_fit(client, organisation, owner, strangers_organisation):
    make_opportunity(strangers_organisation, title_fr="Offre qui convient", areas=["tanger-medina"])
    make_opportunity(strangers_organisation, title_fr="Offre à distance", is_remote=True)
    make_opportunity(strangers_organisation, title_fr="Offre ailleurs", areas=["assilah"])
    make_opportunity(strangers_organisation, title_fr="Offre fermée", closed_at=timezone.now())
    make_opportunity(strangers_organisation, title_fr="Offre en attente", status=ModerationStatus.PENDING)
    make_opportunity(strangers_organisation, title_fr="Offre de santé", sectors=["health"])
    make_opportunity(
        strangers_organisation, title_fr="Demande", direction=Opportunity.Direction.SOUGHT, is_remote=True
    )
    make_opportunity(organisation, title_fr="Notre propre offre", is_remote=True)
    client.force_login(owner)
    content = client.get("/fr/dashboard/").content.decode()
    assert "Offre qui convient" in content and "Offre à distance" in content
    for title in ("Offre ailleurs", "Offre fermée", "Offre en attente", "Offre de santé", "Demande"):
        assert title not in content
    assert "Notre propre offre" not in content
    assert base(organisation) in content


def test_matching_offers_cost_one_query_per_organisation(client, make_organisation, owner, organisation):
    client.force_login(owner)
    client.get("/fr/dashboard/")  # warm the session and content-type caches
    with CaptureQueriesContext(connection) as one:
        client.get("/fr/dashboard/")
    second = make_organisation(sectors=["environment"], areas=["tanger-medina"])
    Membership.objects.create(organisation=second, user=owner, role=Membership.Role.EDITOR)
    third = make_organisation(sectors=["environment"], areas=["tanger-medina"])
    Membership.objects.create(organisation=third, user=owner, role=Membership.Role.EDITOR)
    with CaptureQueriesContext(connection) as three:
        client.get("/fr/dashboard/")
    assert len(three) - len(one) == 2
