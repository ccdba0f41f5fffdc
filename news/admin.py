import uuid

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin import TaxonomyAdmin
from directory.images import process_picture
from directory.moderation.admin import ModeratedAdminMixin
from news.models import Article, Category, Event, Page, Project
from news.newsletter import admin as newsletter_admin  # noqa: F401  (registers the newsletter's subscribers)


@admin.register(Category)
class CategoryAdmin(TaxonomyAdmin):
    pass


@admin.register(Page)
class PageAdmin(TranslationAdmin):
    """About pages: moderators keep their text; the footer lists them in this order."""

    list_display = ["title", "slug", "position", "updated_at"]
    list_editable = ["position"]
    search_fields = ["slug", "title_fr", "title_ar", "title_en", "title_nl", "title_es"]
    prepopulated_fields = {"slug": ("title_fr",)}
    readonly_fields = ["updated_at"]


@admin.register(Article)
class ArticleAdmin(ModeratedAdminMixin, TranslationAdmin):
    """Moderators write news here, and review what organisations submit (filter on "pending review")."""

    list_display = ["display_title", "status", "publish_at", "is_due", "submitted_by", "is_sample"]
    list_filter = ["status", "categories", "is_sample"]
    list_select_related = ["submitted_by"]
    search_fields = ["slug", "title_fr", "title_ar", "title_en", "title_nl", "title_es"]
    autocomplete_fields = ["author", "submitted_by", "organisations", "opportunities", "areas"]
    filter_horizontal = ["categories"]
    date_hierarchy = "publish_at"
    readonly_fields = ["slug", "created_at", "updated_at"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("cover", "cover_alt")}),
        (_("Publication"), {"fields": ("publish_at", "author", "submitted_by")}),
        (_("Links"), {"fields": ("categories", "organisations", "opportunities", "areas")}),
        (_("Moderation"), {"fields": ("status", "published_at", "is_sample", "created_at", "updated_at")}),
    )

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, obj):
        return str(obj)

    @admin.display(description=_("due"), boolean=True)
    def is_due(self, obj):
        # Published but scheduled for later shows as not due: it appears by itself at its time.
        return obj.publish_at <= timezone.now()

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)


@admin.register(Event)
class EventAdmin(ModeratedAdminMixin, TranslationAdmin):
    """Events entered by moderators or submitted by organisations (filter on "pending review")."""

    list_display = ["display_title", "status", "start", "end", "organiser", "is_sample"]
    list_filter = ["status", "sectors", "is_sample"]
    list_select_related = ["organiser"]
    search_fields = ["slug", "title_fr", "title_ar", "title_en", "title_nl", "title_es", "address"]
    autocomplete_fields = ["organiser", "area"]
    filter_horizontal = ["sectors"]
    date_hierarchy = "start"
    readonly_fields = ["slug", "created_at", "updated_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("title", "slug", "description")}),
        (_("When"), {"fields": ("start", "end")}),
        (_("Where"), {"fields": ("address", "area", "latitude", "longitude", "online_url")}),
        (_("Who"), {"fields": ("organiser", "registration_url", "sectors")}),
        (_("Moderation"), {"fields": ("status", "published_at", "is_sample", "created_at", "updated_at")}),
    )

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, obj):
        return str(obj)


class ProjectAdminForm(forms.ModelForm):
    def clean_picture(self):
        picture = self.cleaned_data.get("picture")
        # A new upload is checked and re-encoded like a logo; a picture already stored is kept as it is.
        if isinstance(picture, UploadedFile):
            processed = process_picture(picture)
            processed.name = f"{uuid.uuid4().hex[:12]}.webp"
            return processed
        return picture


@admin.register(Project)
class ProjectAdmin(ModeratedAdminMixin, TranslationAdmin):
    """The founders' projects, written by moderators and published like news."""

    form = ProjectAdminForm
    list_display = ["display_title", "status", "stage", "start_date", "end_date", "is_sample"]
    list_filter = ["status", "stage", "sectors", "is_sample"]
    search_fields = ["slug", "title_fr", "title_ar", "title_en", "title_nl", "title_es"]
    autocomplete_fields = ["area", "partners"]
    filter_horizontal = ["sectors"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("When"), {"fields": ("stage", "start_date", "end_date")}),
        (_("Image"), {"fields": ("picture", "picture_alt")}),
        (_("Links"), {"fields": ("area", "sectors", "partners")}),
        (_("Moderation"), {"fields": ("status", "published_at", "is_sample", "created_at", "updated_at")}),
    )

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, obj):
        return str(obj)
