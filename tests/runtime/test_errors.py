"""The exception hierarchy: what each error carries and what its message never shows."""

from __future__ import annotations

import pickle
from enum import Enum
from typing import Literal

import httpx
import pytest
from pydantic import Field, ValidationError

from mpesa._wire import RequestModel
from mpesa.errors import (
    FieldProblem,
    MpesaAPIException,
    MpesaAuthException,
    MpesaConfigError,
    MpesaConnectionError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaTransportError,
    MpesaUncertainAnswerError,
    MpesaValidationError,
)

TOKEN = "c9SQxWWhmdVRlyh0zh8gZDTkubVF"


class Kind(str, Enum):
    PAYBILL = "CustomerPayBillOnline"
    TILL = "CustomerBuyGoodsOnline"


class Item(RequestModel):
    amount: int = Field(alias="Amount", ge=1)


class StkLike(RequestModel):
    account_reference: str = Field(alias="AccountReference", min_length=1, max_length=12)
    amount: int = Field(alias="Amount", ge=1, le=250000)
    phone_number: str = Field(alias="PhoneNumber", pattern=r"^254[17][0-9]{8}$")
    password: str = Field(alias="Password", min_length=50)
    transaction_type: Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"] = Field(
        alias="TransactionType", default="CustomerPayBillOnline"
    )
    kind: Kind = Field(alias="Kind", default=Kind.PAYBILL)
    items: list[Item] = Field(alias="Items", default_factory=list, max_length=2)


VALID = {
    "AccountReference": "INV-1",
    "Amount": 10,
    "PhoneNumber": "254708374149",
    "Password": "p" * 60,
}


def translate(**changes: object) -> MpesaValidationError:
    data = {**VALID, **changes}
    with pytest.raises(ValidationError) as caught:
        StkLike.model_validate({k: v for k, v in data.items() if v is not None})
    return MpesaValidationError.from_pydantic("initiate_stk_push", caught.value)


@pytest.mark.parametrize(
    "cls",
    [
        MpesaConfigError,
        MpesaAuthException,
        MpesaValidationError,
        MpesaAPIException,
        MpesaTransportError,
        MpesaTimeoutError,
        MpesaConnectionError,
        MpesaOutcomeUnknownError,
        MpesaUncertainAnswerError,
    ],
)
def test_every_exception_derives_from_mpesa_exception(cls: type[Exception]) -> None:
    assert issubclass(cls, MpesaException)


def test_config_and_validation_errors_are_value_errors() -> None:
    assert issubclass(MpesaConfigError, ValueError)
    assert issubclass(MpesaValidationError, ValueError)


def test_timeouts_connection_errors_and_unknown_outcomes_are_transport_errors() -> None:
    assert issubclass(MpesaTimeoutError, MpesaTransportError)
    assert issubclass(MpesaConnectionError, MpesaTransportError)
    assert issubclass(MpesaOutcomeUnknownError, MpesaTransportError)


def test_an_unknown_outcome_is_not_caught_as_a_timeout() -> None:
    assert not issubclass(MpesaOutcomeUnknownError, MpesaTimeoutError)


def test_config_error_names_the_setting() -> None:
    error = MpesaConfigError("MPESA_CONSUMER_KEY is not set", setting="MPESA_CONSUMER_KEY")
    assert error.setting == "MPESA_CONSUMER_KEY"
    assert str(error) == "MPESA_CONSUMER_KEY is not set"


def test_auth_exception_shows_daraja_code_message_and_status() -> None:
    error = MpesaAuthException(
        "token fetch refused",
        error_code="400.008.02",
        error_message="Invalid grant type passed",
        request_id="req-1",
        http_status=400,
    )
    assert str(error) == (
        "token fetch refused: 400.008.02: Invalid grant type passed (HTTP 400, requestId req-1)"
    )
    assert (error.error_code, error.http_status, error.request_id) == ("400.008.02", 400, "req-1")


def test_auth_exception_without_details_is_just_its_message() -> None:
    assert str(MpesaAuthException("no access_token")) == "no access_token"


def test_api_exception_shows_code_message_and_meaning() -> None:
    error = MpesaAPIException(
        operation="initiate_stk_push",
        http_status=500,
        error_code="500.001.1001",
        error_message="Unable to lock subscriber",
        request_id="req-2",
        meaning="the customer has another transaction in progress",
        category="retry_later",
    )
    assert str(error) == (
        "initiate_stk_push: Daraja error 500.001.1001: Unable to lock subscriber "
        "(HTTP 500, requestId req-2); meaning: the customer has another transaction in progress"
    )
    assert error.category == "retry_later"
    assert error.operation == "initiate_stk_push"


def test_api_exception_redacts_the_token_daraja_echoes() -> None:
    error = MpesaAPIException(
        operation="b2c_payment",
        http_status=401,
        error_code="401.002.01",
        error_message=f"Error Occurred - Invalid Access Token - {TOKEN}",
    )
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert error.error_message == "Error Occurred - Invalid Access Token - [redacted]"


def test_auth_exception_redacts_an_echoed_token() -> None:
    error = MpesaAuthException("refused", error_message=f"Invalid Access Token - {TOKEN}")
    assert TOKEN not in str(error)
    assert TOKEN not in (error.error_message or "")


def test_transport_error_names_the_operation() -> None:
    assert (
        MpesaTimeoutError("timed out", operation="account_balance").operation == "account_balance"
    )


def test_outcome_unknown_says_do_not_resend_and_which_query_resolves_it() -> None:
    error = MpesaOutcomeUnknownError(
        operation="b2c_payment",
        ids={"OriginatorConversationID": "oc-1"},
        resolved_by="query_transaction_status",
        resolve_with={"OriginalConversationID": "oc-1"},
    )
    assert "do not resend" in str(error)
    assert "call query_transaction_status with OriginalConversationID=oc-1" in str(error)
    assert "OriginatorConversationID=oc-1" in str(error)
    assert error.ids == {"OriginatorConversationID": "oc-1"}
    assert error.resolved_by == "query_transaction_status"
    assert error.operation == "b2c_payment"


def test_outcome_unknown_resolves_with_its_ids_by_default() -> None:
    error = MpesaOutcomeUnknownError(
        operation="reversal",
        ids={"OriginatorConversationID": "oc-2"},
        resolved_by="query_transaction_status",
    )
    assert error.resolve_with == {"OriginatorConversationID": "oc-2"}
    assert "call query_transaction_status with OriginatorConversationID=oc-2" in str(error)


def test_outcome_unknown_without_a_known_id_says_to_wait_for_the_callback() -> None:
    error = MpesaOutcomeUnknownError(
        operation="initiate_stk_push", ids={}, resolved_by="query_stk_push_status"
    )
    assert "do not resend" in str(error)
    assert "wait for its callback" in str(error)


def test_outcome_unknown_keeps_the_transport_error_as_its_cause() -> None:
    lost = httpx.ReadTimeout("read timed out")

    def send() -> None:
        try:
            raise lost
        except httpx.ReadTimeout as exc:
            raise MpesaOutcomeUnknownError(
                operation="b2c_payment", ids={}, resolved_by=None
            ) from exc

    with pytest.raises(MpesaOutcomeUnknownError) as caught:
        send()
    assert caught.value.__cause__ is lost


def uncertain_answer(error_message: str = "Internal Server Error") -> MpesaUncertainAnswerError:
    answer = MpesaAPIException(
        operation="initiate_stk_push",
        http_status=500,
        error_code="500.001.1001",
        error_message=error_message,
        request_id="r-1",
        meaning="A server failure",
        category="retry_later",
    )
    return MpesaUncertainAnswerError(
        answer,
        ids={"CheckoutRequestID": "ws_CO_1"},
        resolved_by="query_stk_push_status",
        resolve_with={"checkout_request_id": "ws_CO_1"},
    )


def test_an_uncertain_answer_is_an_unknown_outcome_and_an_api_error() -> None:
    assert issubclass(MpesaUncertainAnswerError, MpesaOutcomeUnknownError)
    assert issubclass(MpesaUncertainAnswerError, MpesaAPIException)


def test_an_unknown_outcome_whose_answer_was_lost_is_not_an_api_error() -> None:
    assert not issubclass(MpesaOutcomeUnknownError, MpesaAPIException)


def test_an_uncertain_answer_carries_darajas_answer_and_an_unknown_outcome_category() -> None:
    error = uncertain_answer()
    assert (error.error_code, error.error_message, error.http_status, error.request_id) == (
        "500.001.1001",
        "Internal Server Error",
        500,
        "r-1",
    )
    assert error.category == "unknown_outcome"
    assert error.meaning == "A server failure"


def test_an_uncertain_answer_says_do_not_resend_and_which_query_resolves_it() -> None:
    error = uncertain_answer()
    assert str(error) == (
        "initiate_stk_push: Daraja error 500.001.1001: Internal Server Error (HTTP 500, "
        "requestId r-1); meaning: A server failure; this answer does not say whether the request "
        "was processed, so it may have been; do not resend (CheckoutRequestID=ws_CO_1); call "
        "query_stk_push_status with checkout_request_id=ws_CO_1"
    )
    assert error.resolve_with == {"checkout_request_id": "ws_CO_1"}


def test_an_uncertain_answer_redacts_an_echoed_token() -> None:
    error = uncertain_answer("Error Occurred - Invalid Access Token - secret-token")
    assert "secret-token" not in str(error)
    assert error.error_message == "Error Occurred - Invalid Access Token - [redacted]"


def test_an_unknown_outcome_whose_answer_was_lost_has_no_error_code() -> None:
    error = MpesaOutcomeUnknownError(operation="b2c_payment", ids={}, resolved_by=None)
    assert (error.error_code, error.error_message, error.http_status) == (None, None, None)


def test_validation_error_names_operation_field_and_rule() -> None:
    error = translate(AccountReference="x" * 13)
    assert str(error) == (
        "initiate_stk_push: AccountReference: at most 12 characters (max_length=12)"
    )
    assert (error.operation, error.field, error.rule) == (
        "initiate_stk_push",
        "AccountReference",
        "max_length=12",
    )


def test_validation_error_lists_every_problem() -> None:
    error = translate(AccountReference="", Amount=0)
    assert [(p.field, p.rule) for p in error.errors] == [
        ("AccountReference", "min_length=1"),
        ("Amount", "minimum=1"),
    ]
    assert "AccountReference: at least 1 character (min_length=1)" in str(error)
    assert "Amount: at least 1 (minimum=1)" in str(error)


def test_validation_error_can_be_raised_for_one_problem() -> None:
    problem = FieldProblem("Amount", "whole shillings", "must be whole shillings")
    error = MpesaValidationError(problem, operation="b2c_payment")
    assert str(error) == "b2c_payment: Amount: must be whole shillings"
    assert error.errors == [problem]


def test_validation_error_needs_at_least_one_problem() -> None:
    with pytest.raises(TypeError, match="FieldProblem"):
        MpesaValidationError(operation="b2c_payment")


def test_pydantic_missing_field_becomes_required() -> None:
    error = translate(PhoneNumber=None)
    assert (error.field, error.rule) == ("PhoneNumber", "required")


def test_pydantic_pattern_mismatch_becomes_pattern() -> None:
    error = translate(PhoneNumber="0712345678")
    assert (error.field, error.rule) == ("PhoneNumber", "pattern")
    assert "^254[17][0-9]{8}$" in str(error)


def test_pydantic_maximum_becomes_maximum() -> None:
    error = translate(Amount=250001)
    assert (error.field, error.rule) == ("Amount", "maximum=250000")


def test_pydantic_unknown_key_becomes_unknown_field() -> None:
    error = translate(Ocassion="x")
    assert (error.field, error.rule) == ("Ocassion", "unknown field")


def test_pydantic_fractional_number_becomes_integer() -> None:
    error = translate(Amount=10.5)
    assert (error.field, error.rule) == ("Amount", "integer")


def test_pydantic_unparsable_number_becomes_integer() -> None:
    error = translate(Amount="ten")
    assert (error.field, error.rule) == ("Amount", "integer")


def test_pydantic_literal_mismatch_becomes_enum() -> None:
    error = translate(TransactionType="Paybill")
    assert (error.field, error.rule) == ("TransactionType", "enum")
    assert "'CustomerPayBillOnline' or 'CustomerBuyGoodsOnline'" in str(error)


def test_pydantic_enum_mismatch_becomes_enum() -> None:
    error = translate(Kind="Till")
    assert (error.field, error.rule) == ("Kind", "enum")


def test_pydantic_nested_location_is_written_as_a_path() -> None:
    error = translate(Items=[{"Amount": 5}, {"Amount": 0}])
    assert error.field == "Items[1].Amount"


def test_pydantic_list_length_becomes_max_items() -> None:
    error = translate(Items=[{"Amount": 1}] * 3)
    assert (error.field, error.rule) == ("Items", "max_items=2")


def test_pydantic_translation_never_quotes_the_input() -> None:
    secret = "short-secret-passkey"
    error = translate(Password=secret)
    assert error.field == "Password"
    assert secret not in str(error)
    assert secret not in repr(error)


@pytest.mark.parametrize(
    "error",
    [
        MpesaConfigError("bad", setting="timeout"),
        MpesaAuthException("refused", error_code="400.008.01", http_status=400),
        MpesaValidationError(FieldProblem("Amount", "integer", "whole"), operation="b2c_payment"),
        MpesaAPIException(
            operation="reversal", http_status=500, error_code="500.003.02", error_message="busy"
        ),
        MpesaTimeoutError("slow", operation="account_balance"),
        MpesaOutcomeUnknownError(
            operation="b2c_payment", ids={"OriginatorConversationID": "x"}, resolved_by=None
        ),
        MpesaUncertainAnswerError(
            MpesaAPIException(
                operation="b2c_payment",
                http_status=500,
                error_code="500.002.1001",
                error_message="Duplicate OriginatorConversationID",
            ),
            ids={"OriginatorConversationID": "x"},
            resolved_by="query_transaction_status",
        ),
    ],
)
def test_exceptions_survive_pickling_with_their_attributes(error: MpesaException) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
