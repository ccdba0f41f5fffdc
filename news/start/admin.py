"""Moderators keep the section here. Every save keeps the version it replaces as an archived revision
(directory.moderation's ``Revision``): the revisions admin shows what changed since, and approving one restores it.
"""

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from directory.moderation import ModerationStatus, revisions
from directory.moderation.admin import ModeratedAdminMixin
from directory.moderation.models import Revision
from news.start.models import Fact, Guide, Office


def _content_fields(model):
    """Everything a moderator edits: every editable concrete and many-to-many field but the bookkeeping ones."""
    skip = {"id", "status", "published_at", "updated_at"}
    fields = [f for f in model._meta.get_fields() if getattr(f, "editable", False) and not f.auto_created]
    return [f.name for f in fields if f.name not in skip and (f.concrete or f.many_to_many)]


def keep_previous_version(obj):
    """Store what ``obj`` held before this save, if it existed: nothing a moderator replaces is lost."""
    if obj.pk is None:
        return
    previous = type(obj)._default_manager.filter(pk=obj.pk).first()
    if previous is None:
        return
    Revision.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        data=revisions.current(previous, _content_fields(type(obj))),
        status=ModerationStatus.ARCHIVED,
    )


class KeepVersionsMixin:
    def save_model(self, request, obj, form, change):
        if change:
            keep_previous_version(obj)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if inline_form.instance.pk and inline_form.has_changed():
                keep_previous_version(inline_form.instance)
        super().save_formset(request, form, formset, change)


class FactInline(TranslationTabularInline):
    model = Fact
    extra = 0
    fields = ["topic", "text", "source_name", "source_url", "checked_on", "position"]


@admin.register(Guide)
class GuideAdmin(KeepVersionsMixin, ModeratedAdminMixin, TranslationAdmin):
    """A guide per legal form; its facts (the comparison's cells) each name their source and checking date."""

    list_display = ["__str__", "slug", "legal_form", "status", "position", "updated_at"]
    list_filter = ["status"]
    search_fields = ["slug", "title_fr", "title_ar", "title_en", "title_nl", "title_es"]
    filter_horizontal = ["offices"]
    readonly_fields = ["updated_at"]
    inlines = [FactInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body", "position")}),
        (_("Links"), {"fields": ("legal_form", "offices")}),
        (_("Asking for help"), {"fields": ("help_title", "help_text")}),
        (_("Moderation"), {"fields": ("status", "published_at", "updated_at")}),
    )


@admin.register(Office)
class OfficeAdmin(KeepVersionsMixin, ModeratedAdminMixin, TranslationAdmin):
    list_display = ["__str__", "status", "position", "is_sample", "updated_at"]
    list_filter = ["status", "is_sample"]
    search_fields = ["name_fr", "name_ar", "name_en", "name_nl", "name_es", "address_fr"]
    readonly_fields = ["updated_at"]
