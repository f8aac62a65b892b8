"""The database: a schema brought up to date by versioned migrations; SQLite's WAL mode;
PostgreSQL's pool, shared by any number of processes."""

from __future__ import annotations

import sqlite3
import threading

import psycopg
import pytest
from psycopg_pool import ConnectionPool

from mpesa import MpesaValidationError
from mpesa.ledger import LedgerError, SQLiteLedger, open_ledger
from mpesa.ledger.postgres import PostgresLedger

from .conftest import PostgresStore, SQLiteStore, Store


def every_version(store: Store) -> list[int]:
    return list(range(1, len(store.module.MIGRATIONS) + 1))


def test_a_new_ledger_records_every_migration_in_order(store: Store) -> None:
    ledger = store.open()
    assert ledger.schema_version == len(store.module.MIGRATIONS)  # type: ignore[attr-defined]
    ledger.close()
    assert store.versions() == every_version(store)


def test_opening_a_ledger_again_applies_nothing_twice(store: Store) -> None:
    store.open().close()
    store.open().close()
    assert store.versions() == every_version(store)


def test_opening_an_older_ledger_applies_the_newer_versions_and_keeps_its_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = store.open()
    old.record_request("b2c_payment", reference="r1", amount=100)
    old.close()
    added = f"ALTER TABLE {store.table('requests')} ADD COLUMN note TEXT"
    monkeypatch.setattr(store.module, "MIGRATIONS", (*store.module.MIGRATIONS, (added,)))
    upgraded = store.open()
    assert upgraded.schema_version == len(store.module.MIGRATIONS)  # type: ignore[attr-defined]
    assert upgraded.find_request("r1") is not None
    upgraded.close()
    assert "note" in store.columns("requests")


def test_a_failing_migration_leaves_the_ledger_at_its_old_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.open().close()
    broken = (f"CREATE TABLE {store.table('extra')} (x INTEGER)", "NOT SQL")
    monkeypatch.setattr(store.module, "MIGRATIONS", (*store.module.MIGRATIONS, broken))
    with pytest.raises(store.error):
        store.open()
    assert store.columns("extra") == []
    assert store.versions() == every_version(store)[:-1]


def test_a_ledger_newer_than_this_version_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = f"CREATE TABLE {store.table('extra')} (x INTEGER)"
    monkeypatch.setattr(store.module, "MIGRATIONS", (*store.module.MIGRATIONS, (added,)))
    store.open().close()
    monkeypatch.undo()
    with pytest.raises(LedgerError, match="schema is version"):
        store.open()


def test_a_closed_ledger_refuses_to_be_used(store: Store) -> None:
    ledger = store.open()
    ledger.close()
    ledger.close()
    with pytest.raises(LedgerError, match="closed"):
        ledger.find_request("r1")


def test_a_new_sqlite_file_is_in_wal_mode(sqlite_store: SQLiteStore) -> None:
    sqlite_store.open().close()
    with sqlite3.connect(sqlite_store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_full_synchronous_mode_can_be_chosen_and_nothing_else(sqlite_store: SQLiteStore) -> None:
    with SQLiteLedger(sqlite_store.path, synchronous="FULL") as ledger:
        ledger.record_request("b2c_payment", reference="r1")
    with pytest.raises(MpesaValidationError) as raised:
        SQLiteLedger(sqlite_store.path, synchronous="OFF")  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.rule) == ("synchronous", "choice")


def test_a_postgresql_url_opens_a_postgres_ledger(postgres_store: PostgresStore) -> None:
    ledger = open_ledger(postgres_store.url)
    assert isinstance(ledger, PostgresLedger)
    ledger.close()


def test_the_postgres_ledger_s_repr_names_the_server_never_the_credentials(
    postgres_store: PostgresStore,
) -> None:
    with psycopg.connect(postgres_store.url, autocommit=True) as db:
        db.execute("CREATE ROLE shop LOGIN SUPERUSER PASSWORD 's3cret-pw'")
    url = postgres_store.url.replace("postgres@", "shop:s3cret-pw@")
    with PostgresLedger(url) as ledger:
        assert "s3cret-pw" not in repr(ledger) and "shop" not in repr(ledger)
        assert repr(ledger).startswith("PostgresLedger('postgresql://127.0.0.1:")


def test_a_given_pool_is_used_and_left_open(postgres_store: PostgresStore) -> None:
    with ConnectionPool(postgres_store.url, min_size=1, max_size=2, open=True) as pool:
        with PostgresLedger(pool) as ledger:
            ledger.record_request("b2c_payment", reference="r1")
        with pool.connection() as db:
            assert db.execute("SELECT reference FROM mpesa.requests").fetchall() == [("r1",)]


def test_ledgers_opened_at_once_on_a_new_database_migrate_it_once(
    postgres_store: PostgresStore,
) -> None:
    start = threading.Barrier(5)
    opened: list[PostgresLedger] = []

    def open_one() -> None:
        start.wait()
        opened.append(postgres_store.open())

    threads = [threading.Thread(target=open_one) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ledger in opened:
        ledger.close()
    assert len(opened) == 5
    assert postgres_store.versions() == every_version(postgres_store)


@pytest.mark.parametrize("size", [0, True])
def test_a_pool_size_that_is_not_a_positive_whole_number_is_refused(
    postgres_store: PostgresStore, size: object
) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PostgresLedger(postgres_store.url, max_connections=size)  # type: ignore[arg-type]
    assert raised.value.field == "max_connections"
