"""How organisation profiles are found: their sitemap and their schema.org description."""

from django.urls import reverse
from django.utils.translation import gettext

from directory.seo import SCHEMA, TranslatedSitemap, absolute, breadcrumbs, drop_empty
from organisations.models import Organisation

# Non-governmental, not-for-profit forms; cooperatives, companies and public bodies are plain organisations.
NGO_FORMS = {"association", "foundation", "federation"}


class OrganisationSitemap(TranslatedSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Organisation.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at


def organisation_json_ld(organisation, origin):
    """An NGO (or a plain Organization for other legal forms) with where it is, where it works and its links.

    Expects the profile's prefetched sectors, areas and languages; the address is the public head office.
    """
    url = origin + organisation.get_absolute_url()
    is_ngo = organisation.legal_form_id is None or organisation.legal_form.slug in NGO_FORMS
    country = organisation.country
    data = {
        "@context": SCHEMA,
        "@type": "NGO" if is_ngo else "Organization",
        "@id": f"{url}#organisation",
        "name": organisation.display_name(),
        "alternateName": organisation.acronym,
        "url": url,
        "description": organisation.description,
        "logo": absolute(origin, organisation.logo.url) if organisation.logo else "",
        "foundingDate": str(organisation.founded) if organisation.founded else "",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": organisation.address,
            "addressLocality": organisation.city,
            "addressCountry": country.code if country else "",
        },
        "areaServed": [{"@type": "Place", "name": area.name} for area in organisation.areas.all()],
        "knowsAbout": [sector.name for sector in organisation.sectors.all()],
        "knowsLanguage": [language.slug for language in organisation.languages.all()],
        "sameAs": [
            link
            for link in (
                organisation.website,
                organisation.facebook,
                organisation.instagram,
                organisation.linkedin,
            )
            if link
        ],
    }
    if organisation.latitude is not None:
        data["location"] = {
            "@type": "Place",
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(organisation.latitude),
                "longitude": float(organisation.longitude),
            },
        }
    trail = breadcrumbs(
        origin,
        (gettext("Organisations"), reverse("organisations:list")),
        (organisation.display_name(), organisation.get_absolute_url()),
    )
    return [drop_empty(data), trail]
