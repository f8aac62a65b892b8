"""Every ledger test runs on each database a ledger can live in: a SQLite file under the test's
own directory, and an emptied database on the session's PostgreSQL server. A clock the test moves."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Protocol

import psycopg
import pytest

from mpesa.ledger import Ledger, SQLiteLedger
from mpesa.ledger import postgres as ledger_postgres
from mpesa.ledger import sqlite as ledger_sqlite
from mpesa.ledger.postgres import PostgresLedger
from tests.servers import PostgresServer


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Store(Protocol):
    """Where a ledger lives, and a look at it from outside the ledger."""

    module: ModuleType
    """The ledger's module, holding its ``MIGRATIONS``."""
    error: type[Exception]
    """What the database driver raises for bad SQL."""

    @property
    def url(self) -> str:
        """The ledger's URL, for :func:`~mpesa.ledger.open_ledger` in another process."""
        ...

    def open(self, clock: Clock | None = None) -> Ledger: ...

    def table(self, name: str) -> str:
        """``name`` as the migrations write it."""
        ...

    def versions(self) -> list[int]: ...

    def columns(self, table: str) -> list[str]: ...

    def dump(self) -> bytes:
        """Everything stored, as the database keeps it."""
        ...


@dataclass
class SQLiteStore:
    path: Path
    module: ModuleType = ledger_sqlite
    error: type[Exception] = sqlite3.Error

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def open(self, clock: Clock | None = None) -> SQLiteLedger:
        return SQLiteLedger(self.path) if clock is None else SQLiteLedger(self.path, clock=clock)

    def table(self, name: str) -> str:
        return name

    def versions(self) -> list[int]:
        rows = self._query("SELECT version FROM schema_version ORDER BY 1")
        return [int(str(row[0])) for row in rows]

    def columns(self, table: str) -> list[str]:
        return [str(row[1]) for row in self._query(f"PRAGMA table_info({table})")]

    def dump(self) -> bytes:
        return b"".join(path.read_bytes() for path in self.path.parent.glob(f"{self.path.name}*"))

    def _query(self, sql: str) -> list[tuple[object, ...]]:
        with closing(sqlite3.connect(self.path)) as db:
            return db.execute(sql).fetchall()


@dataclass
class PostgresStore:
    url: str
    module: ModuleType = ledger_postgres
    error: type[Exception] = psycopg.Error

    def open(self, clock: Clock | None = None) -> PostgresLedger:
        if clock is None:
            return PostgresLedger(self.url, max_connections=4)
        return PostgresLedger(self.url, max_connections=4, clock=clock)

    def table(self, name: str) -> str:
        return f"mpesa.{name}"

    def versions(self) -> list[int]:
        rows = self._query("SELECT version FROM mpesa.schema_version ORDER BY 1")
        return [int(str(row[0])) for row in rows]

    def columns(self, table: str) -> list[str]:
        rows = self._query(
            "SELECT column_name FROM information_schema.columns"
            f" WHERE table_schema = 'mpesa' AND table_name = '{table}' ORDER BY ordinal_position"
        )
        return [str(row[0]) for row in rows]

    def dump(self) -> bytes:
        rows = self._query(
            "SELECT r::text FROM mpesa.requests r UNION ALL SELECT c::text FROM mpesa.callbacks c"
        )
        return "\n".join(str(row[0]) for row in rows).encode()

    def _query(self, sql: str) -> list[tuple[object, ...]]:
        with psycopg.connect(self.url) as db:
            return db.execute(sql.encode()).fetchall()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        return SQLiteStore(tmp_path / "ledger.db")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return PostgresStore(server.empty_database())


@pytest.fixture
def sqlite_store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "ledger.db")


@pytest.fixture
def postgres_store(postgres_server: PostgresServer) -> PostgresStore:
    return PostgresStore(postgres_server.empty_database())


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ledger(store: Store, clock: Clock) -> Iterator[Ledger]:
    opened = store.open(clock)
    try:
        yield opened
    finally:
        opened.close()
