from directory.moderation import ModerationStatus


def test_home_counts_published_organisations_by_sector(client, make_organisation):
    make_organisation(sectors=["health", "education"])
    make_organisation(sectors=["health"])
    make_organisation(sectors=["health"], status=ModerationStatus.PENDING)
    response = client.get("/fr/")
    counts = {s.slug: s.organisation_count for s in response.context["sectors"]}
    assert counts["health"] == 2
    assert counts["education"] == 1
    assert counts["sport"] == 0
    assert response.context["organisation_total"] == 2


def test_home_shows_a_search_box_posting_to_the_list(client, db):
    html = client.get("/fr/").content.decode()
    assert 'action="/fr/organisations/"' in html
    assert 'name="q"' in html


def test_home_lists_newest_published_first(client, make_organisation):
    from django.utils import timezone

    older = make_organisation(name_fr="Ancienne", published_at=timezone.now() - timezone.timedelta(days=30))
    newer = make_organisation(name_fr="Nouvelle", published_at=timezone.now())
    make_organisation(name_fr="En attente", status=ModerationStatus.PENDING)
    newest = list(client.get("/fr/").context["newest"])
    assert newest == [newer, older]


def test_home_query_count_is_constant(client, make_organisation, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_organisation(sectors=["health"])
    with CaptureQueriesContext(connection) as baseline:
        client.get("/fr/")
    for _ in range(10):
        make_organisation(sectors=["health", "sport"], areas=["assilah"])
    with django_assert_num_queries(len(baseline)):
        client.get("/fr/")
