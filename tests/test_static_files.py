import gzip
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import override_settings


def test_collectstatic_makes_compressed_cache_busted_files(tmp_path, settings):
    storages = {**settings.STORAGES}
    storages["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    hashed = [p.name for p in (tmp_path / "css").iterdir()]
    assert any(re.fullmatch(r"site\.[0-9a-f]{12}\.css", name) for name in hashed)
    assert any(re.fullmatch(r"site\.[0-9a-f]{12}\.css\.gz", name) for name in hashed)
    assert (tmp_path / "staticfiles.json").exists()


def test_list_page_is_light(client, make_organisation):
    for n in range(25):
        make_organisation(name_fr=f"Association {n}", sectors=["education", "health"], areas=["bni-makada"])
    html = client.get("/fr/organisations/").content
    assets = [finders.find("css/site.css"), finders.find("js/filters.js")]
    total = len(gzip.compress(html)) + sum(len(gzip.compress(Path(path).read_bytes())) for path in assets)
    assert total < 60 * 1024
    # No CSS or JS framework bundles on a list page.
    assert b"<script src" in html and html.count(b"<script") == 1
