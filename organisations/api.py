"""Organisations in Open Referral's HSDS 3.0: each profile is an ``organization``; what it does, one ``service``
per sector, with its target groups as attributes, its areas as service areas and its languages.

Only published profiles appear (closed ones marked closed, their services "defunct"), and only fields the
public profile shows, less e-mail addresses and telephone numbers (often a person's own).
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
from directory.api.links import linked_terms
from directory.api.views import PublicDetailView, PublicListView, api_language
from directory.models import Area, LegalForm, Sector, TargetGroup
from directory.translated import LANGUAGE_CODES, fallback_order
from organisations import counts
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
        "x_status": "closed" if organisation.closed_on else "active",
        "x_closed_on": organisation.closed_on.isoformat() if organisation.closed_on else None,
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


def service_json(
    organisation, sector, origin, language, *, links=None, terms=None, nested_organization=False
):
    """What ``organisation`` does in ``sector`` as an HSDS service.

    ``links``: the organisation's target groups, areas and languages (``service_links``); by default read from
    its relations, as ``published_for_api`` prefetches them. ``terms``: a dict a page's services share, keeping
    each term's JSON once made (the same few terms recur on every service of a page).
    """
    if links is None:
        links = {name: list(getattr(organisation, name).all()) for name in SERVICE_LINKS}
    if terms is None:
        terms = {}
    org_id = public_id("organization", organisation.pk)
    service_id = public_id("service", organisation.pk, sector.pk)
    code, texts, translations = _texts(organisation, language)
    sector_name = getattr(sector, f"name_{language}", "") or sector.name
    attributes = [sector, *links["target_groups"]]
    for term in attributes:
        if (type(term), term.pk) not in terms:
            terms[type(term), term.pk] = term_json(term, origin, language)
    data = {
        "id": service_id,
        "organization_id": org_id,
        "name": f"{sector_name} — {texts['name'] or organisation.display_name()}",
        "description": texts["description"] or texts["mission"],
        "url": origin + organisation.get_absolute_url(),
        "status": "defunct" if organisation.closed_on else "active",
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
            for lang in links["languages"]
        ],
        "service_areas": [
            {
                "id": child_id(service_id, "area", area.pk),
                "service_id": service_id,
                "name": getattr(area, f"name_{language}", "") or area.name,
                "extent_type": area.kind,
                "uri": origin + f"/api/v1/hsds/taxonomy_terms/{public_id('area', area.pk)}",
            }
            for area in links["areas"]
        ],
        "attributes": [
            {
                "id": child_id(service_id, "attribute", type(term).__name__, term.pk),
                "link_id": service_id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": terms[type(term), term.pk]["id"],
                "taxonomy_term": terms[type(term), term.pk],
                "value": term.slug,
            }
            for term in attributes
        ],
    }
    if nested_organization:
        data["organization"] = organization_json(organisation, origin, language)
    return data


# What a service shows of its organisation's links besides its sector, each in the order the API gives it.
SERVICE_LINKS = {
    "target_groups": TargetGroup.objects.order_by("pk"),
    "areas": Area.objects.order_by("pk"),
    "languages": None,  # the vocabulary's own order
}


def organisations_for_api():
    """The organisations the API lists, with what ``organization_json`` reads (no links, no search columns)."""
    # Closed organisations stay, marked closed, so reusers of the data can drop them.
    return (
        Organisation.objects.public_or_closed()
        .select_related("legal_form", "country")
        .defer("search_text", "search_name")
    )


def published_for_api():
    """One organisation with everything its services show (the detail views, the open-data package)."""
    return organisations_for_api().prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.order_by("pk")),
        *(
            Prefetch(name, queryset=queryset) if queryset is not None else name
            for name, queryset in SERVICE_LINKS.items()
        ),
    )


def service_links(pks):
    """{pk: the ``links`` of ``service_json``} for the organisations ``pks`` of a page, read in bulk."""
    found = {
        name: linked_terms(Organisation, name, pks, queryset) for name, queryset in SERVICE_LINKS.items()
    }
    return {pk: {name: found[name][pk] for name in SERVICE_LINKS} for pk in pks}


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


def is_filtered(params):
    """Whether ``filter_organisations`` narrows the list with ``params`` (the same tests, in the same order)."""
    return bool(
        params.get("search", "").strip()
        or params.get("modified_after")
        or params.get("organization_id")
        or params.get("taxonomy_term_id")
    )


def _closed():
    """The closed organisations the API lists besides the public ones (a few: an index range of closed_on)."""
    return Organisation.objects.closed()


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
    def tallied_count(self):
        """Unfiltered: the maintained count of public organisations, and the closed ones counted."""
        total = None if is_filtered(self.request.query_params) else counts.total()
        return None if total is None else total + _closed().count()

    @extend_schema(
        parameters=LIST_PARAMETERS,
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of organizations",
        operation_id="getPaginatedListOfOrganizations",
    )
    def get(self, request):
        queryset = filter_organisations(organisations_for_api(), request.query_params).order_by("pk")
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
        responses={200: OpenApiTypes.OBJECT},
        summary="A fully nested organization, with its services",
        operation_id="getOrganizationById",
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

    def tallied_count(self):
        """Unfiltered: each public organisation counts once per sector in the maintained counts; the closed
        ones' sectors are counted."""
        tallied = None if is_filtered(self.request.query_params) else counts.tallies(["sector:"])
        if tallied is None:
            return None
        closed = Organisation.sectors.through.objects.filter(organisation__in=_closed().values("pk"))
        return sum(n for n, _total in tallied.values()) + closed.count()

    @extend_schema(
        parameters=LIST_PARAMETERS,
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of services",
        operation_id="getPaginatedListOfServices",
    )
    def get(self, request):
        organisations = filter_organisations(Organisation.objects.public_or_closed(), request.query_params)
        links = (
            Organisation.sectors.through.objects.filter(organisation__in=organisations.values("pk"))
            .select_related("sector")
            .order_by("organisation_id", "sector_id")
        )
        page = self.paginate_queryset(links)
        pks = sorted({link.organisation_id for link in page})
        by_id = organisations_for_api().select_related(None).in_bulk(pks)  # a service shows no legal form
        links_of = service_links(pks)
        origin, language, terms = seo.origin(request), api_language(request), {}
        return self.get_paginated_response(
            [
                service_json(
                    by_id[link.organisation_id],
                    link.sector,
                    origin,
                    language,
                    links=links_of[link.organisation_id],
                    terms=terms,
                )
                for link in page
            ]
        )


class ServiceDetailView(PublicDetailView):
    @extend_schema(
        responses={200: OpenApiTypes.OBJECT},
        summary="A fully nested service",
        operation_id="getFullyNestedServiceById",
    )
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
