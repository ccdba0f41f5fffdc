from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see or fill, but naive bots do.

    It is hidden with CSS and from assistive technology, and skipped by keyboard focus, so a person using a
    screen reader is not asked to fill it either.
    """

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_homepage(self):
        if self.cleaned_data.get("homepage"):
            raise forms.ValidationError(_("This form could not be sent. Please try again."))
        return ""
