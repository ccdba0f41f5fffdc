from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory core")

    def ready(self):
        # Imported here, not at the top: it uses the auth models, which exist only once the registry is ready.
        from directory.counting import rebuild_missing
        from directory.moderation.group import sync_moderators_group
        from directory.search import connect_search_signals

        post_migrate.connect(sync_moderators_group, sender=self)
        # Counters are built once, by the first migrate (later, ``manage.py recount`` rebuilds them).
        post_migrate.connect(rebuild_missing, sender=self, dispatch_uid="counting-build")
        for label in ("organisations.Organisation", "opportunities.Opportunity"):
            connect_search_signals(apps.get_model(label))
