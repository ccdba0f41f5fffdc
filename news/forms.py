"""Organisations' submissions: news about their own work and their events, in the languages they write."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from news.models import Article, Event
from organisations.forms import AreaChoiceField


def _translated(*fields):
    return [f"{field}_{code}" for code, _name in settings.LANGUAGES for field in fields]


# What organisations may write; status, publication time, slug and sample flags are the moderators' business.
ARTICLE_FIELDS = [*_translated("title", "summary", "body"), "categories", "areas"]
EVENT_FIELDS = [
    *_translated("title", "description"),
    "start",
    "end",
    "address",
    "area",
    "online_url",
    "registration_url",
    "sectors",
]


def _formfield(field, **kwargs):
    # A link typed without a scheme ("www.example.org") is taken as https.
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class SubmissionForm(forms.ModelForm):
    """Shared by both submissions: one group of fields per language, any of which may stay empty."""

    TRANSLATED = ()
    # The state the editor started from; a different one at save time means someone else saved meanwhile.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _name in settings.LANGUAGES:
            for field in self.TRANSLATED:
                formfield = self.fields[f"{field}_{code}"]
                formfield.required = False
                formfield.widget.attrs.update({"lang": code, "dir": "rtl" if code == "ar" else "ltr"})

    @property
    def translated_names(self):
        return _translated(*self.TRANSLATED)

    def language_groups(self):
        """Per language: its name and its fields, so each language is one fieldset."""
        return [
            (name, [self[f"{field}_{code}"] for field in self.TRANSLATED])
            for code, name in settings.LANGUAGES
        ]

    def clean(self):
        cleaned = super().clean()
        title = self.TRANSLATED[0]
        for code, name in settings.LANGUAGES:
            written = any(cleaned.get(f"{field}_{code}") for field in self.TRANSLATED[1:])
            if written and not cleaned.get(f"{title}_{code}"):
                self.add_error(
                    f"{title}_{code}",
                    _("Give a title to the text in %(language)s, or leave that language empty.")
                    % {"language": name},
                )
        return cleaned


class ArticleForm(SubmissionForm):
    TRANSLATED = ("title", "summary", "body")

    class Meta:
        model = Article
        fields = ARTICLE_FIELDS
        field_classes = {"areas": AreaChoiceField}
        widgets = {
            "categories": forms.CheckboxSelectMultiple,
            "areas": forms.CheckboxSelectMultiple,
            **{name: forms.Textarea(attrs={"rows": 2}) for name in _translated("summary")},
            **{name: forms.Textarea(attrs={"rows": 10}) for name in _translated("body")},
        }


class EventForm(SubmissionForm):
    TRANSLATED = ("title", "description")

    class Meta:
        model = Event
        fields = EVENT_FIELDS
        formfield_callback = _formfield
        # Naive input is read in the project's time zone (Tangier), and shown in it.
        widgets = {
            "start": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "end": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "sectors": forms.CheckboxSelectMultiple,
            **{name: forms.Textarea(attrs={"rows": 8}) for name in _translated("description")},
        }
        help_texts = {"end": _("Date and time in Tangier (Morocco).")}
