from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve

from directory import shortlinks, views
from directory.caching import KINDS, public_page
from directory.portal import home
from directory.portal.overview import views as overview

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    # Long links in e-mails (directory/shortlinks.py); the stored path carries its language.
    path("l/<str:key>/", shortlinks.stored_link, name="stored_link"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("", include("directory.portal.sitemaps")),
    path("api/v1/", include("directory.portal.api_urls")),
    path("favicon.ico", views.favicon, name="favicon"),
]

# Every public page carries its language in the URL; "/" is redirected by LocaleMiddleware using the
# browser's Accept-Language, falling back to French.
urlpatterns += i18n_patterns(
    path("", public_page(*KINDS, clock=True)(home.home), name="home"),
    path(
        "overview/",
        public_page("organisations", "opportunities", "taxonomies", clock=True)(overview.overview),
        name="overview",
    ),
    path("open-data/", views.open_data, name="open_data"),
    path("organisations/", include("organisations.urls")),
    path("opportunities/", include("opportunities.urls")),
    path("cooperation/", include("organisations.cooperation.urls")),
    path("start/", include("news.start.urls")),
    path("", include("news.urls")),
    path("newsletter/", include("news.newsletter.urls")),
    path("account/", include("directory.accounts.urls")),
    path("translations/", include("organisations.translations_urls")),
    path("dashboard/", include("organisations.dashboard_urls")),
    path("dashboard/opportunities/", include("opportunities.dashboard_urls")),
    path("dashboard/cooperation/", include("organisations.cooperation.dashboard_urls")),
    path("dashboard/news/", include("news.dashboard_urls")),
    # Links in e-mails (directory/shortlinks.py).
    re_path(r"^(?P<kind>[opsae])/(?P<pk>[0-9]{1,18})/$", shortlinks.short_link, name="short_link"),
    # The privacy notice is an about page that moderators edit; the old address and its name stay.
    path(
        "privacy/",
        RedirectView.as_view(pattern_name="news:page", permanent=True),
        {"slug": "privacy"},
        name="privacy",
    ),
)

if settings.DEBUG and settings.MEDIA_STORAGE == "file":
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
