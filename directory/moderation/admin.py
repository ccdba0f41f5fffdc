"""The admin side of moderation: the mixin every moderated model's admin uses, its actions, the decision log
shown on each object's page, and the review of proposed changes (revisions)."""

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from directory.admin_locking import EditConflictAdminMixin
from directory.admin_mixins import QueryInitialMixin
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.forms import RejectForm
from directory.moderation.models import ModerationDecision, Revision


class ModerationDecisionInline(GenericTabularInline):
    """The decision log on every moderated object's page; it is a record, so nobody edits it."""

    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "from_status", "to_status", "reason"]
    readonly_fields = fields
    verbose_name_plural = _("moderation history")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


DONE_MESSAGES = {
    ModerationStatus.PUBLISHED: ngettext_lazy(
        "%(count)d item published.", "%(count)d items published.", "count"
    ),
    ModerationStatus.REJECTED: ngettext_lazy(
        "%(count)d item rejected.", "%(count)d items rejected.", "count"
    ),
    ModerationStatus.ARCHIVED: ngettext_lazy(
        "%(count)d item archived.", "%(count)d items archived.", "count"
    ),
}


def decide_and_report(modeladmin, request, objects, to_status, reason=""):
    """One recorded decision per object that actually changes status, and one message saying how many did."""
    done = sum(
        moderation_decide(obj=obj, to_status=to_status, actor=request.user, reason=reason) is not None
        for obj in objects
    )
    modeladmin.message_user(request, DONE_MESSAGES[to_status] % {"count": done})


def render_reject_form(modeladmin, request, objects, form, *, bulk):
    return render(
        request,
        "admin/moderation/reject.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": _("Reject with a reason"),
            "objects": objects,
            "form": form,
            "opts": modeladmin.opts,
            # A bulk rejection posts back to the changelist as the same action; a single one to its own page.
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME if bulk else None,
        },
    )


@admin.action(description=_("Publish the selected items"), permissions=["moderate"])
def publish_selected(modeladmin, request, queryset):
    decide_and_report(modeladmin, request, queryset, ModerationStatus.PUBLISHED)


@admin.action(description=_("Reject the selected items with a reason"), permissions=["moderate"])
def reject_selected(modeladmin, request, queryset):
    # The first request shows a form for the reason; its submission comes back here with "apply".
    form = RejectForm(request.POST if "apply" in request.POST else None)
    if form.is_valid():
        decide_and_report(
            modeladmin, request, queryset, ModerationStatus.REJECTED, reason=form.cleaned_data["reason"]
        )
        return None
    return render_reject_form(modeladmin, request, queryset, form, bulk=True)


@admin.action(description=_("Archive the selected items"), permissions=["moderate"])
def archive_selected(modeladmin, request, queryset):
    decide_and_report(modeladmin, request, queryset, ModerationStatus.ARCHIVED)


class ModeratedAdminMixin(QueryInitialMixin, EditConflictAdminMixin):
    """Shared by every admin of a moderated model: status changes only through recorded decisions.

    Moderators decide in bulk from the changelist, or for one object from its change page ("Save and
    publish", "Save and reject…", the latter asking for the reason on a page of its own). Two moderators
    saving the same object are told rather than one overwriting the other (EditConflictAdminMixin).
    """

    # A decision taken meanwhile is a change too: publishing what someone else just rejected needs a second look.
    edit_conflict_seen_fields = ["status"]

    actions = [publish_selected, reject_selected, archive_selected]
    change_form_template = "admin/moderation/change_form.html"
    moderation_readonly_fields = ["status", "published_at"]
    # Extra submit buttons on the change form: name → (the status it leads to, its label).
    moderation_buttons = {
        "_publish": (ModerationStatus.PUBLISHED, _("Save and publish")),
        "_reject": (ModerationStatus.REJECTED, _("Save and reject…")),
    }

    def has_moderate_permission(self, request):
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.moderate_{opts.model_name}")

    # Through get_* rather than attributes, so a subclass setting readonly_fields or inlines of its own
    # cannot make the status editable or hide the decision history.
    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields + [f for f in self.moderation_readonly_fields if f not in fields]

    def get_inlines(self, request, obj):
        inlines = list(super().get_inlines(request, obj))
        return inlines if ModerationDecisionInline in inlines else [*inlines, ModerationDecisionInline]

    def get_view_on_site_url(self, obj=None):
        # Anything unpublished is a 404 on the public site, so there is nothing to view.
        if obj is not None and not obj.is_published:
            return None
        return super().get_view_on_site_url(obj)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        reject = path(
            "<path:object_id>/reject/",
            self.admin_site.admin_view(self.reject_view),
            name="{}_{}_reject".format(*info),
        )
        return [reject, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Refused before the form is even saved, so a non-moderator's click changes nothing at all.
        wants_decision = request.method == "POST" and self.moderation_buttons.keys() & request.POST.keys()
        if wants_decision and not self.has_moderate_permission(request):
            raise PermissionDenied
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None and self.has_moderate_permission(request):
            context["moderation_buttons"] = [
                (name, label)
                for name, (to_status, label) in self.moderation_buttons.items()
                if obj.status != to_status
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        # The edits are saved by now; the decision comes on top of them.
        if "_publish" in request.POST:
            decide_and_report(self, request, [obj], ModerationStatus.PUBLISHED)
            return redirect(self._object_url("change", obj))
        if "_reject" in request.POST:
            return redirect(self._object_url("reject", obj))
        return super().response_change(request, obj)

    def _object_url(self, view, obj):
        opts = self.opts
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[quote(obj.pk)])

    def reject_view(self, request, object_id):
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        form = RejectForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            decide_and_report(
                self, request, [obj], ModerationStatus.REJECTED, reason=form.cleaned_data["reason"]
            )
            return redirect(self._object_url("change", obj))
        return render_reject_form(self, request, [obj], form, bulk=False)


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


@admin.register(Revision)
class RevisionAdmin(ModeratedAdminMixin, admin.ModelAdmin):
    """Proposed changes to published objects, shown as a field-by-field comparison in every language."""

    list_display = ["__str__", "content_type", "author", "status", "updated_at"]
    list_filter = ["status", "content_type"]
    list_select_related = ["content_type", "author"]
    fields = ["content_type", "object_id", "author", "changes_table", "created_at", "updated_at"]
    readonly_fields = fields
    # Approving applies the proposed values, so the moderator must have seen the latest of them.
    edit_conflict_seen_fields = ["status", "data"]
    moderation_buttons = {
        "_publish": (ModerationStatus.PUBLISHED, _("Approve and apply the changes")),
        "_reject": (ModerationStatus.REJECTED, _("Reject…")),
    }

    def get_queryset(self, request):
        # Each row's title names the revised object: fetch them together, not one query per row.
        return super().get_queryset(request).prefetch_related("content_object")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("changes"))
    def changes_table(self, obj):
        rows = obj.changes()
        if not rows:
            return _("No difference from the live version.")
        return format_html(
            '<table><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead>'
            "<tbody>{}</tbody></table>",
            _("field"),
            _("now"),
            _("proposed"),
            format_html_join(
                "",
                '<tr><th scope="row">{}</th><td><del>{}</del></td><td><ins>{}</ins></td></tr>',
                ((label, old, new) for label, old, new in rows),
            ),
        )
