"""Events in the project's own JSON, upcoming ones by default, with the same paging as the other endpoints."""

from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response

from directory import seo
from directory.api.ids import parse_public_id, public_id
from directory.api.views import PublicDetailView, PublicListView
from directory.translated import LANGUAGE_CODES
from news.models import Event


def _public():
    return Event.objects.public().select_related("organiser", "area").prefetch_related("sectors")


def event_json(event, origin):
    organiser = event.organiser if event.organiser_id and event.organiser.is_published else None
    return {
        "id": public_id("event", event.pk),
        "slug": event.slug,
        "url": origin + event.get_absolute_url(),
        "texts": {
            code: {field: getattr(event, f"{field}_{code}", "") or "" for field in ("title", "description")}
            for code in LANGUAGE_CODES
            if getattr(event, f"title_{code}", "")
        },
        "start": event.start,
        "end": event.end,
        "address": event.address,
        "area": event.area.slug if event.area_id else "",
        "latitude": event.latitude,
        "longitude": event.longitude,
        "online_url": event.online_url,
        "registration_url": event.registration_url,
        "organisation_id": public_id("organization", organiser.pk) if organiser else None,
        "organisation": organiser.display_name() if organiser else "",
        "sectors": [sector.slug for sector in event.sectors.all()],
        "updated_at": event.updated_at,
    }


class EventListView(PublicListView):
    page_kinds, page_clock = ("news", "organisations", "taxonomies"), True

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "past", bool, description="Past events, latest first, instead of upcoming ones."
            ),
            OpenApiParameter("page", int),
            OpenApiParameter("per_page", int),
        ],
        responses={200: OpenApiTypes.OBJECT},
        summary="Paginated list of public events",
        operation_id="getPaginatedListOfEvents",
    )
    def get(self, request):
        now = timezone.now()
        if request.query_params.get("past") in ("true", "1"):
            queryset = _public().filter(end__lt=now).order_by("-start", "-pk")
        else:
            queryset = _public().filter(end__gte=now).order_by("start", "pk")
        page = self.paginate_queryset(queryset)
        origin = seo.origin(request)
        return self.get_paginated_response([event_json(e, origin) for e in page])


class EventDetailView(PublicDetailView):
    page_kinds, page_clock = ("news", "organisations", "taxonomies"), True

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT}, summary="A public event", operation_id="getEventById"
    )
    def get(self, request, pk):
        parsed = parse_public_id("event", pk)
        self.event = _public().filter(pk=parsed[0]).first() if parsed else None
        if self.event is None:
            raise Http404
        return Response(event_json(self.event, seo.origin(request)))

    def last_modified(self):
        return self.event.updated_at
