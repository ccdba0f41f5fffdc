"""Language honesty: readers ask an organisation to translate a text they were shown in another language, and
the organisation sees which of its texts lack which language, with how many readers asked for each.

Nothing here translates: a text is only ever shown as its author wrote it, with a note saying in which language.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from directory.ratelimit import ratelimit
from directory.translated import LANGUAGE_CODES, missing_languages
from organisations.access import get_membership
from organisations.models import Organisation, TranslationRequest

# The texts an organisation writes, and which of their fields readers read.
TEXT_FIELDS = {
    "organisation": ("name", "description", "mission", "history", "upcoming_projects"),
    "opportunity": ("title", "description", "how_to_apply"),
    "article": ("title", "summary", "body"),
    "event": ("title", "description"),
}


def _askable():
    """{kind in the URL: (public records of that kind, the organisation that wrote one)}."""
    from news.models import Article, Event
    from opportunities.models import Opportunity

    return {
        "organisation": (Organisation.objects.public(), lambda o: o),
        "opportunity": (
            Opportunity.objects.public().select_related("organisation"),
            lambda o: o.organisation,
        ),
        "article": (Article.objects.public().select_related("submitted_by"), lambda a: a.submitted_by),
        "event": (Event.objects.public().select_related("organiser"), lambda e: e.organiser),
    }


def translation_request_record(*, obj, organisation, language):
    """Count one reader's wish to read ``obj`` in ``language``."""
    request = TranslationRequest(
        organisation=organisation,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        language=language,
    )
    request.full_clean()
    request.save()
    return request


# Whole sentences per language: a language's name changes form inside a sentence (بالعربية), which only a
# translator of the whole sentence gets right (as directory_tags.WRITTEN_IN).
WILL_SEE = {
    "ar": gettext_lazy("The organisation will see that readers would like this text in Arabic."),
    "fr": gettext_lazy("The organisation will see that readers would like this text in French."),
    "en": gettext_lazy("The organisation will see that readers would like this text in English."),
    "nl": gettext_lazy("The organisation will see that readers would like this text in Dutch."),
    "es": gettext_lazy("The organisation will see that readers would like this text in Spanish."),
}


def _get_askable(kind, pk, language):
    """The text a reader asks about, or 404: an unknown kind, a text that is not public, an author outside the
    directory, or a language the site does not have."""
    try:
        queryset, author = _askable()[kind]
    except KeyError:
        raise Http404 from None
    if language not in LANGUAGE_CODES:
        raise Http404
    obj = get_object_or_404(queryset, pk=pk)
    organisation = author(obj)
    if organisation is None or not organisation.is_published:
        raise Http404
    return obj, organisation


@require_http_methods(["GET", "HEAD", "POST"])
@cache_control(private=True)
@ratelimit("translation-request", limit=5, window=600)
def ask(request, kind, pk):
    """Ask an organisation to translate one of its texts: a page saying what that does, whose form records the wish
    and goes back to the text.

    The text's page only links here: a form there would carry a CSRF token, and a page that sets a cookie is never
    served from the page cache (directory.caching), which would leave every text shown in another language to be
    rendered anew for each reader. This page is never cached: it carries the reader's own CSRF token.
    """
    if request.method != "POST":
        language = request.GET.get("language", "")
        obj, _organisation = _get_askable(kind, pk, language)
        return render(
            request,
            "organisations/ask_translation.html",
            {
                "obj": obj,
                "title_field": TEXT_FIELDS[kind][0],
                "language": language,
                "will_see": WILL_SEE[language],
            },
        )
    language = request.POST.get("language", "")
    obj, organisation = _get_askable(kind, pk, language)
    translation_request_record(obj=obj, organisation=organisation, language=language)
    messages.success(
        request,
        _("Thank you. The organisation will see that readers would like this text in your language."),
    )
    return redirect(obj.get_absolute_url())


# Members ----------------------------------------------------------------------------------------------------


def _rows(organisation):
    """One row per written field of the organisation's texts (its profile, opportunities, articles and
    events) that lacks a language, with how many readers asked for each missing language. A fixed number of
    queries, whatever the number of texts."""
    from news.models import Article, Event
    from opportunities.models import Opportunity

    items = [("organisation", organisation)]
    items += [("opportunity", o) for o in organisation.opportunities.order_by("-created_at", "-pk")]
    items += [("article", a) for a in Article.objects.filter(submitted_by=organisation).order_by("-pk")]
    items += [("event", e) for e in Event.objects.filter(organiser=organisation).order_by("-pk")]
    asked = TranslationRequest.objects.filter(organisation=organisation).counts()
    kinds = ContentType.objects.get_for_models(Organisation, Opportunity, Article, Event)
    rows = []
    for kind, obj in items:
        content_type = kinds[type(obj)]
        for field in TEXT_FIELDS[kind]:
            missing = missing_languages(obj, field)
            if missing:
                rows.append(
                    {
                        "object": obj,
                        "kind": kind,
                        "field": obj._meta.get_field(field).verbose_name,
                        "missing": [
                            (code, asked.get((content_type.pk, obj.pk, code), 0)) for code in missing
                        ],
                    }
                )
    return rows


@login_required
def manage(request, slug):
    organisation = get_membership(request, slug).organisation
    requests = TranslationRequest.objects.filter(organisation=organisation)
    return render(
        request,
        "organisations/dashboard/translations.html",
        {"organisation": organisation, "rows": _rows(organisation), "request_count": requests.count()},
    )
