"""How a moderated object changes status: one recorded decision at a time, and the submitters are told."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from directory.mail import send_mail_in_language
from directory.moderation import ModerationStatus
from directory.moderation.models import ModerationDecision


def moderation_decide(*, obj, to_status, actor, reason=""):
    """Move ``obj`` to ``to_status`` and record the decision; returns the decision, or None if unchanged."""
    with transaction.atomic():
        # Read the status under a row lock: two moderators deciding at once must log true transitions.
        from_status = (
            type(obj)._default_manager.select_for_update().values_list("status", flat=True).get(pk=obj.pk)
        )
        if from_status == to_status:
            obj.status = to_status
            return None
        obj.status = to_status
        fields = ["status"]
        if to_status == ModerationStatus.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
            fields.append("published_at")
        if hasattr(obj, "updated_at"):
            fields.append("updated_at")
        obj.save(update_fields=fields)
        decision = ModerationDecision.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            actor=actor,
        )
        # What a decision means beyond the status is the model's business: a revision applies its changes,
        # a claim makes its author an owner.
        hook = getattr(obj, "on_moderation_decision", None)
        if hook is not None:
            hook(decision)
        transaction.on_commit(lambda: notify_decision(obj, decision))
        return decision


NOTIFIED_STATUSES = {ModerationStatus.PUBLISHED, ModerationStatus.REJECTED}


def notify_decision(obj, decision):
    """E-mail the people who submitted ``obj`` the outcome, each in their own language."""
    if decision.to_status not in NOTIFIED_STATUSES:
        return
    recipients = getattr(obj, "moderation_recipients", list)()
    for user in recipients:
        if user is None or user == decision.actor or not user.email:
            continue
        with translation.override(user.language):
            dashboard_url = settings.SITE_URL + reverse("dashboard:home")
            has_page = obj.is_published and hasattr(obj, "get_absolute_url")
            public_url = settings.SITE_URL + obj.get_absolute_url() if has_page else ""
        send_mail_in_language(
            to=user.email,
            language=user.language,
            subject_template="emails/moderation_decision_subject.txt",
            body_template="emails/moderation_decision.txt",
            context={
                "user": user,
                "object": obj,
                "decision": decision,
                "published": obj.is_published,
                "public_url": public_url,
                "dashboard_url": dashboard_url,
            },
        )
