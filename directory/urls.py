from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page
from django.views.generic import RedirectView
from django.views.static import serve

from directory import overview, views
from directory.seo import PagesSitemap
from news.seo import AboutPageSitemap, ArticleSitemap, EventSitemap
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
            "news:list",
            "news:events",
        ]
    ),
    "about": AboutPageSitemap,
    "organisations": OrganisationSitemap,
    "opportunities": OpportunitySitemap,
    "news": ArticleSitemap,
    "events": EventSitemap,
}
# Search engines fetch these often; an hour's cache keeps a 10,000-profile sitemap from costing every visit.
sitemap_cache = cache_page(3600)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("api/v1/", include("directory.api.urls")),
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

# Every public page carries its language in the URL; "/" is redirected by LocaleMiddleware using the
# browser's Accept-Language, falling back to French.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("overview/", overview.overview, name="overview"),
    path("open-data/", views.open_data, name="open_data"),
    path("organisations/", include("organisations.urls")),
    path("opportunities/", include("opportunities.urls")),
    path("cooperation/", include("organisations.cooperation_urls")),
    path("", include("news.urls")),
    path("newsletter/", include("news.newsletter_urls")),
    path("account/", include("directory.accounts.urls")),
    path("dashboard/", include("organisations.dashboard_urls")),
    path("dashboard/opportunities/", include("opportunities.dashboard_urls")),
    path("dashboard/cooperation/", include("organisations.cooperation_dashboard_urls")),
    path("dashboard/news/", include("news.dashboard_urls")),
    # The privacy notice is an about page that moderators edit; the old address and its name stay.
    path(
        "privacy/",
        RedirectView.as_view(pattern_name="news:page", permanent=True),
        {"slug": "privacy"},
        name="privacy",
    ),
)

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
