"""The spec accepts what Daraja accepts, and refuses before sending what Daraja cannot take.

Each rule here is a fact of the spec with its public source beside it: Pull Transactions
dates with a one-digit hour (D3-PullTransaction's sample), a C2B simulate acknowledgement
without ``ResponseCode`` (an older Daraja answer), Account Balance without an MSISDN
``IdentifierType``, and Transaction Status, which needs ``TransactionID`` or
``OriginalConversationID``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from mpesa import MpesaOutcomeUnknownError, MpesaValidationError, models
from mpesa.testing import MockDaraja, mock_adapter

OLDER_C2B_ACKNOWLEDGEMENT = {
    "ConversationID": "",
    "OriginatorCoversationID": "",
    "ResponseDescription": "Accept the service request successfully.",
}
PULL_QUERY = {"ShortCode": "600000", "EndDate": "2020-08-16 10:10:00", "OffSetValue": "0"}


def sent_bodies(daraja: MockDaraja, operation: str) -> list[Any]:
    return [json.loads(call.request.content) for call in daraja.calls(operation)]


# -- Pull Transactions dates -------------------------------------------------------------------


def test_a_pull_query_start_date_with_a_one_digit_hour_is_read() -> None:
    body = {**PULL_QUERY, "StartDate": "2020-08-04 8:36:00"}
    assert models.PullQueryRequest.model_validate(body).start_date == "2020-08-04 8:36:00"


def test_a_pull_query_end_date_with_three_digit_seconds_is_refused() -> None:
    body = {**PULL_QUERY, "StartDate": "2020-08-04 08:36:00", "EndDate": "2020-08-16 10:10:000"}
    with pytest.raises(ValidationError, match="EndDate"):
        models.PullQueryRequest.model_validate(body)


def test_the_adapter_sends_a_pull_query_date_as_given() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client:
        client.pull_transactions_query("2020-08-04 08:36:00", "2020-08-04 10:10")
    (body,) = sent_bodies(daraja, "pull_transactions_query")
    assert (body["StartDate"], body["EndDate"]) == ("2020-08-04 08:36:00", "2020-08-04 10:10")


# -- a C2B simulate acknowledgement without ResponseCode ---------------------------------------


@pytest.mark.parametrize("operation", ["c2b_simulate", "c2b_simulate_v2"])
def test_a_c2b_simulate_answer_without_a_response_code_is_an_acceptance(operation: str) -> None:
    daraja = MockDaraja()
    daraja.respond(operation, json=OLDER_C2B_ACKNOWLEDGEMENT)
    with mock_adapter(daraja=daraja) as client:
        answer = getattr(client, operation)("254708374149", 10, "INV-1")
    assert answer.response_code is None
    assert answer.response_description == "Accept the service request successfully."


def test_a_c2b_simulate_answer_with_neither_code_nor_description_is_uncertain() -> None:
    daraja = MockDaraja()
    daraja.respond("c2b_simulate_v2", json={"ConversationID": ""})
    with mock_adapter(daraja=daraja) as client, pytest.raises(MpesaOutcomeUnknownError):
        client.c2b_simulate_v2("254708374149", 10, "INV-1")


# -- Account Balance identifier type -----------------------------------------------------------


def test_an_account_balance_for_an_msisdn_identifier_type_is_refused_before_sending() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client, pytest.raises(MpesaValidationError) as caught:
        client.get_account_balance("1")
    assert (caught.value.field, caught.value.rule) == ("IdentifierType", "enum")
    assert daraja.calls("get_account_balance") == []


def test_an_account_balance_for_a_till_is_sent() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client:
        client.get_account_balance("2")
    (body,) = sent_bodies(daraja, "get_account_balance")
    assert body["IdentifierType"] == "2"


# -- Transaction Status identifiers ------------------------------------------------------------


def test_a_transaction_status_query_without_either_identifier_is_refused_before_sending() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client, pytest.raises(MpesaValidationError) as caught:
        client.query_transaction_status()
    assert (caught.value.field, caught.value.rule) == (
        "TransactionID or OriginalConversationID",
        "at_least_one",
    )
    assert daraja.requests == []


def test_a_transaction_status_query_by_original_conversation_id_alone_is_sent() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client:
        client.query_transaction_status(original_conversation_id="AG_20240706_1")
    (body,) = sent_bodies(daraja, "query_transaction_status")
    assert body["OriginalConversationID"] == "AG_20240706_1"
    assert "TransactionID" not in body


def test_a_transaction_status_body_without_either_identifier_fails_its_model() -> None:
    body = {
        "Initiator": "testapi",
        "SecurityCredential": "credential",
        "CommandID": "TransactionStatusQuery",
        "PartyA": "600000",
        "IdentifierType": "4",
        "ResultURL": "https://merchant.example/result",
        "QueueTimeOutURL": "https://merchant.example/timeout",
        "Remarks": "status",
    }
    with pytest.raises(ValidationError) as caught:
        models.TransactionStatusRequest.model_validate(body)
    error = MpesaValidationError.from_pydantic("query_transaction_status", caught.value)
    assert (error.field, error.rule) == ("TransactionID or OriginalConversationID", "at_least_one")
