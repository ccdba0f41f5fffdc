import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import Moderated, ModeratedQuerySet, ModerationStatus
from directory.moderation.editing import pending_revision
from directory.search import Searchable, SearchableQuerySet, index_text, taxonomy_text
from directory.translated import LANGUAGE_CODES, fallback_order, first_translation, unique_slug

RESERVED_SLUGS = {"map"}  # fixed URLs under /organisations/


class OrganisationQuerySet(ModeratedQuerySet, SearchableQuerySet):
    @staticmethod
    def public_q(prefix=""):
        """The condition for a public organisation, reached through ``prefix`` (``"organiser__"``) from another
        model: published, so not a draft, pending, rejected or archived one. Every record that hangs on an
        organisation is public only if this holds for it."""
        return Q(**{f"{prefix}status": ModerationStatus.PUBLISHED, f"{prefix}closed_on__isnull": True})

    def public(self):
        """Organisations every visitor may see; the one rule for pages, feeds, counts and e-mails."""
        return self.filter(self.public_q())

    def closed(self):
        """Published organisations that have closed: their profile says so (410 Gone) and the API lists them
        with their closing date, so reusers can drop them; nothing else shows them."""
        return self.published().filter(closed_on__isnull=False)

    def public_or_closed(self):
        """What the open-data API lists: public organisations and, marked as such, closed ones."""
        return self.published()

    def order_by_name(self, language=None):
        names = [f"name_{code}" for code in fallback_order(language)]
        # Matches the per-language indexes of migration 0007 (names are stored as NULL, never "", when missing).
        return self.order_by(Lower(Coalesce(*[models.F(n) for n in names])), "pk")


def _logo_path(instance, filename):
    return f"organisations/logos/{instance.slug or 'new'}-{filename}"


class Organisation(Moderated, Searchable):
    name = models.CharField(
        _("name"), max_length=200, blank=True, help_text=_("Give the name in at least one language.")
    )
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, allow_unicode=True, blank=True)
    legal_form = models.ForeignKey(
        LegalForm,
        verbose_name=_("legal form"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    description = models.TextField(_("description"), blank=True, help_text=_("What the organisation does."))
    mission = models.TextField(_("mission"), blank=True, help_text=_("Why it exists, in a few sentences."))
    history = models.TextField(
        _("history"), blank=True, help_text=_("How the organisation started and what it has done since.")
    )
    upcoming_projects = models.TextField(
        _("upcoming projects"), blank=True, help_text=_("What the organisation is preparing next.")
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), blank=True, related_name="organisations"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="organisations"
    )
    areas = models.ManyToManyField(
        Area,
        verbose_name=_("areas served"),
        blank=True,
        related_name="organisations",
        help_text=_("Where the organisation works; choosing an area includes everything below it."),
    )
    address = models.CharField(_("head-office address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.ForeignKey(
        Area,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": Area.Kind.COUNTRY},
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), blank=True, related_name="organisations"
    )
    founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1800)]
    )
    registration_number = models.CharField(
        _("registration receipt number"),
        max_length=60,
        blank=True,
        db_index=True,
        help_text=_("The number of the receipt (récépissé) issued by the authorities, if any."),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    email_language = models.CharField(
        _("language for e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "Messages to the organisation's address are written in this language. If empty: the first language "
            "of the site that the organisation speaks."
        ),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook = models.URLField(_("Facebook page"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    staff_count = models.PositiveIntegerField(_("paid staff"), null=True, blank=True)
    volunteer_count = models.PositiveIntegerField(_("volunteers"), null=True, blank=True)
    logo = models.ImageField(_("logo"), upload_to=_logo_path, blank=True)
    logo_thumbnail = models.ImageField(_("logo thumbnail"), upload_to=_logo_path, blank=True, editable=False)
    last_confirmed = models.DateField(
        _("last confirmed"),
        null=True,
        blank=True,
        help_text=_("When the profile was last confirmed as correct."),
    )
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("Demo records, shown with a notice; never real.")
    )
    reminder_sent_at = models.DateTimeField(
        _("confirmation reminder sent"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the owners were last asked to confirm the profile."),
    )
    orphaned_at = models.DateTimeField(
        _("without an owner since"),
        null=True,
        blank=True,
        help_text=_("Set when the last owner closed their account, so moderators can find a new one."),
    )
    closed_on = models.DateField(
        _("closed on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When the organisation stopped its activity. Its profile then says it has closed."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["-updated_at", "pk"]
        permissions = [("moderate_organisation", _("Can publish, reject or archive organisations"))]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="org_status_published_idx"),
            models.Index(fields=["status", "-updated_at"], name="org_status_updated_idx"),
        ]

    def __str__(self):
        return self.display_name()

    def moderation_recipients(self):
        return [m.user for m in self.memberships.owners().select_related("user")]

    def pending_revision(self):
        return pending_revision(self)

    def display_name(self):
        return first_translation(self, "name") or self.acronym or self.slug

    # Spoken languages the site has no translation for, mapped to the nearest one it has: Darija and Amazigh
    # speakers in Morocco read standard Arabic.
    NEAREST_SITE_LANGUAGE = {"ary": "ar", "zgh": "ar", "tzm": "ar", "rif": "ar"}

    def mail_language(self):
        """The language of mails to the organisation's address: the chosen one, else one it speaks (preferring
        the one it wrote its profile in), else the one it wrote its profile in, else the site's default."""
        if self.email_language:
            return self.email_language
        written = [code for code in LANGUAGE_CODES if getattr(self, f"name_{code}", "")]
        spoken = set()
        for language in self.languages.all():
            code = self.NEAREST_SITE_LANGUAGE.get(language.slug, language.slug)
            if code in LANGUAGE_CODES:
                spoken.add(code)
        for code in [*written, *LANGUAGE_CODES]:
            if code in spoken:
                return code
        return written[0] if written else settings.LANGUAGE_CODE

    def get_absolute_url(self):
        return reverse("organisations:detail", kwargs={"slug": self.slug})

    def related_organisations(self, limit=4):
        """Published organisations sharing a sector and an area with this one."""
        sector_ids = [s.pk for s in self.sectors.all()]
        area_ids = [a.pk for a in self.areas.all()]
        if not sector_ids or not area_ids:
            return []
        through_sectors = Organisation.sectors.through.objects.filter(sector_id__in=sector_ids)
        through_areas = Organisation.areas.through.objects.filter(area_id__in=area_ids)
        return list(
            Organisation.objects.public()
            .exclude(pk=self.pk)
            .filter(pk__in=through_sectors.values("organisation_id"))
            .filter(pk__in=through_areas.values("organisation_id"))
            .select_related("country", "legal_form")
            .prefetch_related("sectors", "areas")
            .order_by("-updated_at", "pk")[:limit]
        )

    def clean(self):
        super().clean()
        if not any(getattr(self, f"name_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(
                {f"name_{fallback_order()[0]}": _("Give the name in at least one language.")}
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})
        if self.founded and self.founded > datetime.date.today().year:
            raise ValidationError({"founded": _("The founding year cannot be in the future.")})

    def build_search_text(self, links=None):
        """Every language of the record and of its taxonomy terms; ``links`` ({field: terms}) stands in for
        the stored links when they are not written yet (bulk creation)."""
        parts = [self.acronym, self.city, self.registration_number]
        for field in ("name", "description", "mission"):
            parts.extend(getattr(self, f"{field}_{code}", "") or "" for code in LANGUAGE_CODES)
        parts.append(taxonomy_text(self.taxonomy_links(links)))
        return index_text(" ".join(p for p in parts if p))

    def build_search_name(self):
        names = [getattr(self, f"name_{code}", "") or "" for code in LANGUAGE_CODES]
        return index_text(" ".join([self.acronym, *names]))

    def save(self, *args, **kwargs):
        for code in LANGUAGE_CODES:
            # A missing name is NULL, so "the first name available" is a plain COALESCE in SQL.
            if getattr(self, f"name_{code}", None) == "":
                setattr(self, f"name_{code}", None)
        if not self.slug:
            self.slug = unique_slug(self, "name", reserved=RESERVED_SLUGS)
        super().save(*args, **kwargs)


class MembershipQuerySet(models.QuerySet):
    def owners(self):
        return self.filter(role=Membership.Role.OWNER)


class Membership(models.Model):
    """Who may edit an organisation's profile: owners (who also manage members) and editors."""

    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        EDITOR = "editor", _("editor")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation", "role", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="membership_unique_user_per_organisation"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"


class Claim(Moderated):
    """A person's request to manage a published profile that has no owner yet (imported ones, say)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="claims"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("claimed by"),
        on_delete=models.CASCADE,
        related_name="claims",
    )
    message = models.TextField(
        _("message to the moderators"),
        help_text=_("Who you are in the organisation, and how we can check it (a phone number, a website)."),
    )
    created_at = models.DateTimeField(_("claimed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-created_at", "-pk"]
        permissions = [("moderate_claim", _("Can approve or reject claims"))]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(status=ModerationStatus.PENDING),
                name="claim_one_pending_per_user_and_organisation",
            )
        ]

    def __str__(self):
        return _("Claim to manage %(organisation)s") % {"organisation": self.organisation}

    def on_moderation_decision(self, decision):
        if decision.to_status == ModerationStatus.PUBLISHED:
            Membership.objects.update_or_create(
                organisation=self.organisation, user=self.user, defaults={"role": Membership.Role.OWNER}
            )
            Organisation.objects.filter(pk=self.organisation_id).update(orphaned_at=None)

    def moderation_recipients(self):
        return [self.user]


class Invitation(models.Model):
    """An owner's invitation to help edit a profile, sent by e-mail and valid for a limited time."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR
    )
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @property
    def is_usable(self):
        from django.utils import timezone

        return self.accepted_at is None and self.expires_at > timezone.now()


class PartnershipQuerySet(ModeratedQuerySet):
    def public(self):
        """Shown publicly: approved (a partner outside the directory by a moderator, one in it by confirming),
        and only between public organisations. A declared but unconfirmed or unmoderated partnership shows
        nowhere public."""
        return (
            self.published()
            .filter(OrganisationQuerySet.public_q("organisation__"))
            .filter(
                Q(partner__isnull=True)
                | (OrganisationQuerySet.public_q("partner__") & Q(confirmed_at__isnull=False))
            )
        )

    def involving(self, organisation):
        return self.filter(Q(organisation=organisation) | Q(partner=organisation))


class Partnership(Moderated):
    """A link between an organisation and a partner: in the directory (both sides confirm) or named.

    A named partner (a name, a website, a text anyone could write) waits for a moderator like every other
    submission; a partner in the directory is its own check, so that declaration is published at once and
    shows when the partner confirms it.
    """

    class Role(models.TextChoices):
        FUNDING = "funding", _("funding")
        PROJECT = "project", _("project partner")
        TWINNING = "twinning", _("twinning")
        NETWORK = "network", _("member of a network or federation")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="partnerships"
    )
    partner = models.ForeignKey(
        Organisation,
        verbose_name=_("partner in the directory"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="partnerships_received",
    )
    partner_name = models.CharField(
        _("partner's name"), max_length=200, blank=True, help_text=_("For a partner not in the directory.")
    )
    partner_country = models.ForeignKey(
        Area,
        verbose_name=_("partner's country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": Area.Kind.COUNTRY},
    )
    partner_url = models.URLField(_("partner's website"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    description = models.CharField(_("what you do together"), max_length=300, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed by the partner"), null=True, blank=True)
    created_at = models.DateTimeField(_("declared at"), auto_now_add=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["-created_at"]
        permissions = [
            ("moderate_partnership", _("Can publish or reject partnerships with outside partners"))
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(partner__isnull=False) | ~Q(partner_name=""), name="partnership_has_a_partner"
            ),
            models.UniqueConstraint(
                fields=["organisation", "partner", "role"],
                condition=Q(partner__isnull=False),
                name="partnership_once_per_role",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ↔ {self.partner or self.partner_name} ({self.get_role_display()})"

    def clean(self):
        super().clean()
        if self.partner_id and self.partner_id == self.organisation_id:
            raise ValidationError({"partner": _("An organisation cannot partner with itself.")})
        if not self.partner_id and not self.partner_name:
            raise ValidationError({"partner_name": _("Choose a partner in the directory or give a name.")})

    def country(self):
        """The partner's country: the directory partner's head office, else the one given."""
        return self.partner.country if self.partner_id else self.partner_country

    def moderation_recipients(self):
        return self.organisation.moderation_recipients()


class PartnerSearchQuerySet(ModeratedQuerySet):
    def public(self):
        """Published, by a public organisation."""
        return self.published().filter(OrganisationQuerySet.public_q("organisation__"))


class PartnerSearch(Moderated):
    """An organisation's notice that it is looking for partners: in which sectors, countries, for what."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="partner_searches",
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    description = models.TextField(_("what you are looking for"), blank=True)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="+")
    countries = models.ManyToManyField(
        Area,
        verbose_name=_("partners from"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": Area.Kind.COUNTRY},
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PartnerSearchQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner search")
        verbose_name_plural = _("partner searches")
        ordering = ["-published_at", "-pk"]
        permissions = [("moderate_partnersearch", _("Can publish or reject partner searches"))]

    def __str__(self):
        return first_translation(self, "title") or str(self.organisation)

    def clean(self):
        super().clean()
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(
                {f"title_{fallback_order()[0]}": _("Give the title in at least one language.")}
            )

    def get_absolute_url(self):
        return reverse("cooperation:search", kwargs={"pk": self.pk})

    def moderation_recipients(self):
        return self.organisation.moderation_recipients()


class PartnerSearchMessage(models.Model):
    """A visitor's answer to a partner search, relayed to the organisation without showing its address."""

    partner_search = models.ForeignKey(
        PartnerSearch, verbose_name=_("partner search"), on_delete=models.CASCADE, related_name="messages"
    )
    name = models.CharField(_("your name"), max_length=120)
    organisation_name = models.CharField(
        _("your organisation"), max_length=200, blank=True, help_text=_("And its country, if not Morocco.")
    )
    email = models.EmailField(
        _("your e-mail address"), help_text=_("The organisation replies to this address.")
    )
    message = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer to a partner search")
        verbose_name_plural = _("answers to partner searches")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} → {self.partner_search}"


class TranslationRequestQuerySet(models.QuerySet):
    def counts(self):
        """{(content type id, object id, language): how many readers asked}."""
        rows = self.order_by().values("content_type", "object_id", "language").annotate(n=models.Count("pk"))
        return {(r["content_type"], r["object_id"], r["language"]): r["n"] for r in rows}


class TranslationRequest(models.Model):
    """A reader asking an organisation to translate one of its texts (its profile, an opportunity, an article
    or an event) into the reader's language. Only counted and shown on the organisation's dashboard: nothing
    about the reader is kept, and nothing is translated by machine."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="translation_requests",
    )
    content_type = models.ForeignKey(ContentType, verbose_name=_("kind of text"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("text id"))
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language asked for"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)

    objects = TranslationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["organisation", "content_type", "object_id"], name="translation_request_idx")
        ]

    def __str__(self):
        return f"{self.organisation} — {self.content_object} → {self.language}"
