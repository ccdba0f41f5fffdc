"""The sitemap index: every app's public pages, each once per language with its alternates (directory.seo)."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.decorators.cache import cache_page

from directory.seo import PagesSitemap
from news.seo import AboutPageSitemap, ArticleSitemap, EventSitemap, ProjectSitemap
from news.start.seo import GuideSitemap
from opportunities.seo import OpportunitySitemap
from organisations.seo import OrganisationSitemap

SITEMAPS = {
    "pages": PagesSitemap(
        [
            "home",
            "organisations:list",
            "organisations:map",
            "opportunities:list",
            "overview",
            "cooperation:index",
            "start:index",
            "news:list",
            "news:events",
            "news:projects",
            "open_data",
        ]
    ),
    "about": AboutPageSitemap,
    "start": GuideSitemap,
    "organisations": OrganisationSitemap,
    "opportunities": OpportunitySitemap,
    "news": ArticleSitemap,
    "events": EventSitemap,
    "projects": ProjectSitemap,
}
# Search engines fetch these often; an hour's cache keeps a 10,000-profile sitemap from costing every visit.
sitemap_cache = cache_page(3600)

urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_cache(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_cache(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
