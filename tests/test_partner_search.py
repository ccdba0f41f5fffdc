import pytest
from django import forms
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from directory.models import Area, Sector
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from organisations.models import Membership, PartnerSearch, PartnerSearchMessage

ORG_EMAIL = "contact@bahr.ma"
COOPERATION = "/fr/cooperation/"
VISITOR = {
    "name": "Anouk de Vries",
    "organisation_name": "Stichting Zee, Rotterdam",
    "email": "anouk@example.nl",
    "message": "Wij zoeken ook een partner voor strandschoonmaak.",
}


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_user(email="editor@bahr.ma", password="x" * 12)


@pytest.fixture
def organisation(make_organisation, owner, editor):
    organisation = make_organisation(name_fr="Association Bahr", email=ORG_EMAIL, phone="+212 539 44 55 66")
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    Membership.objects.create(organisation=organisation, user=editor, role=Membership.Role.EDITOR)
    return organisation


@pytest.fixture
def stranger(make_organisation, other_owner):
    organisation = make_organisation(name_fr="Association Voisine")
    Membership.objects.create(organisation=organisation, user=other_owner, role=Membership.Role.OWNER)
    return other_owner


def dashboard(organisation):
    return f"/fr/dashboard/cooperation/{organisation.slug}/"


def new_search_data(**changes):
    return {
        "title_fr": "Partenaires pour le nettoyage des plages",
        "description_fr": "Nous cherchons une association néerlandaise ou belge.",
        "sectors": [str(Sector.objects.get(slug="environment").pk)],
        "countries": [str(Area.objects.get(slug=slug).pk) for slug in ("netherlands", "belgium")],
        **changes,
    }


def form_data(client, url, **changes):
    """What the form at ``url`` would post: its initial values, with some changed."""
    form = client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(value, list):
            data[name] = [str(v) for v in value]
        elif value not in (None, "") and not isinstance(field.widget, forms.CheckboxInput):
            data[name] = field.widget.format_value(value)
    data.update(changes)
    return data


@pytest.fixture
def published(organisation, moderator):
    search = PartnerSearch.objects.create(
        organisation=organisation, title_fr="Partenaires pour la plage", description_fr="Une semaine en mai."
    )
    search.sectors.set(Sector.objects.filter(slug="environment"))
    moderation_decide(obj=search, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    return search


def test_a_new_notice_waits_for_a_moderator_then_shows(client, organisation, editor, moderator):
    client.force_login(editor)
    response = client.post(f"{dashboard(organisation)}partner-searches/new/", new_search_data())
    assert response.status_code == 302
    search = PartnerSearch.objects.get()
    assert (search.organisation, search.status) == (organisation, ModerationStatus.PENDING)
    assert sorted(search.countries.values_list("code", flat=True)) == ["BE", "NL"]
    assert "Partenaires pour le nettoyage" in client.get(dashboard(organisation)).content.decode()
    client.logout()
    assert "Partenaires pour le nettoyage" not in client.get(COOPERATION).content.decode()
    assert client.get(search.get_absolute_url()).status_code == 404

    moderation_decide(obj=search, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert "Partenaires pour le nettoyage" in client.get(COOPERATION).content.decode()
    html = client.get(search.get_absolute_url()).content.decode()
    assert "Nous cherchons une association néerlandaise ou belge." in html
    assert "Pays-Bas" in html and "Belgique" in html


def test_a_notice_needs_a_title(client, organisation, owner):
    client.force_login(owner)
    response = client.post(f"{dashboard(organisation)}partner-searches/new/", new_search_data(title_fr=""))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not PartnerSearch.objects.exists()


def test_editing_a_published_notice_waits_for_a_moderator(client, published, owner, moderator):
    client.force_login(owner)
    url = f"{dashboard(published.organisation)}partner-searches/{published.pk}/"
    response = client.post(url, form_data(client, url, title_fr="Partenaires pour la plage et le port"))
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.title_fr == "Partenaires pour la plage"
    assert "Partenaires pour la plage et le port" not in client.get(COOPERATION).content.decode()
    revision = Revision.objects.pending().get()
    moderation_decide(obj=revision, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    assert "Partenaires pour la plage et le port" in client.get(COOPERATION).content.decode()


def test_closing_a_notice_takes_it_off_the_public_pages(client, published, editor):
    client.force_login(editor)
    client.post(f"{dashboard(published.organisation)}partner-searches/{published.pk}/close/")
    published.refresh_from_db()
    assert published.status == ModerationStatus.ARCHIVED
    assert client.get(published.get_absolute_url()).status_code == 404


def test_another_organisations_members_cannot_touch_a_notice(client, published, stranger):
    client.force_login(stranger)
    base = f"{dashboard(published.organisation)}partner-searches/"
    assert client.get(f"{base}new/").status_code == 404
    assert client.get(f"{base}{published.pk}/").status_code == 404
    assert client.post(f"{base}{published.pk}/close/").status_code == 404
    assert client.get(f"{base}messages/").status_code == 404
    published.refresh_from_db()
    assert published.status == ModerationStatus.PUBLISHED


def send(client, search, data=VISITOR, **extra):
    return client.post(search.get_absolute_url(), data, **extra)


def test_relay_mails_the_organisation_and_its_owners_with_reply_to_the_visitor(
    client, published, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, published)
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == [ORG_EMAIL, "owner@example.org"]  # not the editor
    for mail in mailoutbox:
        assert mail.message()["Reply-To"] == "anouk@example.nl"
        assert "Wij zoeken ook een partner" in mail.body
        assert "Stichting Zee, Rotterdam" in mail.body
    stored = PartnerSearchMessage.objects.get()
    assert (stored.partner_search, stored.email) == (published, "anouk@example.nl")


def test_the_organisations_address_never_reaches_the_visitor(
    client, published, django_capture_on_commit_callbacks
):
    pages = [client.get(published.get_absolute_url()), client.get(COOPERATION)]
    with django_capture_on_commit_callbacks(execute=True):
        pages.append(send(client, published, follow=True))
    pages.append(send(client, published, {**VISITOR, "email": "not an address"}))
    for response in pages:
        html = response.content.decode()
        assert ORG_EMAIL not in html
        assert "bahr.ma" not in html  # nor the members' addresses
        assert "539 44 55 66" not in html
    assert pages[2].redirect_chain
    assert pages[3].context["form"].errors


def test_members_read_the_answers_on_their_dashboard(client, published, editor):
    send(client, published)
    client.force_login(editor)
    html = client.get(f"{dashboard(published.organisation)}partner-searches/messages/").content.decode()
    assert "Wij zoeken ook een partner" in html
    assert "anouk@example.nl" in html


def test_honeypot_stops_the_message(client, published, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, published, {**VISITOR, "homepage": "http://spam.example"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not PartnerSearchMessage.objects.exists()
    assert mailoutbox == []


def test_a_burst_from_one_address_is_refused(
    client, published, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        codes = [send(client, published, REMOTE_ADDR="198.51.100.7").status_code for _ in range(6)]
        other = send(client, published, REMOTE_ADDR="198.51.100.8")
    assert codes == [302] * 5 + [429]
    assert other.status_code == 302
    assert PartnerSearchMessage.objects.count() == 6
    assert client.get(published.get_absolute_url(), REMOTE_ADDR="198.51.100.7").status_code == 200


def test_a_notice_of_an_unpublished_organisation_is_a_404(client, published):
    published.organisation.status = ModerationStatus.PENDING
    published.organisation.save()
    assert client.get(published.get_absolute_url()).status_code == 404
    assert send(client, published).status_code == 404


def test_moderators_publish_notices_in_the_admin_and_read_the_answers(
    client, organisation, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    search = PartnerSearch.objects.create(organisation=organisation, title_fr="Partenaires pour la plage")
    client.force_login(moderator)
    changelist = "/admin/organisations/partnersearch/"
    assert "Partenaires pour la plage" in client.get(changelist).content.decode()
    assert client.get(f"{changelist}{search.pk}/change/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            changelist, {"action": "publish_selected", "index": 0, ACTION_CHECKBOX_NAME: [search.pk]}
        )
    assert response.status_code == 302
    search.refresh_from_db()
    assert search.status == ModerationStatus.PUBLISHED
    # The owner hears of it, with a link to the public notice.
    assert [m.to for m in mailoutbox] == [["owner@example.org"]]
    assert search.get_absolute_url() in mailoutbox[0].body
    send(client, search)
    assert client.get("/admin/organisations/partnersearchmessage/").status_code == 200
    assert client.get("/admin/organisations/partnership/").status_code == 200
