from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult
from modeltranslation.admin import TranslationAdmin

from directory.admin_mixins import QueryInitialMixin
from directory.models import Area, Language, LegalForm, Population, Sector, TargetGroup, User

# Registers the decision log's and the revisions' admins; the mixin every moderated model's admin uses is there.
from directory.moderation import admin as moderation_admin  # noqa: F401

# The admin speaks the moderator's language and names the site, not Django ("إدارة جانغو").
admin.site.site_header = _("Tangier Associations: administration")
admin.site.site_title = _("Tangier Associations")
admin.site.index_title = _("Moderation and content")


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


class TaxonomyAdmin(QueryInitialMixin, TranslationAdmin):
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


@admin.register(Population)
class PopulationAdmin(admin.ModelAdmin):
    """Census figures behind the overview's "per 10,000 inhabitants"; moderators keep them current."""

    list_display = ["area", "population", "year", "source"]
    list_filter = ["year"]
    list_select_related = ["area"]
    search_fields = ["area__name", "source"]


# Task results ------------------------------------------------------------------------------------------------
# django-tasks-db's admin shows each task's arguments; a queued mail's arguments are its body, which may hold a
# password-reset or verification link. Moderators see what failed and why, never the links.


admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(DBTaskResultAdmin):
    list_display = ["task_name", "summary", "attempt", "status", "enqueued_at", "finished_at", "failure"]
    list_filter = ["status", "queue_name"]
    date_hierarchy = "enqueued_at"

    def get_readonly_fields(self, request, obj=None):
        hidden = {"args_kwargs", "return_value"}
        return ["summary", "attempt"] + [
            f for f in super().get_readonly_fields(request, obj) if f not in hidden
        ]

    @staticmethod
    def _kwargs(obj):
        return (obj.args_kwargs or {}).get("kwargs") or {}

    @admin.display(description=_("what"))
    def summary(self, obj):
        message = self._kwargs(obj).get("message")
        if isinstance(message, dict):
            return _("E-mail to %(to)s: %(subject)s") % {
                "to": message.get("to"),
                "subject": message.get("subject"),
            }
        return "—"

    @admin.display(description=_("attempt"))
    def attempt(self, obj):
        return self._kwargs(obj).get("attempt", 1)

    @admin.display(description=_("failure"))
    def failure(self, obj):
        return obj.exception_class_path.rpartition(".")[2]
