"""The HSDS 3.0 profile of the API: what an Open Referral client that knows only the spec can rely on."""

import datetime

import pytest
from django.utils import timezone

from directory.api.ids import public_id
from directory.api.views import PublicRateThrottle
from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from organisations.models import Organisation
from tests import crawl_hsds
from tests.hsds import assert_valid, walk


@pytest.fixture
def al_amal(make_organisation):
    return make_organisation(
        name_fr="Association Al Amal",
        name_ar="جمعية الأمل",
        description_fr="Soutien scolaire.",
        acronym="AAA",
        legal_form="association",
        sectors=["education", "health"],
        target_groups=["children"],
        areas=["bni-makada"],
        languages=["ar", "fr"],
        address="12 rue de Fès",
        latitude="35.760000",
        longitude="-5.830000",
        founded=2004,
        registration_number="R-123",
        website="https://al-amal.example.org",
        email="president.personal@example.org",
        phone="+212 600 000 001",
    )


def _walk(client, url):
    return walk(client, url, per_page=2)


def test_meta_says_version_profile_and_where_the_openapi_document_is(client, db):
    body = client.get("/api/v1/hsds/").json()
    assert body["version"] == "3.0"
    assert body["profile"] == "http://testserver/api/v1/hsds/profile/"
    assert body["openapi_url"] == "http://testserver/api/v1/openapi.json"
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/api/v1/hsds/profile/").status_code == 200


def test_a_client_pages_through_every_published_organisation_and_each_validates(
    client, al_amal, make_organisation
):
    for n in range(4):
        make_organisation(name_fr=f"Org {n}", sectors=["education"])
    make_organisation(name_fr="En attente", status=ModerationStatus.PENDING)
    organisations = _walk(client, "/api/v1/hsds/organizations")
    assert len(organisations) == 5
    for organisation in organisations:
        assert_valid("organization", organisation)
    detail = client.get(f"/api/v1/hsds/organizations/{public_id('organization', al_amal.pk)}").json()
    assert_valid("organization", detail)
    assert {service["name"] for service in detail["services"]} == {
        "Éducation — Association Al Amal",
        "Santé — Association Al Amal",
    }


def test_organisation_is_mapped_with_location_identifier_and_every_language(client, al_amal):
    body = client.get(f"/api/v1/hsds/organizations/{public_id('organization', al_amal.pk)}?lang=ar").json()
    assert body["name"] == "جمعية الأمل"
    assert body["x_language"] == "ar"
    assert body["x_translations"]["fr"]["name"] == "Association Al Amal"
    assert body["year_incorporated"] == 2004
    assert body["organization_identifiers"][0]["identifier"] == "R-123"
    location = body["locations"][0]
    assert (location["latitude"], location["addresses"][0]["address_1"]) == (35.76, "12 rue de Fès")
    assert body["uri"] == f"http://testserver/fr/organisations/{al_amal.slug}/".replace("/fr/", "/fr/")


def test_no_personal_e_mail_or_phone_reaches_the_api(client, al_amal):
    org_id = public_id("organization", al_amal.pk)
    text = client.get(f"/api/v1/hsds/organizations/{org_id}").content.decode()
    text += client.get("/api/v1/hsds/services").content.decode()
    assert "president.personal@example.org" not in text
    assert "600 000 001" not in text


def test_services_are_what_an_organisation_does_per_sector_and_each_validates(client, al_amal):
    services = _walk(client, "/api/v1/hsds/services")
    assert len(services) == 2
    for service in services:
        assert_valid("service", service)
        assert service["organization_id"] == public_id("organization", al_amal.pk)
        assert [area["name"] for area in service["service_areas"]] == ["Bni Makada"]
        assert {lang["code"] for lang in service["languages"]} == {"ar", "fr"}
        assert "children" in {attribute["value"] for attribute in service["attributes"]}
    detail = client.get(f"/api/v1/hsds/services/{services[0]['id']}").json()
    assert_valid("service", detail)
    assert detail["organization"]["name"] == "Association Al Amal"


def test_taxonomies_and_terms_validate_and_areas_name_their_parent(client, db):
    taxonomies = client.get("/api/v1/hsds/taxonomies").json()["contents"]
    assert len(taxonomies) == 4
    for taxonomy in taxonomies:
        assert_valid("taxonomy", taxonomy)
    terms = _walk(client, "/api/v1/hsds/taxonomy_terms?search=makada")
    assert terms and all(term["code"] != "" for term in terms)
    for term in terms:
        assert_valid("taxonomy_term", term)
    bni_makada = Area.objects.get(slug="bni-makada")
    term = client.get(f"/api/v1/hsds/taxonomy_terms/{public_id('area', bni_makada.pk)}").json()
    assert term["parent_id"] == public_id("area", bni_makada.parent_id)
    children = client.get(
        "/api/v1/hsds/taxonomy_terms", {"parent_id": term["parent_id"], "per_page": 200}
    ).json()
    assert term["id"] in {t["id"] for t in children["contents"]}


def test_filters_by_term_organisation_search_and_modification(client, al_amal, make_organisation):
    other = make_organisation(name_fr="Club de Sport", sectors=["sport"], areas=["tanger-medina"])
    Organisation.objects.filter(pk=other.pk).update(updated_at=timezone.now() - datetime.timedelta(days=30))

    def names(**params):
        return [o["name"] for o in client.get("/api/v1/hsds/organizations", params).json()["contents"]]

    education = public_id("sector", Sector.objects.get(slug="education").pk)
    tanger = public_id("area", Area.objects.get(slug="tanger").pk)
    assert names(taxonomy_term_id=education) == ["Association Al Amal"]
    assert sorted(names(taxonomy_term_id=tanger)) == ["Association Al Amal", "Club de Sport"]
    assert names(search="sport") == ["Club de Sport"]
    assert names(organization_id=public_id("organization", other.pk)) == ["Club de Sport"]
    assert names(modified_after=(timezone.now() - datetime.timedelta(days=1)).date().isoformat()) == [
        "Association Al Amal"
    ]
    assert client.get("/api/v1/hsds/organizations", {"modified_after": "last tuesday"}).status_code == 400
    services = client.get(
        "/api/v1/hsds/services", {"organization_id": public_id("organization", other.pk)}
    ).json()
    assert [s["organization_id"] for s in services["contents"]] == [public_id("organization", other.pk)]


@pytest.mark.parametrize(
    "status", [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.ARCHIVED]
)
def test_unpublished_organisations_are_nowhere_in_the_api(client, make_organisation, status):
    hidden = make_organisation(name_fr="Cachée", sectors=["education"], status=status)
    org_id = public_id("organization", hidden.pk)
    assert client.get(f"/api/v1/hsds/organizations/{org_id}").status_code == 404
    assert (
        client.get(
            f"/api/v1/hsds/services/{public_id('service', hidden.pk, hidden.sectors.get().pk)}"
        ).status_code
        == 404
    )
    for url in ("/api/v1/hsds/organizations", "/api/v1/hsds/services"):
        assert client.get(url).json()["total_items"] == 0


def test_unknown_and_malformed_ids_are_404(client, db):
    for url in (
        "/api/v1/hsds/organizations/not-a-uuid",
        f"/api/v1/hsds/organizations/{public_id('sector', 1)}",
        "/api/v1/hsds/services/00000000-0000-0000-0000-000000000000",
        "/api/v1/hsds/taxonomy_terms/zzz",
        "/api/v1/hsds/taxonomies/zzz",
    ):
        assert client.get(url).status_code == 404, url


def test_responses_can_be_revalidated_with_etag_and_last_modified(client, al_amal):
    url = f"/api/v1/hsds/organizations/{public_id('organization', al_amal.pk)}"
    first = client.get(url)
    assert first["Access-Control-Allow-Origin"] == "*"
    assert "public" in first["Cache-Control"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    Organisation.objects.filter(pk=al_amal.pk).update(
        name_fr="Nouveau nom", updated_at=timezone.now() + datetime.timedelta(seconds=5)
    )
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
    listing = client.get("/api/v1/hsds/organizations")
    assert client.get("/api/v1/hsds/organizations", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304


def test_a_client_over_its_rate_is_told_when_to_come_back(client, db, monkeypatch):
    monkeypatch.setattr(PublicRateThrottle, "THROTTLE_RATES", {"public_api": "3/minute"})
    statuses = [client.get("/api/v1/hsds/taxonomies").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert int(client.get("/api/v1/hsds/taxonomies")["Retry-After"]) > 0
    other_client = client.get("/api/v1/hsds/taxonomies", REMOTE_ADDR="10.9.8.7")
    assert other_client.status_code == 200


def test_a_logged_in_member_sees_the_same_public_data(client, al_amal, owner, make_organisation):
    make_organisation(name_fr="Brouillon du membre", status=ModerationStatus.DRAFT)
    client.force_login(owner)
    assert client.get("/api/v1/hsds/organizations").json()["total_items"] == 1


def test_list_query_count_does_not_grow_with_the_page(client, make_organisation, django_assert_num_queries):
    for n in range(30):
        make_organisation(
            name_fr=f"Org {n}",
            sectors=["education", "health"],
            target_groups=["children"],
            areas=["bni-makada"],
            languages=["ar"],
        )
    client.get("/api/v1/hsds/taxonomies")  # the client's rate-limit counter exists from now on
    # The rate limit reads its counter, then rewrites it (a count of the cache for culling, and a read and an update
    # in a savepoint: 6 on the database cache); then the total (the maintained count of public organisations, and
    # the closed ones counted) and the page: an organization shows none of its links, so nothing is prefetched.
    for per_page in (5, 30):
        with django_assert_num_queries(9):
            client.get(f"/api/v1/hsds/organizations?per_page={per_page}")
    # Services page on the sector links: the total (the maintained sector counts, and the closed organisations'
    # sectors counted), the page of links with their sectors, the page's organisations, then for target groups,
    # areas and languages the links and the terms linked (two each).
    for per_page in (5, 60):
        with django_assert_num_queries(16):
            client.get(f"/api/v1/hsds/services?per_page={per_page}")


def test_totals_count_closed_organisations_and_their_services_but_no_hidden_one(
    client, al_amal, make_organisation
):
    closed = make_organisation(name_fr="Fermée", sectors=["health"])
    closed.closed_on = timezone.localdate() - datetime.timedelta(days=3)
    closed.save(update_fields=["closed_on"])
    make_organisation(name_fr="En attente", sectors=["health"], status=ModerationStatus.PENDING)
    make_organisation(name_fr="Sans secteur")
    assert client.get("/api/v1/hsds/organizations").json()["total_items"] == 3
    assert len(walk(client, "/api/v1/hsds/organizations", per_page=1)) == 3
    assert client.get("/api/v1/hsds/services").json()["total_items"] == 3
    assert len(walk(client, "/api/v1/hsds/services", per_page=1)) == 3
    # Filtered lists are counted as they are filtered.
    assert client.get("/api/v1/hsds/organizations", {"search": "Fermée"}).json()["total_items"] == 1
    assert client.get("/api/v1/hsds/services", {"search": "Fermée"}).json()["total_items"] == 1
    education = public_id("sector", Sector.objects.get(slug="education").pk)
    assert (
        client.get("/api/v1/hsds/organizations", {"taxonomy_term_id": education}).json()["total_items"] == 1
    )


def test_the_crawler_for_large_databases_pages_and_validates_every_object(al_amal, make_organisation, capsys):
    make_organisation(name_fr="Org 2", sectors=["education"])
    make_organisation(name_fr="En attente", status=ModerationStatus.PENDING)
    crawl_hsds.main()
    assert "2 organisations and 3 services (2 organisations with services) paged, unique and valid" in (
        capsys.readouterr().out
    )
