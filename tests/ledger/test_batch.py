"""Batches: the writes made inside one are committed together, each succeeding or failing alone."""

from __future__ import annotations

import pytest

from mpesa.ledger import DarajaIds, Ledger, LedgerError, Outcome

from .conftest import SQLiteStore

PAID = Outcome("success", "0", "Paid", "NLJ7RT61SV")


def deliver(ledger: Ledger, number: int) -> None:
    ledger.record_callback(
        b"{}",
        kind="stk",
        dedupe_key=f"stk:{number}",
        outcome=PAID,
        ids=DarajaIds(checkout_request_id=f"ws_CO_{number}"),
        reply=b'{"ResultCode": 0}',
    )


def test_the_writes_of_a_batch_are_all_there_after_it(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference="r1", amount=1)
    ledger.update_request("r1", Outcome("accepted", "0"), DarajaIds(checkout_request_id="ws_CO_1"))
    with ledger.batch():
        deliver(ledger, 1)
        deliver(ledger, 2)
    entry = ledger.entry("r1")
    assert entry is not None
    assert entry.request.status == "success"
    assert [callback.dedupe_key for callback in entry.callbacks] == ["stk:1"]


def test_a_write_that_fails_inside_a_batch_is_undone_alone(ledger: Ledger) -> None:
    with ledger.batch():
        deliver(ledger, 1)
        with pytest.raises(LedgerError):
            ledger.update_request("no such reference", PAID)
        deliver(ledger, 2)
    assert recorded_before(ledger, 1)
    assert recorded_before(ledger, 2)


def recorded_before(ledger: Ledger, number: int) -> bool:
    """Whether callback ``number`` was recorded: delivering it again is then a duplicate."""
    return ledger.record_callback(
        b"{}", kind="stk", dedupe_key=f"stk:{number}", outcome=PAID
    ).duplicate


def test_a_batch_inside_a_batch_is_part_of_it(ledger: Ledger) -> None:
    with ledger.batch():
        deliver(ledger, 1)
        with ledger.batch():
            deliver(ledger, 2)
    assert recorded_before(ledger, 2)


def test_a_sqlite_batch_is_invisible_to_other_connections_until_it_ends(
    sqlite_store: SQLiteStore,
) -> None:
    with sqlite_store.open() as writer, sqlite_store.open() as reader:
        with writer.batch():
            writer.record_request("b2c_payment", reference="r1", amount=10)
            assert reader.find_request("r1") is None
        assert reader.find_request("r1") is not None


def test_a_sqlite_batch_that_raises_keeps_none_of_its_writes(sqlite_store: SQLiteStore) -> None:
    with sqlite_store.open() as ledger:
        with pytest.raises(RuntimeError), ledger.batch():
            ledger.record_request("b2c_payment", reference="r1", amount=10)
            raise RuntimeError("the server stopped")
        assert ledger.find_request("r1") is None


def test_after_a_sqlite_batch_each_write_commits_on_its_own_again(
    sqlite_store: SQLiteStore,
) -> None:
    with sqlite_store.open() as writer, sqlite_store.open() as reader:
        with writer.batch():
            deliver(writer, 1)
        writer.record_request("b2c_payment", reference="r1", amount=10)
        assert reader.find_request("r1") is not None
