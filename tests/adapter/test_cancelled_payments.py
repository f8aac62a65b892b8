"""A payment's IDs are published before it leaves, so a call cut short never loses them.

Just before a money-moving request first leaves, ``mpesa.payment.sending`` carries its own
IDs (OriginatorConversationID and the other client-side IDs) and the query that resolves it.
If the call then ends without Daraja's answer (task cancelled, ``wait_for`` timeout, Ctrl-C),
``mpesa.error.occurred`` says the outcome is unknown, with the same IDs, and a warning is
logged. Reads and requests that never left publish neither.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from mpesa import OPERATIONS, RecordingEventEmitter
from mpesa.constants import EventNameConstants
from mpesa.testing import MockDaraja, mock_adapter
from tests.spec_strategies import minimal_arguments

SENDING = EventNameConstants.PAYMENT_SENDING
ERROR = EventNameConstants.ERROR_OCCURRED
MONEY_OPERATIONS = sorted(name for name, op in OPERATIONS.items() if op.moves_money)


def payout(events: RecordingEventEmitter, daraja: MockDaraja) -> None:
    with mock_adapter(daraja=daraja, event_emitter=events) as client:
        client.b2c_payment(**minimal_arguments("b2c_payment"))


@pytest.mark.parametrize("operation", MONEY_OPERATIONS)
def test_every_money_operation_publishes_its_ids_before_sending(operation: str) -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    with mock_adapter(daraja=daraja, event_emitter=events) as client:
        getattr(client, operation)(**minimal_arguments(operation))
    (sending,) = events.of(SENDING)
    body = daraja.calls(operation)[0].body
    assert sending.data["operation"] == operation
    correlation = sending.data.get("correlation", {})
    assert all(str(body[wire]) == value for wire, value in correlation.items())


def test_the_sending_event_is_published_before_the_request_leaves() -> None:
    daraja = MockDaraja()
    seen: list[int] = []

    def record(name: str, data: object) -> None:
        if name == SENDING:
            seen.append(len(daraja.calls("b2c_payment")))

    with mock_adapter(daraja=daraja, event_emitter=record) as client:
        client.b2c_payment(**minimal_arguments("b2c_payment"))
    assert seen == [0]


def test_the_sending_event_carries_the_query_that_resolves_the_payment() -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    payout(events, daraja)
    (sending,) = events.of(SENDING)
    sent_id = daraja.calls("b2c_payment")[0].body["OriginatorConversationID"]
    assert sending.data["correlation"]["OriginatorConversationID"] == sent_id
    assert sending.data["extra"] == {
        "resolved_by": "query_transaction_status",
        "resolve_with": {"original_conversation_id": sent_id},
    }


def test_a_resent_payment_is_announced_once() -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    daraja.respond_error("b2c_payment", "500.003.02")
    payout(events, daraja)
    assert len(daraja.calls("b2c_payment")) == 2
    assert len(events.of(SENDING)) == 1


def test_reads_publish_no_sending_event() -> None:
    events = RecordingEventEmitter()
    with mock_adapter(event_emitter=events) as client:
        client.get_account_balance(**minimal_arguments("get_account_balance"))
    assert events.of(SENDING) == []


def test_an_interrupted_payout_reports_its_outcome_unknown_with_its_ids(
    caplog: pytest.LogCaptureFixture,
) -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    daraja.fail("b2c_payment", KeyboardInterrupt)
    with caplog.at_level(logging.WARNING, "mpesa"), pytest.raises(KeyboardInterrupt):
        payout(events, daraja)
    (sending,) = events.of(SENDING)
    (error,) = events.of(ERROR)
    assert error.data["correlation"] == sending.data["correlation"]
    assert error.data["extra"]["outcome"] == "unknown"
    assert error.data["extra"]["resolve_with"] == sending.data["extra"]["resolve_with"]
    assert "outcome unknown" in caplog.text
    assert sending.data["correlation"]["OriginatorConversationID"] in caplog.text


def test_a_cancelled_async_payout_reports_its_outcome_unknown() -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    daraja.fail("b2c_payment", asyncio.CancelledError)

    async def cancelled() -> None:
        async with mock_adapter(daraja=daraja, event_emitter=events, async_=True) as client:
            await client.b2c_payment(**minimal_arguments("b2c_payment"))

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancelled())
    assert events.of(ERROR)[0].data["extra"]["outcome"] == "unknown"


def test_a_payout_cancelled_before_it_left_reports_nothing_unknown() -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    daraja.fail("get_access_token", KeyboardInterrupt)
    with pytest.raises(KeyboardInterrupt):
        payout(events, daraja)
    assert daraja.calls("b2c_payment") == []
    assert events.of(SENDING) == []
    assert events.of(ERROR) == []
