from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def site(request):
    """Links to the current page in every language, for the switcher and the hreflang alternates."""
    current = request.get_full_path()
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": translate_url(current, code),
            }
        )
    return {"language_alternates": alternates}
