from directory.moderation import ModerationStatus
from tests.opportunity_helpers import days, make_opportunity


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


def test_home_query_count_is_pinned(make_organisation, assert_page_queries):
    for _ in range(11):
        make_organisation(sectors=["health", "sport"], areas=["assilah"])
    # Published count, sectors, closing soon, newest organisations and their sectors, upcoming projects, about
    # pages; no cache.
    assert_page_queries("/fr/", cold=7, warm=7)


def test_home_closing_soon_lists_the_next_open_deadlines_first(client, make_organisation):
    organisation = make_organisation()
    hidden = make_organisation(status=ModerationStatus.PENDING)
    for n in (9, 3, 7, 1, 5):
        make_opportunity(organisation=organisation, title_fr=f"Échéance J+{n}", deadline=days(n))
    make_opportunity(title_fr="Passé", deadline=days(-1))
    make_opportunity(title_fr="Fermé tôt", deadline=days(2), closed_at=days(-1))
    make_opportunity(title_fr="Sans échéance")
    make_opportunity(title_fr="En attente", deadline=days(1), status=ModerationStatus.PENDING)
    make_opportunity(organisation=hidden, title_fr="Association cachée", deadline=days(1))
    response = client.get("/fr/")
    titles = [o.title_fr for o in response.context["closing_soon"]]
    assert titles == ["Échéance J+1", "Échéance J+3", "Échéance J+5", "Échéance J+7"]
    html = response.content.decode()
    assert "Échéance J+1" in html
    assert "Fermé tôt" not in html
    assert "/fr/opportunities/" in html


def test_home_query_count_is_pinned_with_opportunities(make_organisation, assert_page_queries):
    for n in range(1, 8):
        make_opportunity(organisation=make_organisation(), deadline=days(n))
        make_opportunity(deadline=days(n))
    # The same seven: the opportunities closing soonest are one query however many there are.
    assert_page_queries("/fr/", cold=7, warm=7)
