from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.forms import WrittenInMixin
from directory.models import Area
from directory.spam import HoneypotMixin
from organisations.models import PartnerSearch, PartnerSearchMessage, Partnership

ROLE_HELP = _("For “member of a network or federation”, the partner is the network you belong to.")


def _translated(field):
    return [f"{field}_{code}" for code, _name in settings.LANGUAGES]


class PartnershipFormMixin:
    """Shared by both ways of declaring: the view puts the declaring organisation on the instance, and each form
    says in ``existing`` which partnerships would be the same one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].help_text = ROLE_HELP

    def clean(self):
        cleaned = super().clean()
        existing = self.existing()
        if cleaned.get("role") and existing is not None and existing.filter(role=cleaned["role"]).exists():
            raise forms.ValidationError(_("This partnership is already declared."))
        return cleaned


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        place = ", ".join(str(part) for part in (obj.city, obj.country and obj.country.name) if part)
        return f"{obj.display_name()} ({place})" if place else obj.display_name()


class DirectoryPartnershipForm(PartnershipFormMixin, forms.ModelForm):
    """A partnership with an organisation in the directory, chosen among ``candidates`` (a name search's
    results), so the page never lists the whole directory."""

    partner = OrganisationChoiceField(
        label=_("Organisation"), queryset=None, widget=forms.RadioSelect, empty_label=None
    )

    class Meta:
        model = Partnership
        fields = ["partner", "role", "description"]

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = candidates

    def _post_clean(self):
        # Without a valid choice the model's check would only repeat the error, on a field this form lacks.
        if "partner" in self.cleaned_data:
            super()._post_clean()

    def existing(self):
        organisation, partner = self.instance.organisation, self.cleaned_data.get("partner")
        if partner is None:
            return None
        # Either side may have declared it; the other side's request is confirmed, not declared again.
        return Partnership.objects.filter(
            Q(organisation=organisation, partner=partner) | Q(organisation=partner, partner=organisation)
        )


class OutsidePartnershipForm(PartnershipFormMixin, forms.ModelForm):
    """A partnership with a partner that is not in the directory: public as soon as it is declared."""

    class Meta:
        model = Partnership
        fields = ["partner_name", "partner_country", "partner_url", "role", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner_name"].required = True
        self.fields["partner_name"].help_text = ""
        self.fields["partner_country"].queryset = Area.objects.filter(kind=Area.Kind.COUNTRY)

    def existing(self):
        if not self.cleaned_data.get("partner_name"):
            return None
        return Partnership.objects.filter(
            organisation=self.instance.organisation,
            partner__isnull=True,
            partner_name__iexact=self.cleaned_data["partner_name"],
        )


# What members may change in a partner search; the organisation and moderation fields are set elsewhere.
PARTNER_SEARCH_FIELDS = [*_translated("title"), *_translated("description"), "sectors", "countries"]


class PartnerSearchForm(WrittenInMixin, forms.ModelForm):
    # The state the editor started from; a different one at save time means someone else saved meanwhile.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = PartnerSearch
        fields = PARTNER_SEARCH_FIELDS
        widgets = {
            "sectors": forms.CheckboxSelectMultiple,
            "countries": forms.CheckboxSelectMultiple,
            **{name: forms.Textarea(attrs={"rows": 4}) for name in _translated("description")},
        }

    TRANSLATED = ("title", "description")
    REQUIRED = ("title",)
    GROUPS = [
        (_("Title"), ["title"]),
        (_("What you are looking for"), ["description"]),
        (_("Focus"), ["sectors", "countries"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].queryset = Area.objects.filter(kind=Area.Kind.COUNTRY)


class PartnerSearchMessageForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = PartnerSearchMessage
        fields = ["name", "organisation_name", "email", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
