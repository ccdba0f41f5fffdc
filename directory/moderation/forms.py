from django import forms
from django.utils.translation import gettext_lazy as _


class RejectForm(forms.Form):
    # CharField strips the text, so a reason of only spaces counts as missing too.
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the submitter: say what to change so it can be published."),
        max_length=2000,
        error_messages={"required": _("Give a reason for the rejection.")},
    )
