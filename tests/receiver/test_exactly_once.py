"""Duplicate deliveries are acknowledged, but handlers and events run once; a handler that
raises runs again on the next delivery."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from mpesa import EventNameConstants
from mpesa.callbacks import Callback
from mpesa.ledger import SQLiteLedger
from mpesa.receiver import REJECT
from mpesa.testing import canned_callback
from tests.receiver.conftest import Site, site_for

STK = canned_callback("initiate_stk_push")
RECEIVED = EventNameConstants.CALLBACK_RECEIVED


def c2b(balance: str) -> dict[str, Any]:
    """One C2B payment's body: a validation with a blank balance, else its confirmation."""
    return {
        "TransactionType": "Pay Bill",
        "TransID": "RKTQDM7W6S",
        "TransTime": "20191122063845",
        "TransAmount": "10",
        "BusinessShortCode": "600638",
        "BillRefNumber": "invoice008",
        "OrgAccountBalance": balance,
        "MSISDN": "2547 ***** 126",
    }


@pytest.mark.parametrize("in_thread", [False, True], ids=["on the loop", "in threads"])
def test_ten_duplicate_deliveries_give_one_handler_call_one_event_and_one_outcome(
    ledger: SQLiteLedger, in_thread: bool
) -> None:
    with site_for(ledger, in_thread=in_thread) as site, ThreadPoolExecutor(10) as pool:
        responses = list(pool.map(lambda _: site.post("callback", STK), range(10)))
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert len(site.handled) == 1
    assert len(site.events.of(RECEIVED)) == 1
    assert len(site.events.of(EventNameConstants.STK_PUSH_SUCCESS)) == 1
    (row,) = site.callbacks()
    assert (row["deliveries"], row["status"]) == (10, "success")


def test_without_handlers_a_callback_is_stored_answered_in_one_step_and_published_once(
    ledger: SQLiteLedger,
) -> None:
    with site_for(ledger, handlers=False) as site, ThreadPoolExecutor(10) as pool:
        responses = list(pool.map(lambda _: site.post("callback", STK), range(10)))
    assert {r.status_code for r in responses} == {200}
    assert len(site.events.of(RECEIVED)) == 1
    (row,) = site.callbacks()
    assert (row["deliveries"], row["reply"]) == (10, responses[0].content)


def test_a_c2b_validation_is_never_a_duplicate_of_its_confirmation(site: Site) -> None:
    assert site.post("validation", c2b(balance="")).status_code == 200
    assert site.post("confirmation", c2b(balance="49197.00")).status_code == 200
    assert [c.kind for c in site.handled] == ["c2b_validation", "c2b_confirmation"]
    assert [row["deliveries"] for row in site.callbacks()] == [1, 1]


def test_a_handler_that_raises_gets_500_and_runs_again_on_redelivery(ledger: SQLiteLedger) -> None:
    calls: list[Callback] = []

    def flaky(callback: Callback) -> None:
        calls.append(callback)
        if len(calls) == 1:
            raise RuntimeError("the shop's database is down")

    with site_for(ledger) as site:
        site.receiver.on("stk", flaky)
        first = site.post("callback", STK)
        assert first.status_code == 500
        assert site.events.of(RECEIVED) == []
        second = site.post("callback", STK)
        third = site.post("callback", STK)
    assert (second.status_code, third.status_code) == (200, 200)
    assert len(calls) == 2
    assert len(site.events.of(RECEIVED)) == 1
    assert site.callbacks()[0]["deliveries"] == 3


def test_a_handled_duplicate_gets_the_reply_the_first_delivery_got(ledger: SQLiteLedger) -> None:
    with site_for(ledger) as site:
        site.receiver.on("c2b_validation", lambda callback: "C2B00012")
        replies = [site.post("validation", c2b(balance="")).json() for _ in range(3)]
    assert replies == [{"ResultCode": "C2B00012", "ResultDesc": "Rejected"}] * 3


@pytest.mark.parametrize(
    ("verdict", "code"),
    [(None, "0"), (True, "0"), (False, REJECT), ("C2B00013", "C2B00013")],
)
def test_a_validation_handler_s_answer_accepts_or_rejects_the_payment(
    ledger: SQLiteLedger, verdict: object, code: str
) -> None:
    with site_for(ledger) as site:
        site.receiver.on("c2b_validation", lambda callback: verdict)
        reply = site.post("validation", c2b(balance="")).json()
    assert reply["ResultCode"] == code


def test_a_validation_handler_s_unknown_answer_is_a_handler_failure(ledger: SQLiteLedger) -> None:
    with site_for(ledger) as site:
        site.receiver.on("c2b_validation", lambda callback: "C2B99999")
        response = site.post("validation", c2b(balance=""))
    assert response.status_code == 500
    assert site.callbacks()[0]["reply"] is None
