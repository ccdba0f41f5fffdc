"""E-mail every confirmed subscriber what is new since their last digest, in their language.

Each subscriber is one transaction: record the items as delivered, move their last digest time, send, commit.
A failed send rolls their records back, so the next run retries them; a run stopped half-way has committed
the subscribers already served, so the next run neither repeats them nor forgets the others.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from directory.mail import send_mail_in_language
from news.models import Article, Delivery, Event, Subscriber
from news.newsletter.tokens import site_url, unsubscribe_headers, unsubscribe_url
from opportunities.models import Opportunity

SECTIONS = ("articles", "events", "opportunities")


def published_since(since):
    # Records put straight into the published state (imports, demo data) have no publication time; their
    # creation time stands in, so they are not silently never sent.
    return Q(published_at__gte=since) | Q(published_at__isnull=True, created_at__gte=since)


def undelivered(queryset, subscriber):
    content_type = ContentType.objects.get_for_model(queryset.model)
    sent = Delivery.objects.filter(subscriber=subscriber, content_type=content_type).values("object_id")
    return queryset.exclude(pk__in=sent)


def new_articles(subscriber, since, now):
    # An article approved after its publication time counts from its approval, one scheduled for later from
    # its publication time: whichever is recent, it has not been sent yet.
    articles = Article.objects.public(now).filter(Q(publish_at__gte=since) | Q(published_at__gte=since))
    wanted = set(subscriber.languages)
    return [
        article
        for article in undelivered(articles, subscriber)
        if not wanted or wanted.intersection(article.available_languages())
    ]


def new_events(subscriber, since, now):
    return list(undelivered(Event.objects.upcoming(now).filter(published_since(since)), subscriber))


def in_areas(areas):
    """Opportunities placed in one of ``areas``, below it, or above it.

    One in Beni Makada suits a subscriber who chose Tanger, and one for all of Morocco suits them too.
    """
    condition = Q()
    for area in areas:
        parts = area.path.split("/")
        containing = ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]
        condition |= Q(areas__path__in=containing) | Q(areas__path__startswith=f"{area.path}/")
    return condition


def new_opportunities(subscriber, since, now):
    opportunities = undelivered(Opportunity.objects.open(now).filter(published_since(since)), subscriber)
    if subscriber.opportunity_kinds:
        opportunities = opportunities.filter(kind__in=subscriber.opportunity_kinds)
    sectors = list(subscriber.sectors.all())
    if sectors:
        opportunities = opportunities.filter(
            pk__in=Opportunity.objects.filter(sectors__in=sectors).values("pk")
        )
    areas = list(subscriber.areas.all())
    if areas:
        opportunities = opportunities.filter(
            Q(is_remote=True) | Q(pk__in=Opportunity.objects.filter(in_areas(areas)).values("pk"))
        )
    return list(opportunities)


def collect(subscriber, now):
    """What ``subscriber`` has not received yet, by section; empty sections included."""
    since = max(moment for moment in (subscriber.confirmed_at, subscriber.last_digest_at) if moment)
    return {
        "articles": new_articles(subscriber, since, now),
        "events": new_events(subscriber, since, now),
        "opportunities": new_opportunities(subscriber, since, now),
    }


def entries(objects, language):
    """Titles (with the model's fallback) and links, both in the subscriber's language."""
    with translation.override(language):
        return [
            {"object": obj, "title": obj.title, "url": settings.SITE_URL + obj.get_absolute_url()}
            for obj in objects
        ]


def send(subscriber, digest, total):
    language = subscriber.language
    unsubscribe = unsubscribe_url(subscriber)
    send_mail_in_language(
        to=subscriber.email,
        language=language,
        subject_template="emails/newsletter_digest_subject.txt",
        body_template="emails/newsletter_digest.txt",
        context={
            **{section: entries(digest[section], language) for section in SECTIONS},
            "total": total,
            "unsubscribe_url": unsubscribe,
            "subscribe_url": site_url("newsletter:subscribe", language),
        },
        headers=unsubscribe_headers(unsubscribe),
    )


def deliver(subscriber_pk, now):
    """Send one subscriber their digest; the number of items sent (0: nothing new, or no longer subscribed)."""
    with transaction.atomic():
        # The lock keeps two overlapping runs from both sending to the same person.
        subscriber = Subscriber.objects.active().select_for_update().filter(pk=subscriber_pk).first()
        if subscriber is None:
            return 0
        digest = collect(subscriber, now)
        total = sum(len(items) for items in digest.values())
        Delivery.objects.bulk_create(
            Delivery(
                subscriber=subscriber,
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
            )
            for items in digest.values()
            for obj in items
        )
        subscriber.last_digest_at = now
        subscriber.save(update_fields=["last_digest_at"])
        if total:
            send(subscriber, digest, total)
    return total


class Command(BaseCommand):
    help = (
        "E-mail each confirmed subscriber the news, events and opportunities published since their last "
        "digest. Safe to rerun after an interruption. Run daily or weekly."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what would be sent; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        pks = list(Subscriber.objects.active().order_by("pk").values_list("pk", flat=True))
        if dry_run:
            self.preview(pks, now)
            return
        sent = items = 0
        failed = []
        for pk in pks:
            try:
                count = deliver(pk, now)
            except Exception as error:  # one bad address or a mail server hiccup must not stop the others
                failed.append(pk)
                self.stderr.write(f"Subscriber {pk}: not sent ({error!r}); the next run retries.")
                continue
            sent += bool(count)
            items += count
        self.stdout.write(
            f"Sent {sent} digest(s) with {items} item(s); {len(pks) - sent - len(failed)} subscriber(s) "
            f"had nothing new; {len(failed)} failed."
        )
        if failed:
            raise CommandError(f"{len(failed)} digest(s) could not be sent; run the command again to retry.")

    def preview(self, pks, now):
        for subscriber in Subscriber.objects.filter(pk__in=pks).order_by("pk"):
            digest = collect(subscriber, now)
            titled = [
                (section, obj)
                for section in SECTIONS
                for obj in entries(digest[section], subscriber.language)
            ]
            if not titled:
                continue
            self.stdout.write(f"{subscriber.email} ({subscriber.language}): {len(titled)} item(s)")
            for section, entry in titled:
                self.stdout.write(f"  {section}: {entry['title']} {entry['url']}")
        self.stdout.write("Dry run: nothing was sent or recorded.")
