from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from directory.models import Area, Sector
from directory.spam import HoneypotMixin
from opportunities.models import Opportunity
from organisations.forms import AreaChoiceField


class SubscribeForm(HoneypotMixin):
    """What a reader asks for. A plain form, not a ModelForm: nothing is saved until the link is followed, and
    no uniqueness error may tell a stranger that an address is already subscribed."""

    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)
    languages = forms.MultipleChoiceField(
        label=_("News written in"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked means news in every language."),
    )
    opportunity_kinds = forms.MultipleChoiceField(
        label=_("Kinds of opportunity"),
        choices=Opportunity.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked means every kind."),
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Opportunities in these sectors"),
        queryset=Sector.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked means every sector."),
    )
    areas = AreaChoiceField(
        label=_("Opportunities in these areas"),
        queryset=Area.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked means everywhere. Opportunities open anywhere or remotely always count."),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def choices(self):
        """The choices as plain data, to travel inside the signed confirmation link."""
        data = self.cleaned_data
        return {
            "email": data["email"],
            "language": data["language"],
            "languages": data["languages"],
            "opportunity_kinds": data["opportunity_kinds"],
            "sectors": [sector.pk for sector in data["sectors"]],
            "areas": [area.pk for area in data["areas"]],
        }
