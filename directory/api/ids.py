"""Stable HSDS identifiers (HSDS wants UUIDs) derived from database keys, so nothing has to be stored.

A top-level record's id is a fixed prefix naming its kind followed by its primary key in hexadecimal:
organisation 42 is ``6f726700-0000-4000-8000-00000000002a``. It never changes, reads back to the key without a
lookup, and is a valid version-4-shaped UUID. Sub-records (addresses, languages, attributes…) get name-based
UUIDs (version 5) from their parent's id, which are stable too.
"""

import uuid

KINDS = {
    "organization": "6f726700",
    "service": "73657276",
    "taxonomy": "7461786f",
    "sector": "74657231",
    "target-group": "74657232",
    "area": "74657233",
    "legal-form": "74657234",
    "opportunity": "6f707000",
    "event": "65766e74",
}
NAMESPACE = uuid.UUID("0f2a9a54-3c1e-4b5e-9d43-7a1d7e0c1a11")


def public_id(kind, pk, sub=0):
    """The UUID of record ``pk`` of ``kind``; ``sub`` (< 65,536) tells apart records derived from two keys."""
    return str(uuid.UUID(f"{KINDS[kind]}-{sub:04x}-4000-8000-{pk:012x}"))


def parse_public_id(kind, value):
    """``(pk, sub)`` from an id of ``kind``, or None for anything else (another kind, not a UUID)."""
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        return None
    text = str(parsed)
    if not text.startswith(KINDS[kind] + "-") or text[14:23] != "4000-8000":
        return None
    return int(text[24:], 16), int(text[9:13], 16)


def child_id(parent_id, *parts):
    return str(uuid.uuid5(NAMESPACE, ":".join([str(parent_id), *map(str, parts)])))
