"""The overview on a few hand-made records: census figures, unpublished records, an offer closing (the seeded random
data set is in tests/test_overview.py)."""

import datetime
import importlib

from django.apps import apps as django_apps
from django.utils import timezone

from directory.models import Area, Population, Sector
from opportunities.models import Opportunity
from tests.overview_helpers import (
    PAGE,
    PREFECTURE,
    PUBLISHED,
    STATUSES,
    french,
    normalised,
    page_tables,
)


def test_the_migration_seeds_the_prefecture_census_figure(db):
    figure = Population.objects.get(area__slug=PREFECTURE, year=2024)
    assert figure.population == 1_494_413
    assert "HCP" in figure.source


def test_the_migration_seeds_tangier_and_its_arrondissements_from_the_2024_census(db):
    figures = dict(
        Population.objects.filter(year=2024, area__parent__slug="tanger").values_list(
            "area__slug", "population"
        )
    )
    assert figures == {
        "bni-makada": 567_465,
        "charf-mghogha": 252_656,
        "charf-souani": 111_772,
        "tanger-medina": 343_535,
    }
    city = Population.objects.get(area__slug="tanger", year=2024)
    # The arrondissements make up the commune exactly, as the census counts them.
    assert city.population == sum(figures.values())
    assert all(
        "(RGPH) 2024" in f.source and f.source_url.startswith("https://www.hcp.ma/")
        for f in Population.objects.filter(year=2024, area__slug__in=[*figures, "tanger"])
    )


def test_overview_cites_the_census_and_says_which_figures_were_not_found(client, taxonomies):
    # As the migration left them (a flushed database has lost them).
    importlib.import_module("directory.migrations.0009_census_2024_tanger").seed(django_apps, None)
    html = client.get("/fr/overview/").content.decode()
    assert "HCP, Recensement général de la population et de l&#x27;habitat (RGPH) 2024" in html
    assert french("figure not found") in html


def test_unpublished_records_never_count(client, taxonomies, make_organisation):
    areas, sectors = ["bni-makada"], ["education"]
    now = timezone.now()
    live = make_organisation(sectors=sectors, areas=areas, published_at=now)
    for status in STATUSES[6:]:
        hidden = make_organisation(sectors=sectors, areas=areas, status=status, published_at=now)
        Opportunity.objects.create(
            title_fr=f"De {status}",
            kind="funding",
            direction="sought",
            organisation=hidden,
            status=PUBLISHED,
            published_at=now,
            deadline=now + datetime.timedelta(days=3),
        ).sectors.set(Sector.objects.filter(slug="education"))
        opportunity = Opportunity.objects.create(
            title_fr=f"Statut {status}",
            kind="funding",
            direction="sought",
            organisation=live,
            status=status,
            published_at=now,
            deadline=now + datetime.timedelta(days=3),
        )
        opportunity.sectors.set(Sector.objects.filter(slug="education"))
        opportunity.areas.set(Area.objects.filter(slug="bni-makada"))
    tables = page_tables(client, {"sector": "education"})
    assert tables["coverage-sectors"]["rows"][0][1:3] == [f"1 {french('few')}", f"0 {french('none')}"]
    assert tables["needs"]["rows"] == tables["deadlines"]["rows"] == []
    local = timezone.localtime(now)
    quarter = french("Q%(quarter)s %(year)s") % {"quarter": (local.month - 1) // 3 + 1, "year": local.year}
    assert normalised(tables["growth"]["rows"]) == normalised([[quarter, 1, 0]])


def test_menu_links_to_the_overview(client, taxonomies):
    html = client.get(PAGE).content.decode()
    assert 'href="/fr/overview/" aria-current="page"' in html


def test_moderators_keep_the_census_figures_up_to_date(client, taxonomies, moderator):
    client.force_login(moderator)
    assert client.get("/admin/directory/population/").status_code == 200
    response = client.post(
        "/admin/directory/population/add/",
        {
            "area": Area.objects.get(slug="assilah").pk,
            "population": 37_000,
            "year": 2024,
            "source": "HCP, RGPH 2024",
            "source_url": "https://www.hcp.ma/",
        },
    )
    assert response.status_code == 302
    rows = {row[0]: row for row in page_tables(client, {})["per-inhabitants"]["rows"]}
    assert rows["Assilah"][2:5] == ["37 000", "2024", "HCP, RGPH 2024"]


def test_a_need_shows_once_the_only_matching_offer_has_closed(client, taxonomies, later):
    now = timezone.now()
    education = Sector.objects.filter(slug="education")
    for direction, deadline in (("sought", None), ("offered", now + datetime.timedelta(days=2))):
        opportunity = Opportunity.objects.create(
            title_fr=f"Financement {direction}",
            kind="funding",
            direction=direction,
            funder_name="Fondation du Détroit",
            status=PUBLISHED,
            published_at=now,
            deadline=deadline,
            currency="EUR",
            amount_max=5_000,
        )
        opportunity.sectors.set(education)
    tables = page_tables(client, {"sector": "education"})
    assert tables["needs"]["rows"] == []
    assert normalised(tables["funding"]["rows"]) == [["Éducation", 1, 0, 5000]]
    later(days=3)
    tables = page_tables(client, {"sector": "education"})
    assert normalised(tables["needs"]["rows"]) == [["Éducation", french("Funding"), 1]]
    assert normalised(tables["funding"]["rows"]) == [["Éducation", 0, 0, 0]]
