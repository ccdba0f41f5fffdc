from modeltranslation.translator import TranslationOptions, translator

from directory.models import Area, Language, LegalForm, Sector, TargetGroup


class TaxonomyTranslation(TranslationOptions):
    fields = ("name",)


translator.register([Sector, TargetGroup, LegalForm, Language, Area], TaxonomyTranslation)
