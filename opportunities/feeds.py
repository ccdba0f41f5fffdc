"""RSS and Atom feeds of any filtered list of opportunities, and an iCalendar feed of their deadlines."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from directory import ical
from directory.feeds import SafeFeed, feed_html
from directory.translated import first_translation
from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity

FEED_SIZE = 50


def _filtered(request):
    queryset = Opportunity.objects.public().select_related("organisation")
    return OpportunityFilter(request.GET or None, queryset=queryset, request=request).qs


class OpportunityRssFeed(SafeFeed):
    def get_object(self, request):
        # The feed keeps the list's filters: whatever a reader filtered on the site, they can follow. The
        # request is passed along as the feed's object, as one Feed instance serves every request.
        return request

    def title(self, request):
        return _("Support opportunities in Tangier")

    def description(self, request=None):
        return _(
            "Funding, volunteering, in-kind help and training offered and sought by Tangier's civil society."
        )

    def link(self, request):
        query = request.GET.urlencode()
        return reverse("opportunities:list") + (f"?{query}" if query else "")

    def feed_url(self, request):
        # The default drops the query, so the feed's "self" link would name the unfiltered feed.
        return request.get_full_path()

    def items(self, request):
        return _filtered(request).order_by("-published_at", "pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.display_title()

    def item_description(self, item):
        # Plain text on the pages too (shown with its line breaks), in the reader's language or a fallback.
        return feed_html(text=first_translation(item, "description"))

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.publisher_name()


class OpportunityAtomFeed(OpportunityRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, request):
        return self.description(request)


def deadlines_ics(request):
    """Deadlines of the (filtered) open opportunities, as all-day-independent timed events."""
    cal = ical.calendar(_("Opportunity deadlines"), product="opportunities", time_zone=settings.TIME_ZONE)
    now = timezone.now()
    # Open with a deadline means the deadline is still ahead.
    items = _filtered(request).filter(Opportunity.objects.open_q(now)).closing_next(now)
    for opportunity in items[:500]:
        cal.add_component(
            ical.event(
                uid=f"opportunity-{opportunity.pk}-deadline@{request.get_host()}",
                stamp=now,
                start=opportunity.deadline,
                end=opportunity.deadline + datetime.timedelta(minutes=30),
                summary=_("Deadline: %(title)s") % {"title": opportunity.display_title()},
                url=request.build_absolute_uri(opportunity.get_absolute_url()),
                description=opportunity.publisher_name() or "",
            )
        )
    return ical.response(cal, "deadlines.ics")
