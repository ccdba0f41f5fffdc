"""RSS and Atom feeds of new and updated organisations, for any filtered list of the directory."""

from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from directory.feeds import SafeFeed, feed_html
from organisations.filters import OrganisationFilter
from organisations.models import Organisation

FEED_SIZE = 50


class OrganisationRssFeed(SafeFeed):
    def get_object(self, request):
        # One Feed instance serves every request; the request (and so the list's filters) is the feed's object.
        return request

    def title(self, request):
        return _("New and updated organisations in Tangier")

    def description(self, request=None):
        return _("Organisations that joined the directory or updated their profile, newest first.")

    def link(self, request):
        query = request.GET.urlencode()
        return reverse("organisations:list") + (f"?{query}" if query else "")

    def feed_url(self, request):
        return request.get_full_path()

    def items(self, request):
        queryset = Organisation.objects.public().select_related("legal_form")
        filtered = OrganisationFilter(request.GET or None, queryset=queryset, request=request).qs
        return filtered.order_by("-updated_at", "-pk")[:FEED_SIZE]

    def item_title(self, organisation):
        return organisation.display_name()

    def item_description(self, organisation):
        # Profiles are plain text: escaped, so a feed reader that renders HTML shows it as written.
        return feed_html(text=organisation.description)

    def item_pubdate(self, organisation):
        return organisation.published_at

    def item_updateddate(self, organisation):
        return organisation.updated_at

    def item_guid(self, organisation):
        # A new guid for each update, so readers show the update as a new item.
        return f"{organisation.get_absolute_url()}#{organisation.updated_at.isoformat()}"

    item_guid_is_permalink = False


class OrganisationAtomFeed(OrganisationRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, request):
        return self.description(request)
