"""Newsletter subscribers in the admin, imported by news/admin.py.

Read-only: people subscribe and change their choices only through the confirmed link, so nobody is put on
the list without having asked. Staff may unsubscribe someone (a complaint, a bouncing address) or delete them
(a request to erase their data).
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news.models import Subscriber


class SubscriptionStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("active", _("Subscribed")),
            ("unconfirmed", _("Not confirmed")),
            ("unsubscribed", _("Unsubscribed")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.active()
        if self.value() == "unconfirmed":
            return queryset.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)
        if self.value() == "unsubscribed":
            return queryset.filter(unsubscribed_at__isnull=False)
        return queryset


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "language", "created_at", "confirmed_at", "unsubscribed_at", "last_digest_at"]
    list_filter = [SubscriptionStateFilter, "language", "sectors"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    fields = [
        "email",
        "language",
        "languages",
        "sectors",
        "areas",
        "opportunity_kinds",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "last_digest_at",
    ]
    readonly_fields = fields
    actions = ["unsubscribe"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Unsubscribe the selected subscribers"), permissions=["change"])
    def unsubscribe(self, request, queryset):
        count = queryset.filter(unsubscribed_at__isnull=True).update(unsubscribed_at=timezone.now())
        self.message_user(
            request,
            ngettext("%(count)d subscriber unsubscribed.", "%(count)d subscribers unsubscribed.", count)
            % {"count": count},
            messages.SUCCESS,
        )
