from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import LegalForm
from directory.moderation import Moderated, ModeratedQuerySet
from directory.translated import LANGUAGE_CODES, Translated, first_translation

MARKDOWN_HELP = _(
    "Markdown: blank line between paragraphs, ## for a heading, - for a list, **bold**, *italic*, [text](https://link)."
)


def _missing_everywhere(obj, field):
    return not any(getattr(obj, f"{field}_{code}", "") for code in LANGUAGE_CODES)


class PublicQuerySet(ModeratedQuerySet):
    def public(self):
        """Published: the rule for every page that shows a guide or an office."""
        return self.published()


class Office(Translated, Moderated):
    """A place in Tangier where a step is done (a local authority, a registration desk), kept by moderators."""

    translated_fields = ("name", "address", "hours", "note")

    name = models.CharField(_("name"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("For example: Monday to Friday, 8:30–16:30"),
    )
    note = models.CharField(
        _("what to do there"), max_length=300, blank=True, help_text=_("One sentence, shown under the name.")
    )
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    url = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_sample = models.BooleanField(_("sample data"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        verbose_name = _("office in Tangier")
        verbose_name_plural = _("offices in Tangier")
        ordering = ["position", "pk"]
        permissions = [("moderate_office", _("Can publish, reject or archive offices"))]

    def __str__(self):
        return first_translation(self, "name") or str(self.pk)

    def clean(self):
        super().clean()
        errors = {}
        for field, message in (
            ("name", _("Give the name in at least one language.")),
            ("address", _("Give the address in at least one language.")),
            ("hours", _("Give the opening hours in at least one language.")),
        ):
            if _missing_everywhere(self, field):
                errors[f"{field}_fr"] = message
        if errors:
            raise ValidationError(errors)


class Guide(Translated, Moderated):
    """One legal form a starter may choose: a column of the comparison and a step-by-step page of its own."""

    translated_fields = ("title", "summary", "body", "help_title", "help_text")

    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Stable identifier used in URLs.")
    )
    title = models.CharField(_("title"), max_length=120, blank=True, help_text=_("The form's name."))
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence under the name, in the list of forms."),
    )
    body = models.TextField(_("steps"), blank=True, help_text=MARKDOWN_HELP)
    legal_form = models.ForeignKey(
        LegalForm,
        verbose_name=_("legal form in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Links the guide to opportunities open to this form."),
    )
    offices = models.ManyToManyField(
        Office, verbose_name=_("where to go in Tangier"), blank=True, related_name="guides"
    )
    help_title = models.CharField(
        _("title of a request for accompaniment"),
        max_length=200,
        blank=True,
        help_text=_("Filled in for a starter who asks for help from this guide; they can change it."),
    )
    help_text = models.TextField(_("text of a request for accompaniment"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        verbose_name = _("start guide")
        verbose_name_plural = _("start guides")
        ordering = ["position", "slug"]
        permissions = [("moderate_guide", _("Can publish, reject or archive start guides"))]

    def __str__(self):
        return first_translation(self, "title") or self.slug

    def get_absolute_url(self):
        return reverse("start:guide", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if _missing_everywhere(self, "title"):
            raise ValidationError({"title_fr": _("Give the title in at least one language.")})


class Fact(Translated, models.Model):
    """One statement in the comparison, with the official text it comes from and the day someone checked it.

    A fact without a source or a date cannot be saved; a cell nobody has checked has no fact and says so on the
    page, rather than holding a guess.
    """

    class Topic(models.TextChoices):
        SUITS = "suits", _("Who it suits")
        MEMBERS = "members", _("Members needed")
        INCOME = "income", _("What it may do with its income")
        STEPS = "steps", _("Steps")
        DOCUMENTS = "documents", _("Documents")
        COST = "cost", _("Cost")
        DELAYS = "delays", _("Delays")
        OBLIGATIONS = "obligations", _("Obligations")

    translated_fields = ("text", "source_name")

    guide = models.ForeignKey(Guide, verbose_name=_("guide"), on_delete=models.CASCADE, related_name="facts")
    topic = models.CharField(_("row"), max_length=20, choices=Topic.choices)
    text = models.TextField(_("fact"), blank=True)
    source_name = models.CharField(
        _("official source"),
        max_length=300,
        blank=True,
        help_text=_("The law or official body, with the article: for example, Law 112-12, article 7."),
    )
    source_url = models.URLField(
        _("link to the source"), help_text=_("An official site: sgg.gov.ma, odco.gov.ma…")
    )
    checked_on = models.DateField(
        _("checked on"), help_text=_("The day someone read the source and found this.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("fact")
        verbose_name_plural = _("facts")
        ordering = ["guide", "topic", "position", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(source_url=""), name="fact_has_source_url")]

    def __str__(self):
        return first_translation(self, "text")[:80] or str(self.pk)

    def clean(self):
        super().clean()
        errors = {}
        if _missing_everywhere(self, "text"):
            errors["text_fr"] = _("Give the fact in at least one language.")
        if _missing_everywhere(self, "source_name"):
            errors["source_name_fr"] = _("Name the official source: a fact without one is left out.")
        if self.checked_on and self.checked_on > timezone.localdate():
            errors["checked_on"] = _("The day it was checked cannot be in the future.")
        if errors:
            raise ValidationError(errors)
