import pytest
from django.utils import timezone, translation

from directory.models import Area
from directory.moderation import ModerationStatus
from organisations.models import Membership, Organisation, Partnership

COOPERATION = "/fr/cooperation/"


@pytest.fixture
def amal(make_organisation, owner):
    """A Tangier association, run by ``owner``."""
    organisation = make_organisation(name_fr="Association Al Amal", areas=["bni-makada"])
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation


@pytest.fixture
def rotterdam_owner(db, django_user_model):
    return django_user_model.objects.create_user(email="bestuur@zee.nl", password="x" * 12)


@pytest.fixture
def rotterdam(make_organisation, rotterdam_owner):
    organisation = make_organisation(name_fr="Stichting Zee", city="Rotterdam", country="netherlands")
    Membership.objects.create(organisation=organisation, user=rotterdam_owner, role=Membership.Role.EDITOR)
    return organisation


@pytest.fixture
def stranger(make_organisation, other_owner):
    """Owner of a third organisation, who has nothing to do with the partnership."""
    organisation = make_organisation(name_fr="Association Voisine")
    Membership.objects.create(organisation=organisation, user=other_owner, role=Membership.Role.OWNER)
    return other_owner


def dashboard(organisation):
    return f"/fr/dashboard/cooperation/{organisation.slug}/"


def action(organisation, partnership, verb):
    return f"{dashboard(organisation)}partnerships/{partnership.pk}/{verb}/"


def declare(client, organisation, partner, role="project", description="Un échange de jeunes chaque été."):
    return client.post(
        dashboard(organisation),
        {"declare": "directory", "partner": partner.pk, "role": role, "description": description},
    )


def profile(client, organisation):
    return client.get(organisation.get_absolute_url()).content.decode()


def test_a_partnership_shows_nowhere_until_the_partner_confirms_then_on_both_profiles(
    client, amal, rotterdam, owner, rotterdam_owner
):
    client.force_login(owner)
    assert declare(client, amal, rotterdam).status_code == 302
    partnership = Partnership.objects.get()
    assert (partnership.organisation, partnership.partner, partnership.confirmed_at) == (
        amal,
        rotterdam,
        None,
    )
    # The declaring side sees its request waiting; the public sees nothing.
    with translation.override("fr"):
        waiting = translation.gettext("Waiting for the partner to confirm: not shown yet.")
    assert waiting in client.get(dashboard(amal)).content.decode()
    client.logout()
    assert "Stichting Zee" not in profile(client, amal)
    assert "Association Al Amal" not in profile(client, rotterdam)
    assert "Stichting Zee" not in client.get(COOPERATION).content.decode()

    client.force_login(rotterdam_owner)
    incoming = client.get(dashboard(rotterdam)).context["incoming"]
    assert [side.organisation for side in incoming] == [amal]
    assert client.post(action(rotterdam, partnership, "confirm")).status_code == 302
    client.logout()

    assert "Stichting Zee" in profile(client, amal)
    assert "Un échange de jeunes chaque été." in profile(client, amal)
    assert "Association Al Amal" in profile(client, rotterdam)
    links = client.get(COOPERATION).context["links"]
    assert [(local, side.organisation) for local, side in links] == [(amal, rotterdam)]


def test_partner_is_found_by_name_search_not_by_listing_the_directory(client, amal, rotterdam, owner):
    client.force_login(owner)
    response = client.get(dashboard(amal), {"q": "zee"})
    assert list(response.context["directory_form"].fields["partner"].queryset) == [rotterdam]
    assert "Stichting Zee" in response.content.decode()
    # Without a search, no organisation is offered; the organisation itself never is.
    assert not client.get(dashboard(amal)).context["directory_form"].fields["partner"].queryset.exists()
    assert (
        amal
        not in client.get(dashboard(amal), {"q": "amal"}).context["directory_form"].fields["partner"].queryset
    )


def test_an_unpublished_organisation_cannot_be_chosen(client, amal, make_organisation, owner):
    hidden = make_organisation(name_fr="Stichting Verborgen", status=ModerationStatus.PENDING)
    client.force_login(owner)
    response = declare(client, amal, hidden)
    assert response.status_code == 200
    assert response.context["directory_form"].errors
    assert not Partnership.objects.exists()


def test_declining_removes_the_request(client, amal, rotterdam, owner, rotterdam_owner):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    partnership = Partnership.objects.get()
    client.force_login(rotterdam_owner)
    assert client.post(action(rotterdam, partnership, "decline")).status_code == 302
    assert not Partnership.objects.exists()
    client.logout()
    assert "Stichting Zee" not in profile(client, amal)


@pytest.mark.parametrize("side", ["declaring", "confirming"])
def test_either_side_can_remove_a_confirmed_partnership(
    client, amal, rotterdam, owner, rotterdam_owner, side
):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    partnership = Partnership.objects.get()
    client.force_login(rotterdam_owner)
    client.post(action(rotterdam, partnership, "confirm"))
    user, organisation = (owner, amal) if side == "declaring" else (rotterdam_owner, rotterdam)
    client.force_login(user)
    assert client.post(action(organisation, partnership, "remove")).status_code == 302
    assert not Partnership.objects.exists()
    client.logout()
    assert "Stichting Zee" not in profile(client, amal)
    assert "Association Al Amal" not in profile(client, rotterdam)


def test_an_outside_partner_shows_on_the_profile_only_once_a_moderator_publishes_it(
    client, amal, owner, moderator
):
    client.force_login(owner)
    response = client.post(
        dashboard(amal),
        {
            "declare": "outside",
            "partner_name": "Fundación Estrecho",
            "partner_country": Area.objects.get(slug="spain").pk,
            "partner_url": "https://estrecho.example.es",
            "role": "funding",
        },
    )
    assert response.status_code == 302
    partnership = Partnership.objects.get()
    assert partnership.status == ModerationStatus.PENDING
    with translation.override("fr"):
        pending = translation.gettext(
            "A partner outside the directory: shown on your profile once a moderator approves it."
        )
    assert pending in client.get(dashboard(amal)).content.decode()
    client.logout()
    assert "Fundación Estrecho" not in profile(client, amal)
    assert "Fundación Estrecho" not in client.get(COOPERATION).content.decode()

    client.force_login(moderator)
    response = client.post(
        "/admin/organisations/partnership/",
        {"action": "publish_selected", "index": 0, "_selected_action": [partnership.pk]},
    )
    assert response.status_code == 302
    client.logout()
    html = profile(client, amal)
    assert "Fundación Estrecho" in html
    assert 'href="https://estrecho.example.es"' in html
    assert "Espagne" in html
    assert "Fundación Estrecho" in client.get(COOPERATION).content.decode()


def test_a_rejected_outside_partner_never_shows(client, amal, owner):
    Partnership.objects.create(
        organisation=amal, partner_name="Fondation Fantôme", role="funding", status=ModerationStatus.REJECTED
    )
    assert "Fondation Fantôme" not in profile(client, amal)
    client.force_login(owner)
    with translation.override("fr"):
        refused = translation.gettext("Not approved by the moderators: not shown.")
    assert refused in client.get(dashboard(amal)).content.decode()


def test_a_partnership_in_the_directory_needs_no_moderator_only_the_partner(
    client, amal, rotterdam, owner, rotterdam_owner
):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    assert Partnership.objects.get().status == ModerationStatus.PUBLISHED
    client.force_login(rotterdam_owner)
    assert len(client.get(dashboard(rotterdam)).context["incoming"]) == 1


def test_the_same_partnership_cannot_be_declared_twice_from_either_side(
    client, amal, rotterdam, owner, rotterdam_owner
):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    client.force_login(rotterdam_owner)
    response = declare(client, rotterdam, amal)
    assert response.status_code == 200
    assert response.context["directory_form"].non_field_errors()
    assert Partnership.objects.count() == 1
    # Another role is another partnership.
    assert declare(client, rotterdam, amal, role="funding").status_code == 302


def test_network_membership_shows_on_the_member_and_the_federation(
    client, amal, make_organisation, owner, django_user_model
):
    federation = make_organisation(name_fr="Fédération des associations du Nord")
    president = django_user_model.objects.create_user(email="president@federation.ma", password="x" * 12)
    Membership.objects.create(organisation=federation, user=president, role=Membership.Role.OWNER)
    client.force_login(owner)
    declare(client, amal, federation, role="network")
    client.force_login(president)
    client.post(action(federation, Partnership.objects.get(), "confirm"))
    client.logout()
    member_page = client.get(amal.get_absolute_url())
    assert [side.organisation for side in member_page.context["cooperation"]["member_of"]] == [federation]
    federation_page = client.get(federation.get_absolute_url())
    assert [side.organisation for side in federation_page.context["cooperation"]["members"]] == [amal]
    assert "Fédération des associations du Nord" in member_page.content.decode()
    assert "Association Al Amal" in federation_page.content.decode()


@pytest.mark.parametrize("hidden", ["declaring", "partner"])
def test_unpublished_organisations_are_never_shown(client, amal, rotterdam, owner, rotterdam_owner, hidden):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    client.force_login(rotterdam_owner)
    client.post(action(rotterdam, Partnership.objects.get(), "confirm"))
    client.logout()
    gone, shown = (amal, rotterdam) if hidden == "declaring" else (rotterdam, amal)
    Organisation.objects.filter(pk=gone.pk).update(status=ModerationStatus.ARCHIVED)
    assert gone.name_fr not in profile(client, shown)
    page = client.get(COOPERATION)
    assert not page.context["links"]
    assert gone.name_fr not in page.content.decode()


def test_a_request_from_an_unpublished_organisation_is_not_offered(client, amal, rotterdam, rotterdam_owner):
    Partnership.objects.create(
        organisation=amal, partner=rotterdam, role="project", status=ModerationStatus.PUBLISHED
    )
    amal.status = ModerationStatus.PENDING
    amal.save()
    client.force_login(rotterdam_owner)
    assert client.get(dashboard(rotterdam)).context["incoming"] == []


def test_others_cannot_confirm_remove_or_see_requests(client, amal, rotterdam, owner, stranger, other_owner):
    client.force_login(owner)
    declare(client, amal, rotterdam)
    partnership = Partnership.objects.get()
    # A stranger: not a member of either organisation.
    client.force_login(other_owner)
    assert client.get(dashboard(rotterdam)).status_code == 404
    for verb in ("confirm", "decline", "remove"):
        assert client.post(action(rotterdam, partnership, verb)).status_code == 404
        assert client.post(action(amal, partnership, verb)).status_code == 404
    # The declaring side cannot confirm its own request, nor reach it through the partner's pages.
    client.force_login(owner)
    assert client.post(action(amal, partnership, "confirm")).status_code == 404
    assert client.post(action(amal, partnership, "decline")).status_code == 404
    assert client.post(action(rotterdam, partnership, "confirm")).status_code == 404
    assert client.get(dashboard(rotterdam)).status_code == 404
    partnership.refresh_from_db()
    assert partnership.confirmed_at is None
    # Someone else's partnership is a 404 from one's own organisation's pages too.
    client.force_login(other_owner)
    voisine = Membership.objects.get(user=other_owner).organisation
    for verb in ("confirm", "decline", "remove"):
        assert client.post(action(voisine, partnership, verb)).status_code == 404
    assert Partnership.objects.filter(pk=partnership.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, amal):
    response = client.get(dashboard(amal))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_profile_query_count_with_partnerships_is_pinned(amal, make_organisation, assert_page_queries):
    published = {"status": ModerationStatus.PUBLISHED}
    for i in range(6):
        other = make_organisation(name_fr=f"Partenaire {i}", country="belgium")
        Partnership.objects.create(
            organisation=amal, partner=other, role="project", confirmed_at=timezone.now(), **published
        )
        Partnership.objects.create(
            organisation=other, partner=amal, role="network", confirmed_at=timezone.now(), **published
        )
        Partnership.objects.create(
            organisation=amal,
            partner_name=f"Outside {i}",
            partner_country=other.country,
            role="funding",
            **published,
        )
    # As test_organisation_detail's pin, whatever the number of partners.
    response = assert_page_queries(amal.get_absolute_url(), cold=10, warm=10)
    assert len(response.context["cooperation"]["partners"]) == 12
    assert len(response.context["cooperation"]["members"]) == 6
