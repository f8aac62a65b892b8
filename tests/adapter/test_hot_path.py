"""What a call does not repeat: an operation is planned once per adapter, Daraja's answer is
decoded once, and no event payload is built when nobody listens.

Each test drives ``MpesaAdapter`` over ``mpesa.testing.MockDaraja`` and counts one piece of
work the engine does per call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import mpesa._base_client
from mpesa import MpesaAdapter, MpesaValidationError, RecordingEventEmitter
from mpesa._plan import OperationPlan
from mpesa.testing import MockDaraja, mock_config


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    """Replace ``owner.name`` by a wrapper that records each call, and return the record."""
    original: Callable[..., Any] = getattr(owner, name)
    calls: list[object] = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def adapter(daraja: MockDaraja, **options: Any) -> MpesaAdapter:
    return MpesaAdapter(
        mock_config(), http_client=httpx.Client(transport=daraja.transport()), **options
    )


def pay(client: MpesaAdapter, times: int = 1) -> None:
    for _ in range(times):
        client.initiate_stk_push("0708374149", 10, "INV001")


def test_an_operation_is_planned_on_its_first_call_only(monkeypatch: pytest.MonkeyPatch) -> None:
    plans = counting(monkeypatch, OperationPlan, "of")
    with adapter(MockDaraja()) as client:
        pay(client, times=3)
    planned = [args[0].name for args in plans]  # type: ignore[index]
    assert planned.count("initiate_stk_push") == 1


def test_each_adapter_plans_with_its_own_settings() -> None:
    daraja = MockDaraja()
    limits = {"initiate_stk_push": (1, 5)}
    with adapter(daraja) as client, adapter(daraja, amount_limits=limits) as limited:
        pay(client)
        with pytest.raises(MpesaValidationError, match="maximum=5"):
            pay(limited)
        pay(client)


def test_an_answer_is_decoded_once_even_when_debug_logging_shows_it(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    decoded = counting(monkeypatch, mpesa._base_client, "_decode")
    caplog.set_level(logging.DEBUG, logger="mpesa")
    with adapter(MockDaraja()) as client:
        client.get_access_token()
        decoded.clear()
        pay(client)
    assert len(decoded) == 1
    assert "response 200" in caplog.text


def test_no_event_payload_is_built_without_an_event_emitter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    payloads = counting(monkeypatch, mpesa._base_client, "event_data")
    with adapter(MockDaraja()) as client:
        pay(client)
    assert payloads == []


def test_an_event_emitter_gets_every_payload() -> None:
    events = RecordingEventEmitter()
    with adapter(MockDaraja(), event_emitter=events) as client:
        pay(client)
    assert events.names() == [
        "mpesa.auth.token_acquired",
        "mpesa.payment.sending",
        "mpesa.stk_push.initiated",
    ]
