"""The local Daraja over real HTTP: gateway behaviour and the money-moving flows."""

from __future__ import annotations

import hashlib
import signal
import socket
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from mpesa import OPERATIONS, models
from mpesa.sandbox import TEST_MSISDN, CallbackReceiver, LocalDaraja
from tests.sandbox.daraja_client import (
    B2C_SHORTCODE,
    RECEIVER_SHORTCODE,
    SHORTCODE,
    Daraja,
    parameters,
)

# OAuth and tokens --------------------------------------------------------------------------


def test_oauth_issues_a_28_character_token_with_expires_in_3599_as_text(daraja: Daraja) -> None:
    response = daraja.oauth()

    assert response.status_code == 200
    body = response.json()
    assert len(body["access_token"]) == 28
    assert body["expires_in"] == "3599"
    models.AccessTokenResponse.model_validate(body)


def test_oauth_refuses_a_wrong_consumer_secret(daraja: Daraja) -> None:
    response = daraja.oauth(daraja.basic_auth(secret="wrong"))

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.008.01"
    assert set(response.json()) == {"requestId", "errorCode", "errorMessage"}


def test_oauth_without_basic_auth_is_an_invalid_authentication_type(daraja: Daraja) -> None:
    response = daraja.oauth("Bearer something")

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.008.01"
    assert response.json()["errorMessage"] == "Invalid authentication type passed"


def test_oauth_refuses_other_grant_types(daraja: Daraja) -> None:
    response = daraja.oauth(grant_type="password")

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.008.02"


@pytest.mark.parametrize(
    ("operation", "status", "code"),
    [
        ("initiate_stk_push", 404, "404.001.03"),
        ("b2c_payment", 401, "401.002.01"),
        ("query_transaction_status", 400, "400.003.01"),
        ("c2b_register_url", 400, "400.003.01"),
    ],
)
def test_a_missing_token_gets_the_operations_own_invalid_token_code(
    daraja: Daraja, operation: str, status: int, code: str
) -> None:
    response = daraja.http.post(OPERATIONS[operation].path, json={})

    assert response.status_code == status
    assert response.json()["errorCode"] == code


def test_an_expired_token_is_refused(daraja: Daraja, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(daraja.state, "token_lifetime", 0.0)
    expired = daraja.oauth().json()["access_token"]

    response = daraja.post("/mpesa/b2c/v3/paymentrequest", daraja.b2c(), token=expired)

    assert response.status_code == 401
    assert response.json()["errorCode"] == "401.002.01"
    assert expired not in response.text


def test_a_token_unknown_to_the_sandbox_is_refused(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(), token="x" * 28)

    assert response.json()["errorCode"] == "404.001.03"


# Gateway validation ------------------------------------------------------------------------


def test_an_invalid_field_is_named_in_the_error(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(amount=0))

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.002.02"
    assert response.json()["errorMessage"] == "Bad Request - Invalid Amount"


def test_a_missing_field_is_named_in_the_error(daraja: Daraja) -> None:
    body = daraja.b2c()
    del body["PartyB"]

    response = daraja.post("/mpesa/b2c/v3/paymentrequest", body)

    assert response.json()["errorMessage"] == "Bad Request - Invalid PartyB"


def test_the_correctly_spelled_receiver_identifier_type_is_refused(daraja: Daraja) -> None:
    body = daraja.b2b()
    body["ReceiverIdentifierType"] = body.pop("RecieverIdentifierType")

    response = daraja.post("/mpesa/b2b/v1/paymentrequest", body)

    assert response.json()["errorMessage"] == "Bad Request - Invalid RecieverIdentifierType"


def test_numeric_fields_may_be_sent_as_json_numbers(daraja: Daraja) -> None:
    body = daraja.stk(
        PartyA=int(TEST_MSISDN), PartyB=int(SHORTCODE), BusinessShortCode=int(SHORTCODE)
    )

    response = daraja.post("/mpesa/stkpush/v1/processrequest", body)

    assert response.status_code == 200, response.text


def test_a_b2c_body_with_numbers_for_digit_text_and_text_for_the_amount_pays_out(
    daraja: Daraja,
) -> None:
    customer = daraja.state.customer_balance(TEST_MSISDN)
    body = daraja.b2c(Amount="1500", PartyA=int(B2C_SHORTCODE), PartyB=int(TEST_MSISDN))

    response = daraja.post("/mpesa/b2c/v3/paymentrequest", body)

    assert response.status_code == 200, response.text
    daraja.result()
    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 1500
    (txn,) = daraja.state.transactions()
    assert (txn.debit_party, txn.credit_party) == (B2C_SHORTCODE, TEST_MSISDN)


@pytest.mark.parametrize("amount", [" 1500", "1500.0", "1e3", True])
def test_an_amount_that_is_not_a_whole_number_in_digits_is_refused(
    daraja: Daraja, amount: object
) -> None:
    response = daraja.post("/mpesa/b2c/v3/paymentrequest", daraja.b2c(Amount=amount))

    assert response.json()["errorMessage"] == "Bad Request - Invalid Amount"


def test_a_text_field_daraja_takes_only_as_text_refuses_a_number(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(AccountReference=12345))

    assert response.json()["errorMessage"] == "Bad Request - Invalid AccountReference"


def test_an_unparseable_body_is_an_invalid_request_payload(daraja: Daraja) -> None:
    response = daraja.http.post(
        "/mpesa/b2c/v3/paymentrequest",
        content=b"{not json",
        headers={"Authorization": f"Bearer {daraja.token()}", "Content-Type": "application/json"},
    )

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.002.05"
    assert response.json()["errorMessage"] == "Invalid Request Payload"


def test_a_body_without_json_content_type_fails_on_its_first_field(daraja: Daraja) -> None:
    response = daraja.http.post(
        "/mpesa/stkpush/v1/processrequest",
        content=b'{"a": 1}',
        headers={"Authorization": f"Bearer {daraja.token()}", "Content-Type": "text/plain"},
    )

    assert response.json()["errorMessage"] == "Bad Request - Invalid BusinessShortCode"


def test_an_unknown_path_is_resource_not_found(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/nothing/v1/here", {})

    assert response.status_code == 404
    assert response.json()["errorCode"] == "404.001.01"


def test_a_wrong_method_is_method_not_allowed(daraja: Daraja) -> None:
    response = daraja.http.get("/mpesa/stkpush/v1/processrequest")

    assert response.status_code == 405
    assert response.json() | {"requestId": ""} == {
        "requestId": "",
        "errorCode": "405.001",
        "errorMessage": "GET Method Not Allowed",
    }


def test_an_unknown_command_id_on_the_shared_b2b_path_is_refused(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/b2b/v1/paymentrequest", daraja.b2b(command="BusinessPayToMars"))

    assert response.json()["errorMessage"] == "Bad Request - Invalid CommandID"


def test_a_reused_originator_conversation_id_is_refused_and_not_paid(daraja: Daraja) -> None:
    body = daraja.b2c(amount=100)
    daraja.post("/mpesa/b2c/v3/paymentrequest", body)
    daraja.result()
    before = daraja.state.customer_balance(TEST_MSISDN)

    response = daraja.post("/mpesa/b2c/v3/paymentrequest", body)

    assert response.status_code == 500
    assert response.json()["errorCode"] == "500.002.1001"
    assert daraja.state.customer_balance(TEST_MSISDN) == before


# M-Pesa Express ----------------------------------------------------------------------------


def test_stk_push_is_acknowledged_and_its_callback_parses_as_stk_callback(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(amount=10))

    ack = models.StkPushResponse.model_validate(response.json())
    (body,) = daraja.receiver.wait_for(1, path="/stk")
    callback = models.StkCallback.model_validate(body).body.stk_callback
    assert ack.response_code == "0"
    assert callback.checkout_request_id == ack.checkout_request_id
    assert callback.merchant_request_id == ack.merchant_request_id
    assert callback.result_code == 0
    items = {
        item["Name"]: item.get("Value")
        for item in body["Body"]["stkCallback"]["CallbackMetadata"]["Item"]
    }
    assert items["Amount"] == 10
    assert items["PhoneNumber"] == int(TEST_MSISDN)
    assert len(items["MpesaReceiptNumber"]) == 10
    assert len(str(items["TransactionDate"])) == 14


def test_stk_push_moves_money_from_the_customer_to_the_paybill(daraja: Daraja) -> None:
    customer = daraja.state.customer_balance(TEST_MSISDN)
    paybill = daraja.state.business_balance(SHORTCODE)

    receipt = daraja.paid_stk(amount=250)

    assert daraja.state.customer_balance(TEST_MSISDN) == customer - 250
    assert daraja.state.business_balance(SHORTCODE) == paybill + 250
    (txn,) = daraja.state.transactions()
    assert txn.receipt == receipt and txn.amount == Decimal(250)


def test_stk_query_is_pending_until_the_customer_answers(
    daraja: Daraja, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(daraja.state, "stk_delay", 60.0)
    ack = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk()).json()
    query = daraja.stk_query(ack["CheckoutRequestID"])

    pending = daraja.post("/mpesa/stkpushquery/v1/query", query)
    daraja.state.settle()
    resolved = daraja.post("/mpesa/stkpushquery/v1/query", query)

    assert pending.status_code == 500
    assert pending.json()["errorCode"] == "500.001.1001"
    assert pending.json()["errorMessage"] == "The transaction is being processed"
    assert resolved.status_code == 200
    answer = models.StkQueryResponse.model_validate(resolved.json())
    assert answer.result_code == "0"
    assert answer.checkout_request_id == ack["CheckoutRequestID"]


def test_stk_query_of_an_unknown_checkout_request_is_invalid(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpushquery/v1/query", daraja.stk_query("ws_CO_unknown"))

    assert response.json()["errorMessage"] == "Bad Request - Invalid CheckoutRequestID"


def test_stk_push_with_a_wrong_password_is_wrong_credentials(daraja: Daraja) -> None:
    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(Password="bm9wZQ=="))

    assert response.status_code == 500
    assert response.json()["errorCode"] == "500.001.1001"
    assert response.json()["errorMessage"] == "Wrong credentials"


def test_stk_push_with_an_impossible_timestamp_is_an_invalid_timestamp(daraja: Daraja) -> None:
    response = daraja.post(
        "/mpesa/stkpush/v1/processrequest", daraja.stk(Timestamp="20241399999999")
    )

    assert response.json()["errorMessage"] == "Bad Request - Invalid Timestamp"


def test_a_second_push_to_a_phone_with_an_open_prompt_cannot_lock_the_subscriber(
    daraja: Daraja, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(daraja.state, "stk_delay", 60.0)
    daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk())

    response = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk())

    assert response.status_code == 500
    assert response.json()["errorMessage"].startswith("Unable to lock subscriber")


def test_stk_push_beyond_the_customers_balance_fails_with_result_1(daraja: Daraja) -> None:
    daraja.state.set_customer_balance(TEST_MSISDN, Decimal("5.00"))

    daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stk(amount=10))

    (body,) = daraja.receiver.wait_for(1, path="/stk")
    assert body["Body"]["stkCallback"]["ResultCode"] == 1
    assert "CallbackMetadata" not in body["Body"]["stkCallback"]
    assert daraja.state.customer_balance(TEST_MSISDN) == Decimal("5.00")


# B2C ---------------------------------------------------------------------------------------


def test_b2c_moves_money_and_its_result_callback_parses_as_result_callback(daraja: Daraja) -> None:
    utility = daraja.state.business_balance(B2C_SHORTCODE)
    customer = daraja.state.customer_balance(TEST_MSISDN)
    body = daraja.b2c(amount=1500)

    ack = daraja.post("/mpesa/b2c/v3/paymentrequest", body).json()

    result = models.ResultCallback.model_validate({"Result": daraja.result()}).result
    assert ack["ResponseCode"] == "0"
    assert result.result_code == 0
    assert result.originator_conversation_id == body["OriginatorConversationID"]
    assert result.conversation_id == ack["ConversationID"]
    values = parameters(daraja.receiver.bodies_for("/result")[0]["Result"])
    assert values["TransactionAmount"] == 1500
    assert values["TransactionReceipt"] == result.transaction_id
    assert Decimal(str(values["B2CUtilityAccountAvailableFunds"])) == utility - 1500
    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 1500


def test_b2c_with_a_wrong_initiator_password_is_accepted_then_fails_with_2001(
    daraja: Daraja,
) -> None:
    utility = daraja.state.business_balance(B2C_SHORTCODE)
    body = daraja.b2c(SecurityCredential=daraja.credential("not-the-password"))

    response = daraja.post("/mpesa/b2c/v3/paymentrequest", body)

    assert response.status_code == 200
    result = daraja.result()
    assert result["ResultCode"] == 2001
    assert result["ResultDesc"] == "The initiator information is invalid."
    assert "ResultParameters" not in result
    assert daraja.state.business_balance(B2C_SHORTCODE) == utility


def test_b2c_beyond_the_utility_balance_fails_with_result_1(daraja: Daraja) -> None:
    daraja.state.set_business_balance(B2C_SHORTCODE, Decimal("99.00"))

    daraja.post("/mpesa/b2c/v3/paymentrequest", daraja.b2c(amount=100))

    assert daraja.result()["ResultCode"] == 1
    assert daraja.state.business_balance(B2C_SHORTCODE) == Decimal("99.00")


# B2B family --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "operation"),
    [
        ("BusinessPayBill", "business_pay_bill"),
        ("BusinessBuyGoods", "business_buy_goods"),
        ("BusinessPayToBulk", "b2c_account_top_up"),
    ],
)
def test_the_shared_b2b_path_dispatches_by_command_id_and_moves_working_to_utility(
    daraja: Daraja, command: str, operation: str
) -> None:
    working = daraja.state.business_balance(SHORTCODE, "Working Account")
    receiver = daraja.state.business_balance(RECEIVER_SHORTCODE)
    body = daraja.b2b(command=command, amount=500)
    if command == "BusinessPayToBulk":
        body.pop("AccountReference")

    daraja.post("/mpesa/b2b/v1/paymentrequest", body)

    result = daraja.result()
    assert result["ResultCode"] == "0"
    assert daraja.state.transactions()[-1].operation == operation
    assert daraja.state.business_balance(SHORTCODE, "Working Account") == working - 500
    assert daraja.state.business_balance(RECEIVER_SHORTCODE) == receiver + 500
    assert parameters(result)["Amount"] == "500.00"


# Account balance, transaction status, reversal ---------------------------------------------


def test_account_balance_reports_the_real_balances_in_darajas_format(daraja: Daraja) -> None:
    daraja.state.set_business_balance(SHORTCODE, Decimal("228037.00"))
    daraja.state.set_business_balance(SHORTCODE, Decimal("700000.00"), "Working Account")

    daraja.post("/mpesa/accountbalance/v1/query", daraja.balance())

    result = daraja.result()
    assert result["ResultCode"] == "0"
    assert parameters(result)["AccountBalance"] == (
        "Working Account|KES|700000.00|700000.00|0.00|0.00"
        "&Float Account|KES|0.00|0.00|0.00|0.00"
        "&Utility Account|KES|228037.00|228037.00|0.00|0.00"
        "&Charges Paid Account|KES|0.00|0.00|0.00|0.00"
        "&Organization Settlement Account|KES|0.00|0.00|0.00|0.00"
    )


def test_transaction_status_finds_a_payment_by_receipt(daraja: Daraja) -> None:
    receipt = daraja.paid_stk(amount=42)

    daraja.post("/mpesa/transactionstatus/v1/query", daraja.status(TransactionID=receipt))

    result = daraja.result()
    values = parameters(result)
    assert result["ResultCode"] == 0
    assert values["ReceiptNo"] == receipt
    assert values["TransactionStatus"] == "Completed"
    assert values["Amount"] == 42


def test_transaction_status_finds_a_payment_by_originator_conversation_id(daraja: Daraja) -> None:
    body = daraja.b2c(amount=300)
    daraja.post("/mpesa/b2c/v3/paymentrequest", body)
    receipt = daraja.result()["TransactionID"]
    daraja.receiver.clear()

    daraja.post(
        "/mpesa/transactionstatus/v1/query",
        daraja.status(OriginalConversationID=body["OriginatorConversationID"]),
    )

    assert parameters(daraja.result())["ReceiptNo"] == receipt


def test_transaction_status_of_an_unknown_receipt_is_2032(daraja: Daraja) -> None:
    daraja.post("/mpesa/transactionstatus/v1/query", daraja.status(TransactionID="UKA0000XYZ"))

    result = daraja.result()
    assert result["ResultCode"] == 2032
    assert result["ResultDesc"] == "The transaction receipt number does not exist."


def test_reversal_returns_a_customer_payment(daraja: Daraja) -> None:
    receipt = daraja.paid_stk(amount=80)
    customer = daraja.state.customer_balance(TEST_MSISDN)

    daraja.post("/mpesa/reversal/v1/request", daraja.reversal(receipt, 80))

    result = daraja.result()
    assert result["ResultCode"] == 0
    assert parameters(result)["OriginalTransactionID"] == receipt
    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 80
    reversal = daraja.state.transactions()[-1]
    assert reversal.reversal_of == receipt and reversal.receipt == result["TransactionID"]


def test_reversal_of_an_unknown_receipt_is_r000002(daraja: Daraja) -> None:
    daraja.post("/mpesa/reversal/v1/request", daraja.reversal("UKA1234567", 10))

    result = daraja.result()
    assert result["ResultCode"] == "R000002"
    assert result["ResultDesc"] == "The OriginalTransactionID is invalid."
    assert result["TransactionID"].endswith("0000000")


def test_reversing_twice_is_r000001_and_returns_the_money_once(daraja: Daraja) -> None:
    receipt = daraja.paid_stk(amount=80)
    daraja.post("/mpesa/reversal/v1/request", daraja.reversal(receipt, 80))
    daraja.result()
    daraja.receiver.clear()
    customer = daraja.state.customer_balance(TEST_MSISDN)

    daraja.post("/mpesa/reversal/v1/request", daraja.reversal(receipt, 80))

    assert daraja.result()["ResultCode"] == "R000001"
    assert daraja.state.customer_balance(TEST_MSISDN) == customer


def test_a_b2c_payment_cannot_be_reversed(daraja: Daraja) -> None:
    daraja.post("/mpesa/b2c/v3/paymentrequest", daraja.b2c(amount=100))
    receipt = daraja.result()["TransactionID"]
    daraja.receiver.clear()

    daraja.post("/mpesa/reversal/v1/request", daraja.reversal(receipt, 100, B2C_SHORTCODE))

    assert daraja.result()["ResultCode"] == "R000002"


# C2B ---------------------------------------------------------------------------------------


def test_c2b_v2_asks_validation_then_confirms_with_a_masked_msisdn(daraja: Daraja) -> None:
    assert daraja.c2b_register("v2").json()["ResponseCode"] == "0"
    paybill = daraja.state.business_balance(SHORTCODE)

    ack = daraja.c2b_simulate(amount=75)

    assert ack.status_code == 200
    (validation,) = daraja.receiver.wait_for(1, path="/validate")
    (confirmation,) = daraja.receiver.wait_for(1, path="/confirm")
    models.C2BValidation.model_validate(validation)
    parsed = models.C2BConfirmation.model_validate(confirmation)
    assert validation["MSISDN"] == "2547 ***** 149"
    assert validation["OrgAccountBalance"] == ""
    assert parsed.trans_amount == Decimal(75)
    assert parsed.trans_id == validation["TransID"]
    assert Decimal(confirmation["OrgAccountBalance"]) == paybill + 75
    assert daraja.state.business_balance(SHORTCODE) == paybill + 75


def test_c2b_v1_urls_receive_a_sha256_hashed_msisdn(daraja: Daraja) -> None:
    daraja.c2b_register("v1")

    daraja.c2b_simulate(version="v1")

    (confirmation,) = daraja.receiver.wait_for(1, path="/confirm")
    assert confirmation["MSISDN"] == hashlib.sha256(TEST_MSISDN.encode()).hexdigest()


def test_a_rejected_c2b_validation_moves_no_money_and_sends_no_confirmation(daraja: Daraja) -> None:
    daraja.c2b_register("v2")
    daraja.receiver.reply("/validate", {"ResultCode": "C2B00012", "ResultDesc": "Rejected"})
    customer = daraja.state.customer_balance(TEST_MSISDN)

    daraja.c2b_simulate()

    daraja.receiver.wait_for(1, path="/validate")
    assert daraja.state.wait_idle()
    assert daraja.receiver.bodies_for("/confirm") == []
    assert daraja.state.customer_balance(TEST_MSISDN) == customer
    assert daraja.state.transactions()[-1].result_code == "C2B00012"


def test_the_merchants_third_party_trans_id_is_echoed_in_the_confirmation(daraja: Daraja) -> None:
    daraja.c2b_register("v2")
    daraja.receiver.reply(
        "/validate", {"ResultCode": "0", "ResultDesc": "Accepted", "ThirdPartyTransID": "ORD-9"}
    )

    daraja.c2b_simulate()

    (confirmation,) = daraja.receiver.wait_for(1, path="/confirm")
    assert confirmation["ThirdPartyTransID"] == "ORD-9"


def test_an_unanswered_validation_falls_back_to_the_registered_response_type(
    daraja: Daraja,
) -> None:
    daraja.c2b_register("v2", response_type="Cancelled")
    daraja.receiver.reply("/validate", "down for maintenance", status=503)

    daraja.c2b_simulate()

    daraja.receiver.wait_for(1, path="/validate")
    assert daraja.state.wait_idle()
    assert daraja.receiver.bodies_for("/confirm") == []


def test_c2b_without_registered_urls_completes_without_callbacks(daraja: Daraja) -> None:
    paybill = daraja.state.business_balance(SHORTCODE)

    daraja.c2b_simulate(amount=30)

    assert daraja.state.wait_idle()
    assert daraja.receiver.bodies == []
    assert daraja.state.business_balance(SHORTCODE) == paybill + 30


# The servers -------------------------------------------------------------------------------


def test_local_daraja_config_points_an_adapter_config_at_it() -> None:
    with LocalDaraja() as sandbox:
        config = sandbox.config(callback_url="http://127.0.0.1:9/cb")
        base_url = sandbox.base_url

    assert config.base_url == base_url
    assert config.consumer_key == sandbox.consumer_key
    assert config.business_shortcode == "174379"
    assert config.certificate == sandbox.certificate_pem
    assert config.callback_url == "http://127.0.0.1:9/cb"


def test_local_daraja_stops_listening_when_the_block_ends() -> None:
    with LocalDaraja() as sandbox:
        port = int(sandbox.base_url.rsplit(":", 1)[1])
        assert httpx.get(sandbox.base_url + "/sandbox/transactions").status_code == 200

    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_callback_receiver_collects_bodies_and_replies_per_path() -> None:
    with CallbackReceiver() as receiver:
        receiver.reply("/v", {"ResultCode": "C2B00011"}, status=200)

        first = httpx.post(receiver.url("/v"), json={"a": 1})
        second = httpx.post(receiver.url("/other"), json={"b": 2})

        assert receiver.wait_for(2) == [{"a": 1}, {"b": 2}]
        assert first.json() == {"ResultCode": "C2B00011"}
        assert second.json() == {"ResultCode": 0, "ResultDesc": "Accepted"}
        assert receiver.bodies_for("/other") == [{"b": 2}]


def test_callback_receiver_wait_for_reports_a_shortfall() -> None:
    with CallbackReceiver() as receiver, pytest.raises(TimeoutError, match="expected 1"):
        receiver.wait_for(1, timeout=0.05)


def test_python_m_mpesa_sandbox_serves_in_the_foreground_until_interrupted(
    tmp_path: Path,
) -> None:
    certificate = tmp_path / "cert.pem"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mpesa.sandbox",
            "--port",
            "0",
            "--certificate-out",
            str(certificate),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(10)]
        base_url = banner[0].rsplit(" ", 1)[1].strip()
        listed = httpx.get(base_url + "/sandbox/transactions").json()
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert banner[0].startswith("# Local Daraja listening on http://127.0.0.1:")
    assert any(line.startswith("export MPESA_CONSUMER_KEY=") for line in banner)
    assert listed == {"transactions": []}
    assert certificate.read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    assert process.returncode == 0
