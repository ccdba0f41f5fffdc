from modeltranslation.translator import TranslationOptions, register

from organisations.models import Organisation, PartnerSearch


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description", "mission", "history", "upcoming_projects")
    # The model checks that at least one language has a name; none is required on its own.
    required_languages = ()


@register(PartnerSearch)
class PartnerSearchTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()
