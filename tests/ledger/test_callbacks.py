"""Callbacks: kept as received, matched to their request, each outcome applied exactly once."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest

from mpesa.ledger import DarajaIds, Ledger, Outcome, Recorded

from .conftest import Clock, Store

BODY = b'{"Body": {"stkCallback": {"CheckoutRequestID": "ws_CO_1", "ResultCode": 0}}}'
PAID = Outcome("success", "0", "The service request is processed successfully.", "NLJ7RT61SV")
CHECKOUT = DarajaIds(checkout_request_id="ws_CO_1", merchant_request_id="29115-1")


def deliver(ledger: Ledger, body: bytes = BODY, **options: object) -> Recorded:
    settings: dict[str, object] = {
        "kind": "stk",
        "dedupe_key": "stk:ws_CO_1:0",
        "outcome": PAID,
        "ids": CHECKOUT,
        "source": "196.201.214.200",
        **options,
    }
    return ledger.record_callback(body, **settings)  # type: ignore[arg-type]


def test_a_callback_is_kept_with_its_raw_body_source_and_time(ledger: Ledger, clock: Clock) -> None:
    recorded = deliver(ledger)
    assert not recorded.duplicate
    callback = recorded.callback
    assert (callback.body, callback.source, callback.kind) == (BODY, "196.201.214.200", "stk")
    assert (callback.received_at, callback.outcome, callback.deliveries) == (clock.now, PAID, 1)
    assert callback.dead_letter is None


def test_a_callback_records_the_time_it_is_given(ledger: Ledger) -> None:
    moment = datetime(2026, 3, 1, 12, 0, 0, 1, tzinfo=timezone.utc)
    assert deliver(ledger, received_at=moment).callback.received_at == moment


def test_a_callback_is_matched_by_daraja_s_ids_and_resolves_its_request(
    ledger: Ledger,
) -> None:
    request = ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    ledger.update_request("r1", Outcome("accepted", "0"), CHECKOUT)
    assert deliver(ledger).callback.request_id == request.id
    resolved = ledger.find_request("r1")
    assert resolved is not None
    assert (resolved.status, resolved.result_code, resolved.receipt) == (
        "success",
        "0",
        PAID.receipt,
    )


def test_a_callback_is_matched_by_the_reference_when_the_answer_was_lost(
    ledger: Ledger,
) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    deliver(ledger, reference="r1")
    found = ledger.find_request("ws_CO_1")
    assert found is not None and (found.reference, found.status) == ("r1", "success")


def test_a_failed_outcome_resolves_the_request_as_failed(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    cancelled = Outcome("failed", "1032", "Request cancelled by user")
    deliver(ledger, reference="r1", dedupe_key="stk:ws_CO_1:1032", outcome=cancelled)
    found = ledger.find_request("r1")
    assert found is not None
    assert (found.status, found.result_code, found.receipt) == ("failed", "1032", None)


def test_a_callback_without_a_request_is_kept_unmatched(ledger: Ledger) -> None:
    confirmation = Outcome("success", receipt="RKTQDM7W6S")
    recorded = deliver(ledger, kind="c2b_confirmation", ids=None, outcome=confirmation)
    assert recorded.callback.request_id is None and not recorded.duplicate


def test_a_request_s_entry_lists_its_callbacks_in_order(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    first = deliver(ledger, reference="r1", dedupe_key="one").callback
    second = deliver(ledger, reference="r1", dedupe_key="two").callback
    entry = ledger.entry("ws_CO_1")
    assert entry is not None and entry.callbacks == (first, second)


def test_a_duplicate_is_reported_counted_and_changes_nothing(ledger: Ledger, clock: Clock) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    first = deliver(ledger, reference="r1")
    resolved = ledger.find_request("r1")
    clock.advance(seconds=5)
    again = deliver(ledger, reference="r1", outcome=Outcome("failed", "1"))
    assert again.duplicate and again.callback.id == first.callback.id
    assert again.callback.deliveries == 2 and again.callback.outcome == PAID
    assert ledger.find_request("r1") == resolved
    entry = ledger.entry("r1")
    assert entry is not None and len(entry.callbacks) == 1


def test_a_duplicate_is_detected_across_two_connections(store: Store) -> None:
    one, other = store.open(), store.open()
    assert not deliver(one).duplicate
    assert deliver(other).duplicate
    one.close()
    other.close()


@pytest.mark.parametrize("shared", [True, False], ids=["one ledger", "a ledger per thread"])
def test_ten_threads_delivering_the_same_callback_record_it_once(
    store: Store, shared: bool
) -> None:
    common = store.open()
    start = threading.Barrier(10)
    results: list[bool] = []

    def receive() -> None:
        ledger = common if shared else store.open()
        start.wait()
        results.append(deliver(ledger).duplicate)
        if not shared:
            ledger.close()

    threads = [threading.Thread(target=receive) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] + [True] * 9
    assert deliver(common).callback.deliveries == 11
    common.close()


def test_an_unparseable_body_is_kept_as_a_dead_letter_byte_for_byte(
    ledger: Ledger,
) -> None:
    junk = b"\xff\x00{not json"
    kept = ledger.record_dead_letter(junk, reason="not JSON", source="10.0.0.9")
    assert ledger.dead_letters() == [kept]
    assert (kept.body, kept.dead_letter, kept.source, kept.kind) == (
        junk,
        "not JSON",
        "10.0.0.9",
        None,
    )


def test_identical_dead_letters_are_each_kept(ledger: Ledger) -> None:
    for _ in range(3):
        ledger.record_dead_letter(b"", reason="empty body")
    assert len(ledger.dead_letters()) == 3
    assert len(ledger.dead_letters(limit=2)) == 2


def test_a_parsed_callback_is_not_a_dead_letter(ledger: Ledger) -> None:
    deliver(ledger)
    assert ledger.dead_letters() == []
