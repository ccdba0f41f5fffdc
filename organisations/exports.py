"""The directory as data: any filtered list of organisations as CSV or JSON, public fields only.

E-mail addresses and phone numbers stay on the profile pages: they are often a person's own.
"""

from directory.exports import download_views, translations
from directory.translated import LANGUAGE_CODES
from organisations.filters import OrganisationFilter
from organisations.models import Organisation


def _filtered(request):
    queryset = (
        Organisation.objects.public()
        .select_related("legal_form", "country")
        .prefetch_related("sectors", "target_groups", "areas", "languages")
    )
    return OrganisationFilter(request.GET or None, queryset=queryset, request=request).qs.order_by("pk")


def organisation_record(organisation, origin):
    return {
        "id": organisation.pk,
        "slug": organisation.slug,
        "url": origin + organisation.get_absolute_url(),
        **translations(organisation, "name", LANGUAGE_CODES),
        "acronym": organisation.acronym,
        "legal_form": organisation.legal_form.slug if organisation.legal_form_id else "",
        **translations(organisation, "description", LANGUAGE_CODES),
        **translations(organisation, "mission", LANGUAGE_CODES),
        **translations(organisation, "history", LANGUAGE_CODES),
        **translations(organisation, "upcoming_projects", LANGUAGE_CODES),
        "sectors": [s.slug for s in organisation.sectors.all()],
        "target_groups": [g.slug for g in organisation.target_groups.all()],
        "areas": [a.slug for a in organisation.areas.all()],
        "languages": [lang.slug for lang in organisation.languages.all()],
        "address": organisation.address,
        "city": organisation.city,
        "country": organisation.country.code if organisation.country_id else "",
        "latitude": organisation.latitude,
        "longitude": organisation.longitude,
        "founded": organisation.founded,
        "registration_number": organisation.registration_number,
        "website": organisation.website,
        "facebook": organisation.facebook,
        "instagram": organisation.instagram,
        "linkedin": organisation.linkedin,
        "staff_count": organisation.staff_count,
        "volunteer_count": organisation.volunteer_count,
        "last_confirmed": organisation.last_confirmed,
        "updated_at": organisation.updated_at,
    }


export_csv, export_json = download_views(filtered=_filtered, record=organisation_record, name="organisations")
