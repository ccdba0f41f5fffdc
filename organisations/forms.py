from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.forms import WrittenInMixin
from directory.images import process_logo
from organisations.models import Claim, Membership, Organisation

# The whole file is read into memory; tens of thousands of rows fit well below this.
MAX_IMPORT_SIZE = 5 * 1024 * 1024


class OrganisationImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8 text with a header row naming the columns; one organisation per row."),
    )
    dry_run = forms.BooleanField(
        label=_("Check only"),
        required=False,
        help_text=_("Report the errors and what would be created or updated, without saving anything."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s; split it into several files.")
                % {"size": filesizeformat(MAX_IMPORT_SIZE)}
            )
        return upload


class AreaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        # Em spaces indent the hierarchy visibly without anything for a screen reader to read out.
        return f"{chr(0x2003) * 2 * max(obj.depth - 2, 0)}{obj.name}"


def _translated(field):
    return [f"{field}_{code}" for code, _name in settings.LANGUAGES]


# What owners and editors may change; moderation fields, slug and sample flags are the moderators' business.
PROFILE_FIELDS = [
    *_translated("name"),
    "acronym",
    "legal_form",
    *_translated("description"),
    *_translated("mission"),
    *_translated("history"),
    *_translated("upcoming_projects"),
    "sectors",
    "target_groups",
    "areas",
    "languages",
    "address",
    "city",
    "country",
    "latitude",
    "longitude",
    "founded",
    "registration_number",
    "website",
    "email",
    "email_language",
    "phone",
    "facebook",
    "instagram",
    "linkedin",
    "staff_count",
    "volunteer_count",
]


class OrganisationProfileForm(WrittenInMixin, forms.ModelForm):
    logo_upload = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("A JPEG, PNG or WebP image of at most 3 MB. It is resized and cleaned of hidden data."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    # The state the editor started from; a different one at save time means someone else saved meanwhile.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Organisation
        fields = PROFILE_FIELDS
        field_classes = {"areas": AreaChoiceField}
        widgets = {
            "sectors": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "areas": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "address": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "website": forms.URLInput(attrs={"autocomplete": "url", "dir": "ltr"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
            "latitude": forms.NumberInput(attrs={"step": "any", "dir": "ltr"}),
            "longitude": forms.NumberInput(attrs={"step": "any", "dir": "ltr"}),
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in _translated("description")
                + _translated("mission")
                + _translated("history")
                + _translated("upcoming_projects")
            },
        }
        help_texts = {
            "latitude": _("For example 35.7673 for the centre of Tangier."),
            "longitude": _("For example -5.7997 for the centre of Tangier."),
        }

    TRANSLATED = ("name", "description", "mission", "history", "upcoming_projects")
    REQUIRED = ("name",)
    GROUPS = [
        (_("Name"), ["name"], (_("Acronym and legal form"), ["acronym", "legal_form"])),
        # The mission, history and coming projects are optional and written by few: folded together.
        (
            _("What you do and why"),
            ["description"],
            (_("Add your mission, history and coming projects"), ["mission", "history", "upcoming_projects"]),
        ),
        (
            _("Focus"),
            ["sectors"],
            (_("Where you work, with whom, in which languages"), ["areas", "target_groups", "languages"]),
        ),
        # Most people place themselves by the address and never need a point: that part is folded.
        (
            _("Address"),
            ["address", "city", "country"],
            (_("Set the point on a map"), ["latitude", "longitude"]),
        ),
        (
            _("How to reach you"),
            ["email", "phone", "website"],
            (
                _("More: social media, size, history, logo"),
                ["email_language", "facebook", "instagram", "linkedin", "founded", "registration_number"]
                + ["staff_count", "volunteer_count", "logo_upload"],
            ),
        ),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.processed_logo = None

    def clean_logo_upload(self):
        upload = self.cleaned_data.get("logo_upload")
        if upload:
            self.processed_logo = process_logo(upload)
        return upload


class ClaimForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = ["message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the person to invite"))
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Membership.Role.choices,
        initial=Membership.Role.EDITOR,
        help_text=_("Editors change the profile; owners also manage who may edit it."),
    )

    def __init__(self, organisation, *args, **kwargs):
        self.organisation = organisation
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.organisation.memberships.filter(user__email__iexact=email).exists():
            raise forms.ValidationError(_("This person can already edit this organisation."))
        return email


class CloseForm(forms.Form):
    """An owner says the organisation has stopped; the date may be in the past, never in the future."""

    closed_on = forms.DateField(
        label=_("Closed since"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The profile will say the organisation has closed, and leave the lists and the search."),
    )

    def clean_closed_on(self):
        closed_on = self.cleaned_data["closed_on"]
        if closed_on > timezone.localdate():
            raise forms.ValidationError(_("The closing date cannot be in the future."))
        return closed_on
