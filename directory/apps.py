from django.apps import AppConfig, apps
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory core")

    def ready(self):
        from directory import overview
        from directory.filters import bump_facet_version
        from directory.moderators import sync_moderators_group
        from directory.search import connect_search_signals

        post_migrate.connect(sync_moderators_group, sender=self)
        for label in ("organisations.Organisation", "opportunities.Opportunity"):
            connect_search_signals(apps.get_model(label))
        request_started.connect(overview.forget_changes, dispatch_uid="overview-forget")
        request_finished.connect(overview.refresh_after_change, dispatch_uid="overview-refresh")
        # Cached facet counts are stale as soon as anything a public list counts changes.
        counted = ["organisations.Organisation", "opportunities.Opportunity"]
        counted += [
            f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")
        ]
        for label in counted:
            model = apps.get_model(label)
            for handler in (bump_facet_version, overview.note_change):
                name = handler.__name__
                post_save.connect(handler, sender=model, dispatch_uid=f"{name}-save-{label}")
                post_delete.connect(handler, sender=model, dispatch_uid=f"{name}-delete-{label}")
                for field in model._meta.many_to_many:
                    through = field.remote_field.through
                    m2m_changed.connect(handler, sender=through, dispatch_uid=f"{name}-m2m-{through}")
