import pytest

from directory.moderation import ModerationStatus
from opportunities.models import InterestMessage
from organisations.models import Membership
from tests.opportunity_helpers import days, make_opportunity

ORG_EMAIL = "contact@alamal.ma"
VISITOR = {
    "name": "Salma Bennani",
    "email": "salma@example.org",
    "message": "Nous pouvons prêter un minibus.",
}


def url(opportunity, language="fr"):
    return f"/{language}/opportunities/{opportunity.slug}/"


@pytest.fixture
def organisation(make_organisation, django_user_model):
    organisation = make_organisation(
        name_fr="Association Al Amal",
        legal_form="association",
        description_fr="Soutien scolaire à Bni Makada depuis 2009.",
        email=ORG_EMAIL,
        phone="+212 539 11 22 33",
        website="https://alamal.example.org",
        sectors=["education"],
        areas=["bni-makada"],
    )
    owner = django_user_model.objects.create_user(email="owner@alamal.ma", password="x" * 12, language="ar")
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    editor = django_user_model.objects.create_user(email="editor@alamal.ma", password="x" * 12)
    Membership.objects.create(organisation=organisation, user=editor, role=Membership.Role.EDITOR)
    return organisation


@pytest.fixture
def opportunity(organisation):
    return make_opportunity(
        organisation=organisation,
        title_fr="Bénévoles pour le soutien scolaire",
        kind="volunteering",
        direction="sought",
        description_fr="Deux après-midi par semaine.",
        sectors=["education"],
        areas=["bni-makada"],
        deadline=days(10),
    )


def send(client, opportunity, data=VISITOR, **extra):
    return client.post(url(opportunity), data, **extra)


def test_detail_shows_the_publishers_profile_card(client, opportunity):
    response = client.get(url(opportunity))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bénévoles pour le soutien scolaire" in html
    assert "Deux après-midi par semaine." in html
    assert f'href="/fr/organisations/{opportunity.organisation.slug}/"' in html
    assert "Association Al Amal" in html
    assert "Soutien scolaire à Bni Makada" in html
    assert "Association" in html


def test_detail_of_a_funder_shows_the_funder_and_no_form(client, taxonomies):
    opportunity = make_opportunity(funder_name="Fondation Méditerranée", funder_url="https://fm.example.org")
    response = client.get(url(opportunity))
    html = response.content.decode()
    assert "Fondation Méditerranée" in html
    assert 'href="https://fm.example.org"' in html
    assert response.context["form"] is None
    assert 'name="message"' not in html


def test_posting_to_a_funder_relays_nothing(
    client, taxonomies, mailoutbox, django_capture_on_commit_callbacks
):
    opportunity = make_opportunity(funder_name="Fondation Méditerranée")
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, opportunity)
    assert response.status_code == 200
    assert not InterestMessage.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.DRAFT, ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED],
)
def test_unpublished_opportunity_is_a_404_for_everyone(client, organisation, other_owner, status):
    opportunity = make_opportunity(organisation=organisation, status=status)
    assert client.get(url(opportunity)).status_code == 404
    # Owners of another organisation see nothing more than anyone else.
    client.force_login(other_owner)
    assert client.get(url(opportunity)).status_code == 404
    assert send(client, opportunity).status_code == 404


@pytest.fixture
def other_owner(make_organisation, django_user_model):
    user = django_user_model.objects.create_user(email="other@example.org", password="x" * 12)
    Membership.objects.create(organisation=make_organisation(), user=user, role=Membership.Role.OWNER)
    return user


def test_opportunity_of_an_unpublished_organisation_is_a_404(client, opportunity):
    opportunity.organisation.status = ModerationStatus.PENDING
    opportunity.organisation.save()
    assert client.get(url(opportunity)).status_code == 404


def test_unknown_slug_is_a_404(client, db):
    assert client.get("/fr/opportunities/nothing-here/").status_code == 404


def test_relay_mails_the_organisation_and_its_owners_with_reply_to_the_visitor(
    client, opportunity, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, opportunity)
    assert response.status_code == 302
    assert response["Location"] == url(opportunity)
    assert sorted(m.to[0] for m in mailoutbox) == [ORG_EMAIL, "owner@alamal.ma"]  # editors are not written to
    for mail in mailoutbox:
        assert len(mail.to) == 1
        assert mail.message()["Reply-To"] == "salma@example.org"
        assert "Nous pouvons prêter un minibus." in mail.body
        assert "Salma Bennani" in mail.body
    stored = InterestMessage.objects.get()
    assert (stored.opportunity, stored.name, stored.email) == (
        opportunity,
        "Salma Bennani",
        "salma@example.org",
    )


def test_relay_writes_once_to_an_owner_whose_address_is_the_organisations(
    client, opportunity, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    same = django_user_model.objects.create_user(email="Contact@AlAmal.ma", password="x" * 12)
    Membership.objects.create(organisation=opportunity.organisation, user=same, role=Membership.Role.OWNER)
    with django_capture_on_commit_callbacks(execute=True):
        send(client, opportunity)
    assert len(mailoutbox) == 2


def test_the_organisations_address_never_reaches_the_visitor(
    client, opportunity, django_capture_on_commit_callbacks
):
    pages = [client.get(url(opportunity)), client.get(url(opportunity, "ar"))]
    with django_capture_on_commit_callbacks(execute=True):
        pages.append(send(client, opportunity, follow=True))
    pages.append(send(client, opportunity, {**VISITOR, "email": "not an address"}))
    for response in pages:
        html = response.content.decode()
        assert ORG_EMAIL not in html
        assert "alamal.ma" not in html  # nor the owners' addresses
        assert "539 11 22 33" not in html
    assert pages[2].redirect_chain  # sent, and the confirmation page is clean too
    assert pages[3].context["form"].errors


def test_honeypot_stops_the_message(client, opportunity, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, opportunity, {**VISITOR, "homepage": "http://spam.example"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not InterestMessage.objects.exists()
    assert mailoutbox == []


def test_a_burst_from_one_address_is_refused(
    client, opportunity, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        codes = [send(client, opportunity, REMOTE_ADDR="198.51.100.7").status_code for _ in range(6)]
        other = send(client, opportunity, REMOTE_ADDR="198.51.100.8")
    assert codes == [302] * 5 + [429]
    assert other.status_code == 302
    assert InterestMessage.objects.count() == 6
    assert len(mailoutbox) == 2 * 6
    # Reading the page is never limited.
    assert client.get(url(opportunity), REMOTE_ADDR="198.51.100.7").status_code == 200


@pytest.fixture
def answers(make_organisation, opportunity):
    """Organisations and offers around the sought ``opportunity`` (education, in Bni Makada)."""
    return {
        "same-area": make_organisation(
            name_fr="Soutien Bni Makada", sectors=["education"], areas=["bni-makada"]
        ),
        # Working across all of Tanger includes Bni Makada.
        "whole-city": make_organisation(
            name_fr="Réseau Tanger Éducation", sectors=["education"], areas=["tanger"]
        ),
        "other-sector": make_organisation(
            name_fr="Santé Bni Makada", sectors=["health"], areas=["bni-makada"]
        ),
        "other-area": make_organisation(
            name_fr="Éducation Assilah", sectors=["education"], areas=["assilah"]
        ),
        "pending": make_organisation(
            name_fr="Éducation en attente",
            sectors=["education"],
            areas=["bni-makada"],
            status=ModerationStatus.PENDING,
        ),
        "offer-here": make_opportunity(
            title_fr="Bénévoles étudiants disponibles",
            kind="volunteering",
            sectors=["education"],
            areas=["tanger"],
            deadline=days(5),
        ),
        "offer-remote": make_opportunity(
            title_fr="Tutorat en ligne", kind="volunteering", sectors=["education"], is_remote=True
        ),
        "offer-elsewhere": make_opportunity(
            title_fr="Bénévoles à Assilah", kind="volunteering", sectors=["education"], areas=["assilah"]
        ),
        "offer-closed": make_opportunity(
            title_fr="Bénévoles d'hier",
            kind="volunteering",
            sectors=["education"],
            areas=["bni-makada"],
            deadline=days(-1),
        ),
        "offer-other-sector": make_opportunity(
            title_fr="Bénévoles santé", kind="volunteering", sectors=["health"], areas=["bni-makada"]
        ),
        "also-sought": make_opportunity(
            title_fr="Cherche aussi des bénévoles",
            kind="volunteering",
            direction="sought",
            sectors=["education"],
            areas=["bni-makada"],
        ),
    }


def test_a_sought_opportunity_lists_who_could_answer_it(client, opportunity, answers):
    response = client.get(url(opportunity))
    found = response.context["answers"]
    assert {o.name_fr for o in found["organisations"]} == {"Soutien Bni Makada", "Réseau Tanger Éducation"}
    assert [o.title_fr for o in found["offers"]] == ["Bénévoles étudiants disponibles", "Tutorat en ligne"]
    html = response.content.decode()
    assert "Réseau Tanger Éducation" in html
    assert "Tutorat en ligne" in html


def test_an_offered_opportunity_lists_no_answers(client, organisation, answers):
    offered = make_opportunity(organisation=organisation, kind="volunteering", sectors=["education"])
    assert client.get(url(offered)).context["answers"] is None


def test_detail_query_count_is_pinned(opportunity, make_organisation, assert_page_queries):
    for _ in range(9):
        make_organisation(sectors=["education", "youth"], areas=["bni-makada"], legal_form="association")
        make_opportunity(
            kind="volunteering", sectors=["education", "youth"], areas=["tanger"], deadline=days(3)
        )
    # The opportunity, its sectors, target groups, areas, legal forms, countries and languages; the organisation
    # and its sectors; possible answers, about pages. Nothing is cached.
    assert_page_queries(url(opportunity), cold=11, warm=11)
