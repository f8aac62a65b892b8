"""Every operation of the registry is served, and the stateful products behave like Daraja."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from mpesa import OPERATIONS, models
from mpesa._shapes import answer
from mpesa.sandbox import TEST_MSISDN
from mpesa.sandbox._ids import NAIROBI
from mpesa.sandbox.operations import HANDLERS, plausible
from mpesa.sandbox.state import Transaction
from tests.sandbox.daraja_client import (
    B2C_SHORTCODE,
    SHORTCODE,
    Daraja,
    parameters,
)

BILL_MANAGER_OPERATIONS = {name for name, op in OPERATIONS.items() if op.group == "bill_manager"}


def invoice(reference: str = "INV-1", account: str = "ACC-42") -> dict[str, Any]:
    return {
        "externalReference": reference,
        "billedFullName": "John Doe",
        "billedPhoneNumber": "0708374149",
        "billedPeriod": "August 2026",
        "invoiceName": "Rent",
        "dueDate": "2026-12-01",
        "accountReference": account,
        "amount": 800,
    }


def sample(daraja: Daraja, name: str) -> Any:
    """A valid request body for every operation but OAuth."""
    url = daraja.receiver.url
    stk = daraja.stk()
    samples: dict[str, Any] = {
        "initiate_stk_push": stk,
        "query_stk_push_status": None,  # built from a push below
        "b2c_payment": daraja.b2c(),
        "b2c_payment_v1": {
            key: value
            for key, value in daraja.b2c().items()
            if key not in ("OriginatorConversationID", "Occassion")
        },
        "b2c_payment_with_validation": daraja.b2c() | {"IDType": "01", "IDNumber": "12345678"},
        "b2pochi_payment": daraja.b2c(CommandID="BusinessPayToPochi"),
        "business_pay_bill": daraja.b2b("BusinessPayBill"),
        "business_buy_goods": daraja.b2b("BusinessBuyGoods"),
        "b2c_account_top_up": daraja.b2b("BusinessPayToBulk"),
        "tax_remittance": daraja.b2b("PayTaxToKRA", PartyB="572572", AccountReference="PRN1234"),
        "b2b_express_checkout": {
            "primaryShortCode": "000001",
            "receiverShortCode": SHORTCODE,
            "amount": 71,
            "paymentRef": "PO-9",
            "callbackUrl": url("/express"),
            "partnerName": "Vendor",
            "RequestRefID": "5d5b1a8e-1111-2222-3333-444455556666",
        },
        "query_transaction_status": daraja.status(TransactionID="UKA0000000"),
        "get_account_balance": daraja.balance(),
        "reverse_transaction": daraja.reversal("UKA1234567", 10),
        "c2b_register_url": {
            "ShortCode": SHORTCODE,
            "ResponseType": "Completed",
            "ConfirmationURL": url("/confirm"),
            "ValidationURL": url("/validate"),
        },
        "c2b_simulate": {
            "ShortCode": SHORTCODE,
            "CommandID": "CustomerPayBillOnline",
            "Amount": 10,
            "Msisdn": TEST_MSISDN,
            "BillRefNumber": "A1",
        },
        "check_sim_swap": {"customerNumber": TEST_MSISDN},
        "check_imsi": {"customerNumber": TEST_MSISDN},
        "check_age_on_network": {"customerNumber": TEST_MSISDN},
        "validate_kyc_id": {
            "requestRefID": "ref-1",
            "shortCode": SHORTCODE,
            "msisdn": TEST_MSISDN,
            "idType": "01",
            "idNumber": "12345678",
        },
        "query_org_info": {"IdentifierType": "4", "Identifier": "666677"},
        "pull_transactions_register": {
            "ShortCode": SHORTCODE,
            "RequestType": "Pull",
            "NominatedNumber": "0708374149",
            "CallBackURL": url("/pull"),
        },
        "pull_transactions_query": {
            "ShortCode": SHORTCODE,
            "StartDate": "2020-01-01 00:00:00",
            "EndDate": "2099-01-01 00:00:00",
            "OffSetValue": "0",
        },
        "generate_dynamic_qr": {
            "MerchantName": "Shop",
            "RefNo": "INV1",
            "Amount": 100,
            "TrxCode": "BG",
            "CPI": "373132",
            "Size": "300",
        },
        "create_standing_order": {
            "StandingOrderName": "Rent",
            "StartDate": "20261201",
            "EndDate": "20271201",
            "BusinessShortCode": SHORTCODE,
            "TransactionType": "Standing Order Customer Pay Bill",
            "ReceiverPartyIdentifierType": "4",
            "Amount": 500,
            "PartyA": TEST_MSISDN,
            "CallBackURL": url("/ratiba"),
            "AccountReference": "A1",
            "TransactionDesc": "Rent",
            "Frequency": "4",
        },
        "bonga_calculate_points": {"points": "40"},
        "bonga_redeem_paybill": {
            "msisdn": TEST_MSISDN,
            "amount": 8,
            "bongaPoints": "40",
            "conversionRate": "0.2",
            "shortCode": SHORTCODE,
            "accountNumber": "A1",
        },
        "bill_manager_opt_in": opt_in_body(daraja),
        "bill_manager_update_opt_in": opt_in_body(daraja),
        "bill_manager_send_invoice": invoice(),
        "bill_manager_send_bulk_invoices": [invoice("INV-2"), invoice("INV-3")],
        "bill_manager_reconcile": {
            "paymentDate": "2026-11-26",
            "paidAmount": 800,
            "accountReference": "ACC-42",
            "transactionId": "UKQ1234567",
            "phoneNumber": "0708374149",
            "fullName": "John Doe",
            "invoiceName": "Rent",
            "externalReference": "INV-1",
        },
        "bill_manager_cancel_invoice": {"externalReference": "INV-1"},
        "bill_manager_cancel_bulk_invoices": [{"externalReference": "INV-2"}],
    }
    samples["c2b_register_url_v2"] = samples["c2b_register_url"]
    samples["c2b_simulate_v2"] = samples["c2b_simulate"]
    if name == "query_stk_push_status":
        ack = daraja.post(OPERATIONS["initiate_stk_push"].path, stk).json()
        daraja.state.settle()
        return daraja.stk_query(ack["CheckoutRequestID"])
    return samples[name]


def opt_in_body(daraja: Daraja) -> dict[str, Any]:
    return {
        "shortcode": SHORTCODE,
        "email": "billing@example.com",
        "officialContact": "0708374149",
        "sendReminders": "1",
        "callbackurl": daraja.receiver.url("/bills"),
    }


def opt_in(daraja: Daraja) -> dict[str, str]:
    """Opt the shortcode in to Bill Manager and return the appKey header."""
    response = daraja.post(OPERATIONS["bill_manager_opt_in"].path, opt_in_body(daraja))
    return {"appKey": response.json()["app_key"]}


@pytest.mark.parametrize("name", [name for name in OPERATIONS if name != "get_access_token"])
def test_every_operation_answers_a_valid_request_with_its_response_model(
    daraja: Daraja, name: str
) -> None:
    op = OPERATIONS[name]
    headers = opt_in(daraja) if name in BILL_MANAGER_OPERATIONS - {"bill_manager_opt_in"} else {}
    if name in ("bill_manager_cancel_invoice", "bill_manager_cancel_bulk_invoices"):
        daraja.post(OPERATIONS["bill_manager_send_invoice"].path, invoice(), headers=headers)

    response = daraja.post(op.path, sample(daraja, name), headers=headers)

    assert response.status_code == 200, response.text
    op.response_model.model_validate(response.json())


@pytest.mark.parametrize(
    "name", [name for name, op in OPERATIONS.items() if op.callback is not None]
)
def test_every_callback_sent_parses_into_its_callback_model(daraja: Daraja, name: str) -> None:
    op = OPERATIONS[name]
    assert op.callback is not None
    headers = opt_in(daraja) if name == "bill_manager_update_opt_in" else {}
    response = daraja.post(op.path, sample(daraja, name), headers=headers)
    if op.group == "bill_manager":  # Bill Manager pushes payments against its invoices
        pay_an_invoice(daraja, headers or {"appKey": response.json()["app_key"]})

    assert daraja.state.settle()

    sender = "bill_manager_opt_in" if op.group == "bill_manager" else name
    sent = [d for d in daraja.state.deliveries() if d.operation == sender]
    assert sent, f"{name} sent no callback"
    for delivery in sent:
        op.callback.model.model_validate(delivery.body)


def pay_an_invoice(daraja: Daraja, headers: dict[str, str]) -> None:
    daraja.post(OPERATIONS["bill_manager_send_invoice"].path, invoice(), headers=headers)
    daraja.c2b_register("v2")
    daraja.post(
        OPERATIONS["c2b_simulate_v2"].path,
        {
            "ShortCode": SHORTCODE,
            "CommandID": "CustomerPayBillOnline",
            "Amount": 800,
            "Msisdn": TEST_MSISDN,
            "BillRefNumber": "ACC-42",
        },
    )


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_the_generic_builder_satisfies_every_response_model(name: str) -> None:
    op = OPERATIONS[name]

    op.response_model.model_validate(answer(op, plausible, code="0"))


def test_the_generic_builder_echoes_request_fields_and_takes_overrides() -> None:
    body = answer(
        OPERATIONS["check_sim_swap"],
        plausible,
        code="200",
        values={"requestRefID": "mine"},
        overrides={"lastSwapDate": "x"},
    )

    assert body["requestRefID"] == "mine"
    assert body["lastSwapDate"] == "x"
    assert body["responseCode"] == "200"


# Products with their own behaviour ---------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["b2c_payment_v1", "b2c_payment_with_validation", "b2pochi_payment"]
)
def test_the_other_b2c_products_pay_the_customer(daraja: Daraja, name: str) -> None:
    customer = daraja.state.customer_balance(TEST_MSISDN)

    daraja.post(OPERATIONS[name].path, sample(daraja, name))

    assert daraja.result()["ResultCode"] == 0
    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 100
    assert daraja.state.business_balance(B2C_SHORTCODE) == Decimal("999900.00")


def test_tax_remittance_pays_kra_from_the_working_account(daraja: Daraja) -> None:
    daraja.post(OPERATIONS["tax_remittance"].path, sample(daraja, "tax_remittance"))

    result = daraja.result()
    assert result["ResultCode"] == "0"
    assert daraja.state.business_balance("572572") == Decimal("1000500.00")
    assert daraja.state.business_balance(SHORTCODE, "Working Account") == Decimal("999500.00")
    assert parameters(result)["DebitPartyAffectedAccountBalance"].startswith(
        "Working Account|KES|999500.00|"
    )


def test_b2b_express_checkout_calls_back_with_the_receipt(daraja: Daraja) -> None:
    body = sample(daraja, "b2b_express_checkout")

    ack = daraja.post(OPERATIONS["b2b_express_checkout"].path, body).json()

    (callback,) = daraja.receiver.wait_for(1, path="/express")
    parsed = models.B2BExpressCallback.model_validate(callback)
    assert ack == {"code": "0", "status": "USSD Initiated Successfully"}
    assert parsed.result_code == "0" and parsed.status == "SUCCESS"
    assert parsed.request_id == body["RequestRefID"]
    assert parsed.amount == Decimal("71")


def test_a_cancelled_b2b_express_checkout_carries_the_payment_reference(daraja: Daraja) -> None:
    daraja.state.set_next_outcome("b2b_express_checkout", "4001")

    daraja.post(OPERATIONS["b2b_express_checkout"].path, sample(daraja, "b2b_express_checkout"))

    (callback,) = daraja.receiver.wait_for(1, path="/express")
    assert callback["resultCode"] == "4001"
    assert callback["resultDesc"] == "User cancelled transaction"
    assert callback["paymentReference"] == "PO-9"
    assert "transactionId" not in callback


def test_ratiba_confirms_the_standing_order_by_callback(daraja: Daraja) -> None:
    ack = daraja.post(
        OPERATIONS["create_standing_order"].path, sample(daraja, "create_standing_order")
    )

    (callback,) = daraja.receiver.wait_for(1, path="/ratiba")
    parsed = models.RatibaCallback.model_validate(callback)
    assert ack.json()["ResponseHeader"]["responseCode"] == "200"
    assert parsed.response_header.response_code == "0"
    data = {item["Name"]: item["Value"] for item in callback["ResponseBody"]["ResponseData"]}
    assert data["Status"] == "OKAY"
    assert data["Msisdn"] == "254******149"


def test_ratiba_refuses_a_second_order_with_the_same_name_with_1050(daraja: Daraja) -> None:
    body = sample(daraja, "create_standing_order")
    daraja.post(OPERATIONS["create_standing_order"].path, body)

    daraja.post(OPERATIONS["create_standing_order"].path, body)

    first, second = daraja.receiver.wait_for(2, path="/ratiba")
    assert first["ResponseHeader"]["responseCode"] == "0"
    assert second["ResponseHeader"]["responseCode"] == "1050"


def test_bill_manager_calls_need_the_app_key_from_opt_in(daraja: Daraja) -> None:
    response = daraja.post(
        OPERATIONS["bill_manager_send_invoice"].path, invoice(), headers={"appKey": "guess"}
    )

    assert response.status_code == 400
    assert response.json()["errorMessage"] == "Bad Request - Invalid appKey"


def test_a_payment_to_an_invoices_account_is_pushed_to_the_biller(daraja: Daraja) -> None:
    headers = opt_in(daraja)

    pay_an_invoice(daraja, headers)

    (push,) = daraja.receiver.wait_for(1, path="/bills")
    payment = models.BillManagerPayment.model_validate(push)
    assert payment.paid_amount == Decimal(800)
    assert payment.account_reference == "ACC-42"
    (confirmation,) = daraja.receiver.wait_for(1, path="/confirm")
    assert payment.transaction_id == confirmation["TransID"]


def test_a_paid_invoice_cannot_be_cancelled(daraja: Daraja) -> None:
    headers = opt_in(daraja)
    pay_an_invoice(daraja, headers)
    daraja.receiver.wait_for(1, path="/bills")

    response = daraja.post(
        OPERATIONS["bill_manager_cancel_invoice"].path,
        {"externalReference": "INV-1"},
        headers=headers,
    )

    assert response.status_code == 409
    assert response.json()["rescode"] == "409"


def test_an_external_reference_is_used_once(daraja: Daraja) -> None:
    headers = opt_in(daraja)
    daraja.post(OPERATIONS["bill_manager_send_invoice"].path, invoice(), headers=headers)

    response = daraja.post(OPERATIONS["bill_manager_send_invoice"].path, invoice(), headers=headers)

    assert response.status_code == 409


def test_pull_query_returns_the_shortcodes_customer_payments(daraja: Daraja) -> None:
    receipt = daraja.paid_stk(amount=25)

    answer = daraja.post(
        OPERATIONS["pull_transactions_query"].path, sample(daraja, "pull_transactions_query")
    ).json()

    (rows,) = answer["Response"]
    assert answer["ResponseCode"] == "1000"
    assert [(row["transactionId"], row["amount"]) for row in rows] == [(receipt, "25.0")]


def test_pull_query_without_payments_answers_1001(daraja: Daraja) -> None:
    answer = daraja.post(
        OPERATIONS["pull_transactions_query"].path, sample(daraja, "pull_transactions_query")
    ).json()

    assert answer["ResponseCode"] == "1001"
    assert answer["Transaction"] == "[[]]"


def test_bonga_points_are_worth_twenty_cents_each(daraja: Daraja) -> None:
    answer = daraja.post(OPERATIONS["bonga_calculate_points"].path, {"points": "40"}).json()

    assert Decimal(answer["body"]["amount"]) == Decimal("8.0")


def test_every_operation_with_its_own_behaviour_is_in_the_registry() -> None:
    assert set(HANDLERS) <= set(OPERATIONS)


def test_pull_query_reads_a_window_with_one_digit_hours_as_daraja_prints_them(
    daraja: Daraja,
) -> None:
    moment = datetime(2020, 8, 4, 9, 0, tzinfo=NAIROBI)
    daraja.state.record(
        Transaction(
            "SH40000001",
            "c2b_simulate_v2",
            Decimal(25),
            TEST_MSISDN,
            None,
            SHORTCODE,
            "Utility Account",
            "Completed",
            "0",
            "Success",
            moment,
        )
    )
    window = {"StartDate": "2020-08-04 8:36:00", "EndDate": "2020-08-04 10:10"}

    answer = daraja.post(
        OPERATIONS["pull_transactions_query"].path,
        sample(daraja, "pull_transactions_query") | window,
    ).json()

    (rows,) = answer["Response"]
    assert [row["transactionId"] for row in rows] == ["SH40000001"]


def test_a_transaction_status_query_without_either_identifier_is_refused(daraja: Daraja) -> None:
    response = daraja.post(OPERATIONS["query_transaction_status"].path, daraja.status())

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.002.02"
    assert response.json()["errorMessage"] == "Bad Request - Invalid TransactionID"


def test_an_account_balance_for_an_msisdn_identifier_type_is_refused(daraja: Daraja) -> None:
    body = daraja.balance() | {"IdentifierType": "1"}

    response = daraja.post(OPERATIONS["get_account_balance"].path, body)

    assert response.status_code == 400
    assert response.json()["errorMessage"] == "Bad Request - Invalid IdentifierType"
