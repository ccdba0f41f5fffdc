"""The HSDS profile's core endpoints: the API's meta information and the taxonomies with their terms.

The directory's four vocabularies (sectors, target groups, areas, legal forms) are HSDS taxonomies; each term's
``name`` is in the requested language and ``x_translations`` holds every language.
"""

from dataclasses import dataclass

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from directory import seo
from directory.api.ids import parse_public_id, public_id
from directory.api.views import PublicAPIMixin, PublicDetailView, PublicListView, api_language
from directory.models import Area, LegalForm, Sector, TargetGroup
from directory.translated import LANGUAGE_CODES

HSDS_VERSION = "3.0"
# The profile: HSDS 3.0 with every text in the requested language, ``x_language`` naming it and
# ``x_translations`` holding the others; services are what an organisation does, one per sector.
PROFILE_PATH = "/api/v1/hsds/profile/"


@dataclass(frozen=True)
class Taxonomy:
    kind: str
    model: type
    name: str
    description: str
    id: str


TAXONOMIES = [
    Taxonomy(kind, model, name, description, public_id("taxonomy", n))
    for n, (kind, model, name, description) in enumerate(
        [
            ("sector", Sector, _("Sectors"), _("What organisations work on.")),
            ("target-group", TargetGroup, _("Target groups"), _("Whom organisations work for.")),
            (
                "area",
                Area,
                _("Areas"),
                _("Where organisations work: country, region, prefecture, commune, arrondissement."),
            ),
            ("legal-form", LegalForm, _("Legal forms"), _("The legal form of an organisation.")),
        ],
        start=1,
    )
]
TAXONOMIES_BY_KIND = {taxonomy.kind: taxonomy for taxonomy in TAXONOMIES}
KIND_OF_MODEL = {taxonomy.model: taxonomy.kind for taxonomy in TAXONOMIES}


def taxonomy_json(taxonomy, origin):
    return {
        "id": taxonomy.id,
        "name": str(taxonomy.name),
        "description": str(taxonomy.description),
        "uri": origin + reverse("api:hsds-taxonomy", args=[taxonomy.id]),
        "version": "1",
    }


def term_json(term, origin, language):
    """An HSDS taxonomy_term for any of the directory's vocabularies (a Sector, an Area…)."""
    kind = KIND_OF_MODEL[type(term)]
    taxonomy = TAXONOMIES_BY_KIND[kind]
    term_id = public_id(kind, term.pk)
    data = {
        "id": term_id,
        "code": term.slug,
        "name": getattr(term, f"name_{language}", "") or term.name,
        "description": "",
        "taxonomy": str(taxonomy.name),
        "taxonomy_id": taxonomy.id,
        "language": language,
        "term_uri": origin + reverse("api:hsds-taxonomy-term", args=[term_id]),
        "x_translations": {code: getattr(term, f"name_{code}", "") or "" for code in LANGUAGE_CODES},
    }
    if kind == "area" and term.parent_id:
        data["parent_id"] = public_id("area", term.parent_id)
    return data


def find_term(term_id):
    """The Sector, TargetGroup, Area or LegalForm an HSDS term id names, or None."""
    for taxonomy in TAXONOMIES:
        parsed = parse_public_id(taxonomy.kind, term_id)
        if parsed:
            return taxonomy.model.objects.filter(pk=parsed[0]).first()
    return None


class MetaView(PublicAPIMixin, APIView):
    """What this API is and how it relates to HSDS (the HSDS API's required ``/``)."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="HSDS API meta information")
    def get(self, request):
        site = seo.origin(request)
        return Response(
            {
                "version": HSDS_VERSION,
                "profile": site + PROFILE_PATH,
                "openapi_url": site + reverse("api:schema"),
                "publisher": {
                    "name": "Tangier civil-society directory",
                    "url": site + "/",
                    "licence": "CC BY 4.0",
                    "licence_url": "https://creativecommons.org/licenses/by/4.0/",
                },
                "languages": LANGUAGE_CODES,
            }
        )


class ProfileView(PublicAPIMixin, APIView):
    """The HSDS profile this API follows, in words a client developer reads."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="The HSDS profile of this API")
    def get(self, request):
        return Response(
            {
                "name": "tangier-directory",
                "base": f"HSDS {HSDS_VERSION}",
                "languages": LANGUAGE_CODES,
                "description": (
                    "Texts are in the language asked for (?lang= or Accept-Language), falling back to French, "
                    "then Arabic; x_language names the language given and x_translations holds every language "
                    "the record has. Each organisation's services are what it does, one per sector, with its "
                    "target groups as attributes, its areas as service areas and its languages. Identifiers are "
                    "stable UUIDs. Only records a moderator approved, of organisations that are public, appear; "
                    "no personal e-mail address or telephone number is published."
                ),
            }
        )


class TaxonomyListView(PublicListView):
    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="Paginated list of taxonomies")
    def get(self, request):
        site = seo.origin(request)
        self.paginator.page_size = len(TAXONOMIES)
        page = self.paginate_queryset(TAXONOMIES)
        return self.get_paginated_response([taxonomy_json(t, site) for t in page])


class TaxonomyDetailView(PublicDetailView):
    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A taxonomy")
    def get(self, request, pk):
        taxonomy = next((t for t in TAXONOMIES if t.id == pk), None)
        if taxonomy is None:
            raise Http404
        return Response(taxonomy_json(taxonomy, seo.origin(request)))


class TaxonomyTermListView(PublicListView):
    @extend_schema(
        parameters=[
            OpenApiParameter("taxonomy_id", str, description="Only terms of this taxonomy."),
            OpenApiParameter("parent_id", str, description="Only terms below this one (areas)."),
            OpenApiParameter("top_only", bool, description="Only terms without a parent."),
            OpenApiParameter("search", str, description="Terms whose name contains this, in any language."),
            OpenApiParameter("lang", str, enum=LANGUAGE_CODES),
        ],
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of taxonomy terms",
    )
    def get(self, request):
        params = request.query_params
        taxonomies = [t for t in TAXONOMIES if params.get("taxonomy_id") in (None, "", t.id)]
        search = params.get("search", "").strip().casefold()
        parent = parse_public_id("area", params.get("parent_id", "")) if params.get("parent_id") else None
        terms = []
        # The vocabularies are small (a few hundred terms): read whole, in a fixed order, one query each.
        for taxonomy in taxonomies:
            queryset = taxonomy.model.objects.order_by("pk")
            if params.get("parent_id"):
                if taxonomy.kind != "area" or parent is None:
                    continue
                queryset = queryset.filter(parent_id=parent[0])
            if params.get("top_only") in ("true", "1") and taxonomy.kind == "area":
                queryset = queryset.filter(parent__isnull=True)
            terms += [
                term
                for term in queryset
                if not search
                or any(
                    search in (getattr(term, f"name_{code}", "") or "").casefold() for code in LANGUAGE_CODES
                )
            ]
        page = self.paginate_queryset(terms)
        site, language = seo.origin(request), api_language(request)
        return self.get_paginated_response([term_json(term, site, language) for term in page])


class TaxonomyTermDetailView(PublicDetailView):
    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A taxonomy term")
    def get(self, request, pk):
        term = find_term(pk)
        if term is None:
            raise Http404
        return Response(term_json(term, seo.origin(request), api_language(request)))


class APIIndexView(PublicAPIMixin, APIView):
    """Where everything is: follow the links in a browser, or read the OpenAPI document."""

    @extend_schema(exclude=True)
    def get(self, request):
        def url(name, *args):
            return seo.origin(request) + reverse(f"api:{name}", args=args)

        return Response(
            {
                "hsds": url("hsds-meta"),
                "organizations": url("hsds-organizations"),
                "services": url("hsds-services"),
                "taxonomies": url("hsds-taxonomies"),
                "taxonomy_terms": url("hsds-taxonomy-terms"),
                "opportunities": url("opportunities"),
                "events": url("events"),
                "openapi": url("schema"),
                "docs": url("docs"),
                "licence": "CC BY 4.0",
            }
        )
