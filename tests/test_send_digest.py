from smtplib import SMTPRecipientsRefused

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from directory.moderation import ModerationStatus
from news.management.commands import send_digest
from news.models import Delivery, Subscriber
from opportunities.models import Opportunity
from tests.newsletter_helpers import days, make_article, make_event, make_opportunity, make_subscriber


def digest_for(email):
    (message,) = [m for m in mail.outbox if m.to == [email]]
    return message.body


def recipients():
    return sorted(m.to[0] for m in mail.outbox)


def test_each_new_item_is_sent_once(db):
    make_subscriber("amina@example.org")
    make_article(title_fr="Une nouvelle")
    make_event(title_fr="Un événement")
    make_opportunity(title_fr="Une subvention")
    call_command("send_digest")
    body = digest_for("amina@example.org")
    for title in ("Une nouvelle", "Un événement", "Une subvention"):
        assert title in body
    assert Delivery.objects.count() == 3
    mail.outbox.clear()
    call_command("send_digest")
    assert mail.outbox == []


def test_the_next_digest_holds_only_what_appeared_since(db):
    make_subscriber("amina@example.org")
    make_article(title_fr="Première")
    call_command("send_digest")
    mail.outbox.clear()
    make_article(title_fr="Deuxième")
    call_command("send_digest")
    body = digest_for("amina@example.org")
    assert "Deuxième" in body
    assert "Première" not in body


def test_an_item_caught_by_two_runs_is_still_sent_once(db, monkeypatch):
    # Published while a run was going (after the instant that run started), so it falls in both windows.
    make_subscriber("amina@example.org")
    make_opportunity(title_fr="Publiée pendant l'envoi", published_at=days(0.01))
    call_command("send_digest")
    assert "Publiée pendant l'envoi" in digest_for("amina@example.org")
    mail.outbox.clear()
    tomorrow = days(1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: tomorrow)
    call_command("send_digest")
    assert mail.outbox == []


def test_the_digest_is_in_the_subscribers_language_with_the_fallback_title(db):
    make_subscriber("amina@example.org", language="ar")
    translated = make_article(title_fr="Journée portes ouvertes", title_ar="يوم الأبواب المفتوحة")
    make_article(title_fr="Seulement en français")
    call_command("send_digest")
    body = digest_for("amina@example.org")
    assert "يوم الأبواب المفتوحة" in body
    assert "Journée portes ouvertes" not in body
    assert "Seulement en français" in body
    assert f"/ar/a/{translated.pk}/" in body
    assert "/fr/" not in body


def test_news_languages_limit_the_articles(db):
    make_subscriber("bilal@example.org", language="nl", languages=["nl", "en"])
    make_article(title_fr="Alleen Frans", title_ar="بالعربية فقط")
    make_article(title_fr="Aussi en néerlandais", title_nl="Ook in het Nederlands")
    call_command("send_digest")
    body = digest_for("bilal@example.org")
    assert "Ook in het Nederlands" in body
    assert "Alleen Frans" not in body
    assert "بالعربية فقط" not in body


def test_opportunities_match_the_chosen_kinds_sectors_and_areas(taxonomies):
    make_subscriber("amina@example.org", opportunity_kinds=["funding"], sectors=["health"], areas=["tanger"])
    make_subscriber("all@example.org")
    wanted = {
        "In Tanger": {"areas": ["tanger"]},
        "In an arrondissement of Tanger": {"areas": ["bni-makada"]},
        "For all of Morocco": {"areas": ["morocco"]},
        "Anywhere": {"is_remote": True},
    }
    unwanted = {
        "Another sector": {"areas": ["tanger"], "sectors": ["education"]},
        "Another kind": {"areas": ["tanger"], "kind": Opportunity.Kind.VOLUNTEERING},
        "Another commune": {"areas": ["assilah"]},
        "Another country": {"areas": ["france"]},
    }
    for title, fields in {**wanted, **unwanted}.items():
        make_opportunity(title_fr=title, **{"sectors": ["health"], **fields})
    call_command("send_digest")
    body = digest_for("amina@example.org")
    for title in wanted:
        assert title in body
    for title in unwanted:
        assert title not in body
    everything = digest_for("all@example.org")
    assert all(title in everything for title in {**wanted, **unwanted})


def test_only_public_current_items_published_since_confirmation_are_sent(db):
    make_subscriber("amina@example.org", confirmed_at=days(-5))
    make_article(title_fr="Avant l'inscription", publish_at=days(-6), published_at=days(-6))
    make_article(title_fr="En attente", status=ModerationStatus.PENDING, published_at=None)
    make_article(title_fr="Programmée", publish_at=days(2))
    make_article(title_fr="Approuvée en retard", publish_at=days(-7), published_at=days(0))
    make_event(title_fr="Déjà passé", start=days(-3), end=days(-2))
    make_opportunity(title_fr="Déjà close", deadline=days(-1))
    make_opportunity(title_fr="Ouverte")
    call_command("send_digest")
    body = digest_for("amina@example.org")
    assert "Approuvée en retard" in body
    assert "Ouverte" in body
    for title in ("Avant l'inscription", "En attente", "Programmée", "Déjà passé", "Déjà close"):
        assert title not in body


def test_a_scheduled_article_goes_out_once_its_time_has_come(db, monkeypatch):
    make_subscriber("amina@example.org")
    make_article(title_fr="Programmée", publish_at=days(1))
    call_command("send_digest")
    assert mail.outbox == []
    the_day_after = days(2)
    monkeypatch.setattr("django.utils.timezone.now", lambda: the_day_after)
    call_command("send_digest")
    assert "Programmée" in digest_for("amina@example.org")


def test_unconfirmed_and_unsubscribed_readers_are_skipped(db):
    make_subscriber("pending@example.org", confirmed_at=None)
    make_subscriber("gone@example.org", unsubscribed_at=days(0))
    make_subscriber("reader@example.org")
    make_article()
    call_command("send_digest")
    assert recipients() == ["reader@example.org"]


@pytest.fixture
def three_readers(transactional_db):
    readers = [make_subscriber(f"{name}@example.org") for name in ("first", "second", "third")]
    make_article(title_fr="Une nouvelle")
    make_opportunity(title_fr="Une subvention")
    return readers


def fail_for(monkeypatch, email, error):
    real = send_digest.send_mail_in_language

    def send(**kwargs):
        if kwargs["to"] == email:
            raise error
        return real(**kwargs)

    monkeypatch.setattr(send_digest, "send_mail_in_language", send)


def test_a_failed_send_is_retried_by_the_next_run_and_the_others_are_not_repeated(three_readers, monkeypatch):
    first, second, third = three_readers
    fail_for(monkeypatch, second.email, SMTPRecipientsRefused({second.email: (550, b"mailbox full")}))
    with pytest.raises(CommandError):
        call_command("send_digest")
    assert recipients() == [first.email, third.email]
    assert Delivery.objects.filter(subscriber=first).count() == 2
    assert not Delivery.objects.filter(subscriber=second).exists()
    assert Subscriber.objects.get(pk=second.pk).last_digest_at is None

    monkeypatch.undo()
    mail.outbox.clear()
    call_command("send_digest")
    assert recipients() == [second.email]
    assert Delivery.objects.filter(subscriber=second).count() == 2


def test_a_run_stopped_half_way_leaves_the_rest_to_the_next_run(three_readers, monkeypatch):
    first, second, third = three_readers
    fail_for(monkeypatch, second.email, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        call_command("send_digest")
    assert recipients() == [first.email]
    assert not Delivery.objects.exclude(subscriber=first).exists()

    monkeypatch.undo()
    mail.outbox.clear()
    call_command("send_digest")
    assert recipients() == [second.email, third.email]
    assert Delivery.objects.count() == 6


def test_a_dry_run_lists_the_items_and_sends_nothing(db, capsys):
    subscriber = make_subscriber("amina@example.org", language="ar")
    make_article(title_fr="Une nouvelle", title_ar="خبر جديد")
    call_command("send_digest", "--dry-run")
    output = capsys.readouterr().out
    assert "amina@example.org" in output
    assert "خبر جديد" in output
    assert mail.outbox == []
    assert not Delivery.objects.exists()
    assert Subscriber.objects.get(pk=subscriber.pk).last_digest_at is None
