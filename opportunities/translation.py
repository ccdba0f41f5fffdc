from modeltranslation.translator import TranslationOptions, register

from opportunities.models import Opportunity


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "description", "how_to_apply", "time_commitment", "skills")
    required_languages = ()
