from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from directory.forms import WrittenInMixin
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

# Everything an organisation's members may change; the publisher, moderation fields, closing and the sample flag
# are set elsewhere. Each kind's form asks only a part of it (KIND_GROUPS).
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
    "recurrence",
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

Kind, Direction = Opportunity.Kind, Opportunity.Direction

# What the choice means, in the words of the one posting it: (kind, direction) -> (headline, example).
CHOICES = {
    (Kind.VOLUNTEERING, Direction.SOUGHT): (
        _("We are looking for volunteers"),
        _("For example: helpers for homework support on Saturday mornings."),
    ),
    (Kind.VOLUNTEERING, Direction.OFFERED): (
        _("We offer our volunteers' time"),
        _("For example: our students can help an association one day a month."),
    ),
    (Kind.FUNDING, Direction.OFFERED): (
        _("We offer funding"),
        _("For example: a grant, a prize or a sponsorship for projects."),
    ),
    (Kind.FUNDING, Direction.SOUGHT): (
        _("We are looking for funding"),
        _("For example: money for a project or for running costs."),
    ),
    (Kind.IN_KIND, Direction.OFFERED): (
        _("We give goods or services"),
        _("For example: computers, furniture, a room, transport."),
    ),
    (Kind.IN_KIND, Direction.SOUGHT): (
        _("We need goods or services"),
        _("For example: school desks, a van for a day, printing."),
    ),
    (Kind.TRAINING, Direction.OFFERED): (
        _("We offer a training"),
        _("For example: a free course in project management for associations."),
    ),
    (Kind.TRAINING, Direction.SOUGHT): (
        _("We are looking for a training"),
        _("For example: first aid for our youth leaders."),
    ),
}

WHAT = (_("What"), ["title", "description"])
FOCUS = (_("Focus"), ["sectors", "is_remote"], (_("Where, and for whom"), ["areas", "target_groups"]))
APPLY = (_("How to reply"), ["deadline", "how_to_apply", "apply_url"])
WHEN = (_("When it happens"), ["start_date", "end_date", "recurrence", "time_commitment"])
PEOPLE = (_("Who can take part"), ["skills", "places", "minimum_age", "languages"])
KIND_GROUPS = {
    Kind.FUNDING: [
        WHAT,
        (
            _("Amount"),
            ["amount_min", "amount_max", "currency"],
            (_("Period the funding covers"), ["start_date", "end_date"]),
        ),
        (
            _("Who may apply"),
            ["eligible_legal_forms", "registration_required"],
            (_("Applicants from other countries"), ["applicant_countries"]),
        ),
        FOCUS,
        APPLY,
    ],
    Kind.VOLUNTEERING: [WHAT, WHEN, PEOPLE, FOCUS, APPLY],
    Kind.TRAINING: [WHAT, WHEN, PEOPLE, FOCUS, APPLY],
    Kind.IN_KIND: [WHAT, (_("What exactly"), ["quantity", "condition"]), FOCUS, APPLY],
}

# An example under each field, so nobody has to guess what is meant.
EXAMPLES = {
    "title": {
        Kind.FUNDING: _("For example: Grants for youth projects in Bni Makada"),
        Kind.VOLUNTEERING: _("For example: Volunteers for homework help on Saturdays"),
        Kind.IN_KIND: _("For example: 20 school desks for a new classroom"),
        Kind.TRAINING: _("For example: Free course in project management"),
    },
    "description": _("For example: who it is for, what it involves, what you expect in return."),
    "deadline": _("The last day and time to reply, in Tangier. Leave empty if there is none."),
    "how_to_apply": _("For example: Send a short letter and your last activity report."),
    "apply_url": _("For example: https://example.org/apply"),
    "start_date": _("The first day, or the only one."),
    "end_date": _("Leave empty for a single day or a slot that keeps going."),
    "time_commitment": _("For example: Saturdays from 9:00 to 12:00"),
    "skills": _("For example: patience with children, French"),
    "places": _("For example: 5"),
    "minimum_age": _("For example: 18"),
    "amount_min": _("For example: 10000"),
    "amount_max": _("For example: 50000"),
    "quantity": _("For example: 20 desks, 3 boxes of books"),
}


def kind_and_direction(kind, direction):
    """The (kind, direction) pair if both are known values, else None."""
    try:
        pair = (Kind(kind), Direction(direction))
    except ValueError:
        return None
    return pair


class OpportunityForm(WrittenInMixin, forms.ModelForm):
    """An organisation's offer or request of one kind and direction, chosen beforehand and kept in hidden fields.

    The view sets the publishing organisation on the instance.
    """

    # The state the editor started from; a different one at save time means someone else saved meanwhile.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    TRANSLATED = tuple(TRANSLATED_FIELDS)
    REQUIRED = ("title",)

    class Meta:
        model = Opportunity
        fields = OPPORTUNITY_FIELDS
        field_classes = {"areas": AreaChoiceField}
        widgets = {
            **dict.fromkeys(CHOICE_FIELDS, forms.CheckboxSelectMultiple),
            "kind": forms.HiddenInput,
            "direction": forms.HiddenInput,
            # Naive input is read in the project's time zone (Tangier), and shown in it.
            "deadline": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "apply_url": forms.URLInput(attrs={"dir": "ltr"}),
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in _translated("description") + _translated("how_to_apply")
            },
        }

    def __init__(self, *args, kind=None, direction=None, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = kind_and_direction(kind, direction)
        if chosen:
            self.initial["kind"], self.initial["direction"] = chosen
        # A posted choice wins: it is what the person saw when filling in the form.
        posted = (
            kind_and_direction(self.data.get("kind"), self.data.get("direction")) if self.is_bound else None
        )
        self.kind, self.direction = posted or chosen or (self.instance.kind, self.instance.direction)
        self.GROUPS = KIND_GROUPS.get(self.kind, KIND_GROUPS[Kind.FUNDING])
        asked = {"kind", "direction", "edit_token", "written_in"}
        for _legend, names, *folded in self.GROUPS:
            for name in names + (folded[0][1] if folded else []):
                asked.update(_translated(name) if name in self.TRANSLATED else [name])
        for name in list(self.fields):
            if name not in asked:
                del self.fields[name]
        for name, example in EXAMPLES.items():
            example = example.get(self.kind, "") if isinstance(example, dict) else example
            for field_name in _translated(name) if name in self.TRANSLATED else [name]:
                if field_name in self.fields and (
                    name not in self.TRANSLATED or field_name.endswith(f"_{self.language_code}")
                ):
                    self.fields[field_name].help_text = example

    def prefill(self, data):
        """Initial values from a link (a start guide's "ask for help"): the title and text in the language written
        in, and sectors by slug. Only for a new, unbound form; the person sees and changes them before sending."""
        for name in ("title", "description"):
            field_name = f"{name}_{self.language_code}"
            value = (data.get(name) or "").strip()
            if value and field_name in self.fields:
                self.initial[field_name] = value[
                    : getattr(self.fields[field_name], "max_length", None) or None
                ]
        slugs = data.getlist("sector")
        if slugs and "sectors" in self.fields:
            self.initial["sectors"] = list(
                self.fields["sectors"].queryset.filter(slug__in=slugs).values_list("pk", flat=True)
            )

    def choice(self):
        """(headline, example) of the kind and direction this form is for."""
        return CHOICES.get((self.kind, self.direction))

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
