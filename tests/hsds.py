"""Validating what the API publishes against the vendored HSDS 3.0 schemas (tests/standards/hsds-3)."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).parent / "standards" / "hsds-3"


@cache
def _registry():
    resources = []
    for path in SCHEMAS.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        # The schemas refer to each other by file name ("contact.json").
        resources.append((path.name, Resource.from_contents(schema, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def validator(name):
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=FormatChecker())


def assert_valid(name, data):
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


def walk(client, url, *, per_page):
    """Every item of a paged HSDS list, following only the spec's Page fields, as a client would."""
    items, page = [], 1
    while True:
        body = client.get(url, {"page": page, "per_page": per_page}).json()
        assert set(body) == PAGE_KEYS
        assert body["page_number"] == page and body["size"] == len(body["contents"])
        assert body["first_page"] == (page == 1)
        items += body["contents"]
        if body["last_page"]:
            assert len(items) == body["total_items"]
            assert page == body["total_pages"]
            return items
        page += 1
