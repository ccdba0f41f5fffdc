"""Reading and naming records whose text fields are translated (modeltranslation's ``<field>_<lang>``)."""

from types import SimpleNamespace

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import get_language, get_language_info

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Latin-script languages first, so a record with a French name gets an ASCII slug rather than an Arabic one.
SLUG_ORDER = ("fr", "en", "es", "nl", "ar")


def fallback_order(language=None):
    """The reader's language first, then the same fallbacks modeltranslation uses."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    order = [language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]]
    return list(dict.fromkeys(code for code in order if code in LANGUAGE_CODES))


def first_translation(obj, field, language=None):
    """The field in the reader's language, else in the first fallback that has it; "" when none does."""
    for code in fallback_order(language):
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""


def shown(obj, field, language=None):
    """How one translated field reaches the reader: its text, the language it is written in, that language's
    direction, and whether it is a fallback (not the reader's language), which the page must say."""
    order = fallback_order(language)
    code = next((c for c in order if getattr(obj, f"{field}_{c}", "")), order[0])
    return SimpleNamespace(
        text=getattr(obj, f"{field}_{code}", "") or "",
        language=code,
        direction="rtl" if get_language_info(code)["bidi"] else "ltr",
        is_fallback=code != order[0],
    )


def missing_languages(obj, field):
    """The languages ``field`` is not written in; none when it is not written at all (nothing to translate)."""
    missing = [code for code in LANGUAGE_CODES if not getattr(obj, f"{field}_{code}", "")]
    return missing if len(missing) < len(LANGUAGE_CODES) else []


def has_translation(obj, field):
    return any(getattr(obj, f"{field}_{code}", "") for code in LANGUAGE_CODES)


def unique_slug(obj, field, *, reserved=()):
    """A slug from the first text of ``field`` written: plain ASCII for Latin script (é → e), Arabic letters
    kept for an Arabic-only record; never one of ``reserved`` (fixed URLs of the same section)."""
    values = [getattr(obj, f"{field}_{code}", "") or "" for code in SLUG_ORDER]
    base = next((slugify(v) for v in values if slugify(v)), "")
    base = base or next(
        (slugify(v, allow_unicode=True) for v in values if slugify(v, allow_unicode=True)), ""
    )
    base = (base or type(obj)._meta.model_name)[:200]
    slug, n = base, 2
    manager = type(obj)._default_manager
    while slug in reserved or manager.filter(slug=slug).exclude(pk=obj.pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class Translated:
    """Records written in some of the five languages, shown whole in one of them.

    Mixing languages field by field (a French title over a Spanish text) would confuse readers, so the first
    of ``translated_fields`` decides: the reader's language if the record has it, else the first fallback.
    """

    translated_fields = ()

    def available_languages(self):
        key = self.translated_fields[0]
        return [code for code in LANGUAGE_CODES if getattr(self, f"{key}_{code}", "")]

    def reading(self, language=None):
        """The text to show: its language, whether it is a fallback, and each translated field in it."""
        order = fallback_order(language)
        key = self.translated_fields[0]
        code = next((c for c in order if getattr(self, f"{key}_{c}", "")), order[0])
        return SimpleNamespace(
            language=code,
            is_fallback=code != order[0],
            direction="rtl" if get_language_info(code)["bidi"] else "ltr",
            **{field: getattr(self, f"{field}_{code}", "") or "" for field in self.translated_fields},
        )
