from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _

from directory import caching


class PortalConfig(AppConfig):
    name = "directory.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Imported here, not at the top: the tasks reach the counts, which use the models.
        from directory.portal import tasks

        # Cached counts (lists' facets, the overview) are stale as soon as anything they count changes.
        counted = ["organisations.Organisation", "opportunities.Opportunity"]
        counted += [
            f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")
        ]
        caching.watch([apps.get_model(label) for label in counted])
        # Whole pages are stale as soon as anything of a kind they show changes. Not watched: what no public page
        # shows (accounts, messages relayed to organisations, invitations, newsletter subscribers, search words).
        kinds = {
            "organisations": [
                "organisations.Organisation",
                "organisations.Membership",
                "organisations.Claim",
                "organisations.Partnership",
                "organisations.PartnerSearch",
                "organisations.TranslationRequest",
            ],
            "opportunities": ["opportunities.Opportunity"],
            "news": ["news.Article", "news.Event", "news.Category", "news.Project"],
            # Site furniture: the taxonomies every list filters on, census figures, the about pages in the footer.
            "taxonomies": [
                *(f"directory.{name}" for name in ("Sector", "TargetGroup", "LegalForm", "Language", "Area")),
                "directory.Population",
                "news.Page",
            ],
        }
        for kind, labels in kinds.items():
            caching.watch_kind(kind, [apps.get_model(label) for label in labels])
        # Queued for the worker: neither the request that changed the data nor a reader waits for the counting.
        caching.after_change(tasks.refresh_overview_counts_later)
        caching.after_change(tasks.export_open_data_later)
