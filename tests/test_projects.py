"""The founders' projects: the list filterable by status, the detail page with its partners and its language,
and where the next upcoming ones show (home page, about pages)."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from directory.models import Area
from directory.moderation import ModerationStatus
from news.models import Project
from tests.news_helpers import make_project

LIST = "/fr/projects/"
UPCOMING, RUNNING, DONE = Project.Stage.UPCOMING, Project.Stage.RUNNING, Project.Stage.DONE


def in_days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def titles(response):
    return [p.title_fr or p.title_en or p.title_ar for p in response.context["projects"]]


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {item["option"].slug: item["count"] for item in found["items"]}


@pytest.fixture
def board(taxonomies):
    make_project(title_fr="Terminé", stage=DONE, start_date=in_days(-90), end_date=in_days(-30))
    make_project(title_fr="Bientôt", stage=UPCOMING, start_date=in_days(10))
    make_project(title_fr="En cours", stage=RUNNING, start_date=in_days(-20), sectors=["education"])
    make_project(title_fr="Plus tard", stage=UPCOMING, start_date=in_days(40))
    make_project(title_fr="Sans date", stage=UPCOMING)


def test_list_shows_upcoming_soonest_first_then_running_then_done(client, board):
    assert titles(client.get(LIST)) == ["Bientôt", "Plus tard", "Sans date", "En cours", "Terminé"]


@pytest.mark.parametrize(
    "status",
    [ModerationStatus.PENDING, ModerationStatus.REJECTED, ModerationStatus.DRAFT, ModerationStatus.ARCHIVED],
)
def test_unpublished_projects_are_not_listed_and_their_page_is_a_404(client, taxonomies, status):
    make_project(title_fr="Public")
    hidden = make_project(title_fr="Caché", status=status)
    assert titles(client.get(LIST)) == ["Public"]
    assert client.get(f"/fr/projects/{hidden.slug}/").status_code == 404


def test_filters_by_status_without_javascript(client, board):
    assert titles(client.get(LIST, {"stage": "running"})) == ["En cours"]
    assert titles(client.get(LIST, {"stage": ["running", "done"]})) == ["En cours", "Terminé"]
    html = client.get(LIST, {"stage": "done"}).content.decode()
    # A plain form of checkboxes, and a chip that removes the filter with a link.
    assert 'type="checkbox" name="stage" value="done"' in html
    assert '<ul class="chips"' in html and '<a href="?" class="chip-remove"' in html


def test_status_facet_counts_each_status(client, board):
    assert facet(client.get(LIST), "stage") == {"upcoming": 3, "running": 1, "done": 1}
    assert facet(client.get(LIST, {"sector": "education"}), "stage") == {"running": 1}


def test_bad_status_value_does_not_cancel_the_other_filters(client, board):
    response = client.get(LIST, {"stage": "someday", "sector": "education"})
    assert response.status_code == 200
    assert titles(response) == ["En cours"]


def test_list_is_paginated(client, taxonomies, settings):
    for n in range(settings.DIRECTORY_PAGE_SIZE + 2):
        make_project(title_fr=f"P{n:02d}", start_date=in_days(n + 1))
    first = client.get(LIST)
    assert len(first.context["projects"]) == settings.DIRECTORY_PAGE_SIZE
    assert len(client.get(LIST, {"page": 2}).context["projects"]) == 2


def test_empty_list_says_so(client, taxonomies):
    assert "No project matches these filters yet." in client.get("/en/projects/").content.decode()


@pytest.mark.parametrize(
    "query, cold, warm",
    [
        # Warm: count, the cached facet counts (version, counts), the page, about pages.
        # Cold: counting the facets (the statuses; the sectors' options and counts) and caching the version
        # and the counts (5 each in a test).
        ({}, 18, 5),
        # The chosen sector is looked up (1).
        ({"stage": "upcoming", "sector": "education"}, 19, 6),
    ],
)
def test_list_query_count_is_pinned(taxonomies, assert_page_queries, settings, query, cold, warm):
    area = Area.objects.get(slug="bni-makada")
    for n in range(settings.DIRECTORY_PAGE_SIZE + 7):
        make_project(sectors=["education", "culture"], area=area, start_date=in_days(n), summary_fr="Résumé")
    assert_page_queries(LIST, query, cold=cold, warm=warm)


# The detail page.


@pytest.fixture
def partners(make_organisation):
    return {
        "public": make_organisation(name_fr="Association Publique"),
        "pending": make_organisation(name_fr="Association En Attente", status=ModerationStatus.PENDING),
        "closed": make_organisation(name_fr="Association Fermée", closed_on=in_days(-3)),
    }


def test_detail_names_only_public_partners(client, partners):
    project = make_project(title_fr="Avec partenaires", partners=list(partners.values()))
    html = client.get(f"/fr/projects/{project.slug}/").content.decode()
    assert "Association Publique" in html
    assert partners["public"].get_absolute_url() in html
    assert "Association En Attente" not in html
    assert "Association Fermée" not in html


def test_detail_shows_the_text_dates_status_and_sectors(client, taxonomies):
    project = make_project(
        title_fr="Coins lecture",
        summary_fr="Cinq bibliothèques.",
        body_fr="Des livres **en trois langues**.\n\n<script>alert(1)</script>",
        stage=RUNNING,
        start_date=datetime.date(2026, 3, 1),
        end_date=datetime.date(2026, 9, 30),
        sectors=["education"],
    )
    html = client.get(f"/fr/projects/{project.slug}/").content.decode()
    assert "<strong>en trois langues</strong>" in html and "<script>alert" not in html
    assert '<time datetime="2026-03-01">' in html and '<time datetime="2026-09-30">' in html
    assert "En cours" in html
    assert 'href="/fr/projects/?sector=education"' in html


def test_detail_in_another_language_says_so_and_carries_its_direction(client, taxonomies):
    project = make_project(title_ar="أركان القراءة", summary_ar="خمس مكتبات صغيرة.")
    html = client.get(f"/nl/projects/{project.slug}/").content.decode()
    assert '<h1 lang="ar" dir="rtl">أركان القراءة</h1>' in html
    assert "Hier is het in het Arabisch." in html
    arabic = client.get(f"/ar/projects/{project.slug}/").content.decode()
    assert 'role="note"' not in arabic


def test_card_of_a_project_in_another_language_names_its_language(client, taxonomies):
    make_project(title_fr="Seulement en français")
    html = client.get("/en/projects/").content.decode()
    assert 'lang="fr" dir="ltr">Seulement en français</a>' in html
    assert "in French" in html


def test_detail_describes_the_project_as_json_ld(client, partners):
    project = make_project(
        title_fr="Cartographie",
        summary_fr="Des visites.",
        stage=DONE,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 6, 30),
        partners=list(partners.values()),
    )
    html = client.get(f"/fr/projects/{project.slug}/").content.decode()
    data, trail = [
        json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]
    assert data["@type"] == "Project"
    assert data["name"] == "Cartographie"
    assert data["dissolutionDate"] == "2025-06-30"
    assert [m["name"] for m in data["member"]] == ["Association Publique"]
    assert trail["itemListElement"][1]["item"] == "http://testserver/fr/projects/"


def test_detail_query_count_is_pinned(make_organisation, assert_page_queries):
    organisations = [make_organisation() for _ in range(6)]
    project = make_project(
        sectors=["education", "culture"], partners=organisations, area=Area.objects.get(slug="tanger")
    )
    # The project with its area, its sectors, its public partners, about pages. Nothing is cached.
    assert_page_queries(f"/fr/projects/{project.slug}/", cold=4, warm=4)


def test_a_slug_that_is_no_project_is_a_404(client, db):
    assert client.get("/fr/projects/no-such-project/").status_code == 404


# Where the next upcoming projects show.


@pytest.fixture
def upcoming(taxonomies):
    for n, title in enumerate(["Un", "Deux", "Trois", "Quatre"], start=1):
        make_project(title_fr=f"À venir {title}", start_date=in_days(n * 10))
    make_project(title_fr="Déjà en cours", stage=RUNNING)
    make_project(title_fr="À venir caché", start_date=in_days(1), status=ModerationStatus.PENDING)


def test_home_shows_the_next_three_upcoming_projects(client, upcoming):
    response = client.get("/fr/")
    assert [p.title_fr for p in response.context["upcoming_projects"]] == [
        "À venir Un",
        "À venir Deux",
        "À venir Trois",
    ]
    html = response.content.decode()
    assert "Déjà en cours" not in html and "À venir caché" not in html
    assert 'href="/fr/projects/"' in html


def test_about_pages_show_the_next_upcoming_projects(client, upcoming):
    html = client.get("/fr/about/vision/").content.decode()
    assert "À venir Un" in html and "À venir Quatre" not in html
    assert "Déjà en cours" not in html and "À venir caché" not in html


def test_about_page_query_count_is_pinned(upcoming, assert_page_queries):
    # The page, the upcoming projects (with their areas), about pages for the footer.
    assert_page_queries("/fr/about/vision/", cold=3, warm=3)


def test_no_upcoming_block_without_upcoming_projects(client, taxonomies):
    make_project(title_fr="Fini", stage=DONE)
    assert 'id="upcoming-projects"' not in client.get("/fr/").content.decode()


def test_end_before_start_is_refused(taxonomies):
    with pytest.raises(ValidationError):
        make_project(start_date=in_days(10), end_date=in_days(1))
