from django import forms

from directory.spam import HoneypotMixin
from opportunities.models import InterestMessage


class InterestForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = InterestMessage
        fields = ["name", "email", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
