from django.apps import AppConfig, apps
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "directory.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Imported here, not at the top: they use the models, which exist only once the registry is ready.
        from directory.filters import bump_facet_version
        from directory.portal.overview import counts

        request_started.connect(counts.forget_changes, dispatch_uid="overview-forget")
        request_finished.connect(counts.refresh_after_change, dispatch_uid="overview-refresh")
        # Cached facet counts are stale as soon as anything a public list counts changes.
        counted = ["organisations.Organisation", "opportunities.Opportunity"]
        counted += [
            f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")
        ]
        for label in counted:
            model = apps.get_model(label)
            for handler in (bump_facet_version, counts.note_change):
                name = handler.__name__
                post_save.connect(handler, sender=model, dispatch_uid=f"{name}-save-{label}")
                post_delete.connect(handler, sender=model, dispatch_uid=f"{name}-delete-{label}")
                for field in model._meta.many_to_many:
                    through = field.remote_field.through
                    m2m_changed.connect(handler, sender=through, dispatch_uid=f"{name}-m2m-{through}")
