from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Area, Sector, Taxonomy
from directory.moderation import Moderated, ModeratedQuerySet, ModerationStatus
from directory.translated import LANGUAGE_CODES, Translated, first_translation, unique_slug
from opportunities.models import Opportunity
from organisations.models import Organisation


class Category(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class ArticleQuerySet(ModeratedQuerySet):
    def public(self, now=None):
        """Published, due (a scheduled article appears by itself at its publication time), and, if an
        organisation submitted it, that organisation is public: the rule for every page, feed, count and e-mail."""
        return (
            self.published()
            .filter(publish_at__lte=now or timezone.now())
            .filter(Q(submitted_by__isnull=True) | Organisation.objects.public_q("submitted_by__"))
        )

    # The name the lists and feeds used before the organisation's side of the rule existed.
    live = public

    def in_language(self, code):
        return self.exclude(**{f"title_{code}": ""}).exclude(**{f"title_{code}__isnull": True})


class Article(Translated, Moderated):
    translated_fields = ("title", "summary", "body", "cover_alt")
    reserved_slugs = {"feed"}

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True, blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in lists."))
    body = models.TextField(
        _("text"),
        blank=True,
        help_text=_(
            "Markdown: blank line between paragraphs, ## for a heading, - for a list, **bold**, *italic*, "
            "[text](https://link)."
        ),
    )
    cover = models.ImageField(_("cover image"), upload_to="news/covers/", blank=True)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for blind readers."),
    )
    publish_at = models.DateTimeField(
        _("publication time"), default=timezone.now, db_index=True, help_text=_("A future time schedules it.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    submitted_by = models.ForeignKey(
        Organisation,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_articles",
        help_text=_("The organisation that submitted this news about its own work."),
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("categories"), blank=True, related_name="articles"
    )
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations in the article"), blank=True, related_name="articles"
    )
    opportunities = models.ManyToManyField(
        Opportunity, verbose_name=_("opportunities in the article"), blank=True, related_name="articles"
    )
    areas = models.ManyToManyField(Area, verbose_name=_("areas"), blank=True, related_name="articles")
    is_sample = models.BooleanField(_("sample data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-publish_at", "-pk"]
        permissions = [("moderate_article", _("Can publish, reject or archive articles"))]
        indexes = [models.Index(fields=["status", "-publish_at"], name="article_status_publish")]

    def __str__(self):
        return first_translation(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def related(self, limit=3):
        """Live articles sharing a category with this one, newest first."""
        category_ids = [c.pk for c in self.categories.all()]
        if not category_ids:
            return []
        through = Article.categories.through.objects.filter(category_id__in=category_ids)
        return list(
            Article.objects.public()
            .exclude(pk=self.pk)
            .filter(pk__in=through.values("article_id"))
            .prefetch_related("categories")[:limit]
        )

    def on_moderation_decision(self, decision):
        # An organisation's news dates from its first publication, not from the day it was sent in; a time a
        # moderator set in the future (a scheduled article) is kept.
        if (
            decision.to_status != ModerationStatus.PUBLISHED
            or not self.submitted_by_id
            or self.publish_at >= decision.created_at
        ):
            return
        earlier = type(decision).objects.filter(
            content_type=decision.content_type, object_id=self.pk, to_status=ModerationStatus.PUBLISHED
        )
        if not earlier.exclude(pk=decision.pk).exists():
            self.publish_at = decision.created_at
            self.save(update_fields=["publish_at"])

    def moderation_recipients(self):
        if self.submitted_by_id:
            return self.submitted_by.moderation_recipients()
        return [self.author] if self.author_id else []

    def clean(self):
        super().clean()
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError({"title_fr": _("Give the title in at least one language.")})
        if self.cover and not any(getattr(self, f"cover_alt_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(
                {"cover_alt_fr": _("Describe the cover image for readers who cannot see it.")}
            )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, "title", reserved=self.reserved_slugs)
        super().save(*args, **kwargs)


class EventQuerySet(ModeratedQuerySet):
    def public(self):
        """Published, and organised by a public organisation (or by none): the rule for every public surface."""
        return self.published().filter(
            Q(organiser__isnull=True) | Organisation.objects.public_q("organiser__")
        )

    def upcoming(self, now=None):
        return self.public().filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.public().filter(end__lt=now or timezone.now())


class Event(Translated, Moderated):
    """Upcoming projects and initiatives: a date, a place or an online link, and who organises it."""

    translated_fields = ("title", "description")
    reserved_slugs = {"feed", "archive"}

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=Article.body.field.help_text)
    start = models.DateTimeField(
        _("starts"), db_index=True, help_text=_("Date and time in Tangier (Morocco).")
    )
    end = models.DateTimeField(_("ends"), db_index=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="events")
    is_sample = models.BooleanField(_("sample data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "pk"]
        permissions = [("moderate_event", _("Can publish, reject or archive events"))]
        indexes = [models.Index(fields=["status", "end"], name="event_status_end")]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="event_ends_after_start")
        ]

    def __str__(self):
        return first_translation(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("news:event", kwargs={"slug": self.slug})

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def place(self):
        """Where it happens, in words: the address and the area's name, or nothing for an online event."""
        area = self.area.name if self.area_id else ""
        if area and area.casefold() in self.address.casefold():
            return self.address
        return ", ".join(part for part in (self.address, area) if part)

    def moderation_recipients(self):
        return self.organiser.moderation_recipients() if self.organiser_id else []

    def clean(self):
        super().clean()
        errors = {}
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            errors["title_fr"] = _("Give the title in at least one language.")
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end comes before the start.")
        if not self.address and not self.online_url and not self.area_id:
            errors["address"] = _("Give a place or an online link.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, "title", reserved=self.reserved_slugs)
        super().save(*args, **kwargs)


class ProjectQuerySet(ModeratedQuerySet):
    def public(self):
        """Published: the rule for every page, feed, sitemap and profile. Partners are filtered apart
        (``public_partners``): a project never hides because one of its partners is not public."""
        return self.published()

    def upcoming(self):
        return self.public().filter(stage=Project.Stage.UPCOMING)

    def next_upcoming(self, limit=3):
        """The next few upcoming projects, soonest first, for the home page and the about pages: one query."""
        return list(self.upcoming().select_related("area").in_list_order()[:limit])

    def in_list_order(self):
        """Upcoming first (soonest first), then running (latest started first), then done (latest ended
        first); undated ones after the dated ones of their stage."""
        rank = models.Case(
            *(models.When(stage=stage, then=n) for n, stage in enumerate(Project.Stage.values)),
            output_field=models.IntegerField(),
        )
        soonest = models.Case(models.When(stage=Project.Stage.UPCOMING, then=models.F("start_date")))
        latest = models.Case(
            models.When(stage=Project.Stage.RUNNING, then=models.F("start_date")),
            models.When(stage=Project.Stage.DONE, then=models.F("end_date")),
        )
        return self.order_by(rank, soonest.asc(nulls_last=True), latest.desc(nulls_last=True), "-pk")


def _picture_path(instance, filename):
    return f"news/projects/{filename}"


class Project(Translated, Moderated):
    """The founders' own projects and initiatives: upcoming, running or done, with their partners."""

    class Stage(models.TextChoices):
        UPCOMING = "upcoming", _("upcoming")
        RUNNING = "running", _("running")
        DONE = "done", _("done")

    translated_fields = ("title", "summary", "body", "picture_alt")
    reserved_slugs = {"feed"}

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True, blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in lists."))
    body = models.TextField(_("text"), blank=True, help_text=Article.body.field.help_text)
    stage = models.CharField(
        _("project status"), max_length=10, choices=Stage.choices, default=Stage.UPCOMING, db_index=True
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="projects")
    partners = models.ManyToManyField(
        Organisation,
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="projects",
        help_text=_("Organisations of the directory working on the project; only public ones are shown."),
    )
    picture = models.ImageField(_("picture"), upload_to=_picture_path, blank=True)
    picture_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for blind readers."),
    )
    is_sample = models.BooleanField(_("sample data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-created_at", "-pk"]
        permissions = [("moderate_project", _("Can publish, reject or archive projects"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="project_ends_after_start",
            )
        ]

    def __str__(self):
        return first_translation(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("news:project", kwargs={"slug": self.slug})

    def public_partners(self):
        """The partners a page may name: public ones only. Reads ``partners`` prefetched with
        ``Prefetch("partners", queryset=Organisation.objects.public())`` when there is one."""
        return [o for o in self.partners.all() if o.is_published and o.closed_on is None]

    def clean(self):
        super().clean()
        errors = {}
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            errors["title_fr"] = _("Give the title in at least one language.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end comes before the start.")
        if self.picture and not any(getattr(self, f"picture_alt_{code}", "") for code in LANGUAGE_CODES):
            errors["picture_alt_fr"] = _("Describe the picture for readers who cannot see it.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, "title", reserved=self.reserved_slugs)
        super().save(*args, **kwargs)


class Page(Translated, models.Model):
    """About pages (vision, mission, history, how the directory works, privacy, terms), edited by moderators."""

    translated_fields = ("title", "body")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=Article.body.field.help_text)
    position = models.PositiveSmallIntegerField(_("position in the footer"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        return reverse("news:page", kwargs={"slug": self.slug})


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscriber(models.Model):
    """A newsletter reader: confirmed by a link (double opt-in), gone with one click."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language of the e-mails"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    languages = models.JSONField(
        _("languages of the news"),
        default=list,
        blank=True,
        help_text=_("News written in these languages; none means all."),
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="+")
    areas = models.ManyToManyField(Area, verbose_name=_("areas"), blank=True, related_name="+")
    opportunity_kinds = models.JSONField(_("kinds of opportunity"), default=list, blank=True)
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email


class Delivery(models.Model):
    """One item sent to one subscriber: the record that keeps a digest from sending it twice."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "content_type", "object_id"], name="delivery_once")
        ]

    def __str__(self):
        return f"{self.subscriber} ← {self.content_type.model} {self.object_id}"
