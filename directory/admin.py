from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin_mixins import QueryInitialMixin
from directory.models import Area, Language, LegalForm, Population, Sector, TargetGroup, User

# Registers the decision log's and the revisions' admins; the mixin every moderated model's admin uses is there.
from directory.moderation import admin as moderation_admin  # noqa: F401


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
