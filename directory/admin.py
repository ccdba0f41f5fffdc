from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from directory.forms import RejectForm
from directory.models import Area, Language, LegalForm, ModerationDecision, Sector, TargetGroup, User
from directory.moderation import ModerationStatus, moderation_decide


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "language", "is_staff", "is_active"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "language")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


class TaxonomyAdmin(TranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ("name_fr",)}


for _model in (Sector, TargetGroup, LegalForm, Language):
    admin.site.register(_model, TaxonomyAdmin)


@admin.register(Area)
class AreaAdmin(TaxonomyAdmin):
    list_display = ["name", "slug", "kind", "parent", "code", "path"]
    list_editable = []
    list_filter = ["kind"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]


class ModerationDecisionInline(GenericTabularInline):
    """The decision log on every moderated object's page; it is a record, so nobody edits it."""

    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "from_status", "to_status", "reason"]
    readonly_fields = fields
    verbose_name_plural = _("moderation history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.action(description=_("Publish the selected items"), permissions=["moderate"])
def publish_selected(modeladmin, request, queryset):
    done = sum(
        moderation_decide(obj=obj, to_status=ModerationStatus.PUBLISHED, actor=request.user) is not None
        for obj in queryset
    )
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", done) % {"count": done}
    )


@admin.action(description=_("Reject the selected items with a reason"), permissions=["moderate"])
def reject_selected(modeladmin, request, queryset):
    # The first request shows a form for the reason; its submission comes back here with "apply".
    form = RejectForm(request.POST if "apply" in request.POST else None)
    if form.is_valid():
        reason = form.cleaned_data["reason"]
        done = sum(
            moderation_decide(obj=obj, to_status=ModerationStatus.REJECTED, actor=request.user, reason=reason)
            is not None
            for obj in queryset
        )
        modeladmin.message_user(
            request, ngettext("%(count)d item rejected.", "%(count)d items rejected.", done) % {"count": done}
        )
        return None
    if "apply" in request.POST:
        modeladmin.message_user(request, _("Give a reason for the rejection."), messages.ERROR)
    return render(
        request,
        "admin/moderation/reject.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": _("Reject with a reason"),
            "queryset": queryset,
            "form": form,
            "opts": modeladmin.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        },
    )


@admin.action(description=_("Archive the selected items"), permissions=["moderate"])
def archive_selected(modeladmin, request, queryset):
    done = sum(
        moderation_decide(obj=obj, to_status=ModerationStatus.ARCHIVED, actor=request.user) is not None
        for obj in queryset
    )
    modeladmin.message_user(
        request, ngettext("%(count)d item archived.", "%(count)d items archived.", done) % {"count": done}
    )


class ModeratedAdminMixin:
    """Shared by every admin of a moderated model: status changes only through recorded decisions."""

    actions = [publish_selected, reject_selected, archive_selected]
    readonly_fields = ["status", "published_at"]
    inlines = [ModerationDecisionInline]

    def has_moderate_permission(self, request):
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.moderate_{opts.model_name}")


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "content_type", "object_id", "from_status", "to_status", "actor"]
    list_filter = ["to_status", "content_type"]
    list_select_related = ["content_type", "actor"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
