"""Asking for help from a start guide: a sought opportunity of one's organisation, pre-filled from the guide."""

from urllib.parse import parse_qs, urlsplit

from django.utils.html import escape

from directory.models import Sector
from directory.moderation import ModerationStatus
from opportunities.models import Opportunity
from organisations.models import Membership

ASK = "/fr/start/cooperative/ask/"
TITLE_FR = "Nous cherchons un accompagnement pour créer notre coopérative"


def test_a_logged_out_reader_logs_in_first_and_comes_back(client, db):
    response = client.get(ASK)
    assert response.status_code == 302
    login = urlsplit(response.url)
    assert login.path == "/fr/account/login/"
    assert parse_qs(login.query)["next"] == [ASK]


def test_a_member_of_one_organisation_goes_straight_to_the_prefilled_form(
    client, published_organisation_with_owner, owner
):
    client.force_login(owner)
    response = client.get(ASK)
    assert response.status_code == 302
    target = urlsplit(response.url)
    assert target.path == f"/fr/dashboard/opportunities/{published_organisation_with_owner.slug}/new/"
    query = parse_qs(target.query)
    assert query["kind"] == ["training"] and query["direction"] == ["sought"]
    assert query["written_in"] == ["fr"] and query["title"] == [TITLE_FR]
    assert query["sector"] == ["starter-support"]

    form = client.get(response.url)
    page = form.content.decode()
    assert form.status_code == 200
    assert f'value="{escape(TITLE_FR)}"' in page
    assert "Nous préparons notre projet à Tanger" in page
    sector = Sector.objects.get(slug="starter-support")
    assert form.context["form"].initial["sectors"] == [sector.pk]


def test_the_prefilled_notice_is_sent_for_moderation_like_any_other(
    client, published_organisation_with_owner, owner
):
    client.force_login(owner)
    form_url = client.get(ASK).url
    sector = Sector.objects.get(slug="starter-support")
    response = client.post(
        form_url,
        {
            "kind": "training",
            "direction": "sought",
            "written_in": "fr",
            "title_fr": TITLE_FR,
            "description_fr": "Nous sommes six couturières de Bni Makada.",
            "sectors": [sector.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    notice = Opportunity.objects.get(title_fr=TITLE_FR)
    assert notice.status == ModerationStatus.PENDING
    assert (notice.kind, notice.direction) == (Opportunity.Kind.TRAINING, Opportunity.Direction.SOUGHT)
    assert list(notice.sectors.all()) == [sector]
    assert notice not in Opportunity.objects.public()


def test_a_member_of_several_organisations_chooses_one(client, make_organisation, owner):
    first = make_organisation(name_fr="Groupe des couturières")
    second = make_organisation(name_fr="Coopérative en projet")
    for organisation in (first, second):
        Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    client.force_login(owner)
    response = client.get(ASK)
    page = response.content.decode()
    assert response.status_code == 200
    for organisation in (first, second):
        assert f"/fr/dashboard/opportunities/{organisation.slug}/new/?kind=training" in page


def test_someone_without_an_organisation_is_asked_to_add_theirs(client, citizen):
    client.force_login(citizen)
    page = client.get(ASK).content.decode()
    assert 'href="/fr/dashboard/organisations/new/"' in page
    assert "/dashboard/opportunities/" not in page


def test_a_prefill_never_reaches_someone_elses_organisation(
    client, published_organisation_with_owner, other_owner
):
    client.force_login(other_owner)
    url = f"/fr/dashboard/opportunities/{published_organisation_with_owner.slug}/new/?kind=training&direction=sought&title=x"
    assert client.get(url).status_code == 404


def test_ask_query_count_is_pinned(client, make_organisation, owner, django_assert_num_queries):
    for n in range(3):
        Membership.objects.create(
            organisation=make_organisation(name_fr=f"Projet {n}"), user=owner, role=Membership.Role.OWNER
        )
    client.force_login(owner)
    # Session, user, guide, memberships with their organisations, the footer's about pages.
    with django_assert_num_queries(5):
        assert client.get(ASK).status_code == 200
