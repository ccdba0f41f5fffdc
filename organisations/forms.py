from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

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
