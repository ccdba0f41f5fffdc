"""The site's URLs plus a hello-world view, served only by `manage.py benchmark --load` (BENCHMARK_HELLO=1).

The hello-world view passes through the same middleware as every page but does no work of its own: its request
rate is the ceiling the pages are compared with.
"""

from django.http import HttpResponse
from django.urls import path

from directory.urls import urlpatterns as site_urlpatterns

HELLO_PATH = "/__hello__"


def hello(request):
    return HttpResponse(b"Hello, world", content_type="text/plain")


urlpatterns = [path(HELLO_PATH.lstrip("/"), hello, name="benchmark_hello"), *site_urlpatterns]
