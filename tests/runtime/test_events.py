"""Events: the emitters, the payload builder, and the guarantee that an event never breaks a call."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from mpesa.events import (
    LoggingEventEmitter,
    MpesaEventEmitter,
    NoOpEventEmitter,
    RecordedEvent,
    RecordingEventEmitter,
    as_emitter,
    event_data,
    listens,
    safe_emit,
)

NOW = datetime(2024, 7, 6, 19, 48, 52, tzinfo=timezone.utc)


class Bus:
    """An application event bus with its own emit method."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Mapping[str, Any]]] = []

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        self.seen.append((event_name, data))


class FailingEmitter:
    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        raise RuntimeError("bus down")


# Emitters


def test_builtin_emitters_satisfy_the_protocol() -> None:
    for emitter in (NoOpEventEmitter(), LoggingEventEmitter(), RecordingEventEmitter()):
        assert isinstance(emitter, MpesaEventEmitter)


def test_logging_emitter_writes_name_and_json_payload(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mpesa.events")
    LoggingEventEmitter().emit("mpesa.stk_push.initiated", {"amount": "10"})
    [record] = caplog.records
    assert record.name == "mpesa.events"
    name, payload = record.getMessage().split(" ", 1)
    assert name == "mpesa.stk_push.initiated"
    assert json.loads(payload) == {"amount": "10"}


def test_logging_emitter_redacts_a_payload_not_built_by_event_data(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="mpesa.events")
    LoggingEventEmitter().emit("x", {"Password": "p4ssw0rd", "PhoneNumber": "254708374149"})
    assert "p4ssw0rd" not in caplog.text
    assert "254708374149" not in caplog.text


def test_logging_emitter_uses_the_given_logger_and_level(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("app.payments")
    caplog.set_level(logging.DEBUG, logger="app.payments")
    LoggingEventEmitter(logger, level=logging.DEBUG).emit("x", {})
    [record] = caplog.records
    assert (record.name, record.levelno) == ("app.payments", logging.DEBUG)


def test_every_emitter_but_the_no_op_one_listens() -> None:
    assert not listens(NoOpEventEmitter())
    for emitter in (LoggingEventEmitter(), RecordingEventEmitter(), Bus(), as_emitter(print)):
        assert listens(emitter)


def test_recording_emitter_keeps_events_in_order() -> None:
    recorder = RecordingEventEmitter()
    recorder.emit("a", {"n": 1})
    recorder.emit("b", {"n": 2})
    recorder.emit("a", {"n": 3})
    assert recorder.names() == ["a", "b", "a"]
    assert recorder.of("a") == [RecordedEvent("a", {"n": 1}), RecordedEvent("a", {"n": 3})]


def test_recording_emitter_keeps_a_copy_of_the_data() -> None:
    recorder = RecordingEventEmitter()
    data = {"n": 1}
    recorder.emit("a", data)
    data["n"] = 2
    assert recorder.events[0].data == {"n": 1}


def test_assert_emitted_returns_the_event_matching_the_subset() -> None:
    recorder = RecordingEventEmitter()
    recorder.emit("mpesa.b2c.initiated", {"amount": "10", "operation": "b2c_payment"})
    recorder.emit("mpesa.b2c.initiated", {"amount": "20", "operation": "b2c_payment"})
    event = recorder.assert_emitted("mpesa.b2c.initiated", amount="20")
    assert event.data["amount"] == "20"


def test_assert_emitted_reports_the_differing_keys() -> None:
    recorder = RecordingEventEmitter()
    recorder.emit("mpesa.b2c.initiated", {"amount": "10"})
    with pytest.raises(AssertionError) as raised:
        recorder.assert_emitted("mpesa.b2c.initiated", amount="20", phone="2547****149")
    message = str(raised.value)
    assert "amount: expected '20', got '10'" in message
    assert "phone: expected '2547****149', missing" in message


def test_assert_emitted_lists_what_was_emitted_when_the_name_is_absent() -> None:
    recorder = RecordingEventEmitter()
    recorder.emit("mpesa.stk_push.initiated", {})
    with pytest.raises(AssertionError, match=r"mpesa\.stk_push\.initiated"):
        recorder.assert_emitted("mpesa.stk_push.success")


def test_assert_not_emitted_passes_when_absent_and_fails_when_present() -> None:
    recorder = RecordingEventEmitter()
    recorder.assert_not_emitted("a")
    recorder.emit("a", {"n": 1})
    with pytest.raises(AssertionError, match="1 time"):
        recorder.assert_not_emitted("a")


def test_clear_forgets_every_event() -> None:
    recorder = RecordingEventEmitter()
    recorder.emit("a", {})
    recorder.clear()
    assert recorder.events == []


# as_emitter


def test_none_becomes_the_no_op_emitter() -> None:
    assert isinstance(as_emitter(None), NoOpEventEmitter)


def test_an_object_with_emit_is_used_as_it_is() -> None:
    bus = Bus()
    assert as_emitter(bus) is bus


def test_a_callable_is_wrapped_as_an_emitter() -> None:
    seen: list[tuple[str, Mapping[str, Any]]] = []
    emitter = as_emitter(lambda name, data: seen.append((name, data)))
    emitter.emit("a", {"n": 1})
    assert seen == [("a", {"n": 1})]


def test_anything_else_is_refused() -> None:
    with pytest.raises(TypeError, match="int"):
        as_emitter(42)


# safe_emit


def test_safe_emit_delivers_the_event() -> None:
    bus = Bus()
    safe_emit(bus, "a", {"n": 1})
    assert bus.seen == [("a", {"n": 1})]


def test_a_failing_emitter_is_logged_and_does_not_propagate(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="mpesa")
    safe_emit(FailingEmitter(), "mpesa.b2c.initiated", {"Password": "p4ssw0rd"})
    [record] = caplog.records
    assert record.name == "mpesa"
    assert "FailingEmitter" in record.getMessage()
    assert "mpesa.b2c.initiated" in record.getMessage()
    assert "p4ssw0rd" not in caplog.text


# event_data


def test_event_data_has_the_canonical_fields() -> None:
    data = event_data(
        operation="initiate_stk_push",
        correlation={"CheckoutRequestID": "ws_CO_1"},
        amount=10,
        phone="254708374149",
        result_code=0,
        result_desc="The service request is processed successfully.",
        error_code="500.001.1001",
        now=NOW,
    )
    assert len(data.pop("event_id")) == 32
    assert data == {
        "timestamp": "2024-07-06T19:48:52Z",
        "operation": "initiate_stk_push",
        "correlation": {"CheckoutRequestID": "ws_CO_1"},
        "amount": "10",
        "phone": "2547****149",
        "result_code": "0",
        "result_desc": "The service request is processed successfully.",
        "error_code": "500.001.1001",
    }


def test_event_data_leaves_out_what_was_not_given() -> None:
    assert set(event_data(operation="account_balance")) == {"event_id", "timestamp", "operation"}


def test_each_event_gets_its_own_id() -> None:
    assert event_data(operation="x")["event_id"] != event_data(operation="x")["event_id"]


def test_timestamp_is_written_in_utc() -> None:
    nairobi = datetime(2024, 7, 6, 22, 48, 52, tzinfo=timezone(timedelta(hours=3)))
    assert event_data(operation="x", now=nairobi)["timestamp"] == "2024-07-06T19:48:52Z"


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        event_data(operation="x", now=datetime(2024, 7, 6))


def test_decimal_amount_is_written_exactly() -> None:
    assert event_data(operation="x", amount=Decimal("6186.83"))["amount"] == "6186.83"


def test_float_amount_is_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        event_data(operation="x", amount=10.0)  # type: ignore[arg-type]


def test_extra_is_redacted() -> None:
    extra = {"SecurityCredential": "abc==", "msisdn": "254708374149", "receipt": "NLJ7RT61SV"}
    assert event_data(operation="x", extra=extra)["extra"] == {
        "SecurityCredential": "[REDACTED]",
        "msisdn": "2547****149",
        "receipt": "NLJ7RT61SV",
    }
