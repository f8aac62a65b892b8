"""A request that is not a callback from Daraja is refused with a clear 4xx, changes nothing,
and is logged without the secret path."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from mpesa import MpesaValidationError
from mpesa.ledger import SQLiteLedger
from mpesa.receiver import SAFARICOM_ADDRESSES, Receiver, Request
from mpesa.testing import canned_callback
from tests.receiver.conftest import JSON, Site, site_for

STK = canned_callback("initiate_stk_push")


@pytest.fixture
def guarded(ledger: SQLiteLedger) -> Iterator[Site]:
    """A site whose allowlist holds Safaricom's addresses only (not 127.0.0.1)."""
    with site_for(ledger, allowed_sources=SAFARICOM_ADDRESSES) as opened:
        yield opened


def assert_nothing_changed(site: Site) -> None:
    assert site.callbacks() == []
    assert site.handled == []
    assert site.events.events == []


def test_a_wrong_secret_is_not_found_and_changes_nothing(site: Site) -> None:
    origin = site.base_url.rsplit("/", 1)[0]
    response = httpx.post(f"{origin}/{'0' * 32}/callback", json=STK, timeout=10)
    assert response.status_code == 404
    assert_nothing_changed(site)


def test_the_refusal_never_echoes_the_path(site: Site) -> None:
    response = httpx.post(f"{site.base_url}/elsewhere", json=STK, timeout=10)
    assert response.status_code == 404
    assert "elsewhere" not in response.text
    assert urlsplit(site.base_url).path not in response.text


def test_a_malformed_reference_is_not_found(site: Site) -> None:
    assert site.post("callback/not-a-reference", STK).status_code == 404
    assert_nothing_changed(site)


def test_a_get_is_not_allowed(site: Site) -> None:
    assert httpx.get(f"{site.base_url}/callback", timeout=10).status_code == 405
    assert_nothing_changed(site)


def test_a_disallowed_source_is_forbidden_and_changes_nothing(guarded: Site) -> None:
    assert guarded.post("callback", STK).status_code == 403
    assert_nothing_changed(guarded)


def test_a_forwarded_address_is_ignored_unless_proxy_headers_are_trusted(guarded: Site) -> None:
    forwarded = {"x-forwarded-for": "196.201.214.200"}
    assert guarded.post("callback", STK, headers=forwarded).status_code == 403


def test_a_trusted_proxy_s_left_most_forwarded_address_is_the_source(
    ledger: SQLiteLedger,
) -> None:
    options = {"allowed_sources": SAFARICOM_ADDRESSES, "trust_proxy_headers": True}
    with site_for(ledger, **options) as site:
        allowed = site.post(
            "callback", STK, headers={"x-forwarded-for": "196.201.214.200, 10.0.0.1"}
        )
        refused = site.post(
            "callback", STK, headers={"x-forwarded-for": "10.0.0.1, 196.201.214.200"}
        )
    assert (allowed.status_code, refused.status_code) == (200, 403)
    assert site.callbacks()[0]["source"] == "196.201.214.200"


def test_an_allowlist_takes_networks(ledger: SQLiteLedger) -> None:
    with site_for(ledger, allowed_sources=["127.0.0.0/8"]) as site:
        assert site.post("callback", STK).status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_a_body_that_is_not_declared_json_is_unsupported(site: Site, content_type: str) -> None:
    response = httpx.post(
        f"{site.base_url}/callback",
        content=b"{}",
        headers={"content-type": content_type},
        timeout=10,
    )
    assert response.status_code == 415
    assert_nothing_changed(site)


def test_a_body_over_the_cap_is_too_large_and_changes_nothing(ledger: SQLiteLedger) -> None:
    with site_for(ledger, max_body_size=1000) as site:
        response = site.post("callback", b"{" + b" " * 2000 + b"}")
    assert response.status_code == 413
    assert_nothing_changed(site)


def test_a_streamed_body_is_cut_at_the_cap(ledger: SQLiteLedger) -> None:
    def chunks() -> Iterator[bytes]:
        yield from (b" " * 500 for _ in range(100))

    with site_for(ledger, max_body_size=1000) as site:
        response = httpx.post(
            f"{site.base_url}/callback", content=chunks(), headers=JSON, timeout=10
        )
    assert response.status_code == 413
    assert_nothing_changed(site)


def test_a_refusal_is_logged_without_the_secret(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="mpesa"):
        httpx.get(f"{site.base_url}/callback", timeout=10)
        site.post("callback/not-a-reference", STK)
    assert "405" in caplog.text and "404" in caplog.text
    assert urlsplit(site.base_url).path.rsplit("/", 1)[1] not in caplog.text


def test_the_repr_hides_the_secret(site: Site) -> None:
    assert urlsplit(site.base_url).path not in repr(site.receiver)


@pytest.mark.parametrize("url", ["https://shop.example", "https://shop.example/", "shop/hooks/x"])
def test_a_base_url_without_a_secret_path_is_refused(url: str, ledger: SQLiteLedger) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        Receiver(url, ledger=ledger)
    assert (raised.value.field, raised.value.rule) == ("callback_base_url", "secret_path")


def test_an_allowlist_entry_that_is_not_an_address_is_refused(ledger: SQLiteLedger) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        Receiver("https://shop.example/hooks/x", ledger=ledger, allowed_sources=["safaricom"])
    assert raised.value.field == "allowed_sources"


def test_safaricom_s_addresses_come_from_the_spec() -> None:
    assert "196.201.214.200" in SAFARICOM_ADDRESSES
    assert len(SAFARICOM_ADDRESSES) == 12


def test_a_request_refused_before_its_body_is_read_is_refused_the_same_by_handle(
    ledger: SQLiteLedger,
) -> None:
    receiver = Receiver("https://shop.example/hooks/x", ledger=ledger)
    request = Request("POST", "/hooks/y/callback", {"content-type": "application/json"})
    refusal = receiver.refusal(request)
    assert refusal is not None and receiver.handle(request) == refusal
