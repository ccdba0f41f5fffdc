from modeltranslation.translator import TranslationOptions, register

from news.models import Article, Category, Event, Page, Project


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


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "picture_alt")
    required_languages = ()
