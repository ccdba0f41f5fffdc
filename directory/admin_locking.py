"""Optimistic locking for admin change forms: a moderator's save never silently overwrites another's.

The change form carries a token of the object as the moderator opened it. On save, the object is read again under
a row lock; if someone else saved it in between, nothing is written, and the form comes back with a message and a
table of the fields that differ (their saved version beside what this moderator submitted). Saving again after
reading it is a deliberate choice, so the form then carries the new token.
"""

import copy
import hashlib
import json

from django import forms
from django.core import signing
from django.core.exceptions import FieldDoesNotExist
from django.forms.models import construct_instance
from django.utils.translation import gettext_lazy as _

from directory.moderation import revisions

TOKEN_FIELD = "edit_version"
_SALT = "directory.admin_locking"


def _model_field_names(form):
    model = form._meta.model
    names = []
    for name in form.base_fields:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete or field.many_to_many:
            names.append(name)
    return names


def _digest(values):
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def make_token(obj, form_fields, seen_fields):
    """The form's fields as a digest (the moderator posts them back anyway), and the few fields the form shows but
    does not edit (the status, say) in full, so a conflict can show what the moderator saw of them."""
    return signing.dumps(
        {
            "digest": _digest(revisions.current(obj, form_fields)),
            "seen": revisions.current(obj, seen_fields),
        },
        salt=_SALT,
        compress=True,
    )


def read_token(value):
    try:
        return signing.loads(value or "", salt=_SALT)
    except signing.BadSignature:
        return None


class EditConflictFormMixin:
    """Mixed into the admin's generated form class by ``EditConflictAdminMixin.get_form``."""

    conflict_message = _(
        "Someone else changed this while you were editing it. Nothing of yours has been saved yet: compare the two "
        "versions below, then save again to keep yours, or leave the page to keep theirs."
    )
    seen_fields = ()
    conflict_rows = None

    def clean(self):
        cleaned_data = super().clean()
        instance = self.instance
        if instance.pk is None:
            return cleaned_data
        # Under a row lock, held until the admin's transaction ends: a second save waits for the first, then sees it.
        live = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
        form_fields = _model_field_names(self)
        token = read_token(self.data.get(TOKEN_FIELD))
        unchanged = (
            token is not None
            and token["digest"] == _digest(revisions.current(live, form_fields))
            and token["seen"] == revisions.current(live, self.seen_fields)
        )
        if unchanged:
            return cleaned_data
        self.conflict_rows = self._differences(live, form_fields, (token or {}).get("seen", {}))
        # The next save is made knowing their version, so it carries the token of what is saved now.
        self.data = self.data.copy()
        self.data[TOKEN_FIELD] = make_token(live, form_fields, self.seen_fields)
        raise forms.ValidationError(self.conflict_message, code="edit_conflict")

    def _differences(self, live, form_fields, seen):
        """[(label, theirs, yours)] for each field where the saved version and this moderator's differ."""
        mine = copy.copy(live)
        submitted = [name for name in form_fields if name in self.cleaned_data]
        construct_instance(self, mine, fields=submitted)
        yours = revisions.snapshot(mine, self.cleaned_data, submitted)
        yours.update({name: value for name, value in seen.items() if name in self.seen_fields})
        return revisions.diff(live, yours)


class EditConflictAdminMixin:
    """For a ModelAdmin: change forms refuse to overwrite a version saved since the form was opened.

    ``edit_conflict_seen_fields`` lists fields the form shows but does not edit, whose change also counts
    (a decision on the status, the proposed values of a revision).
    """

    edit_conflict_seen_fields = ()
    # Renders the token and the comparison; a change_form_template of one's own should extend this one.
    change_form_template = "admin/edit_conflict/change_form.html"

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if not change or obj is None:
            return form_class
        seen = [name for name in self.edit_conflict_seen_fields if hasattr(obj, name)]
        token = forms.CharField(widget=forms.HiddenInput, required=False)
        locked = type(
            form_class.__name__,
            (EditConflictFormMixin, form_class),
            {TOKEN_FIELD: token, "seen_fields": seen},
        )
        locked.base_fields[TOKEN_FIELD].initial = make_token(obj, _model_field_names(locked), seen)
        return locked
