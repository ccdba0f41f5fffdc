"""Helpers shared by the demo loaders (organisations, opportunities, news): sample texts in the five languages,
their translated fields, the status a sample starts with, and taxonomies looked up by slug."""

from directory.moderation import ModerationStatus

LANGS = ("ar", "fr", "en", "nl", "es")


def tr(ar=None, fr=None, *, en=None, nl=None, es=None):
    """A text in each language it was written in; None for the others."""
    return {"ar": ar, "fr": fr, "en": en, "nl": nl, "es": es}


def translated(field, texts, *, empty=None):
    """{"<field>_<code>": text} for every language; a language without a text gets ``empty``."""
    texts = texts or {}
    return {f"{field}_{code}": (texts.get(code) or empty) for code in LANGS}


def initial_status(status, published_at):
    """The status a new sample starts with; only a published one has a publication date."""
    return {"status": status, "published_at": published_at if status == ModerationStatus.PUBLISHED else None}


class MissingTaxonomy(LookupError):
    pass


def by_slug(model, slugs):
    """{slug: term} for ``slugs``; every one must exist (the demo names only seeded terms)."""
    found = model.objects.in_bulk(set(slugs), field_name="slug")
    missing = set(slugs) - set(found)
    if missing:
        raise MissingTaxonomy(f"{model._meta.verbose_name}: {', '.join(sorted(missing))}")
    return found
