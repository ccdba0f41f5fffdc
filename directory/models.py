from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.moderation import Moderated, ModerationStatus


class UserManager(DjangoUserManager):
    """Accounts are identified by e-mail; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("email_verified", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    email_verified = models.BooleanField(
        _("e-mail verified"),
        default=False,
        help_text=_("Set when the user follows the link sent to the address."),
    )
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails to this user are written in this language."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.email


class Taxonomy(models.Model):
    """A term with a stable slug and a name in every language (see translation.py)."""

    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Stable identifier used in URLs.")
    )
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name or self.slug


class Sector(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class LegalForm(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("legal form")
        verbose_name_plural = _("legal forms")


class Language(Taxonomy):
    """A language an organisation works in; the slug is its language code (ar, zgh, fr, …)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class Area(Taxonomy):
    """A place in a hierarchy (country → region → prefecture → commune → arrondissement).

    ``path`` is the chain of slugs from the root, kept so that "this area and everything below it" is one
    indexed prefix match rather than a recursive query.
    """

    class Kind(models.TextChoices):
        COUNTRY = "country", _("country")
        REGION = "region", _("region")
        PREFECTURE = "prefecture", _("prefecture or province")
        COMMUNE = "commune", _("commune")
        ARRONDISSEMENT = "arrondissement", _("arrondissement")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    code = models.CharField(
        _("ISO country code"), max_length=2, blank=True, help_text=_("Only for countries, e.g. MA, NL, BE.")
    )
    path = models.CharField(_("path"), max_length=500, editable=False, db_index=True)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)

    class Meta(Taxonomy.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="area_unique_country_code"
            )
        ]

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        old_path = self.path
        self.path = f"{self.parent.path}/{self.slug}" if self.parent_id else self.slug
        self.depth = self.parent.depth + 1 if self.parent_id else 0
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            # Moving or renaming an area moves everything below it.
            for child in self.children.all():
                child.save()

    def descendants_and_self(self):
        return Area.objects.filter(models.Q(pk=self.pk) | models.Q(path__startswith=f"{self.path}/"))


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
    (see directory.revisions); approving a revision (publishing it) writes them onto the object.
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
        from directory.revisions import diff

        return diff(self.content_object, self.data)

    def on_moderation_decision(self, decision):
        if decision.to_status == ModerationStatus.PUBLISHED:
            from directory.revisions import apply

            apply(self.content_object, self.data)

    def moderation_recipients(self):
        return [self.author] if self.author_id else []


class Population(models.Model):
    """A census figure for an area, with its source and year, so the overview can relate counts to people."""

    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.CASCADE, related_name="populations"
    )
    population = models.PositiveIntegerField(_("inhabitants"))
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=200, help_text=_("e.g. HCP, Recensement général 2024"))
    source_url = models.URLField(_("source link"), blank=True)

    class Meta:
        verbose_name = _("population figure")
        verbose_name_plural = _("population figures")
        ordering = ["area", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="population_once_per_area_and_year")
        ]

    def __str__(self):
        return f"{self.area}: {self.population} ({self.year})"


class SearchTerm(models.Model):
    """A word that occurs in some record's search text; PostgreSQL matches mistyped query words against these."""

    term = models.CharField(_("word"), max_length=40, unique=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        ordering = ["term"]

    def __str__(self):
        return self.term


class ShortLink(models.Model):
    """A short address in a mail standing for a long link of the site (one carrying a signed token).

    The key is as unguessable as a password-reset token; what it leads to still checks its own token and expiry.
    """

    key = models.CharField(_("key"), max_length=20, unique=True)
    target = models.TextField(_("target"), help_text=_("The path it redirects to, with its query string."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("short link")
        verbose_name_plural = _("short links")
        ordering = ["-created_at"]

    def __str__(self):
        return self.key
