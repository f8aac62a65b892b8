"""What a parsed callback says: codes, IDs, amounts, typed result parameters, and its repr."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest

from mpesa import parse_callback
from mpesa.codec import EAT, AccountBalance
from mpesa.testing import canned_callback
from tests.callbacks.conftest import (
    ACCOUNT_BALANCE,
    B2B_FAILURE,
    C2B_CONFIRMATION,
    STK_SUCCESS,
    STK_TEXT_CODE,
)

# -- result codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [0, "0", " 0 "])
def test_a_result_code_as_number_or_text_reads_as_the_same_text(code: object) -> None:
    body = canned_callback("b2c_payment")
    body["Result"]["ResultCode"] = code
    callback = parse_callback(body)
    assert (callback.result_code, callback.is_success) == ("0", True)


def test_a_text_result_code_keeps_its_meaning() -> None:
    callback = parse_callback(STK_TEXT_CODE)
    assert (callback.result_code, callback.category) == ("1032", "customer_action")
    assert callback.result_desc == "Request cancelled by user"


def test_an_unknown_result_code_is_an_unknown_outcome() -> None:
    callback = parse_callback(canned_callback("initiate_stk_push", "SFC_IC0099"))
    assert (callback.category, callback.outcome.known, callback.is_success) == (
        "unknown_outcome",
        False,
        False,
    )


def test_a_result_code_is_described_from_the_tables_of_the_operations_it_can_answer() -> None:
    callback = parse_callback(B2B_FAILURE)
    assert callback.category == "configuration_error"
    assert callback.outcome.table in ("b2c", "b2b")


# -- correlation IDs ------------------------------------------------------------------------------


def test_an_stk_callback_carries_its_checkout_and_merchant_request_ids() -> None:
    callback = parse_callback(STK_SUCCESS)
    assert callback.checkout_request_id == "ws_CO_191220191020363925"
    assert callback.merchant_request_id == "29115-34620561-1"
    assert callback.conversation_id is None


def test_a_result_callback_carries_its_conversation_ids() -> None:
    callback = parse_callback(B2B_FAILURE)
    assert callback.conversation_id == "AG_20200120_0000657265d5fa9ae5c0"
    assert callback.originator_conversation_id == "12337-23509183-5"
    assert callback.ids["TransactionID"] == "OAK0000000"


def test_a_failure_has_no_receipt_even_with_a_placeholder_transaction_id() -> None:
    assert parse_callback(B2B_FAILURE).receipt is None


def test_a_success_s_receipt_is_the_m_pesa_transaction_id() -> None:
    assert parse_callback(STK_SUCCESS).receipt == "NLJ7RT61SV"
    assert parse_callback(canned_callback("b2c_payment")).receipt == "SG632NMUAB"


# -- amounts --------------------------------------------------------------------------------------


def test_an_amount_sent_as_a_json_decimal_is_exact() -> None:
    body = STK_SUCCESS.replace('"Value": 1.00', '"Value": 8959269.60')
    amount = parse_callback(body).amount
    assert isinstance(amount, Decimal)
    assert amount == Decimal("8959269.60")


def test_an_amount_sent_as_text_is_exact() -> None:
    assert parse_callback(C2B_CONFIRMATION).amount == Decimal("10")


def test_an_amount_in_a_parsed_object_with_a_float_reads_as_written() -> None:
    body = json.loads(STK_SUCCESS)
    body["Body"]["stkCallback"]["CallbackMetadata"]["Item"][0]["Value"] = 0.1
    assert parse_callback(body).amount == Decimal("0.1")


def test_a_failure_without_parameters_has_no_amount() -> None:
    assert parse_callback(STK_TEXT_CODE).amount is None


# -- result parameters ----------------------------------------------------------------------------


def test_result_parameters_are_typed_by_the_operation_s_declaration() -> None:
    parameters = parse_callback(STK_SUCCESS).parameters
    assert parameters["Amount"] == Decimal("1.00")
    assert parameters["TransactionDate"] == datetime(2019, 12, 19, 10, 21, 15, tzinfo=EAT)
    assert parameters["PhoneNumber"] == "254708374149"


def test_an_item_without_a_value_reads_as_none() -> None:
    assert parse_callback(STK_SUCCESS).parameters["Balance"] is None


def test_a_single_result_parameter_object_reads_like_a_list_of_one() -> None:
    as_object = parse_callback(B2B_FAILURE)
    as_list = parse_callback(
        B2B_FAILURE.replace(
            '{"ResultParameter": {"Key": "BOCompletedTime", "Value": 20200120164825}}',
            '{"ResultParameter": [{"Key": "BOCompletedTime", "Value": 20200120164825}]}',
        )
    )
    assert as_object.parameters == as_list.parameters
    assert as_object.parameters["BOCompletedTime"] == datetime(2020, 1, 20, 16, 48, 25, tzinfo=EAT)


def test_account_balances_are_decoded() -> None:
    balances = parse_callback(ACCOUNT_BALANCE).parameters["AccountBalance"]
    assert len(balances) == 5
    assert balances[3] == AccountBalance(
        "Charges Paid Account",
        "KES",
        Decimal("-1540.00"),
        Decimal("-1540.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )


def test_a_key_two_operations_type_differently_takes_the_answering_operation_s_type() -> None:
    b2b = parse_callback(canned_callback("business_pay_bill")).parameters
    reversal = parse_callback(canned_callback("reverse_transaction")).parameters
    assert isinstance(b2b["DebitAccountBalance"], str)
    assert isinstance(reversal["DebitAccountBalance"], list)


def test_unknown_result_parameters_are_kept_as_they_came() -> None:
    body = canned_callback("b2c_payment")
    body["Result"]["ResultParameters"]["ResultParameter"].append({"Key": "NewKey", "Value": 7})
    assert parse_callback(body).parameters["NewKey"] == 7


def test_a_result_parameter_that_does_not_read_as_its_type_is_refused() -> None:
    from mpesa import MpesaCallbackError

    body = canned_callback("b2c_payment", parameters={"TransactionAmount": "ten"})
    with pytest.raises(MpesaCallbackError, match="'TransactionAmount' is not a valid decimal"):
        parse_callback(body)


def test_reference_data_is_kept_apart_from_the_result_parameters() -> None:
    callback = parse_callback(ACCOUNT_BALANCE)
    assert callback.references["QueueTimeoutURL"].endswith("/abresults/v1/submit")
    assert "QueueTimeoutURL" not in callback.parameters


# -- which operation ------------------------------------------------------------------------------


def test_a_result_callback_s_parameters_narrow_the_operations_it_can_answer() -> None:
    assert parse_callback(ACCOUNT_BALANCE).operations == ("get_account_balance",)
    assert "b2pochi_payment" in parse_callback(canned_callback("b2c_payment")).operations


def test_a_failed_result_callback_can_answer_any_operation_of_its_envelope() -> None:
    operations = parse_callback(B2B_FAILURE).operations
    assert {"b2c_payment", "business_pay_bill", "get_account_balance"} <= set(operations)


# -- repr -----------------------------------------------------------------------------------------


def test_the_repr_masks_the_phone_and_shows_no_parameter_values() -> None:
    callback = parse_callback(canned_callback("b2c_payment"))
    shown = repr(parse_callback(STK_SUCCESS)) + repr(callback)
    assert "254708374149" not in shown
    assert "2547****149" in shown
    assert "NICHOLAS" not in shown
    assert "'ReceiverPartyPublicName'" in shown


def test_a_c2b_payer_s_number_is_available_as_sent() -> None:
    assert parse_callback(C2B_CONFIRMATION).phone == "2547 ***** 126"
