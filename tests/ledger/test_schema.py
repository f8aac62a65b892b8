"""The file: WAL mode, and a schema brought up to date by versioned migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mpesa import MpesaValidationError
from mpesa.ledger import LedgerError, SQLiteLedger
from mpesa.ledger import sqlite as ledger_sqlite


def versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT version FROM schema_version ORDER BY 1")]


def test_a_new_file_is_in_wal_mode(path: Path) -> None:
    SQLiteLedger(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_new_file_records_every_migration_in_order(path: Path) -> None:
    with SQLiteLedger(path) as ledger:
        assert ledger.schema_version == len(ledger_sqlite.MIGRATIONS)
    assert versions(path) == list(range(1, len(ledger_sqlite.MIGRATIONS) + 1))


def test_opening_a_file_again_applies_nothing_twice(path: Path) -> None:
    SQLiteLedger(path).close()
    SQLiteLedger(path).close()
    assert versions(path) == list(range(1, len(ledger_sqlite.MIGRATIONS) + 1))


def test_opening_an_older_file_applies_the_newer_versions_and_keeps_its_records(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SQLiteLedger(path) as old:
        old.record_request("b2c_payment", reference="r1", amount=100)
    newer = (*ledger_sqlite.MIGRATIONS, ("ALTER TABLE requests ADD COLUMN note TEXT",))
    monkeypatch.setattr(ledger_sqlite, "MIGRATIONS", newer)
    with SQLiteLedger(path) as upgraded:
        assert upgraded.schema_version == len(newer)
        assert upgraded.find_request("r1") is not None
    with sqlite3.connect(path) as db:
        assert "note" in [row[1] for row in db.execute("PRAGMA table_info(requests)")]


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SQLiteLedger(path).close()
    broken = (*ledger_sqlite.MIGRATIONS, ("CREATE TABLE extra (x)", "NOT SQL"))
    monkeypatch.setattr(ledger_sqlite, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        SQLiteLedger(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    assert versions(path) == list(range(1, len(broken)))


def test_a_file_newer_than_this_version_is_refused(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = (*ledger_sqlite.MIGRATIONS, ("CREATE TABLE extra (x)",))
    monkeypatch.setattr(ledger_sqlite, "MIGRATIONS", newer)
    SQLiteLedger(path).close()
    monkeypatch.undo()
    with pytest.raises(LedgerError, match="schema is version"):
        SQLiteLedger(path)


def test_a_closed_ledger_refuses_to_be_used(path: Path) -> None:
    ledger = SQLiteLedger(path)
    ledger.close()
    ledger.close()
    with pytest.raises(LedgerError, match="closed"):
        ledger.find_request("r1")


def test_full_synchronous_mode_can_be_chosen_and_nothing_else(path: Path) -> None:
    with SQLiteLedger(path, synchronous="FULL") as ledger:
        ledger.record_request("b2c_payment", reference="r1")
    with pytest.raises(MpesaValidationError) as raised:
        SQLiteLedger(path, synchronous="OFF")  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.rule) == ("synchronous", "choice")
