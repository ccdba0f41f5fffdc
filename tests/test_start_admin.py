"""Moderators keep the start guides and offices in the admin; nothing they replace is lost."""

import pytest
from django.contrib.contenttypes.models import ContentType

from directory.admin_locking import TOKEN_FIELD
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.moderation.models import Revision
from news.start.models import Fact, Guide, Office


@pytest.mark.parametrize("model", ["guide", "office"])
def test_moderator_opens_the_sections_admin_pages(client, moderator, model):
    client.force_login(moderator)
    assert client.get(f"/admin/start/{model}/").status_code == 200
    assert client.get(f"/admin/start/{model}/add/").status_code == 200


def guide_form(client, guide, **changes):
    """The guide's change form as posted after opening it, with its facts inline."""
    opened = client.get(f"/admin/start/guide/{guide.pk}/change/").context["adminform"].form
    data = {
        TOKEN_FIELD: opened[TOKEN_FIELD].value(),
        "slug": guide.slug,
        "position": guide.position,
        "legal_form": guide.legal_form_id or "",
        "facts-TOTAL_FORMS": guide.facts.count(),
        "facts-INITIAL_FORMS": guide.facts.count(),
        "facts-MIN_NUM_FORMS": 0,
        "facts-MAX_NUM_FORMS": 1000,
        "directory-moderationdecision-content_type-object_id-TOTAL_FORMS": 0,
        "directory-moderationdecision-content_type-object_id-INITIAL_FORMS": 0,
    }
    for code in ("ar", "fr", "en", "nl", "es"):
        for field in ("title", "summary", "body", "help_title", "help_text"):
            data[f"{field}_{code}"] = getattr(guide, f"{field}_{code}") or ""
    for n, fact in enumerate(guide.facts.order_by("pk")):
        data.update(
            {
                f"facts-{n}-id": fact.pk,
                f"facts-{n}-guide": guide.pk,
                f"facts-{n}-topic": fact.topic,
                f"facts-{n}-source_url": fact.source_url,
                f"facts-{n}-checked_on": fact.checked_on.isoformat(),
                f"facts-{n}-position": fact.position,
            }
        )
        for code in ("ar", "fr", "en", "nl", "es"):
            data[f"facts-{n}-text_{code}"] = getattr(fact, f"text_{code}")
            data[f"facts-{n}-source_name_{code}"] = getattr(fact, f"source_name_{code}")
    data.update(changes)
    return data


def test_an_edit_keeps_the_replaced_version_and_approving_it_restores_it(client, moderator):
    guide = Guide.objects.get(slug="cooperative")
    before = guide.summary_fr
    client.force_login(moderator)
    response = client.post(
        f"/admin/start/guide/{guide.pk}/change/", guide_form(client, guide, summary_fr="Un nouveau résumé.")
    )
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.summary_fr == "Un nouveau résumé."

    kept = Revision.objects.get(content_type=ContentType.objects.get_for_model(Guide), object_id=guide.pk)
    assert kept.status == ModerationStatus.ARCHIVED
    assert kept.data["summary_fr"] == before
    # The revisions admin shows what changed since: live now, and the kept version.
    assert ("Un nouveau résumé.", before) in [(old, new) for _label, old, new in kept.changes()]

    moderation_decide(obj=kept, to_status=ModerationStatus.PUBLISHED, actor=moderator)
    guide.refresh_from_db()
    assert guide.summary_fr == before


def test_an_edited_fact_keeps_its_previous_wording(client, moderator):
    guide = Guide.objects.get(slug="association")
    fact = guide.facts.order_by("pk").first()
    before = fact.text_en
    client.force_login(moderator)
    response = client.post(
        f"/admin/start/guide/{guide.pk}/change/",
        guide_form(client, guide, **{"facts-0-text_en": "Reworded."}),
    )
    assert response.status_code == 302
    kept = Revision.objects.get(content_type=ContentType.objects.get_for_model(Fact), object_id=fact.pk)
    assert kept.data["text_en"] == before


def test_a_fact_without_its_source_is_refused_in_the_admin(client, moderator):
    guide = Guide.objects.get(slug="association")
    client.force_login(moderator)
    data = guide_form(client, guide, **{"facts-0-source_url": "", "facts-0-checked_on": ""})
    response = client.post(f"/admin/start/guide/{guide.pk}/change/", data)
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[0]
    assert {"source_url", "checked_on"} <= errors.keys()


def test_moderator_publishes_an_office(client, moderator):
    office = Office.objects.create(
        name_fr="Caïdat", address_fr="Tanger", hours_fr="8h30–16h30", status=ModerationStatus.PENDING
    )
    client.force_login(moderator)
    response = client.post(
        "/admin/start/office/",
        {"action": "publish_selected", "_selected_action": [office.pk]},
    )
    assert response.status_code == 302
    office.refresh_from_db()
    assert office.is_published


def test_staff_who_are_not_moderators_cannot_publish_a_guide(client, staff_non_moderator):
    guide = Guide.objects.get(slug="cooperative")
    Guide.objects.filter(pk=guide.pk).update(status=ModerationStatus.DRAFT)
    client.force_login(staff_non_moderator)
    client.post("/admin/start/guide/", {"action": "publish_selected", "_selected_action": [guide.pk]})
    guide.refresh_from_db()
    assert guide.status == ModerationStatus.DRAFT
