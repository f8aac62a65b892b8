"""Steering the local Daraja: magic customer numbers, forced outcomes, injected faults."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from mpesa.sandbox import MAGIC, TEST_MSISDN
from mpesa.sandbox.outcomes import magic_result_code
from tests.sandbox.daraja_client import B2C_SHORTCODE, Daraja

STK = "/mpesa/stkpush/v1/processrequest"
B2C = "/mpesa/b2c/v3/paymentrequest"


def stk_result(daraja: Daraja, count: int = 1) -> list[dict[str, object]]:
    return [body["Body"]["stkCallback"] for body in daraja.receiver.wait_for(count, path="/stk")]


# Magic customer numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("msisdn", "code"), [(number, code) for number, code in MAGIC.items() if code != "2040"]
)
def test_a_magic_number_decides_the_stk_result_and_nothing_moves(
    daraja: Daraja, msisdn: str, code: str
) -> None:
    balance = daraja.state.customer_balance(msisdn)

    daraja.post(STK, daraja.stk(amount=10, phone=msisdn))

    (callback,) = stk_result(daraja)
    assert callback["ResultCode"] == int(code)
    assert "CallbackMetadata" not in callback
    assert daraja.state.customer_balance(msisdn) == balance


def test_cancelled_by_user_reads_as_daraja_words_it(daraja: Daraja) -> None:
    daraja.post(STK, daraja.stk(phone="254700001032"))

    (callback,) = stk_result(daraja)
    assert callback["ResultDesc"] == "Request cancelled by user"


@pytest.mark.parametrize(("msisdn", "code"), [("254700002001", 2001), ("254700002040", 2040)])
def test_a_magic_recipient_decides_the_b2c_result(daraja: Daraja, msisdn: str, code: int) -> None:
    utility = daraja.state.business_balance(B2C_SHORTCODE)

    daraja.post(B2C, daraja.b2c(phone=msisdn))

    assert daraja.result()["ResultCode"] == code
    assert daraja.state.business_balance(B2C_SHORTCODE) == utility


def test_a_magic_number_whose_code_means_nothing_for_the_operation_is_ordinary(
    daraja: Daraja,
) -> None:
    daraja.post(B2C, daraja.b2c(phone="254700001032"))

    assert daraja.result()["ResultCode"] == 0


def test_ordinary_numbers_are_not_magic() -> None:
    assert magic_result_code(TEST_MSISDN, ("stk", "generic")) is None
    assert magic_result_code("254700001032", ("stk", "generic")) == "1032"
    assert magic_result_code("254700001032", ("b2c", "generic")) is None


# Forced outcomes ---------------------------------------------------------------------------


def test_a_forced_outcome_applies_to_the_next_request_only(daraja: Daraja) -> None:
    daraja.state.set_next_outcome("initiate_stk_push", "1037")

    daraja.post(STK, daraja.stk(amount=10))
    stk_result(daraja)
    daraja.post(STK, daraja.stk(amount=10))

    first, second = stk_result(daraja, 2)
    assert first["ResultCode"] == 1037
    assert first["ResultDesc"] == "DS timeout user cannot be reached"
    assert second["ResultCode"] == 0


def test_a_forced_outcome_waits_for_its_operation(daraja: Daraja) -> None:
    daraja.state.set_next_outcome("b2c_payment", "2001")

    daraja.post(STK, daraja.stk())
    daraja.post(B2C, daraja.b2c())

    assert stk_result(daraja)[0]["ResultCode"] == 0
    assert daraja.result()["ResultCode"] == 2001


def test_a_forced_outcome_is_what_the_stk_query_reports(
    daraja: Daraja, monkeypatch: pytest.MonkeyPatch
) -> None:
    daraja.state.set_next_outcome(result_code="1032")
    ack = daraja.post(STK, daraja.stk()).json()
    daraja.state.settle()

    answer = daraja.post("/mpesa/stkpushquery/v1/query", daraja.stk_query(ack["CheckoutRequestID"]))

    assert answer.json()["ResultCode"] == "1032"
    assert answer.json()["ResultDesc"] == "Request cancelled by user"


def test_forcing_success_switches_the_magic_numbers_off(daraja: Daraja) -> None:
    daraja.state.set_next_outcome("initiate_stk_push", "0")

    daraja.post(STK, daraja.stk(phone="254700001032"))

    assert stk_result(daraja)[0]["ResultCode"] == 0


def test_a_forced_outcome_can_carry_its_own_description(daraja: Daraja) -> None:
    daraja.state.set_next_outcome(
        "b2c_payment", "SFC_IC0003", result_desc="The operator does not exist"
    )

    daraja.post(B2C, daraja.b2c())

    result = daraja.result()
    assert (result["ResultCode"], result["ResultDesc"]) == (
        "SFC_IC0003",
        "The operator does not exist",
    )


def test_a_forced_outcome_for_an_unknown_operation_is_refused(daraja: Daraja) -> None:
    with pytest.raises(ValueError, match="unknown operation"):
        daraja.state.set_next_outcome("pay_everyone", "0")


def test_the_next_outcome_can_be_forced_over_http(daraja: Daraja) -> None:
    control = daraja.http.post(
        "/sandbox/control/next-outcome", json={"operation": "b2c_payment", "result_code": "2001"}
    )

    daraja.post(B2C, daraja.b2c())

    assert control.status_code == 200
    assert daraja.result()["ResultCode"] == 2001


# Faults ------------------------------------------------------------------------------------


def test_latency_delays_the_answer_past_a_short_client_timeout(daraja: Daraja) -> None:
    daraja.state.inject_fault("latency", operation="check_sim_swap", seconds=1.0)
    token = daraja.token()

    with pytest.raises(httpx.ReadTimeout):
        daraja.http.post(
            "/imsi/v2/checkATI",
            json={"customerNumber": TEST_MSISDN},
            headers={"Authorization": f"Bearer {token}"},
            timeout=0.1,
        )


def test_http_503_answers_without_a_daraja_envelope_and_processes_nothing(daraja: Daraja) -> None:
    daraja.state.inject_fault("http_503")

    response = daraja.post(B2C, daraja.b2c())

    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    assert daraja.state.transactions() == []


def test_spike_arrest_answers_500_003_02_and_processes_nothing(daraja: Daraja) -> None:
    daraja.state.inject_fault("spike_arrest")

    response = daraja.post(B2C, daraja.b2c())

    assert response.status_code == 500
    assert response.json()["errorCode"] == "500.003.02"
    assert response.json()["errorMessage"] == "Spike Arrest Violation"
    assert daraja.state.transactions() == []


def test_a_dropped_connection_leaves_the_payment_made(daraja: Daraja) -> None:
    daraja.state.inject_fault("drop_connection", operation="b2c_payment")
    customer = daraja.state.customer_balance(TEST_MSISDN)

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        daraja.post(B2C, daraja.b2c(amount=700))

    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 700
    assert daraja.result()["ResultCode"] == 0


def test_a_duplicate_callback_arrives_twice(daraja: Daraja) -> None:
    daraja.state.inject_fault("duplicate_callback", operation="initiate_stk_push")

    daraja.post(STK, daraja.stk())

    first, second = daraja.receiver.wait_for(2, path="/stk")
    assert first == second


def test_a_late_callback_is_held_back_until_its_delay(daraja: Daraja) -> None:
    daraja.state.inject_fault("late_callback", seconds=30.0)

    daraja.post(B2C, daraja.b2c())

    assert not daraja.state.wait_idle(timeout=0.3)
    assert daraja.receiver.bodies == []
    assert daraja.state.settle()
    assert daraja.result()["ResultCode"] == 0


def test_a_lost_callback_is_never_sent_though_the_money_moves(daraja: Daraja) -> None:
    daraja.state.inject_fault("lost_callback")
    customer = daraja.state.customer_balance(TEST_MSISDN)

    daraja.post(B2C, daraja.b2c(amount=100))

    assert daraja.state.wait_idle()
    assert daraja.receiver.bodies == []
    assert daraja.state.deliveries()[-1].lost
    assert daraja.state.customer_balance(TEST_MSISDN) == customer + 100


def test_a_fault_lasts_for_its_count_of_requests(daraja: Daraja) -> None:
    daraja.state.inject_fault("spike_arrest", count=2)

    statuses = [daraja.post(B2C, daraja.b2c()).status_code for _ in range(3)]

    assert statuses == [500, 500, 200]


def test_a_fault_for_one_operation_spares_the_others(daraja: Daraja) -> None:
    daraja.state.inject_fault("spike_arrest", operation="b2c_payment")

    assert daraja.post(STK, daraja.stk()).status_code == 200
    assert daraja.post(B2C, daraja.b2c()).status_code == 500


def test_a_fault_for_any_operation_spares_the_token_request(daraja: Daraja) -> None:
    daraja.state.inject_fault("http_503")

    assert daraja.oauth().status_code == 200
    assert daraja.post(B2C, daraja.b2c()).status_code == 503


def test_faults_can_be_injected_and_cleared_over_http(daraja: Daraja) -> None:
    daraja.http.post("/sandbox/control/fault", json={"kind": "spike_arrest", "count": None})
    refused = daraja.post(B2C, daraja.b2c()).status_code
    daraja.http.delete("/sandbox/control/fault")

    assert refused == 500
    assert daraja.post(B2C, daraja.b2c()).status_code == 200


def test_an_unknown_fault_kind_is_refused_over_http(daraja: Daraja) -> None:
    response = daraja.http.post("/sandbox/control/fault", json={"kind": "gremlins"})

    assert response.status_code == 400
    assert "gremlins" in response.json()["error"]


# Inspection and reset over HTTP ------------------------------------------------------------


def test_transactions_are_listed_with_exact_amounts(daraja: Daraja) -> None:
    receipt = daraja.paid_stk(amount=10)

    listed = daraja.http.get("/sandbox/transactions").json()["transactions"]

    assert [(txn["receipt"], txn["amount"], txn["status"]) for txn in listed] == [
        (receipt, "10.00", "Completed")
    ]


def test_reset_forgets_transactions_and_restores_balances(daraja: Daraja) -> None:
    opening = daraja.state.customer_balance(TEST_MSISDN)
    daraja.paid_stk(amount=10)

    daraja.http.post("/sandbox/control/reset")

    assert daraja.http.get("/sandbox/transactions").json() == {"transactions": []}
    assert daraja.state.customer_balance(TEST_MSISDN) == opening


def test_callbacks_sent_are_listed(daraja: Daraja) -> None:
    daraja.paid_stk()

    (delivery,) = daraja.http.get("/sandbox/callbacks").json()["callbacks"]

    assert delivery["operation"] == "initiate_stk_push"
    assert delivery["status_code"] == 200
    assert delivery["url"] == daraja.receiver.url("/stk")


def test_balances_and_the_certificate_are_published(daraja: Daraja) -> None:
    daraja.paid_stk(amount=10)

    balances = daraja.http.get("/sandbox/balances").json()
    certificate = daraja.http.get("/sandbox/certificate").content

    assert Decimal(balances["customers"][TEST_MSISDN]) == daraja.state.customer_balance(TEST_MSISDN)
    assert certificate == daraja.sandbox.certificate_pem


def test_settle_over_http_delivers_what_is_pending(
    daraja: Daraja, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(daraja.state, "stk_delay", 60.0)
    daraja.post(STK, daraja.stk())

    settled = daraja.http.post("/sandbox/control/settle").json()

    assert settled == {"settled": True}
    assert len(daraja.receiver.bodies_for("/stk")) == 1


def test_a_result_sent_to_the_sandbox_inbox_is_listed(daraja: Daraja) -> None:
    result_url = daraja.sandbox.inbox_url("result")

    daraja.post(B2C, daraja.b2c(ResultURL=result_url))
    daraja.state.settle()

    (received,) = daraja.http.get("/sandbox/inbox").json()["received"]
    assert received["path"] == "/sandbox/inbox/result"
    assert received["body"]["Result"]["ResultCode"] == 0


def test_the_sandbox_inbox_accepts_what_is_posted_to_it(daraja: Daraja) -> None:
    reply = daraja.http.post("/sandbox/inbox/validation", json={"TransID": "UL2X"})

    assert reply.json() == {"ResultCode": 0, "ResultDesc": "Accepted"}
    assert [item.body for item in daraja.state.inbox()] == [{"TransID": "UL2X"}]


def test_reset_empties_the_sandbox_inbox(daraja: Daraja) -> None:
    daraja.http.post("/sandbox/inbox/callback", json={})

    daraja.http.post("/sandbox/control/reset")

    assert daraja.http.get("/sandbox/inbox").json() == {"received": []}
