"""Page through a whole database's HSDS API as a client that knows only the spec, validating every object.

The test suite does this on a handful of records (tests/test_api_hsds.py); this runs the same walk against a
large database, e.g. one filled by ``generate_organisations``:

    DATABASE_URL=postgres://…/bench DJANGO_SETTINGS_MODULE=directory.test_settings python -m tests.crawl_hsds
"""

import collections
import time

import django


def main():
    django.setup()
    from django.test import Client

    from organisations.models import Organisation
    from tests.hsds import assert_valid, walk

    client = Client()
    started = time.perf_counter()
    organisations = walk(client, "/api/v1/hsds/organizations", per_page=100)
    services = walk(client, "/api/v1/hsds/services", per_page=100)
    for organisation in organisations:
        assert_valid("organization", organisation)
    for service in services:
        assert_valid("service", service)
    ids = [item["id"] for item in organisations]
    assert len(set(ids)) == len(ids), "an organisation came twice"
    assert len(ids) == Organisation.objects.public_or_closed().count()
    per_organisation = collections.Counter(service["organization_id"] for service in services)
    print(
        f"{len(ids)} organisations and {len(services)} services ({len(per_organisation)} organisations with"
        f" services) paged, unique and valid in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
