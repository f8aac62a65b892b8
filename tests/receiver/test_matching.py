"""A callback is matched to the request that caused it, through the reference in its URL, and
the events of that request's operation fire from its outcome."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mpesa import EventNameConstants, MpesaAdapter, MpesaOutcomeUnknownError
from mpesa.sandbox import LocalDaraja
from mpesa.testing import canned_callback
from tests.receiver.conftest import Site, wait_until

CUSTOMER = "254708374149"


@pytest.fixture
def recording(daraja: LocalDaraja, site: Site) -> Iterator[MpesaAdapter]:
    """An adapter that records its requests in the site's ledger."""
    config = daraja.config(callback_base_url=site.base_url)
    with MpesaAdapter(config, ledger=site.ledger) as client:
        yield client
    daraja.state.settle()
    daraja.state.reset()


def test_an_stk_push_whose_answer_was_dropped_is_resolved_by_its_callback(
    daraja: LocalDaraja, recording: MpesaAdapter, site: Site
) -> None:
    daraja.state.inject_fault("drop_connection", operation="initiate_stk_push")
    with pytest.raises(MpesaOutcomeUnknownError) as raised:
        recording.initiate_stk_push(CUSTOMER, 25, "ORDER-1")
    reference = raised.value.ids["reference"]
    site.wait_answered(1)
    request = site.ledger.find_request(reference)
    assert request is not None
    assert (request.status, request.amount) == ("success", 25)
    assert request.ids.checkout_request_id == site.handled[0].checkout_request_id
    assert request.receipt == site.handled[0].receipt


def test_a_matched_callback_fires_its_request_s_operation_event(
    recording: MpesaAdapter, site: Site
) -> None:
    recording.b2c_payment(CUSTOMER, 100, command_id="BusinessPayment")
    wait_until(lambda: site.events.of(EventNameConstants.B2C_SUCCESS))
    event = site.events.assert_emitted(EventNameConstants.B2C_SUCCESS, operation="b2c_payment")
    assert event.data["extra"]["receipt"] == site.handled[0].receipt


def test_a_failed_outcome_fires_the_failed_event(site: Site) -> None:
    site.post("callback", canned_callback("initiate_stk_push", "1032"))
    site.events.assert_emitted(EventNameConstants.STK_PUSH_FAILED, result_code="1032")
    site.events.assert_not_emitted(EventNameConstants.STK_PUSH_SUCCESS)


def test_an_unmatched_result_that_several_products_share_fires_no_product_event(
    site: Site,
) -> None:
    site.post("result", canned_callback("b2c_payment"))
    names = site.events.names()
    assert names == [EventNameConstants.CALLBACK_RECEIVED]


def test_the_received_event_names_the_kind_and_masks_the_phone(site: Site) -> None:
    site.post("callback", canned_callback("initiate_stk_push"))
    event = site.events.assert_emitted(EventNameConstants.CALLBACK_RECEIVED)
    assert event.data["extra"]["kind"] == "stk"
    assert event.data["extra"]["schema"] == "StkCallback"
    assert "254708374149" not in str(event.data)


def test_a_status_query_s_answer_settles_the_request_it_asked_about(site: Site) -> None:
    reference = "0" * 31 + "1"
    site.ledger.record_request("b2c_payment", reference=reference, amount=100)
    answer = canned_callback(
        "query_transaction_status", parameters={"TransactionStatus": "Expired"}
    )
    assert site.post(f"status/{reference}", answer).status_code == 200
    request = site.ledger.find_request(reference)
    assert request is not None and request.status == "failed"
    site.events.assert_emitted(EventNameConstants.B2C_FAILED, operation="b2c_payment")


def test_a_queue_timeout_notice_leaves_the_request_unknown(site: Site) -> None:
    reference = "0" * 31 + "2"
    site.ledger.record_request("b2c_payment", reference=reference, amount=100)
    notice = canned_callback("b2c_payment", "1")
    assert site.post(f"timeout/{reference}", notice).status_code == 200
    request = site.ledger.find_request(reference)
    assert request is not None and request.status == "unknown"
    site.events.assert_not_emitted(EventNameConstants.B2C_FAILED)


def test_a_payout_whose_callback_was_lost_is_resolved_by_the_status_query(
    daraja: LocalDaraja, recording: MpesaAdapter, site: Site
) -> None:
    daraja.state.inject_fault("lost_callback", operation="b2c_payment")
    payout = recording.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    outcome = recording.wait_for_result(payout, timeout=30, poll_interval=0.1)
    assert (outcome.status, outcome.operation) == ("success", "b2c_payment")
    entry = site.ledger.entry(payout.conversation_id)
    assert entry is not None and entry.request.status == "success"
    assert [callback.kind for callback in entry.callbacks] == ["result"]
    assert entry.request.ids.conversation_id == payout.conversation_id
