from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from directory import seo


def _without_language_prefix(path):
    """``/fr/organisations/?q=x`` → ``/organisations/?q=x``: LocaleMiddleware sends that to the reader's language."""
    prefix = f"/{get_language()}/"
    return "/" + path[len(prefix) :] if path.startswith(prefix) else path


def _in_language(path, code):
    """The page in ``code``; a path no view answers (a 404) keeps its rest and changes its language prefix, so the
    switcher on a missing page leads to the same message in the chosen language."""
    translated = translate_url(path, code)
    rest = _without_language_prefix(path)
    if translated == path and rest != path:
        return f"/{code}{rest}"
    return translated


def site(request):
    """Links to the current page in every language, for the switcher, the hreflang alternates and the canonical
    link; every one is the same page, never the home page."""
    current = request.get_full_path()
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": _in_language(current, code),
            }
        )
    origin = seo.origin(request)
    return {
        "language_alternates": alternates,
        "canonical_url": origin + current,
        "x_default_url": origin + _without_language_prefix(current),
        "site_origin": origin,
    }
