"""The public, read-only JSON API (``/api/v1/``): shared pieces every app's endpoints use.

Two dialects: the Open Referral HSDS 3.0 profile under ``/api/v1/hsds/`` (organisations, their services,
taxonomies), and the project's own JSON for opportunities and events. Both page the same way (HSDS's ``Page``),
answer only what the public pages show, and are cached by clients and proxies through ETag and Last-Modified.
"""
