"""Moderation shared by every kind of submission: one status vocabulary, one queryset rule, one decision log.

Only PUBLISHED records are public. Everything else — a draft, a submission waiting for review, a rejected or
archived one — is invisible outside the admin, and a public URL for it is a 404.

The package holds all of it:

- here: the statuses, the queryset rule and the abstract ``Moderated`` model every moderated model extends
  (nothing here imports a model, so any models module can import it);
- ``models``: the decision log (``ModerationDecision``) and proposed changes (``Revision``);
- ``decisions``: ``moderation_decide`` (the one way a status changes) and the e-mail telling submitters;
- ``revisions``: storing, comparing and applying proposed values (pure functions, no model);
- ``editing``: the members' edit page through moderation (pending revision, conflicts, list states);
- ``group``: the Moderators group and its permissions;
- ``admin``, ``forms``, ``tags``: the admin mixin and actions, the reject form, the admin queue tag.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PENDING = "pending", _("pending review")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")
    ARCHIVED = "archived", _("archived")


class ModeratedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ModerationStatus.PUBLISHED)

    def pending(self):
        return self.filter(status=ModerationStatus.PENDING)


class Moderated(models.Model):
    status = models.CharField(
        _("moderation status"),
        max_length=20,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
        db_index=True,
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)

    objects = ModeratedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == ModerationStatus.PUBLISHED
