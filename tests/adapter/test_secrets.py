"""Canary test: no secret, token or full phone number leaves the adapter through any channel.

Every secret setting holds a unique canary string. A mix of flows (successes, an API error that
echoes the token, a validation error, an outcome-unknown, a transport error) runs with debug
logging on (``MPESA_LOG=debug``) and a recording event emitter; then every log line, event
payload, repr and exception (with its traceback and causes) is searched for the canaries.
"""

from __future__ import annotations

import base64
import json
import logging
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from mpesa import (
    LoggingEventEmitter,
    MpesaAdapter,
    MpesaConfig,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTransportError,
    MpesaValidationError,
    RecordingEventEmitter,
)
from mpesa.sandbox._keys import sandbox_keys
from mpesa.testing import MockDaraja, canned_response

CONSUMER_SECRET = "CANARY-SECRET-1f2e"
PASSKEY = "CANARY-PASSKEY-7a3c"
INITIATOR_PASSWORD = "CANARY-INITPW-9b4d"
SECURITY_CREDENTIAL = "CANARY-SECCRED-5e6f"
APP_KEY = "CANARY-APPKEY-2c8a"
PHONE = "254708374149"
MASKED_PHONE = "2547****149"


def refuse_token(request: httpx.Request) -> httpx.Response:
    """Daraja's B2C refusal, which repeats the token it refused (spec/codes.yaml, C34)."""
    token = request.headers["Authorization"].removeprefix("Bearer ")
    message = f"Error Occurred - Invalid Access Token - {token}"
    body = {"requestId": "11728-2929992-1", "errorCode": "401.002.01", "errorMessage": message}
    return httpx.Response(401, json=body)


class FanOut:
    """Records every event and also writes it through LoggingEventEmitter."""

    def __init__(self) -> None:
        self.recorder = RecordingEventEmitter()
        self.logger = LoggingEventEmitter(level=logging.DEBUG)

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        self.recorder.emit(event_name, data)
        self.logger.emit(event_name, data)


@pytest.fixture
def debug_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``MPESA_LOG=debug``, undone afterwards so the stderr handler does not outlive the test."""
    monkeypatch.setenv("MPESA_LOG", "debug")
    logger = logging.getLogger("mpesa")
    level, handlers = logger.level, list(logger.handlers)
    yield
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
    logger.setLevel(level)


def test_no_secret_token_or_phone_number_appears_in_logs_events_reprs_or_errors(
    tmp_path: Path,
    debug_logging: None,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG, logger="mpesa")
    certificate = tmp_path / "mpesa.cer"
    certificate.write_bytes(sandbox_keys().certificate_pem)  # a stand-in for Safaricom's
    base = MpesaConfig(
        consumer_key="canary-consumer-key",
        consumer_secret=CONSUMER_SECRET,
        business_shortcode="174379",
        passkey=PASSKEY,
        base_url="https://daraja.test",
        initiator_name="testapi",
        initiator_password=INITIATOR_PASSWORD,
        certificate_path=str(certificate),
        callback_url="https://merchant.example/stk",
        result_url="https://merchant.example/result",
        timeout_url="https://merchant.example/timeout",
        bill_manager_app_key=APP_KEY,
    )
    precomputed = base.replace(security_credential=SECURITY_CREDENTIAL)
    emitter = FanOut()
    daraja = MockDaraja()
    raised: list[BaseException] = []
    shown: list[str] = [repr(base), repr(precomputed)]

    def adapter(config: MpesaConfig, **options: Any) -> MpesaAdapter:
        client = MpesaAdapter(
            config,
            http_client=httpx.Client(transport=daraja.transport()),
            event_emitter=emitter,
            sleep=lambda seconds: None,
            **options,
        )
        shown.append(repr(client))
        return client

    def expect_error(kind: type[MpesaException], call: Callable[[], object]) -> None:
        with pytest.raises(kind) as caught:
            call()
        raised.append(caught.value)

    with adapter(base) as computed, adapter(precomputed) as given:
        computed.initiate_stk_push(PHONE, 1, "INV-1")
        computed.query_stk_push_status(canned_response("initiate_stk_push")["CheckoutRequestID"])
        computed.b2c_payment(PHONE, 100)
        given.get_account_balance()
        given.query_transaction_status(transaction_id="OEI2AK4Q16")
        computed.bill_manager_cancel_invoice("INV-1")
        daraja.respond_with("b2c_payment", refuse_token)
        daraja.respond_with("b2c_payment", refuse_token)
        expect_error(MpesaException, lambda: computed.b2c_payment(PHONE, 100))
        expect_error(MpesaValidationError, lambda: computed.initiate_stk_push(PHONE, 1, "X" * 13))
        expect_error(MpesaValidationError, lambda: computed.initiate_stk_push("0712", 1, "INV-1"))
        daraja.fail("b2c_payment", httpx.ReadTimeout("timed out"))
        expect_error(MpesaOutcomeUnknownError, lambda: computed.b2c_payment(PHONE, 100))
        for _ in range(4):
            daraja.fail("query_transaction_status", httpx.ConnectError("connection refused"))
        expect_error(
            MpesaTransportError, lambda: given.query_transaction_status(transaction_id="OEI2AK4Q16")
        )
        daraja.respond_error(
            "initiate_stk_push", "400.002.02", message="Bad Request - Invalid PhoneNumber"
        )
        expect_error(MpesaException, lambda: computed.initiate_stk_push(PHONE, 1, "INV-1"))

    # Values derived from the secrets, read off the wire, are secrets too.
    sent = [json.loads(request.content) for request in daraja.requests if request.content]
    derived = {
        body[key]
        for body in sent
        if isinstance(body, dict)
        for key in ("Password", "SecurityCredential")
        if key in body
    }
    assert SECURITY_CREDENTIAL in derived and len(derived) >= 3  # the flows really used them
    basic = base64.b64encode(f"canary-consumer-key:{CONSUMER_SECRET}".encode()).decode()
    tokens = {f"mock-token-{n}" for n in range(1, len(daraja.calls("get_access_token")) + 1)}

    channels = {
        "log records": "\n".join(record.getMessage() for record in caplog.records),
        "formatted logs": caplog.text,
        "MPESA_LOG stderr": capsys.readouterr().err,
        "events": json.dumps([e.data for e in emitter.recorder.events], default=str),
        "reprs": "\n".join(shown),
        "exceptions": "\n".join(
            f"{exc!s}\n{exc!r}\n" + "".join(traceback.format_exception(exc)) for exc in raised
        ),
    }
    forbidden = {
        "consumer secret": CONSUMER_SECRET,
        "passkey": PASSKEY,
        "initiator password": INITIATOR_PASSWORD,
        "security credential": SECURITY_CREDENTIAL,
        "bill manager app key": APP_KEY,
        "basic auth": basic,
        "customer phone": PHONE,
        **{f"token {value}": value for value in tokens},
        **{f"derived secret {value[:8]}…": value for value in derived},
    }
    leaks = [
        f"{what} in {channel}"
        for channel, text in channels.items()
        for what, value in forbidden.items()
        if value in text
    ]
    assert leaks == []
    # The channels were really exercised: debug lines, events and masked phones are there.
    assert "initiate_stk_push request POST" in channels["formatted logs"]
    assert "initiate_stk_push request POST" in channels["MPESA_LOG stderr"]
    assert MASKED_PHONE in channels["events"]
    assert "mpesa.stk_push.initiated" in channels["formatted logs"]
    assert len(raised) == 6
