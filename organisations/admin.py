from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from directory.moderation import ModerationStatus
from directory.moderation.admin import ModeratedAdminMixin
from organisations.forms import OrganisationImportForm
from organisations.importer import COLUMNS, import_organisations
from organisations.models import (
    Claim,
    Invitation,
    Membership,
    Organisation,
    PartnerSearch,
    PartnerSearchMessage,
    Partnership,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "role", "created_at"]
    readonly_fields = ["created_at"]


class WithoutOwnerFilter(admin.SimpleListFilter):
    title = _("owner")
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        return [("none", _("No owner")), ("left", _("Owner closed their account"))]

    def queryset(self, request, queryset):
        owned = Membership.objects.owners().values("organisation_id")
        if self.value() == "none":
            return queryset.exclude(pk__in=owned)
        if self.value() == "left":
            # Once a moderator gives it a new owner (not only through a claim), it needs no one any more.
            return queryset.filter(orphaned_at__isnull=False).exclude(pk__in=owned)
        return queryset


@admin.register(Organisation)
class OrganisationAdmin(ModeratedAdminMixin, TranslationAdmin):
    list_display = ["display_name", "acronym", "legal_form", "city", "country", "status", "updated_at"]
    list_filter = [
        "status",
        ("closed_on", admin.EmptyFieldListFilter),
        WithoutOwnerFilter,
        "legal_form",
        "sectors",
        "country",
        "is_sample",
    ]
    inlines = [MembershipInline]
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
    # status and published_at are added by ModeratedAdminMixin.
    readonly_fields = ["slug", "orphaned_at", "created_at", "updated_at"]
    fieldsets = (
        (
            _("Identity"),
            {"fields": ("name", "acronym", "slug", "legal_form", "founded", "registration_number")},
        ),
        (_("About"), {"fields": ("description", "mission", "history", "upcoming_projects")}),
        (_("Focus"), {"fields": ("sectors", "target_groups", "areas", "languages")}),
        (
            _("Contact"),
            {
                "fields": (
                    *("address", "city", "country", "latitude", "longitude", "website"),
                    *("email", "email_language", "phone"),
                )
            },
        ),
        (_("Social media"), {"fields": ("facebook", "instagram", "linkedin")}),
        (
            _("Size and trust"),
            {
                "fields": (
                    "staff_count",
                    "volunteer_count",
                    "logo",
                    "last_confirmed",
                    "closed_on",
                    "is_sample",
                )
            },
        ),
        (_("Moderation"), {"fields": ("status", "published_at", "orphaned_at", "created_at", "updated_at")}),
    )

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, obj):
        return obj.display_name()

    def get_urls(self):
        opts = self.model._meta
        import_url = path(
            "import/",
            self.admin_site.admin_view(self.import_view),
            name=f"{opts.app_label}_{opts.model_name}_import",
        )
        # Before the defaults, whose catch-all would take "import/" for an object id.
        return [import_url, *super().get_urls()]

    def import_view(self, request):
        # An import both creates and updates organisations.
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        opts = self.model._meta
        form = OrganisationImportForm(*((request.POST, request.FILES) if request.method == "POST" else ()))
        result = None
        if form.is_valid():
            result = import_organisations(
                form.cleaned_data["file"], dry_run=form.cleaned_data["dry_run"], actor=request.user
            )
            counts = {"created": result.created, "updated": result.updated}
            if result.errors:
                count = len(result.errors)
                message = ngettext(
                    "The file has %(count)d error; nothing was imported.",
                    "The file has %(count)d errors; nothing was imported.",
                    count,
                )
                self.message_user(request, message % {"count": count}, messages.ERROR)
            elif result.dry_run:
                message = _("Check only: %(created)d to create, %(updated)d to update; nothing was saved.")
                self.message_user(request, message % counts, messages.INFO)
            else:
                message = _("Import done: %(created)d created, %(updated)d updated.")
                self.message_user(request, message % counts, messages.SUCCESS)
                return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import organisations"),
            "opts": opts,
            "form": form,
            "result": result,
            "columns": COLUMNS,
        }
        return TemplateResponse(request, "admin/organisations/import.html", context)


@admin.register(Claim)
class ClaimAdmin(ModeratedAdminMixin, admin.ModelAdmin):
    """Requests to manage a profile; approving one makes the claimant an owner."""

    list_display = ["organisation", "user", "status", "created_at"]
    list_filter = ["status"]
    list_select_related = ["organisation", "user"]
    search_fields = ["user__email", "organisation__name_fr", "organisation__name_ar"]
    fields = ["organisation", "user", "message", "status", "created_at"]
    readonly_fields = ["organisation", "user", "message", "created_at"]
    moderation_buttons = {
        "_publish": (ModerationStatus.PUBLISHED, _("Approve: make them an owner")),
        "_reject": (ModerationStatus.REJECTED, _("Reject…")),
    }

    def has_add_permission(self, request):
        return False


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "expires_at", "accepted_at"]
    list_select_related = ["organisation"]
    search_fields = ["email"]
    readonly_fields = [
        "organisation",
        "email",
        "role",
        "invited_by",
        "created_at",
        "expires_at",
        "accepted_at",
    ]
    exclude = ["token"]

    def has_add_permission(self, request):
        return False


@admin.register(Partnership)
class PartnershipAdmin(ModeratedAdminMixin, admin.ModelAdmin):
    """Declared by the organisations themselves: moderators publish those with a partner outside the directory
    (a partner in it confirms for itself), and correct or remove what is wrong."""

    list_display = [
        "organisation",
        "partner_display",
        "partner_country",
        "role",
        "status",
        "confirmed_at",
        "created_at",
    ]
    list_filter = ["status", "role", ("confirmed_at", admin.EmptyFieldListFilter), "partner_country"]
    list_select_related = ["organisation", "partner", "partner_country"]
    search_fields = ["organisation__name_fr", "organisation__name_ar", "partner__name_fr", "partner_name"]
    autocomplete_fields = ["organisation", "partner"]
    readonly_fields = ["created_at"]

    @admin.display(description=_("partner"))
    def partner_display(self, obj):
        return obj.partner or obj.partner_name


@admin.register(PartnerSearch)
class PartnerSearchAdmin(ModeratedAdminMixin, TranslationAdmin):
    list_display = ["__str__", "organisation", "status", "updated_at"]
    list_filter = ["status", "sectors", "countries"]
    list_select_related = ["organisation"]
    search_fields = ["title_fr", "title_ar", "title_en", "title_nl", "title_es", "organisation__name_fr"]
    autocomplete_fields = ["organisation"]
    filter_horizontal = ["sectors", "countries"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = (
        (None, {"fields": ("organisation", "title", "description", "sectors", "countries")}),
        (_("Moderation"), {"fields": ("status", "published_at", "created_at", "updated_at")}),
    )


@admin.register(PartnerSearchMessage)
class PartnerSearchMessageAdmin(admin.ModelAdmin):
    list_display = ["partner_search", "name", "organisation_name", "email", "created_at"]
    list_select_related = ["partner_search"]
    readonly_fields = ["partner_search", "name", "organisation_name", "email", "message", "created_at"]

    def has_add_permission(self, request):
        return False
