"""Organisations in Open Referral's HSDS 3.0: each profile is an ``organization``; what it does, one ``service``
per sector, with its target groups as attributes, its areas as service areas and its languages.

Only published profiles appear, and only fields the public profile shows, less e-mail addresses and telephone
numbers (often a person's own).
"""

import datetime

from django.db.models import Prefetch
from django.http import Http404
from django.utils.dateparse import parse_datetime
from django.utils.timezone import make_aware
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from directory import seo
from directory.api.hsds import find_term, term_json
from directory.api.ids import child_id, parse_public_id, public_id
from directory.api.views import PublicDetailView, PublicListView, api_language
from directory.models import Area, LegalForm, Sector, TargetGroup
from directory.translated import LANGUAGE_CODES, fallback_order
from organisations.models import Organisation

TRANSLATED = ("name", "description", "mission")
LIST_PARAMETERS = [
    OpenApiParameter("search", str, description="Words found anywhere in the record, in any language."),
    OpenApiParameter("page", int),
    OpenApiParameter("per_page", int, description="Up to 200; 50 by default."),
    OpenApiParameter("taxonomy_term_id", str, description="Only records with this term (sector, area…)."),
    OpenApiParameter("organization_id", str),
    OpenApiParameter("modified_after", str, description="ISO 8601 date or date-time."),
    OpenApiParameter("lang", str, enum=LANGUAGE_CODES, description="Language of the texts."),
]


def _texts(obj, language):
    """The record's texts in one language (the first it has in the reader's fallback order) and all of them."""
    code = next((c for c in fallback_order(language) if getattr(obj, f"name_{c}", "")), language)
    texts = {field: getattr(obj, f"{field}_{code}", "") or "" for field in TRANSLATED}
    translations = {
        c: {field: getattr(obj, f"{field}_{c}", "") or "" for field in TRANSLATED}
        for c in LANGUAGE_CODES
        if getattr(obj, f"name_{c}", "")
    }
    return code, texts, translations


def _location(organisation, org_id):
    if not (organisation.address or organisation.city or organisation.latitude is not None):
        return []
    location_id = child_id(org_id, "location")
    location = {
        "id": location_id,
        "location_type": "physical",
        "organization_id": org_id,
        "name": organisation.display_name(),
        "addresses": [
            {
                "id": child_id(location_id, "address"),
                "location_id": location_id,
                "address_1": organisation.address or organisation.city,
                "city": organisation.city,
                "region": "",
                "state_province": "",
                "postal_code": "",
                "country": organisation.country.code if organisation.country_id else "",
                "address_type": "physical",
            }
        ],
    }
    if organisation.latitude is not None:
        location["latitude"] = float(organisation.latitude)
        location["longitude"] = float(organisation.longitude)
    return [location]


def organization_json(organisation, origin, language):
    org_id = public_id("organization", organisation.pk)
    code, texts, translations = _texts(organisation, language)
    data = {
        "id": org_id,
        "name": texts["name"] or organisation.display_name(),
        "alternate_name": organisation.acronym,
        "description": texts["description"] or texts["mission"],
        "website": organisation.website,
        "legal_status": organisation.legal_form.name if organisation.legal_form_id else "",
        "logo": origin + organisation.logo.url if organisation.logo else "",
        "uri": origin + organisation.get_absolute_url(),
        "x_language": code,
        "x_translations": translations,
        "x_status": "active",
        "x_last_modified": organisation.updated_at.isoformat(),
        "locations": _location(organisation, org_id),
        "organization_identifiers": [],
    }
    if organisation.founded:
        data["year_incorporated"] = organisation.founded
    if organisation.registration_number:
        data["organization_identifiers"].append(
            {
                "id": child_id(org_id, "identifier"),
                "organization_id": org_id,
                "identifier_type": "Moroccan registration receipt (récépissé)",
                "identifier": organisation.registration_number,
            }
        )
    return data


def service_json(organisation, sector, origin, language, *, nested_organization=False):
    """What ``organisation`` does in ``sector`` as an HSDS service."""
    org_id = public_id("organization", organisation.pk)
    service_id = public_id("service", organisation.pk, sector.pk)
    code, texts, translations = _texts(organisation, language)
    sector_name = getattr(sector, f"name_{language}", "") or sector.name
    terms = [sector, *organisation.target_groups.all()]
    data = {
        "id": service_id,
        "organization_id": org_id,
        "name": f"{sector_name} — {texts['name'] or organisation.display_name()}",
        "description": texts["description"] or texts["mission"],
        "url": origin + organisation.get_absolute_url(),
        "status": "active",
        "last_modified": organisation.updated_at.isoformat(),
        "x_language": code,
        "x_translations": translations,
        "languages": [
            {
                "id": child_id(service_id, "language", lang.pk),
                "service_id": service_id,
                "name": lang.name,
                "code": lang.slug,
            }
            for lang in organisation.languages.all()
        ],
        "service_areas": [
            {
                "id": child_id(service_id, "area", area.pk),
                "service_id": service_id,
                "name": getattr(area, f"name_{language}", "") or area.name,
                "extent_type": area.kind,
                "uri": origin + f"/api/v1/hsds/taxonomy_terms/{public_id('area', area.pk)}",
            }
            for area in organisation.areas.all()
        ],
        "attributes": [
            {
                "id": child_id(service_id, "attribute", type(term).__name__, term.pk),
                "link_id": service_id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": term_json(term, origin, language)["id"],
                "taxonomy_term": term_json(term, origin, language),
                "value": term.slug,
            }
            for term in terms
        ],
    }
    if nested_organization:
        data["organization"] = organization_json(organisation, origin, language)
    return data


def published_for_api():
    return (
        Organisation.objects.public()
        .select_related("legal_form", "country")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("pk")),
            Prefetch("target_groups", queryset=TargetGroup.objects.order_by("pk")),
            Prefetch("areas", queryset=Area.objects.order_by("pk")),
            "languages",
        )
    )


def _modified_after(value):
    moment = parse_datetime(value)
    if moment is None:
        try:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time())
        except ValueError:
            raise ValidationError(
                {"modified_after": "An ISO 8601 date or date-time, e.g. 2026-01-31."}
            ) from None
    return moment if moment.tzinfo else make_aware(moment)


def filter_organisations(queryset, params):
    """The HSDS list filters, shared by organisations and services."""
    if params.get("search", "").strip():
        queryset = queryset.search(params["search"])
    if params.get("modified_after"):
        queryset = queryset.filter(updated_at__gt=_modified_after(params["modified_after"]))
    if params.get("organization_id"):
        parsed = parse_public_id("organization", params["organization_id"])
        queryset = queryset.filter(pk=parsed[0] if parsed else -1)
    if params.get("taxonomy_term_id"):
        term = find_term(params["taxonomy_term_id"])
        if term is None:
            return queryset.none()
        if isinstance(term, Area):
            # As on the site, an area includes everything below it.
            below = Area.objects.filter(pk__in=term.descendants_and_self().values("pk"))
            queryset = queryset.filter(
                pk__in=Organisation.areas.through.objects.filter(area__in=below).values("organisation_id")
            )
        elif isinstance(term, LegalForm):
            queryset = queryset.filter(legal_form=term)
        else:
            field = "sectors" if isinstance(term, Sector) else "target_groups"
            queryset = queryset.filter(pk__in=Organisation.objects.filter(**{field: term}).values("pk"))
    return queryset


class OrganizationListView(PublicListView):
    @extend_schema(
        parameters=LIST_PARAMETERS,
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of organizations",
    )
    def get(self, request):
        queryset = filter_organisations(published_for_api(), request.query_params).order_by("pk")
        page = self.paginate_queryset(queryset)
        origin, language = seo.origin(request), api_language(request)
        return self.get_paginated_response([organization_json(o, origin, language) for o in page])


def _get_organisation(pk):
    parsed = parse_public_id("organization", pk)
    organisation = published_for_api().filter(pk=parsed[0]).first() if parsed else None
    if organisation is None:
        raise Http404
    return organisation


class OrganizationDetailView(PublicDetailView):
    @extend_schema(
        responses={200: OpenApiTypes.OBJECT}, summary="A fully nested organization, with its services"
    )
    def get(self, request, pk):
        organisation = self.organisation = _get_organisation(pk)
        origin, language = seo.origin(request), api_language(request)
        data = organization_json(organisation, origin, language)
        data["services"] = [
            service_json(organisation, sector, origin, language) for sector in organisation.sectors.all()
        ]
        return Response(data)

    def last_modified(self):
        return self.organisation.updated_at


class ServiceListView(PublicListView):
    """Every (published organisation, sector) pair, paged on the link table so a page costs the same anywhere."""

    @extend_schema(
        parameters=LIST_PARAMETERS, responses={200: OpenApiTypes.OBJECT}, summary="Paginated list of services"
    )
    def get(self, request):
        organisations = filter_organisations(Organisation.objects.public(), request.query_params)
        links = (
            Organisation.sectors.through.objects.filter(organisation__in=organisations.values("pk"))
            .select_related("sector")
            .order_by("organisation_id", "sector_id")
        )
        page = self.paginate_queryset(links)
        by_id = published_for_api().in_bulk({link.organisation_id for link in page})
        origin, language = seo.origin(request), api_language(request)
        return self.get_paginated_response(
            [service_json(by_id[link.organisation_id], link.sector, origin, language) for link in page]
        )


class ServiceDetailView(PublicDetailView):
    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A fully nested service")
    def get(self, request, pk):
        parsed = parse_public_id("service", pk)
        if not parsed:
            raise Http404
        organisation_pk, sector_pk = parsed
        organisation = self.organisation = published_for_api().filter(pk=organisation_pk).first()
        sector = (
            next((s for s in organisation.sectors.all() if s.pk == sector_pk), None) if organisation else None
        )
        if sector is None:
            raise Http404
        return Response(
            service_json(
                organisation, sector, seo.origin(request), api_language(request), nested_organization=True
            )
        )

    def last_modified(self):
        return self.organisation.updated_at
