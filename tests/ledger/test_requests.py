"""Requests: recorded before they are sent, updated from the answer, found by any of their IDs."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from mpesa import MpesaValidationError
from mpesa.ledger import (
    UNRESOLVED,
    DarajaIds,
    Ledger,
    LedgerError,
    Outcome,
    RequestEntry,
)

from .conftest import Clock, Store

ANSWER_IDS = DarajaIds(
    originator_conversation_id="5118-111210482-1",
    conversation_id="AG_20191219_00005797af5d7d75f652",
    checkout_request_id="ws_CO_191220191020363925",
    merchant_request_id="29115-34620561-1",
)


def stored(ledger: Ledger, correlation_id: str) -> RequestEntry:
    entry = ledger.find_request(correlation_id)
    assert entry is not None
    return entry


def test_a_recorded_request_is_sent_and_not_yet_answered(ledger: Ledger) -> None:
    entry = ledger.record_request("initiate_stk_push", reference="r1", amount=10)
    assert (entry.operation, entry.reference, entry.status) == ("initiate_stk_push", "r1", "sent")
    assert entry.ids == DarajaIds() and entry.result_code is None


def test_the_phone_number_is_stored_masked(ledger: Ledger, store: Store) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", phone="254708374149")
    assert stored(ledger, "r1").phone == "2547****149"
    assert b"254708374149" not in store.dump()


def test_the_client_ids_are_kept_as_given(ledger: Ledger) -> None:
    ids = {"AccountReference": "INV001", "OriginatorConversationID": "abc"}
    ledger.record_request("initiate_stk_push", reference="r1", client_ids=ids)
    assert stored(ledger, "r1").client_ids == ids


@pytest.mark.parametrize("amount", [Decimal("0.01"), Decimal("1000000.10"), 150_000, 1])
def test_an_amount_comes_back_exactly(ledger: Ledger, amount: Decimal | int) -> None:
    ledger.record_request("b2c_payment", reference="r1", amount=amount)
    kept = stored(ledger, "r1").amount
    assert kept == amount and isinstance(kept, Decimal)


@pytest.mark.parametrize(
    ("amount", "rule"), [(0.1, "type"), (True, "type"), (Decimal("NaN"), "finite")]
)
def test_an_inexact_amount_is_refused(ledger: Ledger, amount: object, rule: str) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        ledger.record_request("b2c_payment", reference="r1", amount=amount)  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.rule) == ("amount", rule)
    assert ledger.find_request("r1") is None


def test_a_reference_is_recorded_once(ledger: Ledger) -> None:
    ledger.record_request("b2c_payment", reference="r1", amount=100)
    with pytest.raises(LedgerError, match="already recorded"):
        ledger.record_request("b2c_payment", reference="r1", amount=200)
    assert stored(ledger, "r1").amount == 100


def test_an_answer_sets_the_status_and_adds_daraja_s_ids(ledger: Ledger, clock: Clock) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=10)
    clock.advance(seconds=2)
    entry = ledger.update_request("r1", Outcome("accepted", "0", "Success"), ANSWER_IDS)
    assert (entry.status, entry.result_code, entry.result_desc) == ("accepted", "0", "Success")
    assert entry.ids == ANSWER_IDS
    assert entry.updated_at - entry.created_at == timedelta(seconds=2)


def test_an_id_once_known_is_not_replaced(ledger: Ledger) -> None:
    ledger.record_request(
        "b2c_payment", reference="r1", ids=DarajaIds(originator_conversation_id="mine")
    )
    entry = ledger.update_request("r1", Outcome("accepted"), ANSWER_IDS)
    assert entry.ids.originator_conversation_id == "mine"
    assert entry.ids.conversation_id == ANSWER_IDS.conversation_id


def test_updating_an_unknown_reference_is_an_error(ledger: Ledger) -> None:
    with pytest.raises(LedgerError, match="no request"):
        ledger.update_request("missing", Outcome("accepted"))


@pytest.mark.parametrize(
    "correlation_id",
    ["r1", *(value for value in vars(ANSWER_IDS).values())],
    ids=["reference", *vars(ANSWER_IDS)],
)
def test_a_request_is_found_by_each_correlation_id(ledger: Ledger, correlation_id: str) -> None:
    ledger.record_request("other", reference="r0")
    ledger.record_request("initiate_stk_push", reference="r1")
    ledger.update_request("r1", Outcome("accepted"), ANSWER_IDS)
    assert stored(ledger, correlation_id).reference == "r1"


def test_an_unknown_correlation_id_finds_nothing(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1")
    assert ledger.find_request("r2") is None
    assert ledger.entry("r2") is None


def test_a_request_survives_closing_and_reopening(store: Store) -> None:
    ledger = store.open()
    ledger.record_request("b2c_payment", reference="r1", amount=Decimal("0.01"))
    recorded = ledger.update_request("r1", Outcome("accepted", "0"), ANSWER_IDS)
    ledger.close()
    reopened = store.open()
    assert reopened.find_request("r1") == recorded
    reopened.close()


def test_unresolved_requests_are_listed_oldest_first_by_age(ledger: Ledger, clock: Clock) -> None:
    for reference, status in [("a", "accepted"), ("b", "success"), ("c", "unknown")]:
        ledger.record_request("b2c_payment", reference=reference)
        ledger.update_request(reference, Outcome(status))  # type: ignore[arg-type]
        clock.advance(minutes=1)
    ledger.record_request("b2c_payment", reference="d")  # still "sent", but only just
    listed = ledger.list_requests(statuses=UNRESOLVED, older_than=timedelta(seconds=30))
    assert [entry.reference for entry in listed] == ["a", "c"]


def test_listing_without_a_filter_gives_every_request_up_to_the_limit(
    ledger: Ledger,
) -> None:
    for reference in "abc":
        ledger.record_request("b2c_payment", reference=reference)
    assert [entry.reference for entry in ledger.list_requests()] == ["a", "b", "c"]
    assert [entry.reference for entry in ledger.list_requests(limit=2)] == ["a", "b"]


def test_listing_an_unknown_status_is_refused(ledger: Ledger) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        ledger.list_requests(statuses=["lost"])  # type: ignore[list-item]
    assert (raised.value.field, raised.value.rule) == ("statuses", "choice")


def test_a_late_answer_never_undoes_a_final_outcome(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1")
    ledger.update_request("r1", Outcome("success", "0", "Processed", "SKA1"))
    ledger.update_request("r1", Outcome("accepted"), ANSWER_IDS)
    entry = stored(ledger, "r1")
    assert (entry.status, entry.receipt, entry.ids) == ("success", "SKA1", ANSWER_IDS)


def test_a_pending_request_may_still_fail(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1")
    ledger.update_request("r1", Outcome("pending"))
    ledger.update_request("r1", Outcome("failed", "1032", "Request cancelled by user"))
    assert stored(ledger, "r1").status == "failed"
