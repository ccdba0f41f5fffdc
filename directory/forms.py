"""Form helpers shared by the members' forms of every app."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from directory.translated import LANGUAGE_CODES, fallback_order


class WrittenInMixin:
    """A members' form for text kept in every language that asks for one: the language the person writes in.

    ``TRANSLATED`` names the translated fields (``"name"`` for ``name_ar`` … ``name_nl``) and ``REQUIRED`` those
    that must be given in the language written in. ``GROUPS`` use the plain names; they stand for the field in
    that language, and the other languages are offered apart (``translations()``), folded away in the page.
    """

    TRANSLATED = ()
    REQUIRED = ()
    GROUPS = []

    def __init__(self, *args, written_in=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.language_code = self._language_written_in(written_in)
        self.fields["written_in"] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.initial["written_in"] = self.language_code
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.add_prefix("written_in")] = self.language_code
        for code in LANGUAGE_CODES:
            for base in self.TRANSLATED:
                formfield = self.fields[f"{base}_{code}"]
                formfield.label = capfirst(self._meta.model._meta.get_field(base).verbose_name)
                formfield.required = code == self.language_code and base in self.REQUIRED
                formfield.widget.attrs.update({"lang": code, "dir": "rtl" if code == "ar" else "ltr"})
                if code != self.language_code or base in self.REQUIRED:
                    formfield.help_text = ""  # "in at least one language" no longer holds; the others repeat
                if formfield.required:
                    formfield.error_messages["required"] = _("Give this in the language you write in.")

    def _language_written_in(self, asked):
        """The posted choice, else the one asked for (a link), else the first with text, else the reader's."""
        if self.is_bound:
            asked = self.data.get(self.add_prefix("written_in")) or asked
        if asked in LANGUAGE_CODES:
            return asked
        for code in fallback_order():
            for base in self.REQUIRED:
                if self.is_bound:
                    value = self.data.get(self.add_prefix(f"{base}_{code}"))
                else:
                    value = self.initial.get(f"{base}_{code}", getattr(self.instance, f"{base}_{code}", ""))
                if value:
                    return code
        return fallback_order()[0]

    def _update_errors(self, errors):
        # The model asks for the text in "at least one language" and has to name some field for it; the form
        # has already said so on the field of the language written in, so the model's copy would only mislead.
        if hasattr(errors, "error_dict"):
            for base in self.REQUIRED:
                if f"{base}_{self.language_code}" in self._errors:
                    for code in LANGUAGE_CODES:
                        errors.error_dict.pop(f"{base}_{code}", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)

    def _field(self, name):
        return self[f"{name}_{self.language_code}"] if name in self.TRANSLATED else self[name]

    def groups(self):
        """[(legend, fields, folded)]: the form's fields in labelled groups, translated ones in the language
        written in; ``folded`` is None or (summary, fields, open) for a part most people skip."""
        groups = []
        for legend, names, *rest in self.GROUPS:
            folded = None
            if rest:
                summary, folded_names = rest[0]
                fields = [self._field(name) for name in folded_names]
                folded = (summary, fields, any(f.errors or f.value() for f in fields))
            groups.append((legend, [self._field(name) for name in names], folded))
        return groups

    def language_name(self):
        return get_language_info(self.language_code)["name_local"]

    def other_languages(self):
        """[(code, name in that language)] of the languages one could write in instead."""
        return [
            (code, get_language_info(code)["name_local"])
            for code in LANGUAGE_CODES
            if code != self.language_code
        ]

    def translations(self):
        """[(code, name in that language, [its fields])] for every other language, in the order of the groups."""
        names = []
        for _legend, group, *folded in self.GROUPS:
            names += [name for name in group + (folded[0][1] if folded else []) if name in self.TRANSLATED]
        return [
            (code, local, [self[f"{name}_{code}"] for name in names])
            for code, local in self.other_languages()
        ]

    def translations_open(self):
        """Whether the folded translations hold anything: then they start unfolded, errors and text in view."""
        return any(
            field.errors or field.value() for _c, _n, fields in self.translations() for field in fields
        )

    def error_list(self):
        """[(field id, label, first error)] for the summary at the top, in the order of the page."""
        listed = []
        for _legend, fields, folded in self.groups():
            listed += fields + (folded[1] if folded else [])
        listed += [f for _c, _n, fields in self.translations() for f in fields]
        listed += [f for f in self if f not in listed]
        others = dict(self.other_languages())
        summary = []
        for field in listed:
            if field.errors:
                language = (
                    others.get(field.name.rsplit("_", 1)[-1]) if field.name[:-3] in self.TRANSLATED else None
                )
                label = f"{field.label} ({language})" if language else field.label
                summary.append((field.id_for_label or field.auto_id, label, field.errors[0]))
        return summary
