def test_home_redirects_to_french_without_accept_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_published_organisation_is_listed(client, make_organisation):
    make_organisation(name_fr="École Tanger")
    response = client.get("/fr/organisations/?q=ecole")
    assert response.status_code == 200
    assert "École Tanger" in response.content.decode()
