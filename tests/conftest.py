import itertools

import pytest
from django.contrib.auth.models import Group

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import ModerationStatus
from directory.moderation.group import MODERATORS_GROUP
from directory.seed import seed_taxonomies
from organisations.models import Organisation

_counter = itertools.count(1)


@pytest.fixture
def taxonomies(db):
    """The seeded taxonomies. Migrations load them, but a transactional test flushes them, so ensure them."""
    seed_taxonomies(Sector, TargetGroup, LegalForm, Language, Area)


@pytest.fixture
def make_organisation(db, taxonomies):
    """Create an organisation; m2m fields take slugs, e.g. ``sectors=["education"]``."""

    def make(
        *, sectors=(), target_groups=(), areas=(), languages=(), legal_form=None, country="morocco", **fields
    ):
        n = next(_counter)
        fields.setdefault("name_fr", f"Association numéro {n}")
        fields.setdefault("status", ModerationStatus.PUBLISHED)
        fields.setdefault("city", "Tanger")
        organisation = Organisation(
            legal_form=LegalForm.objects.get(slug=legal_form) if legal_form else None,
            country=Area.objects.get(slug=country) if country else None,
            **fields,
        )
        organisation.full_clean()
        organisation.save()
        organisation.sectors.set(Sector.objects.filter(slug__in=sectors))
        organisation.target_groups.set(TargetGroup.objects.filter(slug__in=target_groups))
        organisation.areas.set(Area.objects.filter(slug__in=areas))
        organisation.languages.set(Language.objects.filter(slug__in=languages))
        return organisation

    return make


@pytest.fixture
def moderator(db, django_user_model):
    user = django_user_model.objects.create_user(
        email="moderator@example.org", password="x" * 12, is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def staff_non_moderator(db, django_user_model):
    """Staff who may look around the admin but are not moderators."""
    return django_user_model.objects.create_user(email="staff@example.org", password="x" * 12, is_staff=True)


@pytest.fixture
def citizen(db, django_user_model):
    return django_user_model.objects.create_user(email="citizen@example.org", password="x" * 12)


@pytest.fixture
def owner(db, django_user_model):
    return django_user_model.objects.create_user(email="owner@example.org", password="x" * 12)


@pytest.fixture
def other_owner(db, django_user_model):
    """Owner of another organisation, to check that nobody reaches beyond their own."""
    return django_user_model.objects.create_user(email="other-owner@example.org", password="x" * 12)


@pytest.fixture
def published_organisation_with_owner(make_organisation, owner):
    from organisations.models import Membership

    organisation = make_organisation(name_fr="Association Al Amal", name_ar="جمعية الأمل")
    Membership.objects.create(organisation=organisation, user=owner, role=Membership.Role.OWNER)
    return organisation
