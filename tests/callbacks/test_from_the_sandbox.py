"""Callbacks the local Daraja POSTs over real HTTP parse, each at the URL of its kind.

The receiver keeps the parsed JSON; it is sent back to bytes before parsing, as a merchant's
endpoint receives it.
"""

from __future__ import annotations

import json
from decimal import Decimal

from mpesa import Callback, MpesaAdapter, parse_callback
from mpesa.callbacks import CallbackKind
from mpesa.sandbox import CallbackReceiver

CUSTOMER = "254708374149"
CANCELLING_CUSTOMER = "254700001032"
"""One of the sandbox's magic numbers: its STK pushes are cancelled (1032)."""


def parsed(receiver: CallbackReceiver, path: str, expect: CallbackKind | None = None) -> Callback:
    """The one body POSTed to ``path``, parsed from the bytes it arrived as."""
    (body,) = receiver.wait_for(1, timeout=10, path=path)
    return parse_callback(json.dumps(body).encode(), expect=expect)


def test_a_paid_stk_push_s_callback_matches_its_request(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    push = mpesa.initiate_stk_push(CUSTOMER, 25, "ORDER-1")
    callback = parsed(receiver, "/callback", expect="stk")
    assert callback.checkout_request_id == push.checkout_request_id
    assert (callback.is_success, callback.amount) == (True, Decimal(25))
    assert callback.receipt


def test_a_cancelled_stk_push_s_callback_is_a_customer_action(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    mpesa.initiate_stk_push(CANCELLING_CUSTOMER, 25, "ORDER-2")
    callback = parsed(receiver, "/callback")
    assert (callback.result_code, callback.category, callback.receipt) == (
        "1032",
        "customer_action",
        None,
    )


def test_a_b2c_payment_s_result_matches_its_request(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    sent = mpesa.b2c_payment(CUSTOMER, 150)
    callback = parsed(receiver, "/result", expect="result")
    assert callback.conversation_id == sent.conversation_id
    assert (callback.is_success, callback.amount) == (True, Decimal(150))
    assert "b2c_payment" in callback.operations


def test_an_account_balance_result_s_balances_are_decoded(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    mpesa.get_account_balance()
    callback = parsed(receiver, "/result")
    assert callback.operations == ("get_account_balance",)
    assert all(isinstance(b.available, Decimal) for b in callback.parameters["AccountBalance"])


def test_a_standing_order_s_callback_parses(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    mpesa.create_standing_order(CUSTOMER, 100, "Rent", "20260101", "20261231", "4")
    callback = parsed(receiver, "/callback", expect="ratiba")
    assert callback.operations == ("create_standing_order",)
    assert callback.ids.keys() >= {"responseRefID"}


def test_a_b2b_express_checkout_s_callback_parses(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    mpesa.b2b_express_checkout("000001", 100, "PAY-1", "Vendor")
    callback = parsed(receiver, "/callback", expect="b2b_express")
    assert callback.operations == ("b2b_express_checkout",)
    assert callback.amount == Decimal(100)


def test_a_c2b_payment_s_validation_and_confirmation_parse_as_such(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    mpesa.c2b_register_url_v2()
    mpesa.c2b_simulate_v2(CUSTOMER, 100, "ACC-1")
    validation = parsed(receiver, "/validation")
    confirmation = parsed(receiver, "/confirmation")
    assert (validation.kind, validation.category) == ("c2b_validation", "pending")
    assert (confirmation.kind, confirmation.is_success) == ("c2b_confirmation", True)
    assert confirmation.receipt == validation.ids["TransID"]
    assert confirmation.amount == Decimal(100)


def test_a_paid_invoice_s_bill_manager_payment_parses(
    mpesa: MpesaAdapter, receiver: CallbackReceiver
) -> None:
    app_key = mpesa.bill_manager_opt_in("billing@example.com", "0700000000")["app_key"]
    mpesa.bill_manager_send_invoice(
        "EXT-7",
        "Jane Doe",
        "0708374149",
        300,
        "2026-12-31",
        billed_period="December 2026",
        invoice_name="Rent",
        account_reference="INV-7",
        app_key=app_key,
    )
    mpesa.c2b_register_url_v2()
    mpesa.c2b_simulate_v2(CUSTOMER, 300, "INV-7")
    callback = parsed(receiver, "/callback", expect="bill_manager")
    assert (callback.is_success, callback.amount) == (True, Decimal(300))
