"""How the adapter behaves against Daraja: tokens, STK credentials, resends, errors, events, config.

Each test drives ``MpesaAdapter`` or ``AsyncMpesaAdapter`` over ``httpx.MockTransport`` served
by ``mpesa.testing.MockDaraja`` and checks one behaviour a payments engineer relies on.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import threading
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

from mpesa import (
    ERROR_CODES,
    AsyncMpesaAdapter,
    CommandID,
    Environment,
    IdentifierType,
    MpesaAdapter,
    MpesaAPIException,
    MpesaConfig,
    MpesaConfigError,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaValidationError,
    PaymentType,
    RecordingEventEmitter,
    create_mpesa_adapter,
)
from mpesa.testing import MockDaraja, canned_response

PHONE = "254708374149"
MASKED_PHONE = "2547****149"
PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
CONFIG = MpesaConfig(
    consumer_key="test-key",
    consumer_secret="test-secret",
    business_shortcode="174379",
    passkey=PASSKEY,
    base_url="https://daraja.test",
    initiator_name="testapi",
    security_credential="precomputed-credential",
    callback_url="https://merchant.example/stk",
    result_url="https://merchant.example/result",
    timeout_url="https://merchant.example/timeout",
)
CHECKOUT_ID = canned_response("initiate_stk_push")["CheckoutRequestID"]
MERCHANT_ID = canned_response("initiate_stk_push")["MerchantRequestID"]


def no_sleep(seconds: float) -> None:
    """Resends happen at once in tests."""


async def no_async_sleep(seconds: float) -> None:
    """Resends happen at once in tests."""


def make_adapter(daraja: MockDaraja, **options: Any) -> MpesaAdapter:
    options.setdefault("sleep", no_sleep)
    http = httpx.Client(transport=daraja.transport())
    return MpesaAdapter(CONFIG, http_client=http, **options)


def make_async_adapter(daraja: MockDaraja, **options: Any) -> AsyncMpesaAdapter:
    options.setdefault("sleep", no_async_sleep)
    http = httpx.AsyncClient(transport=daraja.async_transport())
    return AsyncMpesaAdapter(CONFIG, http_client=http, **options)


def token_requests(daraja: MockDaraja) -> list[httpx.Request]:
    return [call.request for call in daraja.calls("get_access_token")]


def sent(daraja: MockDaraja) -> list[httpx.Request]:
    """Every request but the token requests."""
    tokens = {id(request) for request in token_requests(daraja)}
    return [request for request in daraja.requests if id(request) not in tokens]


def bodies(daraja: MockDaraja) -> list[Any]:
    return [json.loads(request.content) for request in sent(daraja)]


def bearer(request: httpx.Request) -> str:
    return request.headers["Authorization"].removeprefix("Bearer ")


# -- tokens ----------------------------------------------------------------------------------


def test_the_token_is_cached_across_calls() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as client:
        for _ in range(3):
            client.query_stk_push_status(CHECKOUT_ID)
    assert len(token_requests(daraja)) == 1
    assert [bearer(request) for request in sent(daraja)] == ["mock-token-1"] * 3


def test_the_token_request_uses_basic_auth_with_the_consumer_key_and_secret() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as client:
        client.query_stk_push_status(CHECKOUT_ID)
    (token_request,) = token_requests(daraja)
    expected = base64.b64encode(b"test-key:test-secret").decode()
    assert token_request.headers["Authorization"] == f"Basic {expected}"
    assert token_request.url.params["grant_type"] == "client_credentials"


def test_a_token_expiring_within_the_refresh_margin_is_refreshed_before_use() -> None:
    daraja = MockDaraja(token_lifetime=300)  # no life left beyond the 300-second margin
    with make_adapter(daraja, token_refresh_margin=300) as client:
        for _ in range(3):
            client.query_stk_push_status(CHECKOUT_ID)
    assert len(token_requests(daraja)) == 3
    assert [bearer(request) for request in sent(daraja)] == [
        "mock-token-1",
        "mock-token-2",
        "mock-token-3",
    ]


def test_a_short_lived_token_is_reused_when_the_margin_allows_it() -> None:
    daraja = MockDaraja(token_lifetime=300)
    with make_adapter(daraja, token_refresh_margin=0) as client:
        for _ in range(3):
            client.query_stk_push_status(CHECKOUT_ID)
    assert len(token_requests(daraja)) == 1


def test_a_hundred_threads_needing_a_token_cause_exactly_one_token_request() -> None:
    daraja = MockDaraja(token_delay=0.05)
    start = threading.Barrier(100, timeout=10)
    errors: list[BaseException] = []

    def call(client: MpesaAdapter) -> None:
        try:
            start.wait()
            client.query_stk_push_status(CHECKOUT_ID)
        except BaseException as exc:
            errors.append(exc)

    with make_adapter(daraja) as client:
        threads = [threading.Thread(target=call, args=(client,)) for _ in range(100)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(token_requests(daraja)) == 1
    assert len(sent(daraja)) == 100
    assert {bearer(request) for request in sent(daraja)} == {"mock-token-1"}


def test_a_hundred_asyncio_tasks_needing_a_token_cause_exactly_one_token_request() -> None:
    daraja = MockDaraja(token_delay=0.05)

    async def run() -> None:
        async with make_async_adapter(daraja) as client:
            await asyncio.gather(*(client.query_stk_push_status(CHECKOUT_ID) for _ in range(100)))

    asyncio.run(run())
    assert len(token_requests(daraja)) == 1
    assert len(sent(daraja)) == 100
    assert {bearer(request) for request in sent(daraja)} == {"mock-token-1"}


def test_an_stk_push_refused_for_its_token_is_resent_once_with_a_new_token() -> None:
    daraja = MockDaraja()
    daraja.respond_error("initiate_stk_push", "404.001.03", message="Invalid Access Token")
    with make_adapter(daraja) as client:
        result = client.initiate_stk_push(PHONE, 1, "INV-1")
    assert result.checkout_request_id == CHECKOUT_ID
    assert len(token_requests(daraja)) == 2
    assert [bearer(request) for request in sent(daraja)] == ["mock-token-1", "mock-token-2"]


def test_a_b2c_payment_refused_for_its_token_is_resent_once_with_a_new_token() -> None:
    daraja = MockDaraja()
    daraja.respond_error(
        "b2c_payment",
        "401.002.01",
        message="Error Occurred - Invalid Access Token - mock-token-1",
    )
    with make_adapter(daraja) as client:
        result = client.b2c_payment(PHONE, 100)
    assert result.conversation_id
    assert [bearer(request) for request in sent(daraja)] == ["mock-token-1", "mock-token-2"]
    first, second = bodies(daraja)
    assert first == second  # the same request, same OriginatorConversationID


def test_a_second_token_refusal_raises_without_a_third_attempt() -> None:
    daraja = MockDaraja()
    for _ in range(2):
        daraja.respond_error(
            "b2c_payment",
            "401.002.01",
            message="Error Occurred - Invalid Access Token - mock-token-2",
        )
    with make_adapter(daraja) as client, pytest.raises(MpesaAPIException) as caught:
        client.b2c_payment(PHONE, 100)
    assert caught.value.error_code == "401.002.01"
    assert caught.value.http_status == 401
    assert "mock-token-2" not in str(caught.value)
    assert len(sent(daraja)) == 2
    assert len(token_requests(daraja)) == 2


def test_an_async_stk_push_refused_for_its_token_is_resent_once_with_a_new_token() -> None:
    daraja = MockDaraja()
    daraja.respond_error("initiate_stk_push", "404.001.03", message="Invalid Access Token")

    async def run() -> None:
        async with make_async_adapter(daraja) as client:
            await client.initiate_stk_push(PHONE, 1, "INV-1")

    asyncio.run(run())
    assert [bearer(request) for request in sent(daraja)] == ["mock-token-1", "mock-token-2"]


def test_token_acquired_is_emitted_without_the_token_value() -> None:
    daraja = MockDaraja()
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.query_stk_push_status(CHECKOUT_ID)
    event = events.assert_emitted("mpesa.auth.token_acquired", operation="get_access_token")
    assert len(events.of("mpesa.auth.token_acquired")) == 1
    assert "mock-token-1" not in json.dumps(event.data, default=str)


# -- STK password and timestamp ----------------------------------------------------------------


def test_the_stk_timestamp_is_nairobi_time_and_the_password_is_built_from_it() -> None:
    daraja = MockDaraja()
    moment = datetime(2026, 1, 1, 21, 30, tzinfo=timezone.utc)
    with make_adapter(daraja, clock=lambda: moment) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    (body,) = bodies(daraja)
    assert body["Timestamp"] == "20260102003000"
    expected = base64.b64encode(f"174379{PASSKEY}20260102003000".encode()).decode()
    assert body["Password"] == expected


# -- resends ---------------------------------------------------------------------------------


def test_a_b2c_payment_whose_answer_timed_out_is_not_resent_and_its_outcome_is_unknown() -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout("timed out"))
    with make_adapter(daraja) as client, pytest.raises(MpesaOutcomeUnknownError) as caught:
        client.b2c_payment(PHONE, 100)
    assert len(sent(daraja)) == 1
    (body,) = bodies(daraja)
    error = caught.value
    assert error.operation == "b2c_payment"
    assert error.ids["OriginatorConversationID"] == body["OriginatorConversationID"]
    assert error.resolved_by == "query_transaction_status"
    assert error.resolve_with == {"original_conversation_id": body["OriginatorConversationID"]}


def test_a_read_whose_answer_timed_out_is_resent_and_succeeds() -> None:
    daraja = MockDaraja()
    daraja.fail("query_transaction_status", httpx.ReadTimeout("timed out"))
    with make_adapter(daraja) as client:
        result = client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert result.response_code == "0"
    assert len(sent(daraja)) == 2


def test_a_b2c_payment_that_never_connected_is_resent() -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ConnectError("connection refused"))
    with make_adapter(daraja) as client:
        client.b2c_payment(PHONE, 100)
    assert len(sent(daraja)) == 2
    first, second = bodies(daraja)
    assert first == second


def test_a_read_answered_503_is_resent_up_to_max_retries_then_raises() -> None:
    daraja = MockDaraja()
    for _ in range(3):
        daraja.respond("query_transaction_status", status=503)
    with (
        make_adapter(daraja, max_retries=2) as client,
        pytest.raises(MpesaAPIException) as caught,
    ):
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert len(sent(daraja)) == 3
    assert caught.value.http_status == 503
    assert caught.value.category == "retry_later"


def test_a_b2c_payment_refused_by_spike_arrest_is_resent() -> None:
    daraja = MockDaraja()
    daraja.respond_error(
        "b2c_payment", "500.003.02", status=500, message="Error Occurred: Spike Arrest Violation"
    )
    with make_adapter(daraja) as client:
        client.b2c_payment(PHONE, 100)
    assert len(sent(daraja)) == 2


def test_a_b2c_payment_answered_with_a_bare_502_is_not_resent_and_its_outcome_is_unknown() -> None:
    daraja = MockDaraja()
    daraja.respond("b2c_payment", status=502, text="Bad Gateway")
    with make_adapter(daraja) as client, pytest.raises(MpesaOutcomeUnknownError) as caught:
        client.b2c_payment(PHONE, 100)
    assert len(sent(daraja)) == 1
    assert caught.value.resolved_by == "query_transaction_status"


def test_an_stk_push_answered_with_a_bare_502_is_not_resent_and_its_outcome_is_unknown() -> None:
    daraja = MockDaraja()
    daraja.respond("initiate_stk_push", status=502)
    with make_adapter(daraja) as client, pytest.raises(MpesaOutcomeUnknownError) as caught:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert len(sent(daraja)) == 1
    assert caught.value.resolved_by == "query_stk_push_status"


def test_retry_after_sets_the_wait_before_a_resend() -> None:
    delays: list[float] = []
    daraja = MockDaraja()
    daraja.respond("query_transaction_status", status=503, headers={"Retry-After": "7"})
    with make_adapter(daraja, sleep=delays.append) as client:
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert delays == [7.0]
    assert len(sent(daraja)) == 2


def test_waits_between_resends_stay_within_the_backoff_bound() -> None:
    delays: list[float] = []
    daraja = MockDaraja()
    for _ in range(3):
        daraja.respond("query_transaction_status", status=503)
    with make_adapter(daraja, sleep=delays.append, backoff_factor=0.5) as client:
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert len(delays) == 3
    for attempt, delay in enumerate(delays):
        assert 0 <= delay <= 0.5 * 2**attempt


def test_max_retries_zero_disables_resending() -> None:
    daraja = MockDaraja()
    daraja.fail("query_transaction_status", httpx.ReadTimeout("timed out"))
    with make_adapter(daraja, max_retries=0) as client, pytest.raises(MpesaTimeoutError):
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert len(sent(daraja)) == 1


def test_an_async_b2c_payment_whose_answer_timed_out_is_not_resent() -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout("timed out"))

    async def run() -> None:
        async with make_async_adapter(daraja) as client:
            await client.b2c_payment(PHONE, 100)

    with pytest.raises(MpesaOutcomeUnknownError):
        asyncio.run(run())
    assert len(sent(daraja)) == 1


# -- errors ----------------------------------------------------------------------------------


def test_darajas_error_envelope_raises_an_api_exception_with_its_meaning() -> None:
    daraja = MockDaraja()
    daraja.respond_error(
        "initiate_stk_push",
        "400.002.02",
        status=400,
        message="Bad Request - Invalid Amount",
        request_id="16813-1590513-1",
    )
    with make_adapter(daraja) as client, pytest.raises(MpesaAPIException) as caught:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    error = caught.value
    assert error.error_code == "400.002.02"
    assert error.error_message == "Bad Request - Invalid Amount"
    assert error.request_id == "16813-1590513-1"
    assert error.http_status == 400
    assert error.meaning == ERROR_CODES["400.002.02"].description
    assert error.category == "configuration_error"
    assert len(sent(daraja)) == 1


def test_an_unknown_error_code_is_described_as_unknown() -> None:
    daraja = MockDaraja()
    daraja.respond_error(
        "query_transaction_status", "499.999.99", status=400, message="Something new"
    )
    with make_adapter(daraja) as client, pytest.raises(MpesaAPIException) as caught:
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert caught.value.error_code == "499.999.99"
    assert caught.value.error_message == "Something new"
    assert caught.value.meaning is not None and "unknown" in caught.value.meaning.lower()
    assert caught.value.category == "unknown_outcome"


@pytest.mark.parametrize(
    ("arguments", "field", "rule"),
    [
        ({"account_reference": "A" * 13}, "AccountReference", "max_length=12"),
        ({"phone_number": "12345"}, "phone_number", None),
        ({"amount": 10.5}, "amount", "whole_shillings"),
        ({"amount": float("nan")}, "amount", "type"),
        ({"amount": "10.5"}, "amount", "whole_shillings"),
        ({"amount": 0}, "amount", "minimum=1"),
    ],
)
def test_invalid_input_names_the_field_and_rule_and_sends_nothing(
    arguments: dict[str, Any], field: str, rule: str | None
) -> None:
    daraja = MockDaraja()
    valid: dict[str, Any] = {"phone_number": PHONE, "amount": 1, "account_reference": "INV-1"}
    with make_adapter(daraja) as client, pytest.raises(MpesaValidationError) as caught:
        client.initiate_stk_push(**{**valid, **arguments})
    assert caught.value.field == field
    if rule is not None:
        assert caught.value.rule == rule
    assert sent(daraja) == []
    assert token_requests(daraja) == []


def test_a_validation_error_does_not_quote_the_input() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as client, pytest.raises(MpesaValidationError) as caught:
        client.initiate_stk_push(PHONE, 1, "SECRETISH-REF-XYZ")
    assert "SECRETISH-REF-XYZ" not in str(caught.value)


def test_b2c_generates_an_originator_conversation_id_when_none_is_given() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as client:
        client.b2c_payment(PHONE, 100)
        client.b2c_payment(PHONE, 100)
    first, second = (body["OriginatorConversationID"] for body in bodies(daraja))
    assert first and second and first != second


def test_b2c_uses_the_callers_originator_conversation_id() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as client:
        client.b2c_payment(PHONE, 100, originator_conversation_id="order-42-payout")
    (body,) = bodies(daraja)
    assert body["OriginatorConversationID"] == "order-42-payout"


def test_an_accepted_answer_with_a_non_zero_response_code_raises() -> None:
    refused = canned_response("b2c_payment", ResponseCode="1", ResponseDescription="Rejected")
    daraja = MockDaraja()
    daraja.respond("b2c_payment", status=200, json=refused)
    with make_adapter(daraja) as client, pytest.raises(MpesaAPIException) as caught:
        client.b2c_payment(PHONE, 100)
    assert caught.value.error_code == "1"


# -- events ----------------------------------------------------------------------------------


def test_an_accepted_stk_push_emits_initiated_with_correlation_amount_and_masked_phone() -> None:
    daraja = MockDaraja()
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    event = events.assert_emitted(
        "mpesa.stk_push.initiated",
        operation="initiate_stk_push",
        amount="1",
        phone=MASKED_PHONE,
        result_code="0",
    )
    assert event.data["correlation"] == {
        "CheckoutRequestID": CHECKOUT_ID,
        "MerchantRequestID": MERCHANT_ID,
    }
    events.assert_not_emitted("mpesa.stk_push.failed")


def test_an_api_error_emits_failed_and_error_occurred() -> None:
    daraja = MockDaraja()
    daraja.respond_error(
        "initiate_stk_push", "400.002.02", status=400, message="Bad Request - Invalid Amount"
    )
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client, pytest.raises(MpesaAPIException):
        client.initiate_stk_push(PHONE, 1, "INV-1")
    events.assert_emitted("mpesa.stk_push.failed", error_code="400.002.02", phone=MASKED_PHONE)
    events.assert_emitted("mpesa.error.occurred", error_code="400.002.02")
    events.assert_not_emitted("mpesa.stk_push.initiated")


def test_an_unknown_outcome_emits_error_occurred_but_not_failed() -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout("timed out"))
    events = RecordingEventEmitter()
    with (
        make_adapter(daraja, event_emitter=events) as client,
        pytest.raises(MpesaOutcomeUnknownError),
    ):
        client.b2c_payment(PHONE, 100)
    event = events.assert_emitted("mpesa.error.occurred", operation="b2c_payment")
    assert event.data["extra"]["error"] == "MpesaOutcomeUnknownError"
    events.assert_not_emitted("mpesa.b2c.failed")


def test_a_transaction_status_query_emits_status_query() -> None:
    daraja = MockDaraja()
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    events.assert_emitted("mpesa.transaction.status_query", operation="query_transaction_status")


def test_a_balance_query_emits_balance_query() -> None:
    daraja = MockDaraja()
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.get_account_balance()
    events.assert_emitted("mpesa.balance.query", operation="get_account_balance")


def test_an_stk_query_with_result_code_0_emits_success() -> None:
    daraja = MockDaraja()
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.query_stk_push_status(CHECKOUT_ID)
    events.assert_emitted("mpesa.stk_push.status_query", operation="query_stk_push_status")
    events.assert_emitted("mpesa.stk_push.success", result_code="0")
    events.assert_not_emitted("mpesa.stk_push.failed")


def test_an_stk_query_with_result_code_1032_emits_failed() -> None:
    cancelled = {
        "ResponseCode": "0",
        "ResponseDescription": "The service request has been accepted successsfully",
        "MerchantRequestID": MERCHANT_ID,
        "CheckoutRequestID": CHECKOUT_ID,
        "ResultCode": "1032",
        "ResultDesc": "Request cancelled by user",
    }
    daraja = MockDaraja()
    daraja.respond("query_stk_push_status", status=200, json=cancelled)
    events = RecordingEventEmitter()
    with make_adapter(daraja, event_emitter=events) as client:
        client.query_stk_push_status(CHECKOUT_ID)
    events.assert_emitted(
        "mpesa.stk_push.failed", result_code="1032", result_desc="Request cancelled by user"
    )
    events.assert_not_emitted("mpesa.stk_push.success")


def test_a_failing_emitter_is_logged_and_does_not_break_the_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Broken:
        def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
            raise RuntimeError("event bus down")

    daraja = MockDaraja()
    caplog.set_level(logging.ERROR, logger="mpesa")
    with make_adapter(daraja, event_emitter=Broken()) as client:
        result = client.initiate_stk_push(PHONE, 1, "INV-1")
    assert result.checkout_request_id == CHECKOUT_ID
    failures = [r for r in caplog.records if "event emitter" in r.getMessage()]
    assert failures and all(r.exc_info is not None for r in failures)


def test_a_plain_callable_works_as_an_emitter() -> None:
    seen: list[str] = []
    daraja = MockDaraja()
    with make_adapter(daraja, event_emitter=lambda name, data: seen.append(name)) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert "mpesa.stk_push.initiated" in seen


def test_any_object_with_emit_works_as_an_emitter() -> None:
    class Bus:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
            self.seen.append(event_name)

    bus = Bus()
    daraja = MockDaraja()
    with make_adapter(daraja, event_emitter=bus) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert "mpesa.stk_push.initiated" in bus.seen


# -- adapter options -------------------------------------------------------------------------


@pytest.mark.parametrize("adapter", [MpesaAdapter, AsyncMpesaAdapter])
def test_an_unknown_option_is_a_type_error_naming_the_adapter(
    adapter: type[MpesaAdapter] | type[AsyncMpesaAdapter],
) -> None:
    expected = f"{adapter.__name__}.__init__() got an unexpected keyword argument 'base_ulr'"
    with pytest.raises(TypeError, match=f"^{re.escape(expected)}$"):
        adapter(CONFIG, base_ulr="https://daraja.test")  # type: ignore[call-arg]


def test_an_option_replaces_its_setting_and_keeps_the_others() -> None:
    with make_adapter(MockDaraja(), timeout=5.0) as client:
        assert client.config.timeout == 5.0
        assert client.config.business_shortcode == CONFIG.business_shortcode
    assert CONFIG.timeout == 30.0


def test_an_invalid_option_value_is_a_config_error_naming_the_option() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make_adapter(MockDaraja(), max_retries=-1)
    assert caught.value.setting == "max_retries"


def test_the_base_url_option_sends_every_request_to_that_server() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja, base_url="https://other-daraja.test") as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    hosts = {request.url.host for request in daraja.requests}
    assert hosts == {"other-daraja.test"}


def test_the_timeout_option_bounds_every_request_of_the_adapters_own_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    daraja = MockDaraja()
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda _, request: daraja(request))
    with MpesaAdapter(CONFIG, timeout=2.5) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    timeouts = [request.extensions["timeout"] for request in daraja.requests]
    assert timeouts == [dict.fromkeys(("connect", "read", "write", "pool"), 2.5)] * 2


def test_the_given_http_client_carries_every_request_and_is_left_open() -> None:
    daraja = MockDaraja()
    http = httpx.Client(transport=daraja.transport())
    with MpesaAdapter(CONFIG, http_client=http, sleep=no_sleep) as client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert len(token_requests(daraja)) == 1 and len(sent(daraja)) == 1
    assert not http.is_closed


def test_the_max_retries_option_caps_the_resends_of_the_async_adapter() -> None:
    daraja = MockDaraja()
    for _ in range(3):
        daraja.respond("query_transaction_status", status=503)

    async def run() -> None:
        async with make_async_adapter(daraja, max_retries=1) as client:
            await client.query_transaction_status(transaction_id="OEI2AK4Q16")

    with pytest.raises(MpesaAPIException):
        asyncio.run(run())
    assert len(sent(daraja)) == 2


def test_the_retry_statuses_option_decides_which_statuses_resend_a_read() -> None:
    daraja = MockDaraja()
    daraja.respond("query_transaction_status", status=503)
    with (
        make_adapter(daraja, retry_statuses={500}) as client,
        pytest.raises(MpesaAPIException),
    ):
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert len(sent(daraja)) == 1


def test_the_max_retry_after_option_caps_the_wait_before_a_resend() -> None:
    delays: list[float] = []
    daraja = MockDaraja()
    daraja.respond("query_transaction_status", status=503, headers={"Retry-After": "7"})
    with make_adapter(daraja, sleep=delays.append, max_retry_after=2.0) as client:
        client.query_transaction_status(transaction_id="OEI2AK4Q16")
    assert delays == [2.0]


def test_the_amount_limits_option_replaces_the_specs_limits() -> None:
    daraja = MockDaraja()
    with (
        make_adapter(daraja, amount_limits={"b2c_payment": (10, 50)}) as client,
        pytest.raises(MpesaValidationError),
    ):
        client.b2c_payment(PHONE, 100)
    assert sent(daraja) == []


def test_the_async_adapter_publishes_to_its_event_emitter() -> None:
    events = RecordingEventEmitter()
    daraja = MockDaraja()

    async def run() -> None:
        async with make_async_adapter(daraja, event_emitter=events) as client:
            await client.initiate_stk_push(PHONE, 1, "INV-1")

    asyncio.run(run())
    events.assert_emitted("mpesa.stk_push.initiated", amount="1")


# -- configuration ---------------------------------------------------------------------------


def test_config_from_env_reads_the_documented_variables(tmp_path: Path) -> None:
    certificate = tmp_path / "cert.cer"
    certificate.write_bytes(b"certificate")
    environ = {
        "MPESA_CONSUMER_KEY": "key",
        "MPESA_CONSUMER_SECRET": "secret",
        "MPESA_BUSINESS_SHORTCODE": "174379",
        "MPESA_PASSKEY": "passkey",
        "MPESA_ENVIRONMENT": "production",
        "MPESA_BASE_URL": "https://daraja.example",
        "MPESA_TIMEOUT": "12.5",
        "MPESA_MAX_RETRIES": "5",
        "MPESA_BACKOFF_FACTOR": "0.25",
        "MPESA_INITIATOR_NAME": "apiop",
        "MPESA_INITIATOR_PASSWORD": "pw",
        "MPESA_CERTIFICATE_PATH": str(certificate),
        "MPESA_CALLBACK_URL": "https://merchant.example/stk",
        "MPESA_RESULT_URL": "https://merchant.example/result",
        "MPESA_TIMEOUT_URL": "https://merchant.example/timeout",
        "MPESA_CONFIRMATION_URL": "https://merchant.example/confirm",
        "MPESA_VALIDATION_URL": "https://merchant.example/validate",
        "MPESA_BILL_MANAGER_APP_KEY": "app-key",
    }
    config = MpesaConfig.from_env(environ)
    assert (config.consumer_key, config.consumer_secret) == ("key", "secret")
    assert (config.business_shortcode, config.passkey) == ("174379", "passkey")
    assert config.environment == "production"
    assert config.resolved_base_url == "https://daraja.example"
    assert (config.timeout, config.max_retries, config.backoff_factor) == (12.5, 5, 0.25)
    assert (config.initiator_name, config.initiator_password) == ("apiop", "pw")
    assert config.certificate_path == str(certificate)
    assert config.callback_url == "https://merchant.example/stk"
    assert config.result_url == "https://merchant.example/result"
    assert config.timeout_url == "https://merchant.example/timeout"
    assert config.confirmation_url == "https://merchant.example/confirm"
    assert config.validation_url == "https://merchant.example/validate"
    assert config.bill_manager_app_key == "app-key"


def test_create_mpesa_adapter_sends_to_the_given_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "env-key")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "env-secret")
    daraja = MockDaraja()
    client = create_mpesa_adapter(
        environment="sandbox",
        base_url="https://daraja.test",
        business_shortcode="174379",
        passkey=PASSKEY,
        callback_url="https://merchant.example/stk",
        http_client=httpx.Client(transport=daraja.transport()),
    )
    with client:
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert client.config.environment == "sandbox"
    assert sent(daraja)[0].url.host == "daraja.test"
    expected = base64.b64encode(b"env-key:env-secret").decode()
    assert token_requests(daraja)[0].headers["Authorization"] == f"Basic {expected}"


def test_production_refuses_an_http_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "env-key")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "env-secret")
    with pytest.raises(MpesaConfigError) as caught:
        create_mpesa_adapter(environment="production", base_url="http://daraja.test")
    assert caught.value.setting == "base_url"


def test_create_mpesa_adapter_names_an_unknown_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "env-key")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "env-secret")
    with pytest.raises(TypeError, match="unexpected keyword argument 'base_ulr'"):
        create_mpesa_adapter(base_ulr="https://daraja.test")


def test_a_missing_setting_is_reported_before_anything_is_sent() -> None:
    daraja = MockDaraja()
    config = CONFIG.replace(passkey=None)
    with (
        MpesaAdapter(config, http_client=httpx.Client(transport=daraja.transport())) as client,
        pytest.raises(MpesaConfigError) as caught,
    ):
        client.initiate_stk_push(PHONE, 1, "INV-1")
    assert caught.value.setting == "passkey"
    assert sent(daraja) == [] and token_requests(daraja) == []


def test_a_pending_stk_query_is_reported_as_pending_and_not_resent() -> None:
    from mpesa.testing import MockDaraja, mock_adapter

    daraja = MockDaraja()
    daraja.respond(
        "query_stk_push_status",
        json={
            "requestId": "ws_CO_1",
            "errorCode": "500.001.1001",
            "errorMessage": "The transaction is being processed",
        },
        status=500,
    )
    with mock_adapter(daraja=daraja) as mpesa, pytest.raises(MpesaAPIException) as caught:
        mpesa.query_stk_push_status("ws_CO_1")
    assert caught.value.category == "pending"
    assert len(daraja.calls("query_stk_push_status")) == 1


def test_an_unknown_outcome_names_identifiers_but_no_free_text() -> None:
    from mpesa.testing import MockDaraja, mock_adapter

    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout("lost"))
    with mock_adapter(daraja=daraja) as mpesa, pytest.raises(MpesaOutcomeUnknownError) as caught:
        mpesa.b2c_payment("0708374149", 100, "BusinessPayment", "Refund for Jane", "Order 7")
    assert "OriginatorConversationID" in caught.value.ids
    assert "Remarks" not in caught.value.ids
    assert "Occassion" not in caught.value.ids


# -- the product brief's first hour ----------------------------------------------------------


def test_the_briefs_quickstart_sends_a_whole_float_amount_as_an_int() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter:
        adapter.initiate_stk_push(
            phone_number="254712345678", amount=100.0, account_reference="INV001"
        )
    (body,) = bodies(daraja)
    assert body["Amount"] == 100
    assert type(body["Amount"]) is int  # JSON 100, not 100.0


def test_a_float_amount_with_cents_is_refused_before_anything_is_sent() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter, pytest.raises(MpesaValidationError) as caught:
        adapter.initiate_stk_push(PHONE, 100.5, "INV001")
    assert caught.value.rule == "whole_shillings"
    assert sent(daraja) == [] and token_requests(daraja) == []


def test_get_access_token_returns_the_bearer_token_itself() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter:
        token = adapter.get_access_token()
        adapter.query_stk_push_status(CHECKOUT_ID)
    assert token == "mock-token-1"
    assert bearer(sent(daraja)[0]) == token
    assert len(token_requests(daraja)) == 1


def test_the_async_get_access_token_returns_the_bearer_token_itself() -> None:
    async def fetch() -> str:
        async with make_async_adapter(MockDaraja()) as adapter:
            return await adapter.get_access_token()

    assert asyncio.run(fetch()) == "mock-token-1"


def test_a_command_id_member_is_sent_as_its_value() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter:
        adapter.b2c_payment(PHONE, 100, command_id=CommandID.BUSINESS_PAYMENT, remarks="Refund")
        adapter.b2c_payment(PHONE, 100, command_id=PaymentType.SALARY_PAYMENT, remarks="Salary")
    assert [body["CommandID"] for body in bodies(daraja)] == ["BusinessPayment", "SalaryPayment"]


def test_an_identifier_type_member_is_sent_as_its_value() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter:
        adapter.get_account_balance(identifiers=IdentifierType.SHORTCODE)
        adapter.query_transaction_status(
            transaction_id="OEI2AK4Q16", identifier_type=IdentifierType.MSISDN
        )
    assert [body["IdentifierType"] for body in bodies(daraja)] == ["4", "1"]


def test_an_enum_member_the_operation_does_not_take_is_refused() -> None:
    daraja = MockDaraja()
    with make_adapter(daraja) as adapter, pytest.raises(MpesaValidationError) as caught:
        adapter.b2c_payment(PHONE, 100, command_id=CommandID.ACCOUNT_BALANCE, remarks="Refund")
    assert caught.value.field == "CommandID"
    assert sent(daraja) == []


def test_the_environment_member_chooses_the_server() -> None:
    adapter = MpesaAdapter(CONFIG.replace(base_url=None, environment=Environment.PRODUCTION))
    with adapter:
        assert adapter.config.resolved_base_url == "https://api.safaricom.co.ke"


def test_the_token_response_and_the_cached_token_never_show_the_token() -> None:
    from mpesa._tokens import AccessToken
    from mpesa.models import AccessTokenResponse

    response = AccessTokenResponse.model_validate(
        {"access_token": "s3cret-token", "expires_in": "3599"}
    )
    cached = AccessToken(value="s3cret-token", expires_at=3599.0)
    for shown in (repr(response), str(response), repr(cached), str(cached)):
        assert "s3cret-token" not in shown
    assert response.access_token == cached.value == "s3cret-token"
