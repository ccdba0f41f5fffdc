"""What every RSS and Atom feed shares: nothing a submitter wrote reaches a feed reader as markup.

Feed readers render HTML without the site's Content-Security-Policy, so the text is made safe where it leaves,
not where each feed builds it: ``SafeFeed`` cleans every item of every feed (descriptions through the same nh3
allow-list as pages, titles and names to plain text). Calendars get the same from ``directory.ical``.
"""

from django.contrib.syndication.views import Feed

from directory.richtext import clean, plain_text, render, render_text, shows_text

PLAIN_FEED_KEYS = ("title", "author_name", "author_email", "comments")
HTML_FEED_KEYS = ("description", "content")


def feed_html(*, markdown="", text=""):
    """An item's description: its Markdown rendered, or if that shows nothing, its plain text; always cleaned
    by the allow-list of pages. Never a raw field."""
    html = render(markdown)
    if shows_text(html):
        return html
    return render_text(text)


class SafeFeed(Feed):
    """The base of every RSS and Atom feed: whatever an ``item_*`` method returns, it leaves cleaned."""

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        for key in ("title", "description", "subtitle", "author_name"):
            if feed.feed.get(key):
                feed.feed[key] = plain_text(feed.feed[key])
        for item in feed.items:
            for key in PLAIN_FEED_KEYS:
                if item.get(key):
                    item[key] = plain_text(item[key])
            for key in HTML_FEED_KEYS:
                if item.get(key):
                    item[key] = clean(item[key])
            item["categories"] = [plain_text(c) for c in item.get("categories") or ()]
        return feed
