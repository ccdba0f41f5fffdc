from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _

from directory import caching


class PortalConfig(AppConfig):
    name = "directory.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Imported here, not at the top: counts uses the models, which exist only once the registry is ready.
        from directory.portal.overview import counts

        # Cached counts (lists' facets, the overview) are stale as soon as anything they count changes.
        counted = ["organisations.Organisation", "opportunities.Opportunity"]
        counted += [
            f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")
        ]
        caching.watch([apps.get_model(label) for label in counted])
        caching.after_change(counts.refresh_counts)
