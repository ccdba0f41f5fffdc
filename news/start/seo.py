"""How the start guides are found: their sitemap (the section's index is among the fixed pages)."""

from directory.seo import TranslatedSitemap
from news.start.models import Guide


class GuideSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Guide.objects.public().only("slug", "updated_at").order_by("position", "pk")

    def lastmod(self, guide):
        return guide.updated_at
