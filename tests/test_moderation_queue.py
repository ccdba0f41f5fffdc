"""What moderators see waiting for them, the revision comparison, the owner filter, and a light dashboard."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import override

from directory.models import Sector
from directory.moderation import ModerationStatus
from directory.moderation.group import MODERATOR_PERMISSIONS
from directory.moderation.models import ModerationDecision, Revision
from organisations.models import Claim, Membership, Organisation

PENDING = ModerationStatus.PENDING


def join(organisation, user, role=Membership.Role.OWNER):
    return Membership.objects.create(organisation=organisation, user=user, role=role)


def propose(organisation, author=None, **data):
    return Revision.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=organisation.pk,
        author=author,
        data=data,
    )


def queue_rows(html):
    """{changelist link: count} from the moderation queue on the admin index."""
    queue = html.split('id="moderation-queue"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<a href="([^"]+)">[^<]*</a></th><td>[^<\d]*(\d+)', queue)
    return {link.replace("&amp;", "&"): int(count) for link, count in rows}


@pytest.fixture
def waiting(make_organisation, citizen, django_user_model):
    """Three organisations, two revisions and one claim waiting; others already decided."""
    for _ in range(3):
        make_organisation(status=PENDING)
    make_organisation(status=ModerationStatus.REJECTED)
    published = [make_organisation() for _ in range(3)]
    propose(published[0], name_fr="Nouveau nom")
    propose(published[1], city="Tétouan")
    Revision.objects.filter(pk=propose(published[2], city="Asilah").pk).update(
        status=ModerationStatus.PUBLISHED
    )
    Claim.objects.create(organisation=published[0], user=citizen, message="C'est moi.")
    someone = django_user_model.objects.create_user(email="someone@example.org")
    Claim.objects.create(
        organisation=published[1], user=someone, message="Moi aussi.", status=ModerationStatus.REJECTED
    )


def test_moderators_have_every_permission_the_queue_needs():
    for needed in (
        "organisations.moderate_organisation",
        "organisations.moderate_claim",
        "directory.moderate_revision",
        "organisations.view_claim",
        "directory.view_revision",
    ):
        assert needed in MODERATOR_PERMISSIONS


def test_admin_index_shows_moderators_what_waits_with_links_to_the_filtered_lists(client, moderator, waiting):
    client.force_login(moderator)

    rows = queue_rows(client.get("/admin/").content.decode())

    expected = {
        "/admin/organisations/organisation/?status__exact=pending": 3,
        "/admin/directory/revision/?status__exact=pending": 2,
        "/admin/organisations/claim/?status__exact=pending": 1,
    }
    # Other moderated kinds (opportunities, say) may be listed too; these three must be.
    assert {link: rows.get(link) for link in expected} == expected
    for link, count in expected.items():
        changelist = client.get(link)
        assert changelist.status_code == 200
        assert len(changelist.context["cl"].result_list) == count
        assert {obj.status for obj in changelist.context["cl"].result_list} == {PENDING}


def test_staff_who_are_not_moderators_see_no_queue(client, staff_non_moderator, waiting):
    client.force_login(staff_non_moderator)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert 'id="moderation-queue"' not in response.content.decode()


def test_revision_page_compares_every_changed_field_in_every_language(client, moderator, make_organisation):
    organisation = make_organisation(
        name_fr="Association Al Amal", name_ar="جمعية الأمل", description_nl="Oude beschrijving"
    )
    revision = propose(
        organisation,
        name_ar="جمعية الأمل للطفولة",
        description_nl="Nieuwe beschrijving",
        name_fr="Association Al Amal",  # unchanged: not listed
    )
    client.force_login(moderator)

    response = client.get(f"/admin/directory/revision/{revision.pk}/change/")

    assert response.status_code == 200
    rows = re.findall(
        r'<tr><th scope="row">(.*?)</th><td><del>(.*?)</del></td><td><ins>(.*?)</ins></td></tr>',
        response.content.decode(),
    )
    with override("fr"):  # the admin's language here
        name_ar, description_nl = [
            escape(str(Organisation._meta.get_field(name).verbose_name))
            for name in ("name_ar", "description_nl")
        ]
    assert "[ar]" in name_ar
    assert "[nl]" in description_nl
    assert sorted(rows) == sorted(
        [
            (name_ar, "جمعية الأمل", "جمعية الأمل للطفولة"),
            (description_nl, "Oude beschrijving", "Nieuwe beschrijving"),
        ]
    )


def test_revision_diff_names_the_related_terms_rather_than_their_ids(client, moderator, make_organisation):
    organisation = make_organisation(sectors=["education"])
    health = Sector.objects.exclude(slug="education").first()
    revision = propose(organisation, sectors=[health.pk])
    client.force_login(moderator)

    html = client.get(f"/admin/directory/revision/{revision.pk}/change/").content.decode()

    with override("fr"):
        assert f"<ins>{escape(str(health))}</ins>" in html


def test_organisations_can_be_filtered_by_missing_or_departed_owner(
    client, moderator, make_organisation, owner, citizen
):
    owned = make_organisation()
    join(owned, owner)
    edited_only = make_organisation()
    join(edited_only, citizen, Membership.Role.EDITOR)
    nobody = make_organisation()
    departed = make_organisation(orphaned_at=timezone.now())
    client.force_login(moderator)

    def listed(**params):
        response = client.get("/admin/organisations/organisation/", params)
        assert response.status_code == 200
        return set(response.context["cl"].result_list)

    assert listed(owner="none") == {edited_only, nobody, departed}
    assert listed(owner="left") == {departed}
    assert listed() == {owned, edited_only, nobody, departed}


def test_a_departed_owners_organisation_leaves_the_filter_once_someone_owns_it_again(
    client, moderator, make_organisation, owner
):
    departed = make_organisation(orphaned_at=timezone.now())
    still_orphaned = make_organisation(orphaned_at=timezone.now())
    # A moderator gives it a new owner through the membership inline, not through a claim.
    join(departed, owner)
    client.force_login(moderator)

    response = client.get("/admin/organisations/organisation/", {"owner": "left"})

    assert list(response.context["cl"].result_list) == [still_orphaned]


def test_dashboard_queries_do_not_grow_with_the_number_of_organisations(
    client, owner, make_organisation, django_assert_num_queries
):
    def add(count):
        # Every kind of row the page draws: published, pending with a proposal, rejected with a reason.
        for n in range(count):
            status = [ModerationStatus.PUBLISHED, PENDING, ModerationStatus.REJECTED][n % 3]
            organisation = make_organisation(status=status, last_confirmed=timezone.localdate())
            join(organisation, owner, [Membership.Role.OWNER, Membership.Role.EDITOR][n % 2])
            if status == ModerationStatus.PUBLISHED:
                propose(organisation, author=owner, city="Tétouan")
            if status == ModerationStatus.REJECTED:
                ModerationDecision.objects.create(
                    content_type=ContentType.objects.get_for_model(Organisation),
                    object_id=organisation.pk,
                    from_status=PENDING,
                    to_status=status,
                    reason=f"Raison {n}",
                )
            Claim.objects.create(organisation=make_organisation(), user=owner, message="C'est moi.")

    client.force_login(owner)
    add(2)
    with CaptureQueriesContext(connection) as two:
        response = client.get("/fr/dashboard/")
    assert len(response.context["rows"]) == 2

    add(6)
    with django_assert_num_queries(len(two)):
        response = client.get("/fr/dashboard/")

    assert len(response.context["rows"]) == 8
    assert "Raison 2" in response.content.decode()


@pytest.mark.parametrize("changelist", ["/admin/directory/revision/", "/admin/organisations/claim/"])
def test_queue_lists_do_not_query_per_row(
    client, moderator, make_organisation, django_user_model, changelist
):
    def add(count):
        for _ in range(count):
            organisation = make_organisation()
            user = django_user_model.objects.create_user(email=f"u{organisation.pk}@example.org")
            propose(organisation, author=user, city="Tétouan")
            Claim.objects.create(organisation=organisation, user=user, message="C'est moi.")

    client.force_login(moderator)
    add(2)
    with CaptureQueriesContext(connection) as two:
        client.get(changelist, {"status__exact": PENDING})

    add(6)
    with CaptureQueriesContext(connection) as eight:
        response = client.get(changelist, {"status__exact": PENDING})

    assert len(response.context["cl"].result_list) == 8
    assert len(eight) == len(two)
