from modeltranslation.translator import TranslationOptions, register

from news.start.models import Fact, Guide, Office


@register(Office)
class OfficeTranslation(TranslationOptions):
    fields = ("name", "address", "hours", "note")
    required_languages = ()


@register(Guide)
class GuideTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "help_title", "help_text")
    required_languages = ()


@register(Fact)
class FactTranslation(TranslationOptions):
    fields = ("text", "source_name")
    required_languages = ()
