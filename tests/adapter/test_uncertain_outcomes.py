"""Every answer to a money-moving request is accepted, refused or uncertain, never mistaken.

A payment answered with anything but a definite acceptance or a definite refusal before
processing may have moved money: it raises ``MpesaOutcomeUnknownError`` (with the IDs that
find its outcome) and is never resent. Only error codes the spec marks refused
(``spec/codes.yaml``) raise a plain ``MpesaAPIException``, and only failures that provably
never left (connect errors) raise a plain transport error.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mpesa import (
    ERROR_CODES,
    OPERATIONS,
    MpesaAPIException,
    MpesaConnectionError,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaUncertainAnswerError,
)
from mpesa.testing import MockDaraja, canned_response, mock_adapter, mock_config
from tests.spec_strategies import minimal_arguments

MONEY_OPERATIONS = sorted(name for name, op in OPERATIONS.items() if op.moves_money)
ARGUMENTS = {name: minimal_arguments(name) for name in MONEY_OPERATIONS}
"""Drawn once, outside any property test."""
UNCERTAIN_CODES = {"500.001.1001", "500.002.1001", "500.003.1001"}
"""Known codes that do not say whether a payment was processed (with 500.001.1001's
"Internal Server Error" message, the one cause of that code the spec does not mark refused)."""
UNKNOWN_CODE = "500.999.9999"
ANSWERS_QUEUED = 8
"""More than a token refresh plus every resend, so each attempt gets the same answer."""
TRANSPORT_FAILURES = [
    (httpx.ReadTimeout, MpesaOutcomeUnknownError),
    (httpx.WriteTimeout, MpesaOutcomeUnknownError),
    (httpx.ReadError, MpesaOutcomeUnknownError),
    (httpx.RemoteProtocolError, MpesaOutcomeUnknownError),
    (httpx.ConnectError, MpesaConnectionError),
    (httpx.ConnectTimeout, MpesaTimeoutError),
    (httpx.PoolTimeout, MpesaTimeoutError),
]
"""A lost answer may hide a payment; a request that never left is refused and safe to resend."""

CODE_CASES = [
    (name, code)
    for name in MONEY_OPERATIONS
    for code in sorted({*OPERATIONS[name].errors, *UNCERTAIN_CODES, UNKNOWN_CODE})
]


def call(daraja: MockDaraja, operation: str) -> Any:
    with mock_adapter(daraja=daraja) as client:
        return getattr(client, operation)(**copy.deepcopy(ARGUMENTS[operation]))


def attempts(daraja: MockDaraja, operation: str) -> int:
    return len(daraja.calls(operation))


def resolver(operation: str) -> str | None:
    resolution = OPERATIONS[operation].resolution
    return resolution.operation if resolution else None


def message_for(code: str) -> str | None:
    """500.001.1001 as a server failure; other codes with the message the spec records."""
    return "Internal Server Error" if code == "500.001.1001" else None


@pytest.mark.parametrize(("operation", "code"), CODE_CASES)
def test_a_money_operations_error_code_is_a_refusal_only_when_the_spec_says_so(
    operation: str, code: str
) -> None:
    daraja = MockDaraja()
    for _ in range(ANSWERS_QUEUED):
        daraja.respond_error(operation, code, message=message_for(code))
    with pytest.raises(MpesaAPIException) as caught:
        call(daraja, operation)
    error = caught.value
    assert error.error_code == code
    if code in UNCERTAIN_CODES or code == UNKNOWN_CODE:
        assert isinstance(error, MpesaUncertainAnswerError)
        assert error.category == "unknown_outcome"
        assert error.ids
        assert error.resolved_by == resolver(operation)
        assert attempts(daraja, operation) == 1
    else:
        assert not isinstance(error, MpesaOutcomeUnknownError)
        assert ERROR_CODES[code].refused


@pytest.mark.parametrize("operation", MONEY_OPERATIONS)
def test_a_money_operations_acceptance_returns_its_answer(operation: str) -> None:
    daraja = MockDaraja()
    assert call(daraja, operation) is not None
    assert attempts(daraja, operation) == 1


@pytest.mark.parametrize(
    "operation", [name for name in MONEY_OPERATIONS if OPERATIONS[name].accepted is not None]
)
def test_a_money_operations_answer_with_a_non_zero_response_code_is_a_refusal(
    operation: str,
) -> None:
    daraja = MockDaraja()
    daraja.respond(operation, json=canned_response(operation, ResponseCode="1"))
    with pytest.raises(MpesaAPIException) as caught:
        call(daraja, operation)
    assert not isinstance(caught.value, MpesaOutcomeUnknownError)
    assert caught.value.error_code == "1"


@pytest.mark.parametrize("operation", MONEY_OPERATIONS)
@pytest.mark.parametrize(("failure", "raised"), TRANSPORT_FAILURES)
def test_a_money_operations_transport_failure_is_uncertain_only_if_the_request_may_have_left(
    operation: str, failure: type[httpx.TransportError], raised: type[Exception]
) -> None:
    daraja = MockDaraja()
    for _ in range(ANSWERS_QUEUED):
        daraja.fail(operation, failure)
    with pytest.raises(raised) as caught:
        call(daraja, operation)
    assert type(caught.value) is raised
    resends = 0 if raised is MpesaOutcomeUnknownError else mock_config().max_retries
    assert attempts(daraja, operation) == 1 + resends


@pytest.mark.parametrize(
    "message",
    [
        "Unable to lock subscriber, a transaction is already in process",
        "Merchant does not exist",
        "Wrong credentials",
    ],
)
def test_an_stk_push_refused_for_a_stated_cause_is_a_refusal(message: str) -> None:
    daraja = MockDaraja()
    daraja.respond_error("initiate_stk_push", "500.001.1001", message=message)
    with pytest.raises(MpesaAPIException) as caught:
        call(daraja, "initiate_stk_push")
    assert not isinstance(caught.value, MpesaOutcomeUnknownError)


def test_a_b2c_duplicate_originator_conversation_id_is_resolved_by_the_status_query() -> None:
    daraja = MockDaraja()
    daraja.respond_error("b2c_payment", "500.002.1001")
    with pytest.raises(MpesaOutcomeUnknownError) as caught:
        call(daraja, "b2c_payment")
    (sent,) = daraja.calls("b2c_payment")
    assert caught.value.error_code == "500.002.1001"
    assert caught.value.resolved_by == "query_transaction_status"
    assert caught.value.resolve_with == {
        "original_conversation_id": sent.body["OriginatorConversationID"]
    }


# -- the invariant, over generated answers -----------------------------------------------------

KNOWN_MESSAGES = sorted(
    {info.message or "" for info in ERROR_CODES.values()}
    | {contains for info in ERROR_CODES.values() for contains, *_ in info.by_message}
)


@st.composite
def error_answers(draw: st.DrawFn) -> tuple[int, Any]:
    """An HTTP status and body: an error envelope, another JSON value, or no JSON at all."""
    status = draw(st.sampled_from([200, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504]))
    code = draw(st.sampled_from([*ERROR_CODES, UNKNOWN_CODE]) | st.text(min_size=1, max_size=12))
    message = draw(st.sampled_from(KNOWN_MESSAGES) | st.text(max_size=40))
    body = draw(
        st.sampled_from(
            [
                {"requestId": "r-1", "errorCode": code, "errorMessage": message},
                {"errorCode": code},
                {"errorMessage": message},
                {"fault": {"faultstring": message}},
                [],
                None,
            ]
        )
    )
    return status, body


def is_refusal(status: int, body: Any) -> bool:
    """Whether this answer is a definite refusal before processing.

    A code the spec marks refused (for its errorMessage), or HTTP 401 without a code: the
    gateway did not authenticate the request.
    """
    if not isinstance(body, dict) or "errorCode" not in body:
        return status == 401
    if str(body["errorCode"]) not in ERROR_CODES:
        return False
    info = ERROR_CODES[str(body["errorCode"])]
    return info.refined(str(body.get("errorMessage") or "")).refused


@settings(max_examples=max(settings().max_examples, 100))
@given(operation=st.sampled_from(MONEY_OPERATIONS), answer=error_answers())
def test_no_money_operation_reports_an_uncertain_answer_as_anything_but_uncertain(
    operation: str, answer: tuple[int, Any]
) -> None:
    status, body = answer
    daraja = MockDaraja()
    for _ in range(ANSWERS_QUEUED):
        daraja.respond(operation, json=body, status=status, text="Bad Gateway")
    try:
        call(daraja, operation)
    except MpesaOutcomeUnknownError:
        assert attempts(daraja, operation) == 1
        assert not is_refusal(status, body)
    except MpesaAPIException:
        assert is_refusal(status, body)
    else:
        pytest.fail(f"{operation} accepted an error answer: HTTP {status} {body!r}")
