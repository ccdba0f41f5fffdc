"""The moderators' queue on the admin index ({% load moderation_tags %}, see directory/templatetags)."""

from django import template
from django.contrib import admin
from django.urls import reverse

from directory.moderation import ModerationStatus
from directory.moderation.admin import ModeratedAdminMixin

register = template.Library()


@register.inclusion_tag("admin/moderation/queue.html", takes_context=True)
def moderation_queue(context):
    """What waits for a moderator, for every moderated model: one count query per model."""
    request = context["request"]
    items = []
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, ModeratedAdminMixin) or not model_admin.has_moderate_permission(
            request
        ):
            continue
        opts = model._meta
        items.append(
            {
                "label": opts.verbose_name_plural,
                "count": model._default_manager.filter(status=ModerationStatus.PENDING).count(),
                "url": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                + f"?status__exact={ModerationStatus.PENDING}",
            }
        )
    return {"items": items}
