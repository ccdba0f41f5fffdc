"""The edit page shared by everything members keep up to date (profiles, opportunities, news, notices).

Unpublished objects change directly; published ones collect the changes in a pending revision the public does
not see until a moderator approves it (directory.revisions.submit_changes). Members continue from their own
pending proposal, and two people saving at once are told rather than silently overwritten.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from directory import revisions
from directory.models import ModerationDecision, Revision
from directory.moderation import ModerationStatus


def moderation_states(objects):
    """{pk: what members' lists show of each of ``objects`` (all of one model)}: whether changes to it wait for a
    moderator and, if it was refused, the moderators' latest reason. Two queries, however many objects."""
    if not objects:
        return {}
    content_type = ContentType.objects.get_for_model(objects[0])
    ids = [obj.pk for obj in objects]
    pending = set(
        Revision.objects.pending()
        .filter(content_type=content_type, object_id__in=ids)
        .values_list("object_id", flat=True)
    )
    reasons = {}
    for decision in ModerationDecision.objects.filter(
        content_type=content_type, object_id__in=ids, to_status=ModerationStatus.REJECTED
    ).order_by("created_at"):
        reasons[decision.object_id] = decision.reason  # the latest wins
    return {
        obj.pk: {
            "has_pending_revision": obj.pk in pending,
            "rejection_reason": reasons.get(obj.pk) if obj.status == ModerationStatus.REJECTED else None,
        }
        for obj in objects
    }


def edit_moderated(request, *, obj, form_class, save, template, context, done_url):
    """``save(form=, token=)`` stores the changes and returns the pending revision, or None."""
    revision = revisions.pending_revision(obj)
    if request.method == "POST":
        form = form_class(request.POST, request.FILES, instance=obj)
        if form.is_valid():
            try:
                revision = save(form=form, token=form.cleaned_data["edit_token"])
            except revisions.EditConflict:
                form.add_error(
                    None,
                    _(
                        "Someone else saved changes while you were editing. Your text is kept below: check the "
                        "current version in another tab, then save again."
                    ),
                )
                form.data = form.data.copy()
                form.data["edit_token"] = revisions.edit_token(obj)
            except revisions.NothingChanged:
                messages.info(request, _("You did not change anything."))
                return redirect(done_url)
            else:
                if revision is not None:
                    messages.success(
                        request,
                        _(
                            "Your changes are waiting for a moderator. The public version stays as it is until then."
                        ),
                    )
                else:
                    messages.success(request, _("Your changes are saved."))
                return redirect(done_url)
    else:
        initial = {"edit_token": revisions.edit_token(obj)}
        if revision is not None:
            initial.update(revisions.as_initial(obj, revision.data))
        form = form_class(instance=obj, initial=initial)
    return render(request, template, {**context, "form": form, "revision": revision})
