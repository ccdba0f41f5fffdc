from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory core")

    def ready(self):
        # Imported here, not at the top: it uses the auth models, which exist only once the registry is ready.
        from directory.moderation.group import sync_moderators_group

        post_migrate.connect(sync_moderators_group, sender=self)
