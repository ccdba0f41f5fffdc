from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

# The moderation log and proposed changes live with the rest of moderation; importing them here registers
# them under this app (label ``directory``), where their tables and migrations have always been.
from directory.moderation.models import ModerationDecision, Revision  # noqa: F401


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


class RateCounter(models.Model):
    """How many attempts one address made in one rate-limit window (directory.ratelimit), when the cache is the
    database's: a row updated in place is atomic across processes, where the database cache's ``incr`` is not."""

    key = models.CharField(_("key"), max_length=64, unique=True)
    count = models.PositiveIntegerField(_("count"))
    expires_at = models.DateTimeField(_("expires"), db_index=True)

    class Meta:
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")
        ordering = ["key"]

    def __str__(self):
        return f"{self.key}: {self.count}"


# Counts maintained, not recounted (directory/counting.py) ---------------------------------------------------


class TallyClock(models.Model):
    """One per counter: the tallies of records that are open until a moment count them as open at ``as_of``."""

    counter = models.CharField(_("counter"), max_length=40, primary_key=True)
    as_of = models.DateTimeField(_("open as of"))

    class Meta:
        verbose_name = _("tally clock")
        verbose_name_plural = _("tally clocks")
        ordering = ["counter"]

    def __str__(self):
        return self.counter


class Tally(models.Model):
    """How many records of a counter carry a key (``sector:3``), and the total of their amounts for it."""

    clock = models.ForeignKey(TallyClock, verbose_name=_("counter"), on_delete=models.CASCADE)
    key = models.CharField(_("key"), max_length=100)
    n = models.BigIntegerField(_("count"), default=0)
    total = models.DecimalField(_("total"), max_digits=20, decimal_places=2, default=0)

    class Meta:
        verbose_name = _("tally")
        verbose_name_plural = _("tallies")
        ordering = ["clock", "key"]
        constraints = [models.UniqueConstraint(fields=["clock", "key"], name="tally_unique_key")]

    def __str__(self):
        return f"{self.clock_id} {self.key}: {self.n}"


class TalliedRecord(models.Model):
    """The keys one record adds to its counter's tallies, so that a change subtracts exactly what it added."""

    clock = models.ForeignKey(TallyClock, verbose_name=_("counter"), on_delete=models.CASCADE)
    record_id = models.BigIntegerField(_("record"))
    keys = models.JSONField(_("keys"), default=dict)
    # Set when some keys hold only while the record is open: the moment it stops being open (its deadline).
    open_until = models.DateTimeField(_("open until"), null=True, blank=True)

    class Meta:
        verbose_name = _("tallied record")
        verbose_name_plural = _("tallied records")
        ordering = ["clock", "record_id"]
        constraints = [models.UniqueConstraint(fields=["clock", "record_id"], name="tallied_record_unique")]
        indexes = [models.Index(fields=["clock", "open_until"], name="tallied_record_open_until")]

    def __str__(self):
        return f"{self.clock_id} {self.record_id}"
