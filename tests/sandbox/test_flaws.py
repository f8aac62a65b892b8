"""Deliberately flawed local Darajas, for testing conformance tools, and expiring tokens."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from mpesa import OPERATIONS, _shapes, models
from mpesa.codes import ERROR_CODES
from mpesa.sandbox import Flaw, SandboxState
from mpesa.sandbox.flaws import WRONG_ERROR_CODE, wrong_type
from mpesa.sandbox.operations import plausible
from tests.sandbox.daraja_client import Daraja
from tests.sandbox.sandbox_process import StartSandbox

STK = "/mpesa/stkpush/v1/processrequest"
B2C = "/mpesa/b2c/v3/paymentrequest"

Flawed = Callable[[Flaw], Daraja]


# Choosing flaws ----------------------------------------------------------------------------


def test_a_sandbox_has_no_flaws_unless_asked(daraja: Daraja) -> None:
    assert daraja.state.flaws == frozenset()


def test_an_unknown_flaw_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown flaw 'slow-answers'"):
        SandboxState(flaws={"slow-answers"})  # type: ignore[arg-type]


def test_a_flawed_state_says_so_in_its_repr(flawed: Flawed) -> None:
    assert "flaws=['drop-callback']" in repr(flawed("drop-callback").state)


def test_the_sandbox_command_takes_flaws_and_prints_them(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox("--flaw", "token-never-refused", "--flaw", "drop-callback")

    assert "# Deliberately flawed (not conformant): drop-callback, token-never-refused" in (
        sandbox.printed.splitlines()
    )
    # Without a token, the empty body gets as far as field validation.
    response = httpx.post(sandbox.base_url + B2C, json={}, timeout=10.0)
    assert response.json()["errorCode"] == "400.002.02"


# answer-field-type -------------------------------------------------------------------------


def test_answer_field_type_sends_an_answer_field_inside_an_array(flawed: Flawed) -> None:
    daraja = flawed("answer-field-type")

    response = daraja.post(STK, daraja.stk())

    assert response.status_code == 200
    assert response.json()["CustomerMessage"] == ["Success. Request accepted for processing"]
    with pytest.raises(ValidationError):
        models.StkPushResponse.model_validate(response.json())


@pytest.mark.parametrize(
    "operation",
    [
        op.name
        for op in OPERATIONS.values()
        if op.auth == "bearer" and op.response_model.model_fields
    ],
)
def test_answer_field_type_breaks_every_operation_success_answer(operation: str) -> None:
    op = OPERATIONS[operation]
    body: dict[str, Any] = json.loads(_shapes.dumps(_shapes.answer(op, plausible)))
    op.response_model.model_validate(body)

    with pytest.raises(ValidationError):
        op.response_model.model_validate(wrong_type(op, body))


def test_answer_field_type_spares_the_oauth_answer(flawed: Flawed) -> None:
    daraja = flawed("answer-field-type")

    models.AccessTokenResponse.model_validate(daraja.oauth().json())


# accept-invalid ----------------------------------------------------------------------------


def test_accept_invalid_acknowledges_an_invalid_request_and_moves_nothing(
    flawed: Flawed,
) -> None:
    daraja = flawed("accept-invalid")

    response = daraja.post(B2C, daraja.b2c(Amount="ten"))

    assert response.status_code == 200
    assert response.json()["ResponseCode"] == "0"
    assert daraja.state.transactions() == []


# drop-callback -----------------------------------------------------------------------------


def test_drop_callback_posts_no_callback(flawed: Flawed) -> None:
    daraja = flawed("drop-callback")

    assert daraja.post(B2C, daraja.b2c()).status_code == 200

    assert daraja.state.settle()
    assert daraja.receiver.received == []
    assert [delivery.lost for delivery in daraja.state.deliveries()] == [True]


# callback-wrong-ids ------------------------------------------------------------------------


def test_callback_wrong_ids_gives_the_stk_callback_other_request_ids(flawed: Flawed) -> None:
    daraja = flawed("callback-wrong-ids")

    ack = daraja.post(STK, daraja.stk()).json()

    (callback,) = daraja.receiver.wait_for(1, path="/stk")
    sent = callback["Body"]["stkCallback"]
    for wire in ("CheckoutRequestID", "MerchantRequestID"):
        assert sent[wire] != ack[wire]
        assert len(sent[wire]) == len(ack[wire])


def test_callback_wrong_ids_gives_a_result_callback_other_conversation_ids(
    flawed: Flawed,
) -> None:
    daraja = flawed("callback-wrong-ids")

    ack = daraja.post(B2C, daraja.b2c()).json()

    result = daraja.result()
    assert result["ConversationID"] != ack["ConversationID"]
    assert result["OriginatorConversationID"] != ack["OriginatorConversationID"]


# wrong-error-code --------------------------------------------------------------------------


def test_wrong_error_code_answers_a_validation_error_with_a_code_no_operation_lists(
    flawed: Flawed,
) -> None:
    daraja = flawed("wrong-error-code")

    response = daraja.post(STK, daraja.stk(PhoneNumber="12"))

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"requestId", "errorCode", "errorMessage"}
    assert body["errorCode"] == WRONG_ERROR_CODE
    assert body["errorMessage"] == "Bad Request - Invalid PhoneNumber"
    assert WRONG_ERROR_CODE not in ERROR_CODES


def test_wrong_error_code_leaves_the_invalid_token_code_alone(flawed: Flawed) -> None:
    daraja = flawed("wrong-error-code")

    response = daraja.post(STK, daraja.stk(), token="unknown")

    assert response.json()["errorCode"] == "404.001.03"


# token-never-refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer x"},
    ],
    ids=["missing", "empty", "not-bearer", "unknown"],
)
def test_token_never_refused_serves_a_request_without_a_valid_token(
    flawed: Flawed, headers: dict[str, str]
) -> None:
    daraja = flawed("token-never-refused")

    response = daraja.http.post(STK, json=daraja.stk(), headers=headers)

    assert response.status_code == 200
    assert response.json()["ResponseCode"] == "0"


def test_token_never_refused_serves_an_expired_token(flawed: Flawed) -> None:
    daraja = flawed("token-never-refused")
    token = daraja.token()
    daraja.state.expire_tokens()

    assert daraja.post(STK, daraja.stk(), token=token).status_code == 200


# Expiring tokens ---------------------------------------------------------------------------


def test_expire_tokens_gives_every_issued_token_the_invalid_token_code(daraja: Daraja) -> None:
    token = daraja.token()

    assert daraja.http.post("/sandbox/control/expire-tokens").status_code == 200

    response = daraja.post(STK, daraja.stk(), token=token)
    assert response.status_code == 404
    assert response.json()["errorCode"] == "404.001.03"


def test_a_token_issued_after_expire_tokens_is_valid(daraja: Daraja) -> None:
    old = daraja.token()

    daraja.state.expire_tokens()

    assert not daraja.state.token_is_valid(old)
    assert daraja.post(STK, daraja.stk()).status_code == 200


def test_expire_tokens_from_another_origin_is_refused(daraja: Daraja) -> None:
    token = daraja.token()

    response = daraja.http.post(
        "/sandbox/control/expire-tokens", headers={"Origin": "http://attacker.example"}
    )

    assert response.status_code == 403
    assert daraja.state.token_is_valid(token)
