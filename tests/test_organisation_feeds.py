"""RSS and Atom feeds of new and updated organisations, filterable like the list."""

import xml.etree.ElementTree as ET

import pytest

from directory.moderation import ModerationStatus


def test_rss_lists_published_organisations_matching_the_filters(client, make_organisation):
    make_organisation(name_fr="Santé Pour Tous", sectors=["health"])
    make_organisation(name_fr="École Ouverte", sectors=["education"])
    make_organisation(name_fr="En Attente", sectors=["health"], status=ModerationStatus.PENDING)
    response = client.get("/fr/organisations/feed/rss/?sector=health")
    assert response.status_code == 200
    titles = [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]
    assert titles == ["Santé Pour Tous"]


def test_atom_feed_names_itself_with_its_filters(client, make_organisation):
    make_organisation(name_fr="Santé Pour Tous", sectors=["health"])
    root = ET.fromstring(client.get("/fr/organisations/feed/atom/?sector=health").content)
    self_link = next(
        link for link in root.iter("{http://www.w3.org/2005/Atom}link") if link.get("rel") == "self"
    )
    assert self_link.get("href").endswith("/fr/organisations/feed/atom/?sector=health")


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">'])
def test_descriptions_reach_feed_readers_as_text_not_markup(client, make_organisation, payload):
    make_organisation(name_fr="Visible", description_fr=payload)
    item = next(ET.fromstring(client.get("/fr/organisations/feed/rss/").content).iter("item"))
    # The reader unescapes the XML once and renders HTML: what it gets must be escaped text.
    assert "<script" not in item.findtext("description")
    assert "<img" not in item.findtext("description")
