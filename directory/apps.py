from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory core")

    def ready(self):
        from directory.filters import bump_facet_version
        from directory.moderators import sync_moderators_group

        post_migrate.connect(sync_moderators_group, sender=self)
        # Cached facet counts are stale as soon as anything a public list counts changes.
        counted = ["organisations.Organisation", "opportunities.Opportunity"]
        counted += [
            f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")
        ]
        for label in counted:
            model = apps.get_model(label)
            post_save.connect(bump_facet_version, sender=model, dispatch_uid=f"facets-save-{label}")
            post_delete.connect(bump_facet_version, sender=model, dispatch_uid=f"facets-delete-{label}")
            for field in model._meta.many_to_many:
                through = field.remote_field.through
                m2m_changed.connect(bump_facet_version, sender=through, dispatch_uid=f"facets-m2m-{through}")
