"""The Moderators group: exactly the permissions moderators need, kept in step with the code on every migrate.

Staff who are not in this group (and not superusers) can look but not publish.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS

MODERATORS_GROUP = "Moderators"

MODERATOR_PERMISSIONS = [
    "organisations.view_organisation",
    "organisations.add_organisation",
    "organisations.change_organisation",
    "organisations.moderate_organisation",
    "organisations.view_claim",
    "organisations.change_claim",
    "organisations.moderate_claim",
    "organisations.view_membership",
    "organisations.add_membership",
    "organisations.change_membership",
    "organisations.delete_membership",
    "organisations.view_invitation",
    "organisations.view_partnership",
    "organisations.change_partnership",
    "organisations.delete_partnership",
    "organisations.moderate_partnership",
    "organisations.view_partnersearch",
    "organisations.change_partnersearch",
    "organisations.moderate_partnersearch",
    "organisations.view_partnersearchmessage",
    "opportunities.view_opportunity",
    "opportunities.add_opportunity",
    "opportunities.change_opportunity",
    "opportunities.moderate_opportunity",
    "opportunities.view_interestmessage",
    *[
        f"news.{action}_{model}"
        for model in ("article", "event", "page", "category", "project")
        for action in ("view", "add", "change")
    ],
    "news.moderate_article",
    "news.moderate_event",
    "news.moderate_project",
    "news.view_subscriber",
    *[
        f"start.{action}_{model}"
        for model in ("guide", "office", "fact")
        for action in ("view", "add", "change", "delete")
    ],
    "start.moderate_guide",
    "start.moderate_office",
    "directory.view_revision",
    "directory.change_revision",
    "directory.moderate_revision",
    "directory.view_user",
    "directory.view_moderationdecision",
    # Mails that could not be sent, and why (the admin hides their content).
    "django_tasks_database.view_dbtaskresult",
    "directory.view_population",
    "directory.add_population",
    "directory.change_population",
    *[
        f"directory.{action}_{model}"
        for model in ("sector", "targetgroup", "legalform", "language", "area")
        for action in ("view", "add", "change")
    ],
]


def sync_moderators_group(using=DEFAULT_DB_ALIAS, **kwargs):
    # post_migrate runs app by app; make sure every app's permissions exist before linking them.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    group, _created = Group.objects.using(using).get_or_create(name=MODERATORS_GROUP)
    wanted = []
    for dotted in MODERATOR_PERMISSIONS:
        app_label, codename = dotted.split(".")
        wanted.extend(
            Permission.objects.using(using).filter(content_type__app_label=app_label, codename=codename)
        )
    group.permissions.set(wanted)
