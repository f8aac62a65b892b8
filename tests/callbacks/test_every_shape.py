"""Every callback shape of the spec parses, from bytes, text or a parsed object."""

from __future__ import annotations

import pytest

from mpesa import OPERATIONS, Callback, MpesaCallbackError, parse_callback
from mpesa.callbacks import CallbackKind
from mpesa.codes import ResultCodes
from mpesa.testing import canned_callback
from tests.callbacks.conftest import (
    B2B_EXPRESS_FAILURE,
    BILL_PAYMENT,
    C2B_CONFIRMATION,
    C2B_VALIDATION,
    CALLBACK_OPERATIONS,
    FAILING_OPERATIONS,
    RATIBA_SUCCESS,
    STK_SUCCESS,
    Encode,
    failure_code,
)

KIND_OF_MODEL: dict[str, CallbackKind] = {
    "StkCallback": "stk",
    "ResultCallback": "result",
    "B2BExpressCallback": "b2b_express",
    "RatibaCallback": "ratiba",
    "BillManagerPayment": "bill_manager",
}


def kind_of(operation: str) -> CallbackKind:
    callback = OPERATIONS[operation].callback
    assert callback is not None
    return KIND_OF_MODEL[callback.model.__name__]


@pytest.mark.parametrize("operation", CALLBACK_OPERATIONS)
def test_every_operation_s_success_callback_parses_as_a_success(
    operation: str, encode: Encode
) -> None:
    callback = parse_callback(encode(canned_callback(operation)))
    assert callback.kind == kind_of(operation)
    assert callback.is_success
    assert operation in callback.operations


@pytest.mark.parametrize("operation", FAILING_OPERATIONS)
def test_every_operation_s_failure_callback_parses_with_its_code_s_category(
    operation: str, encode: Encode
) -> None:
    code = failure_code(operation)
    callback = parse_callback(encode(canned_callback(operation, code)))
    expected = ResultCodes.describe(code, OPERATIONS[operation].result_code_tables)
    assert (callback.kind, callback.result_code) == (kind_of(operation), code)
    assert not callback.is_success
    assert callback.category == expected.category
    assert operation in callback.operations


@pytest.mark.parametrize("operation", CALLBACK_OPERATIONS)
def test_every_operation_s_callback_keeps_the_validated_model_and_the_body(
    operation: str,
) -> None:
    body = canned_callback(operation)
    callback = parse_callback(body)
    callback_spec = OPERATIONS[operation].callback
    assert callback_spec is not None
    assert isinstance(callback.model, callback_spec.model)
    assert callback.body == body


def test_every_callback_model_of_the_registry_has_a_kind() -> None:
    models = {op.callback.model.__name__ for op in OPERATIONS.values() if op.callback}
    assert models == set(KIND_OF_MODEL)


def test_a_c2b_body_with_a_blank_balance_is_a_validation() -> None:
    callback = parse_callback(C2B_VALIDATION)
    assert (callback.kind, callback.category, callback.result_code) == (
        "c2b_validation",
        "pending",
        None,
    )
    assert callback.receipt is None


def test_a_c2b_body_with_a_balance_is_a_completed_payment() -> None:
    callback = parse_callback(C2B_CONFIRMATION)
    assert (callback.kind, callback.is_success, callback.receipt) == (
        "c2b_confirmation",
        True,
        "RKTQDM7W6S",
    )


def test_expect_names_the_kind_a_receiver_was_called_for() -> None:
    assert parse_callback(C2B_CONFIRMATION, expect="c2b_validation").kind == "c2b_validation"
    assert parse_callback(C2B_VALIDATION, expect="c2b_confirmation").kind == "c2b_confirmation"


def test_a_body_of_another_kind_than_expected_is_refused() -> None:
    with pytest.raises(MpesaCallbackError, match="not a Daraja callback"):
        parse_callback(STK_SUCCESS, expect="result")


def test_an_unknown_expected_kind_is_refused_naming_the_kinds() -> None:
    with pytest.raises(MpesaCallbackError, match="the kinds are stk, result"):
        parse_callback(STK_SUCCESS, expect="stk_push")  # type: ignore[arg-type]


def test_ratiba_s_lower_case_sample_parses() -> None:
    callback = parse_callback(RATIBA_SUCCESS)
    assert (callback.kind, callback.is_success, callback.receipt) == ("ratiba", True, "SC8F2IQMH5")
    assert callback.parameters["Status"] == "OKAY"
    assert callback.operations == ("create_standing_order",)


def test_a_cancelled_b2b_express_checkout_is_a_customer_action() -> None:
    callback = parse_callback(B2B_EXPRESS_FAILURE)
    assert (callback.kind, callback.result_code, callback.category) == (
        "b2b_express",
        "4001",
        "customer_action",
    )
    assert callback.ids["requestId"] == "c2a9ba32-9e11-4b90-892c-7bc54944609a"


def test_a_bill_manager_payment_is_a_received_payment() -> None:
    callback = parse_callback(BILL_PAYMENT)
    assert (callback.kind, callback.is_success, callback.receipt) == (
        "bill_manager",
        True,
        "RJB53MYR1N",
    )


def test_a_callback_is_immutable() -> None:
    callback = parse_callback(STK_SUCCESS)
    with pytest.raises(AttributeError):
        callback.result_code = "1"  # type: ignore[misc]
    with pytest.raises(TypeError):
        callback.parameters["Amount"] = 2  # type: ignore[index]
    assert isinstance(callback, Callback)
