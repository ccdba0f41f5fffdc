import gzip
import re
from pathlib import Path

import brotli
import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.http import HttpResponseNotFound
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from directory import settings as production_settings

COMPRESSED_MANIFEST = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_production_collects_static_files_compressed_and_cache_busted():
    assert not production_settings.DEBUG
    assert production_settings.STORAGES["staticfiles"]["BACKEND"] == COMPRESSED_MANIFEST
    assert "map" in production_settings.WHITENOISE_SKIP_COMPRESS_EXTENSIONS


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """collectstatic run as in production into a folder of the module's own, once: the project's own files only
    (Brotli at its best takes minutes over the admin's and the API browser's bundles on a busy machine)."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(
        STATIC_ROOT=root,
        STORAGES={**django_settings.STORAGES, "staticfiles": {"BACKEND": COMPRESSED_MANIFEST}},
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def test_collectstatic_makes_cache_busted_files_compressed_with_gzip_and_brotli(collected):
    assert (collected / "staticfiles.json").exists()
    for folder, stem, extension in [("css", "site", "css"), ("js", "filters", "js"), ("js", "orgmap", "js")]:
        names = {p.name for p in (collected / folder).iterdir()}
        (hashed,) = [n for n in names if re.fullmatch(rf"{stem}\.[0-9a-f]{{12}}\.{extension}", n)]
        assert {f"{hashed}.gz", f"{hashed}.br"} <= names
        original = (collected / folder / hashed).read_bytes()
        assert brotli.decompress((collected / folder / f"{hashed}.br").read_bytes()) == original
        assert gzip.decompress((collected / folder / f"{hashed}.gz").read_bytes()) == original


@pytest.mark.parametrize(
    ("accept_encoding", "content_encoding"),
    [("gzip, deflate, br, zstd", "br"), ("gzip, deflate", "gzip"), ("", None)],
)
def test_whitenoise_serves_brotli_to_browsers_that_accept_it_and_gzip_to_the_others(
    collected, accept_encoding, content_encoding
):
    middleware = WhiteNoiseMiddleware(lambda request: HttpResponseNotFound())
    url = staticfiles_storage.url("css/site.css")
    request = RequestFactory().get(url, HTTP_ACCEPT_ENCODING=accept_encoding)
    response = middleware(request)
    body = b"".join(response.streaming_content)
    response.file_to_stream.close()  # not response.close(): that signals the end of a request to the database
    assert response.status_code == 200
    assert response.get("Content-Encoding") == content_encoding
    assert "Accept-Encoding" in response["Vary"]
    decode = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[content_encoding]
    assert decode(body) == Path(finders.find("css/site.css")).read_bytes()


def test_list_page_is_light(client, make_organisation):
    for n in range(25):
        make_organisation(name_fr=f"Association {n}", sectors=["education", "health"], areas=["bni-makada"])
    html = client.get("/fr/organisations/").content
    assets = [finders.find("css/site.css"), finders.find("js/filters.js")]
    total = len(gzip.compress(html)) + sum(len(gzip.compress(Path(path).read_bytes())) for path in assets)
    assert total < 60 * 1024
    # No CSS or JS framework bundles on a list page.
    assert b"<script src" in html and html.count(b"<script") == 1
