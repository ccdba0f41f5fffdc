from modeltranslation.translator import TranslationOptions, register

from news.models import Article, Category, Event, Page


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "cover_alt")
    required_languages = ()


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ()


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "body")
