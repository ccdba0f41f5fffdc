"""Where uploaded files (logos, covers, the open-data package) are kept: a folder, or an S3-compatible bucket.

``MEDIA_STORAGE=file`` (the default) keeps them under ``MEDIA_ROOT``; ``MEDIA_STORAGE=s3`` keeps them in a bucket
through django-storages, so that several app servers share one media store. Everything that handles media goes
through Django's storage API (``default_storage``, the file fields), never through the filesystem, so both work
the same.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from directory.env import env_bool, env_str

FILE = "file"
S3 = "s3"
S3_BACKEND = "storages.backends.s3.S3Storage"


def s3_storage(
    *,
    bucket,
    endpoint_url=None,
    region=None,
    access_key=None,
    secret_key=None,
    custom_domain=None,
    querystring_auth=False,
    location="",
):
    """The ``STORAGES`` entry for an S3-compatible bucket.

    Logos are public: by default URLs are plain (no signature), so the bucket (or the CDN named by
    ``custom_domain``) must let anyone read its objects. Signed URLs expire, which cached pages would outlive.
    """
    options = {
        "bucket_name": bucket,
        "querystring_auth": querystring_auth,
        # Names are made unique by the code that saves (logos carry a random part); a restore or the open-data
        # package replaces a file under its own name on purpose.
        "file_overwrite": True,
        "location": location,
    }
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
        # A self-hosted server (MinIO, Garage, Ceph) serves buckets under its own host: bucket/key.
        options["addressing_style"] = "path"
        if urlsplit(endpoint_url).scheme == "http":
            options["url_protocol"] = "http:"
    if region:
        options["region_name"] = region
    if access_key:
        options["access_key"] = access_key
    if secret_key:
        options["secret_key"] = secret_key
    if custom_domain:
        options["custom_domain"] = custom_domain
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def media_origins(storage):
    """The origins media URLs point to, for the Content-Security-Policy's img-src; none for local files."""
    if storage["BACKEND"] != S3_BACKEND:
        return []
    options = storage["OPTIONS"]
    protocol = options.get("url_protocol", "https:")
    if options.get("custom_domain"):
        return [f"{protocol}//{options['custom_domain']}"]
    if options.get("endpoint_url"):
        parts = urlsplit(options["endpoint_url"])
        return [f"{parts.scheme}://{parts.netloc}"]
    bucket = options["bucket_name"]
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if options.get("region_name"):
        origins.append(f"https://{bucket}.s3.{options['region_name']}.amazonaws.com")
    return origins


def media_storage_from_env():
    """``STORAGES["default"]`` from ``MEDIA_STORAGE`` and, for S3, the ``MEDIA_S3_*`` variables."""
    kind = env_str("MEDIA_STORAGE", FILE).strip().lower()
    if kind == FILE:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind == S3:
        return s3_storage(
            bucket=env_str("MEDIA_S3_BUCKET", required=True),
            endpoint_url=env_str("MEDIA_S3_ENDPOINT_URL"),
            region=env_str("MEDIA_S3_REGION"),
            # Without keys, boto3 looks in its usual places (AWS_* variables, an instance role).
            access_key=env_str("MEDIA_S3_ACCESS_KEY_ID"),
            secret_key=env_str("MEDIA_S3_SECRET_ACCESS_KEY"),
            custom_domain=env_str("MEDIA_S3_CUSTOM_DOMAIN"),
            querystring_auth=env_bool("MEDIA_S3_QUERYSTRING_AUTH", False),
            location=env_str("MEDIA_S3_LOCATION", ""),
        )
    raise ImproperlyConfigured(f"MEDIA_STORAGE={kind!r} is not one of {FILE!r}, {S3!r}.")
