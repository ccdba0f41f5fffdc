from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin import ModeratedAdminMixin
from organisations.models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(ModeratedAdminMixin, TranslationAdmin):
    list_display = ["display_name", "acronym", "legal_form", "city", "country", "status", "updated_at"]
    list_filter = ["status", "legal_form", "sectors", "country", "is_sample"]
    list_select_related = ["legal_form", "country"]
    search_fields = [
        "name_ar",
        "name_fr",
        "name_en",
        "name_nl",
        "name_es",
        "acronym",
        "registration_number",
        "city",
    ]
    date_hierarchy = "updated_at"
    filter_horizontal = ["sectors", "target_groups", "areas", "languages"]
    readonly_fields = [*ModeratedAdminMixin.readonly_fields, "slug", "created_at", "updated_at"]
    fieldsets = (
        (
            _("Identity"),
            {"fields": ("name", "acronym", "slug", "legal_form", "founded", "registration_number")},
        ),
        (_("About"), {"fields": ("description", "mission")}),
        (_("Focus"), {"fields": ("sectors", "target_groups", "areas", "languages")}),
        (
            _("Contact"),
            {"fields": ("address", "city", "country", "latitude", "longitude", "website", "email", "phone")},
        ),
        (_("Social media"), {"fields": ("facebook", "instagram", "linkedin")}),
        (
            _("Size and trust"),
            {"fields": ("staff_count", "volunteer_count", "logo", "last_confirmed", "is_sample")},
        ),
        (_("Moderation"), {"fields": ("status", "published_at", "created_at", "updated_at")}),
    )

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, obj):
        return obj.display_name()
