"""A local S3-compatible server for the tests: moto in server mode, on a free port, inside the test process.

Nothing leaves the machine; the storage code under test talks HTTP to it exactly as it would to a bucket at a
provider.
"""

import itertools
import json
import logging
import urllib.request

import boto3
from moto.server import ThreadedMotoServer

from directory.media_storage import s3_storage

ACCESS_KEY = "testing-access-key"
SECRET_KEY = "testing-secret-key"
REGION = "us-east-1"
_buckets = itertools.count(1)


class LocalS3:
    def __init__(self):
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise

    def start(self):
        self.server.start()
        host, port = self.server.get_host_and_port()
        self.endpoint_url = f"http://{host}:{port}"
        self.client = boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        return self

    def stop(self):
        self.server.stop()

    def new_bucket(self):
        name = f"media-{next(_buckets)}"
        self.client.create_bucket(Bucket=name)
        # As the README asks of a production bucket: anyone may read the files, only the site may write.
        policy = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{name}/*",
                }
            ],
        }
        self.client.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))
        return Bucket(self, name)


class Bucket:
    def __init__(self, server, name):
        self.server, self.name = server, name
        self.client = server.client
        # Files are served from the server itself, path-style: http://127.0.0.1:port/bucket/key
        self.url_prefix = f"{server.endpoint_url}/{name}/"
        # The ``STORAGES["default"]`` entry the site builds from the MEDIA_S3_* variables for this bucket.
        self.storage_settings = s3_storage(
            bucket=name,
            endpoint_url=server.endpoint_url,
            region=REGION,
            access_key=ACCESS_KEY,
            secret_key=SECRET_KEY,
        )

    def names(self):
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.name)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def contents(self):
        return {key: self.read(key) for key in self.names()}

    def read(self, key):
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()

    def empty(self):
        for key in self.names():
            self.client.delete_object(Bucket=self.name, Key=key)


def fetch(url):
    """GET a URL as a browser would, anonymously; (status, body)."""
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (a local test server)
        return response.status, response.read()
