from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory import caching
from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import Moderated, ModeratedQuerySet, ModerationStatus
from directory.search import Searchable, SearchableQuerySet, index_text, taxonomy_text
from directory.translated import LANGUAGE_CODES, fallback_order, first_translation, unique_slug
from organisations.models import Organisation


class OpportunityQuerySet(ModeratedQuerySet, SearchableQuerySet):
    @staticmethod
    def public_rule():
        """The one rule: published, and published by an organisation that is itself public (or by a named
        funder). ``is_public`` stores its answer (``refresh_public``), so that lists and counts test one
        indexed column instead of checking every publisher."""
        return Q(status=ModerationStatus.PUBLISHED) & (
            Q(organisation__isnull=True) | Q(organisation__in=Organisation.objects.public().values("pk"))
        )

    def public(self):
        # ``status`` too, though ``is_public`` implies it: the PostgreSQL indexes over published rows
        # (migration 0003) keep serving the lists.
        return self.filter(status=ModerationStatus.PUBLISHED, is_public=True)

    def refresh_public(self):
        """Store the rule's answer in ``is_public`` for these opportunities; returns the ids that changed."""
        changed = []
        for flag, rows in (
            (True, self.filter(self.public_rule())),
            (False, self.exclude(self.public_rule())),
        ):
            ids = list(rows.exclude(is_public=flag).values_list("pk", flat=True))
            if ids:
                self.model.objects.filter(pk__in=ids).update(is_public=flag)
                changed += ids
        if changed:
            caching.bump_models(self.model, using=self.db)  # update() sends no signal
        return changed

    # "Open" is decided at query time from the deadline, so nothing has to run at midnight for a call to close.
    @staticmethod
    def open_q(now=None):
        now = now or timezone.now()
        return Q(closed_at__isnull=True) & (Q(deadline__isnull=True) | Q(deadline__gt=now))

    def open(self, now=None):
        return self.public().filter(self.open_q(now))

    @staticmethod
    def happening_q(first, last):
        """Taking place on some day from ``first`` to ``last``: a day in range, a range that overlaps it, or a
        recurring slot begun by then with no end given."""
        ends_after = (
            Q(end_date__gte=first)
            | Q(end_date__isnull=True, start_date__gte=first)
            | (Q(end_date__isnull=True) & ~Q(recurrence=""))
        )
        return Q(start_date__lte=last) & ends_after

    def happening(self, first, last):
        return self.filter(self.happening_q(first, last))

    def closing_next(self, now=None, within=None):
        """Those whose deadline is still ahead (and, given ``within``, no further than that), soonest first.

        A range on the deadline (rather than "not null") lets PostgreSQL read the deadline index in order.
        """
        now = now or timezone.now()
        ahead = self.filter(deadline__gt=now)
        if within is not None:
            ahead = ahead.filter(deadline__lte=now + within)
        return ahead.order_by("deadline", "pk")

    def closing_soonest(self, now=None):
        """Open ones first, the soonest deadline first (no deadline after); then closed ones, latest first."""
        is_open = self.open_q(now)
        return self.annotate(
            closed_rank=Case(When(is_open, then=0), default=1, output_field=models.IntegerField())
        ).order_by(
            "closed_rank",
            Case(When(is_open, then=F("deadline"))).asc(nulls_last=True),
            F("deadline").desc(nulls_last=True),
            "pk",
        )

    def closing_soonest_parts(self, now=None):
        """The order of ``closing_soonest`` as consecutive querysets, each ordered by plain columns.

        Sorting on a CASE expression reads and sorts every row for each page; each of these orders is an index
        scan that stops once a page is full (on PostgreSQL, see migration 0003).
        """
        now = now or timezone.now()
        live = self.filter(closed_at__isnull=True)
        return [
            live.closing_next(now),
            live.filter(deadline__isnull=True).order_by("pk"),
            self.filter(Q(closed_at__isnull=False) | Q(deadline__lte=now)).order_by(
                F("deadline").desc(nulls_last=True), "pk"
            ),
        ]

    def closing_soonest_first(self, limit, now=None):
        """The first ``limit`` in the order of ``closing_soonest``, read part after part."""
        found = []
        for part in self.closing_soonest_parts(now):
            found += part[: limit - len(found)]
            if len(found) == limit:
                break
        return found


class Opportunity(Moderated, Searchable):
    class Kind(models.TextChoices):
        FUNDING = "funding", _("Funding")
        VOLUNTEERING = "volunteering", _("Volunteering")
        IN_KIND = "in-kind", _("In-kind help")
        TRAINING = "training", _("Training")

    class Direction(models.TextChoices):
        OFFERED = "offered", _("Offered")
        SOUGHT = "sought", _("Sought")

    class Currency(models.TextChoices):
        MAD = "MAD", _("Moroccan dirham (MAD)")
        EUR = "EUR", _("Euro (EUR)")

    class Recurrence(models.TextChoices):
        ONCE = "", _("Once, or every day from start to end")
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Every month")

    class Condition(models.TextChoices):
        NEW = "new", _("new")
        GOOD = "good", _("good")
        USED = "used", _("used, working")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="opportunities",
        help_text=_("The organisation offering or seeking this support."),
    )
    funder_name = models.CharField(
        _("funder"), max_length=200, blank=True, help_text=_("For funding from a body not in the directory.")
    )
    funder_url = models.URLField(_("funder's website"), blank=True)
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), blank=True, related_name="opportunities"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="opportunities"
    )
    areas = models.ManyToManyField(
        Area,
        verbose_name=_("areas"),
        blank=True,
        related_name="opportunities",
        help_text=_("Where it applies."),
    )
    is_remote = models.BooleanField(_("anywhere or remote"), default=False)
    deadline = models.DateTimeField(
        _("deadline"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Date and time in Tangier (Morocco)."),
    )
    # When it happens (the activity, not the call): one day, a range of days, or a recurring slot.
    start_date = models.DateField(_("starts"), null=True, blank=True)
    end_date = models.DateField(_("ends"), null=True, blank=True)
    recurrence = models.CharField(
        _("how often"), max_length=10, choices=Recurrence.choices, blank=True, default=Recurrence.ONCE
    )
    closed_at = models.DateTimeField(_("closed early"), null=True, blank=True, db_index=True)
    # Funding
    amount_min = models.DecimalField(
        _("amount from"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_max = models.DecimalField(
        _("amount up to"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, blank=True, db_index=True
    )
    eligible_legal_forms = models.ManyToManyField(
        LegalForm, verbose_name=_("legal forms that may apply"), blank=True, related_name="+"
    )
    registration_required = models.BooleanField(_("registration receipt required"), default=False)
    applicant_countries = models.ManyToManyField(
        Area,
        verbose_name=_("countries of applicants"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": Area.Kind.COUNTRY},
    )
    how_to_apply = models.TextField(_("how to apply"), blank=True)
    apply_url = models.URLField(_("link to apply"), blank=True)
    # Volunteering
    time_commitment = models.CharField(_("time commitment"), max_length=200, blank=True)
    skills = models.CharField(_("skills wanted"), max_length=300, blank=True)
    places = models.PositiveIntegerField(_("places available"), null=True, blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True, related_name="+")
    # In kind
    quantity = models.CharField(_("quantity"), max_length=200, blank=True)
    condition = models.CharField(_("condition"), max_length=10, choices=Condition.choices, blank=True)

    is_sample = models.BooleanField(_("sample data"), default=False)
    # What ``OpportunityQuerySet.public_rule`` answers, kept up to date on every save of the opportunity or of
    # its organisation (opportunities/counts.py); ``public()`` reads it.
    is_public = models.BooleanField(
        _("public"),
        default=False,
        editable=False,
        help_text=_("Published, by an organisation that is public too. Kept by the site."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        ordering = ["deadline", "pk"]
        permissions = [("moderate_opportunity", _("Can publish, reject or archive opportunities"))]
        indexes = [
            models.Index(fields=["status", "deadline"], name="opportunity_status_deadline"),
            models.Index(fields=["status", "-published_at"], name="opportunity_status_published"),
            # "This weekend" and "next 30 days" compare both ends of the activity with a date range.
            models.Index(fields=["status", "start_date", "end_date"], name="opportunity_status_activity"),
            models.Index(fields=["is_public", "deadline"], name="opportunity_public_deadline"),
        ]

    def __str__(self):
        return self.display_title()

    def display_title(self):
        return first_translation(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("opportunities:detail", kwargs={"slug": self.slug})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.is_published and self.closed_at is None and (self.deadline is None or self.deadline > now)

    def publisher_name(self):
        return self.organisation.display_name() if self.organisation_id else self.funder_name

    def moderation_recipients(self):
        return self.organisation.moderation_recipients() if self.organisation_id else []

    def clean(self):
        super().clean()
        errors = {}
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            errors[f"title_{fallback_order()[0]}"] = _("Give the title in at least one language.")
        if not self.organisation_id and not self.funder_name:
            errors["funder_name"] = _("Name the organisation or the funder behind this opportunity.")
        if self.amount_min is not None and self.amount_max is not None and self.amount_min > self.amount_max:
            errors["amount_max"] = _("The upper amount is below the lower one.")
        if (self.amount_min is not None or self.amount_max is not None) and not self.currency:
            errors["currency"] = _("Give the currency of the amount.")
        if self.start_date and self.end_date and self.start_date > self.end_date:
            errors["end_date"] = _("The end comes before the start.")
        if (self.end_date or self.recurrence) and not self.start_date:
            errors["start_date"] = _("Give the first day.")
        if errors:
            raise ValidationError(errors)

    def build_search_text(self, links=None):
        """Every language of the record and of its taxonomy terms; ``links`` ({field: terms}) stands in for
        the stored links when they are not written yet (bulk creation)."""
        parts = [self.funder_name, self.quantity]
        if self.organisation_id:
            parts.append(self.organisation.search_name)
        for field in ("title", "description", "how_to_apply", "time_commitment", "skills"):
            parts.extend(getattr(self, f"{field}_{code}", "") or "" for code in LANGUAGE_CODES)
        parts.append(taxonomy_text(self.taxonomy_links(links)))
        return index_text(" ".join(p for p in parts if p))

    def build_search_name(self):
        return index_text(" ".join(getattr(self, f"title_{code}", "") or "" for code in LANGUAGE_CODES))

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, "title")
        super().save(*args, **kwargs)


class InterestMessage(models.Model):
    """A visitor's message about an opportunity, relayed to its organisation without showing their address."""

    opportunity = models.ForeignKey(
        Opportunity, verbose_name=_("opportunity"), on_delete=models.CASCADE, related_name="messages"
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(
        _("your e-mail address"), help_text=_("The organisation replies to this address.")
    )
    message = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("message of interest")
        verbose_name_plural = _("messages of interest")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} → {self.opportunity}"
