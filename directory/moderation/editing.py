"""The edit page shared by everything members keep up to date (profiles, opportunities, news, notices).

Unpublished objects change directly; published ones collect the changes in a pending revision the public does
not see until a moderator approves it (``submit_changes``). Members continue from their own
pending proposal, and two people saving at once are told rather than silently overwritten.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from directory.moderation import ModerationStatus, revisions
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import ModerationDecision, Revision


class EditConflict(Exception):
    """Someone else saved the object (or its pending revision) after this editor opened it."""


class NothingChanged(Exception):
    """The form was saved without a change."""


def pending_revision(obj):
    return (
        Revision.objects.pending()
        .filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
        .first()
    )


def edit_token(obj):
    """The state an editor starts from: the object's and its pending revision's last change."""
    revision = pending_revision(obj)
    return f"{obj.updated_at.timestamp()}:{revision.updated_at.timestamp() if revision else 0}"


def submit_changes(*, obj, form, field_names, user, token, save_files=None):
    """Save an owner's or editor's changes to a moderated object.

    Unpublished objects change directly (and go back to the moderators if they had been rejected). A published
    object never changes directly: the changes become its pending revision, and the public keeps seeing the
    approved version until a moderator approves it. ``save_files(obj)`` stores uploads and returns the field
    values pointing at them. Returns the revision, or None.
    """
    with transaction.atomic():
        live = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
        if token != edit_token(live):
            raise EditConflict
        files = save_files(live) if save_files else {}
        if not live.is_published:
            form.save()
            if files:
                for name, value in files.items():
                    getattr(obj, name).name = value
                obj.save(update_fields=list(files))
            if live.status != ModerationStatus.PENDING:
                moderation_decide(obj=obj, to_status=ModerationStatus.PENDING, actor=user)
            return None
        proposed = revisions.snapshot(form.instance, form.cleaned_data, field_names)
        now = revisions.current(live, field_names)
        # Only what differs is kept, so approving it later never undoes a moderator's own correction.
        data = {name: value for name, value in proposed.items() if now[name] != value}
        data.update(files)
        revision = pending_revision(live)
        if not data:
            if revision is None:
                raise NothingChanged
            moderation_decide(obj=revision, to_status=ModerationStatus.ARCHIVED, actor=user)
            return None
        if revision is None:
            revision = Revision(content_type=ContentType.objects.get_for_model(live), object_id=live.pk)
        revision.data = data
        revision.author = user
        revision.full_clean()
        revision.save()
        return revision


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
    revision = pending_revision(obj)
    if request.method == "POST":
        form = form_class(request.POST, request.FILES, instance=obj)
        if form.is_valid():
            try:
                revision = save(form=form, token=form.cleaned_data["edit_token"])
            except EditConflict:
                form.add_error(
                    None,
                    _(
                        "Someone else saved changes while you were editing. Your text is kept below: check the "
                        "current version in another tab, then save again."
                    ),
                )
                form.data = form.data.copy()
                form.data["edit_token"] = edit_token(obj)
            except NothingChanged:
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
        initial = {"edit_token": edit_token(obj)}
        if revision is not None:
            initial.update(revisions.as_initial(obj, revision.data))
        form = form_class(instance=obj, initial=initial)
    return render(request, template, {**context, "form": form, "revision": revision})
