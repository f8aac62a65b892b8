"""What a callback says of the request it names, as the ledger records it.

A request's own result is read by its code's category; the answer to a status query about a
request (route ``status``) speaks for the transaction asked about through ``TransactionStatus``,
and a query that found nothing leaves the request pending, never failed.
"""

from __future__ import annotations

import pytest

from mpesa import parse_callback
from mpesa.outcomes import callback_outcome
from mpesa.testing import canned_callback


def status_answer(state: str | None, code: str = "0") -> str:
    parameters = {"TransactionStatus": state, "ReceiptNo": "SKA1"} if state else None
    body = canned_callback("query_transaction_status", code, parameters=parameters)
    return callback_outcome(parse_callback(body), "status").status


@pytest.mark.parametrize(
    ("state", "status"),
    [
        ("Completed", "success"),
        ("Cancelled", "failed"),
        ("Declined", "failed"),
        ("Expired", "failed"),
        ("Initiated", "pending"),
        ("Pending Authorized", "pending"),
        ("Something new", "pending"),
    ],
)
def test_a_status_answer_speaks_for_the_transaction_asked_about(state: str, status: str) -> None:
    assert status_answer(state) == status


def test_a_status_query_that_found_nothing_leaves_the_request_pending() -> None:
    assert status_answer(None, "2032") == "pending"


def test_a_completed_transactions_receipt_is_kept() -> None:
    body = canned_callback(
        "query_transaction_status",
        parameters={"TransactionStatus": "Completed", "ReceiptNo": "SKA1"},
    )
    assert callback_outcome(parse_callback(body), "status").receipt == "SKA1"


def test_a_payouts_own_success_is_a_success_with_its_receipt() -> None:
    outcome = callback_outcome(parse_callback(canned_callback("b2c_payment")), "result")
    assert outcome.status == "success" and outcome.receipt is not None


def test_a_payouts_own_failure_is_a_failure() -> None:
    body = canned_callback("b2c_payment", "2001")
    assert callback_outcome(parse_callback(body), "result").status == "failed"


def test_a_cancelled_push_is_a_failure() -> None:
    body = canned_callback("initiate_stk_push", "1032")
    assert callback_outcome(parse_callback(body), "callback").status == "failed"


def test_a_queue_timeout_notice_says_nothing_certain() -> None:
    body = canned_callback("b2c_payment", "1")
    assert callback_outcome(parse_callback(body), "timeout").status == "unknown"
