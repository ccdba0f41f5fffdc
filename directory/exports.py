"""Downloads of any filtered list, as CSV and JSON, streamed so a 10,000-row export holds one chunk in memory.

CSV starts with a byte-order mark: spreadsheet programs then read the file as UTF-8 and show Arabic as written.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from directory import seo

CHUNK = 500
# The licence of everything the directory publishes as data (see the open-data page for why this one).
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
# Where the full HSDS package of the directory is kept in the default storage (organisations/open_data.py).
PACKAGE_PATH = "open-data/tangier-directory-hsds.zip"


class _Echo:
    """A file-like object whose write() returns the text, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


def csv_response(records, *, filename):
    """``records`` yields dicts sharing the first one's keys, which become the header row."""

    def rows():
        writer = csv.writer(_Echo())
        header = None
        yield "\ufeff"
        for record in records:
            if header is None:
                header = list(record)
                yield writer.writerow(header)
            yield writer.writerow(["; ".join(v) if isinstance(v, list) else v for v in record.values()])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def json_response(records, *, filename, meta):
    """``{"meta": …, "items": [...]}``, written item by item."""

    def chunks():
        yield '{"meta":' + json.dumps(meta, cls=DjangoJSONEncoder, ensure_ascii=False) + ',"items":['
        for n, record in enumerate(records):
            yield ("," if n else "") + json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False)
        yield "]}"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def download_views(*, filtered, record, name):
    """The CSV and JSON download views of one list: ``filtered(request)`` gives its queryset as the page filters
    it, ``record(obj, origin)`` one row; the files are called ``<name>.csv`` and ``<name>.json``."""

    def records(request):
        origin = seo.origin(request)
        for obj in filtered(request).iterator(chunk_size=CHUNK):
            yield record(obj, origin)

    def export_csv(request):
        return csv_response(records(request), filename=f"{name}.csv")

    def export_json(request):
        return json_response(records(request), filename=f"{name}.json", meta=export_meta(request))

    return export_csv, export_json


def export_meta(request):
    """What every JSON download says about itself: licence, source, time and the filters it was made with."""
    return {
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "source": seo.origin(request),
        "generated_at": timezone.now(),
        "filters": request.GET.dict(),
    }


def translations(obj, field, languages):
    """``{"name_fr": …, "name_ar": …}``: every language's text of a translated field, empty where missing."""
    return {f"{field}_{code}": getattr(obj, f"{field}_{code}", "") or "" for code in languages}
