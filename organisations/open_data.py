"""The whole directory as one download: an HSDS 3.0 tabular package (CSV tables and a datapackage.json, as the
specification lays them out) with the nested JSON of every organisation, zipped into the default storage.

Built from the API's own functions, so the download and the API never disagree.
"""

import csv
import io
import json
import zipfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from directory.api.hsds import HSDS_VERSION, TAXONOMIES, taxonomy_json, term_json
from directory.exports import LICENCE, LICENCE_URL, PACKAGE_PATH
from organisations.api import organization_json, published_for_api, service_json

# The HSDS tables the directory has something for, with their columns in the specification's order.
TABLES = {
    "organizations": [
        "id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
        "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id",
    ],
    "organization_identifiers": ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
    "services": [
        "id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status",
        "last_modified",
    ],
    "locations": [
        "id", "location_type", "url", "organization_id", "name", "alternate_name", "description",
        "transportation", "latitude", "longitude",
    ],
    "addresses": [
        "id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
        "postal_code", "country", "address_type",
    ],
    "service_areas": ["id", "service_id", "name", "description", "extent", "extent_type", "uri"],
    "languages": ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
    "attributes": ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
    "taxonomies": ["id", "name", "description", "uri", "version"],
    "taxonomy_terms": [
        "id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri",
    ],
}  # fmt: skip


def _tables(origin, language):
    """Every table's rows and the nested organisations, from one pass over the published profiles."""
    tables = {name: [] for name in TABLES}
    nested = []
    for organisation in published_for_api().order_by("pk").iterator(chunk_size=500):
        org = organization_json(organisation, origin, language)
        org["services"] = [
            service_json(organisation, s, origin, language) for s in organisation.sectors.all()
        ]
        nested.append(org)
        tables["organizations"].append(org)
        tables["organization_identifiers"] += org["organization_identifiers"]
        for location in org["locations"]:
            tables["locations"].append(location)
            tables["addresses"] += location["addresses"]
        for service in org["services"]:
            tables["services"].append(service)
            tables["service_areas"] += service["service_areas"]
            tables["languages"] += service["languages"]
            tables["attributes"] += service["attributes"]
    for taxonomy in TAXONOMIES:
        tables["taxonomies"].append(taxonomy_json(taxonomy, origin))
        tables["taxonomy_terms"] += [
            term_json(t, origin, language) for t in taxonomy.model.objects.order_by("pk")
        ]
    return tables, nested


def _csv(rows, columns):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def build_package(origin=None, language=None):
    """Write the package to the default storage and return its path."""
    origin = origin or settings.SITE_URL
    language = language or settings.LANGUAGE_CODE
    tables, nested = _tables(origin, language)
    generated = timezone.now()
    datapackage = {
        "name": "tangier-civil-society-directory",
        "title": "Tangier civil-society directory",
        "profile": "tabular-data-package",
        "description": f"Open Referral HSDS {HSDS_VERSION} tables of every published organisation and its services.",
        "licenses": [{"name": LICENCE, "path": LICENCE_URL}],
        "created": generated.isoformat(),
        "resources": [
            {"name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "profile": "tabular-data-resource", "schema": {"fields": [{"name": c, "type": "string"} for c in columns]}}
            for name, columns in TABLES.items()
        ],
    }  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(datapackage, indent=2, ensure_ascii=False))
        for name, columns in TABLES.items():
            archive.writestr(f"{name}.csv", _csv(tables[name], columns))
        archive.writestr(
            "organizations.json", json.dumps(nested, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        )
    if default_storage.exists(PACKAGE_PATH):
        default_storage.delete(PACKAGE_PATH)
    return default_storage.save(PACKAGE_PATH, ContentFile(buffer.getvalue()))
