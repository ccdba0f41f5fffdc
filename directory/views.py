from django.conf import settings
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from directory import seo
from directory.exports import PACKAGE_PATH

# Sign-in, account and dashboard pages under each language prefix.
PRIVATE_SECTIONS = ("account", "dashboard")


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


def robots_txt(request):
    """Crawlers may read every public page; members' and moderators' pages are no use to them."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(
            f"Disallow: /{code}/{section}/"
            for code, _name in settings.LANGUAGES
            for section in PRIVATE_SECTIONS
        ),
        f"Sitemap: {seo.origin(request)}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def open_data(request):
    package = None
    if default_storage.exists(PACKAGE_PATH):
        package = {
            "url": default_storage.url(PACKAGE_PATH),
            "generated": default_storage.get_modified_time(PACKAGE_PATH),
            "size": default_storage.size(PACKAGE_PATH),
        }
    return render(request, "directory/open_data.html", {"package": package})
