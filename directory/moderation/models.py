"""The decision log and proposed changes, for every moderated kind of object (app label ``directory``)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.moderation import Moderated, ModerationStatus, revisions


class ModerationDecision(models.Model):
    """Who decided what about which submission, when and why; kept for every moderated kind of object."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("kind of object"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    from_status = models.CharField(
        _("from status"), max_length=20, choices=ModerationStatus.choices, blank=True
    )
    to_status = models.CharField(_("to status"), max_length=20, choices=ModerationStatus.choices)
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="decision_object_idx")]

    def __str__(self):
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class Revision(Moderated):
    """Proposed changes to a published object, kept aside until a moderator approves them.

    The public keeps seeing the approved version. ``data`` holds the proposed values of the edited fields
    (see directory.moderation.revisions); approving a revision (publishing it) writes them onto the object.
    """

    content_type = models.ForeignKey(ContentType, verbose_name=_("kind of object"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(_("proposed values"), default=dict)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="revisions",
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-updated_at", "-pk"]
        permissions = [("moderate_revision", _("Can approve or reject revisions"))]
        indexes = [models.Index(fields=["content_type", "object_id", "status"], name="revision_object_idx")]
        constraints = [
            # One open proposal per object: later edits change it rather than compete with it.
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=models.Q(status=ModerationStatus.PENDING),
                name="revision_one_pending_per_object",
            )
        ]

    def __str__(self):
        return _("Changes to %(object)s") % {"object": self.content_object}

    def changes(self):
        return revisions.diff(self.content_object, self.data)

    def on_moderation_decision(self, decision):
        if decision.to_status == ModerationStatus.PUBLISHED:
            revisions.apply(self.content_object, self.data)

    def moderation_recipients(self):
        return [self.author] if self.author_id else []
