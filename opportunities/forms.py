from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from directory.spam import HoneypotMixin
from opportunities.models import InterestMessage, Opportunity
from organisations.forms import AreaChoiceField


class InterestForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = InterestMessage
        fields = ["name", "email", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }


def _translated(field):
    return [f"{field}_{code}" for code, _name in settings.LANGUAGES]


TRANSLATED_FIELDS = ["title", "description", "how_to_apply", "time_commitment", "skills"]

# What an organisation's members may change; the publisher, moderation fields, closing and the sample flag are
# set elsewhere.
OPPORTUNITY_FIELDS = [
    "kind",
    "direction",
    *_translated("title"),
    *_translated("description"),
    "sectors",
    "target_groups",
    "areas",
    "is_remote",
    "deadline",
    "start_date",
    "end_date",
    "amount_min",
    "amount_max",
    "currency",
    "eligible_legal_forms",
    "registration_required",
    "applicant_countries",
    *_translated("how_to_apply"),
    "apply_url",
    *_translated("time_commitment"),
    *_translated("skills"),
    "places",
    "minimum_age",
    "languages",
    "quantity",
    "condition",
]

CHOICE_FIELDS = [
    "sectors",
    "target_groups",
    "areas",
    "eligible_legal_forms",
    "applicant_countries",
    "languages",
]
MONEY = Decimal("0.01")


class OpportunityForm(forms.ModelForm):
    """An organisation's offer or request; the view sets the publishing organisation on the instance."""

    # The state the editor started from; a different one at save time means someone else saved meanwhile.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Opportunity
        fields = OPPORTUNITY_FIELDS
        field_classes = {"areas": AreaChoiceField}
        widgets = {
            **dict.fromkeys(CHOICE_FIELDS, forms.CheckboxSelectMultiple),
            # Naive input is read in the project's time zone (Tangier), and shown in it.
            "deadline": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in _translated("description") + _translated("how_to_apply")
            },
        }

    GROUPS = [
        (_("What"), ["kind", "direction", *_translated("title")]),
        (_("Description"), _translated("description")),
        (_("Focus"), ["sectors", "target_groups", "areas", "is_remote"]),
        (_("Dates"), ["deadline", "start_date", "end_date"]),
        (
            _("Funding"),
            ["amount_min", "amount_max", "currency", "eligible_legal_forms", "registration_required"]
            + ["applicant_countries"],
        ),
        (_("How to apply"), [*_translated("how_to_apply"), "apply_url"]),
        (
            _("Volunteering"),
            [*_translated("time_commitment"), *_translated("skills"), "places", "minimum_age", "languages"],
        ),
        (_("In-kind help"), ["quantity", "condition"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _name in settings.LANGUAGES:
            for field in TRANSLATED_FIELDS:
                formfield = self.fields[f"{field}_{code}"]
                formfield.required = False
                formfield.widget.attrs.update({"lang": code, "dir": "rtl" if code == "ar" else "ltr"})

    def groups(self):
        """The form's fields in labelled groups, for a long form that stays readable on a phone."""
        return [(legend, [self[name] for name in names]) for legend, names in self.GROUPS]

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        stored = self.instance.deadline
        # The input has minute precision and its own UTC offset: an unchanged minute keeps the stored value, so
        # saving other changes never proposes the same deadline as a change.
        if deadline and stored and deadline == stored.replace(second=0, microsecond=0):
            return stored
        return deadline

    # "5000" and "5000.00" are the same amount; without this a revision would propose an unchanged one.
    def clean_amount_min(self):
        return self._money(self.cleaned_data["amount_min"])

    def clean_amount_max(self):
        return self._money(self.cleaned_data["amount_max"])

    @staticmethod
    def _money(value):
        return None if value is None else value.quantize(MONEY)
