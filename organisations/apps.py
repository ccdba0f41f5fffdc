from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from directory.accounts.services import account_deleting, personal_data_requested


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        # Imported here, not at the top: services uses the models, which exist only once the registry is ready.
        from directory import counting
        from organisations import counts, services
        from organisations.filters import OrganisationFilter

        personal_data_requested.connect(services.membership_personal_data, dispatch_uid="organisations-data")
        account_deleting.connect(services.organisations_orphan, dispatch_uid="organisations-orphan")
        counting.register(counts.OrganisationCounter(OrganisationFilter))
