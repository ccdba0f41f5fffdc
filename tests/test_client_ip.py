"""Which address per-IP limits and login lockouts count against, with and without proxies in front."""

import pytest
from django.test import RequestFactory

from directory.ratelimit import client_ip
from tests.test_settings import _manage

rf = RequestFactory()


def _request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


def test_without_proxies_the_connection_address_counts_and_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request("203.0.113.7", forwarded="198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_address_it_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # nginx connects from 10.0.0.2 and appends the visitor's address.
    assert client_ip(_request("10.0.0.2", forwarded="203.0.113.7")) == "203.0.113.7"


def test_behind_one_proxy_a_spoofed_header_cannot_choose_the_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The visitor sent "X-Forwarded-For: 198.51.100.1"; nginx appended the real address after it.
    request = _request("10.0.0.2", forwarded="198.51.100.1, 203.0.113.7")
    assert client_ip(request) == "203.0.113.7"


def test_behind_two_proxies_the_outer_proxys_view_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # visitor → load balancer (appends visitor) → nginx (appends the balancer, 10.0.0.1) → gunicorn
    assert client_ip(_request("10.0.0.2", forwarded="203.0.113.7, 10.0.0.1")) == "203.0.113.7"
    spoofed = _request("10.0.0.2", forwarded="198.51.100.1, 192.0.2.5, 203.0.113.7, 10.0.0.1")
    assert client_ip(spoofed) == "203.0.113.7"


def test_two_visitors_behind_the_same_proxy_are_two_clients(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    first = client_ip(_request("10.0.0.2", forwarded="203.0.113.7"))
    second = client_ip(_request("10.0.0.2", forwarded="203.0.113.8"))
    assert first != second


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address"])
def test_a_missing_or_malformed_header_falls_back_to_the_connection(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request("10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


def test_behind_a_proxy_the_site_refuses_to_start_without_the_proxy_count():
    production = {"SECRET_KEY": "x7" * 30 + "-production", "ALLOWED_HOSTS": "example.org"}
    refused = _manage("check", BEHIND_TLS_PROXY="1", **production)
    assert refused.returncode != 0
    assert "TRUSTED_PROXY_COUNT" in refused.stderr
    started = _manage("check", BEHIND_TLS_PROXY="1", TRUSTED_PROXY_COUNT="1", **production)
    assert started.returncode == 0, started.stderr
