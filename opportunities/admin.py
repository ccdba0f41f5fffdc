from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.moderation.admin import ModeratedAdminMixin
from opportunities.models import InterestMessage, Opportunity


@admin.register(Opportunity)
class OpportunityAdmin(ModeratedAdminMixin, TranslationAdmin):
    """Moderators also enter funding calls here directly, for funders who are not in the directory."""

    list_display = ["display_title", "kind", "direction", "organisation", "funder_name", "deadline", "status"]
    list_filter = ["status", "kind", "direction", "currency", "is_remote", "sectors", "is_sample"]
    list_select_related = ["organisation"]
    search_fields = ["title_fr", "title_ar", "title_en", "title_nl", "title_es", "funder_name"]
    autocomplete_fields = ["organisation"]
    filter_horizontal = [
        "sectors",
        "target_groups",
        "areas",
        "eligible_legal_forms",
        "applicant_countries",
        "languages",
    ]
    date_hierarchy = "deadline"
    readonly_fields = ["slug", "created_at", "updated_at", "closed_at"]
    fieldsets = (
        (None, {"fields": ("kind", "direction", "title", "slug", "description")}),
        (_("Who"), {"fields": ("organisation", "funder_name", "funder_url")}),
        (_("Focus"), {"fields": ("sectors", "target_groups", "areas", "is_remote")}),
        (_("Dates"), {"fields": ("deadline", "start_date", "end_date", "recurrence", "closed_at")}),
        (
            _("Funding"),
            {
                "fields": (
                    "amount_min",
                    "amount_max",
                    "currency",
                    "eligible_legal_forms",
                    "registration_required",
                    "applicant_countries",
                    "how_to_apply",
                    "apply_url",
                )
            },
        ),
        (_("Volunteering"), {"fields": ("time_commitment", "skills", "places", "minimum_age", "languages")}),
        (_("In-kind help"), {"fields": ("quantity", "condition")}),
        (_("Moderation"), {"fields": ("status", "published_at", "is_sample", "created_at", "updated_at")}),
    )

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, obj):
        return obj.display_title()


@admin.register(InterestMessage)
class InterestMessageAdmin(admin.ModelAdmin):
    list_display = ["opportunity", "name", "email", "created_at"]
    list_select_related = ["opportunity"]
    readonly_fields = ["opportunity", "name", "email", "message", "created_at"]

    def has_add_permission(self, request):
        return False
