"""Members' forms ask for the text in the language the person writes in; the other languages are optional."""

import pytest
from django.utils import translation

from organisations.models import Membership, Organisation

REGISTER = "/{language}/dashboard/organisations/new/"


def errors(response, name):
    return [str(e) for e in response.context["form"].errors.get(name, [])]


@pytest.fixture
def member(client, owner):
    client.force_login(owner)
    return owner


def test_a_missing_name_is_reported_on_the_language_the_person_writes_in(client, member, taxonomies):
    response = client.post(REGISTER.format(language="ar"), {"description_ar": "نشاط"})
    assert response.status_code == 200
    assert errors(response, "name_ar")
    assert not errors(response, "name_fr")  # French is not compulsory
    page = response.content.decode()
    # The summary at the top links to the field that needs the name.
    assert 'id="error-summary"' in page and 'href="#id_name_ar"' in page
    assert not Organisation.objects.exists()


def test_a_name_in_one_language_is_enough(client, member, taxonomies):
    response = client.post(REGISTER.format(language="ar"), {"written_in": "ar", "name_ar": "جمعية النور"})
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.name_ar == "جمعية النور"
    assert organisation.name_fr in (None, "")


def test_writing_in_another_language_than_the_interface_makes_that_one_required(client, member, taxonomies):
    form = client.get(REGISTER.format(language="ar"), {"written_in": "nl"}).context["form"]
    assert form.fields["name_nl"].required
    assert not form.fields["name_ar"].required
    # A name only in Arabic does not do when the person said they write in Dutch.
    response = client.post(REGISTER.format(language="ar"), {"written_in": "nl", "name_ar": "جمعية"})
    assert errors(response, "name_nl") and not errors(response, "name_ar")


def test_the_other_languages_are_folded_until_they_hold_text(client, member, taxonomies):
    empty = client.get(REGISTER.format(language="fr")).content.decode()
    assert '<details class="translations fold" id="translations">' in empty
    response = client.post(REGISTER.format(language="fr"), {"written_in": "fr", "name_ar": "جمعية"})
    assert '<details class="translations fold" id="translations" open>' in response.content.decode()


def test_a_profile_written_in_french_is_edited_in_french_from_the_arabic_interface(
    client, owner, published_organisation_with_owner
):
    client.force_login(owner)
    organisation = published_organisation_with_owner
    organisation.name_ar = ""
    organisation.save()
    form = client.get(f"/ar/dashboard/organisations/{organisation.slug}/").context["form"]
    assert form.language_code == "fr"


def test_someone_else_cannot_open_the_edit_form(client, other_owner, published_organisation_with_owner):
    client.force_login(other_owner)
    slug = published_organisation_with_owner.slug
    assert client.get(f"/ar/dashboard/organisations/{slug}/").status_code == 404


def test_the_partner_search_form_asks_the_title_in_the_language_written_in(
    client, owner, published_organisation_with_owner
):
    client.force_login(owner)
    url = f"/fr/dashboard/cooperation/{published_organisation_with_owner.slug}/partner-searches/new/"
    response = client.post(url, {"written_in": "es", "title_fr": "Partenaires"})
    assert response.status_code == 200
    assert errors(response, "title_es") and not errors(response, "title_fr")
    with translation.override("fr"):
        assert errors(response, "title_es") == [
            translation.gettext("Give this in the language you write in.")
        ]
    assert Membership.objects.filter(user=owner).count() == 1
