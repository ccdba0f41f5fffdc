from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Support opportunities")

    def ready(self):
        # Imported here, not at the top: they use the models, which exist only once the registry is ready.
        from opportunities import counts
        from opportunities.filters import OpportunityFilter

        counts.connect(OpportunityFilter)
