"""The default ledger: one SQLite file in WAL mode, with the standard library's ``sqlite3``.

Durability. Every method is one transaction, committed before it returns. In WAL mode with
``synchronous=NORMAL`` a commit has written the transaction to the ``-wal`` file before it
returns, so it is in the operating system's cache: a crash of the process, even SIGKILL, loses
nothing that was committed. Only an operating-system crash or a power cut can undo the last
commits (the file is never corrupted; the WAL is synced at each checkpoint). For that case pass
``synchronous="FULL"``, which syncs the WAL at every commit, at the cost of one disk flush each.

Speed. Write transactions start with ``BEGIN IMMEDIATE`` (no lock upgrade can fail halfway), the
same SQL text is reused so ``sqlite3`` keeps each statement prepared, and lookups go through
indexes. One connection serves all threads, behind a lock: SQLite runs one writer at a time
anyway. Several processes can share the file; a locked database is waited for (``timeout``).

Outbox. A callback's events are stored in the transaction that records it (or marks it
handled), under a unique ``event_id``, for :class:`~mpesa.redis.OutboxRelay` to publish.

Schema. :data:`MIGRATIONS` lists the schema's versions in order; opening a file applies those
it has not seen, in one transaction, and records each in the ``schema_version`` table.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from os import PathLike
from types import TracebackType
from typing import Any, Literal, cast, get_args

from .._clock import Clock, utc_now
from .._redact import mask_phone
from ..errors import FieldProblem, MpesaValidationError
from ._base import (
    CallbackEntry,
    DarajaIds,
    Event,
    LedgerEntry,
    LedgerError,
    Outcome,
    Recorded,
    RequestEntry,
    Status,
    StoredEvent,
)
from ._keys import KeyLocks
from ._rules import STAGE, amount_text, chosen_statuses, event_rows, positive_limit, utc

__all__ = ["MIGRATIONS", "SQLiteLedger"]

_STATUSES: tuple[str, ...] = get_args(Status)
_CHECKPOINT_PAGES = 10_000
"""WAL pages (4 KiB each) before they are copied into the database file.

A checkpoint syncs the disk; ten times SQLite's default means a tenth of the syncs, and a page
rewritten by many commits (an index page) is copied once. The WAL grows to about 40 MiB."""
_STATUS_CHECK = ", ".join(f"'{status}'" for status in _STATUSES)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: requests, callbacks and the indexes that find them.
    (
        f"""CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            operation TEXT NOT NULL,
            client_ids TEXT NOT NULL,
            amount TEXT,
            phone TEXT,
            status TEXT NOT NULL CHECK (status IN ({_STATUS_CHECK})),
            originator_conversation_id TEXT,
            conversation_id TEXT,
            checkout_request_id TEXT,
            merchant_request_id TEXT,
            result_code TEXT,
            result_desc TEXT,
            receipt TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX requests_originator ON requests (originator_conversation_id)",
        "CREATE INDEX requests_conversation ON requests (conversation_id)",
        "CREATE INDEX requests_checkout ON requests (checkout_request_id)",
        "CREATE INDEX requests_merchant ON requests (merchant_request_id)",
        "CREATE INDEX requests_status_created ON requests (status, created_at)",
        f"""CREATE TABLE callbacks (
            id INTEGER PRIMARY KEY,
            received_at TEXT NOT NULL,
            source TEXT,
            body BLOB NOT NULL,
            kind TEXT,
            dedupe_key TEXT UNIQUE,
            status TEXT CHECK (status IN ({_STATUS_CHECK})),
            result_code TEXT,
            result_desc TEXT,
            receipt TEXT,
            request_id INTEGER REFERENCES requests (id),
            deliveries INTEGER NOT NULL DEFAULT 1,
            dead_letter TEXT,
            CHECK ((kind IS NULL) = (dead_letter IS NOT NULL))
        )""",
        "CREATE INDEX callbacks_request ON callbacks (request_id)",
        "CREATE INDEX callbacks_dead_letters ON callbacks (id) WHERE dead_letter IS NOT NULL",
    ),
    # 2: the reply sent once a callback's handlers succeeded.
    ("ALTER TABLE callbacks ADD COLUMN reply BLOB",),
    # 3: the outbox: events written with the change that causes them, until published.
    (
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            published_at TEXT
        )""",
        "CREATE INDEX outbox_pending ON outbox (id) WHERE published_at IS NULL",
    ),
)
"""Each version's statements; version ``n`` is ``MIGRATIONS[n - 1]``. Only ever append."""

_ID_COLUMNS = (
    "originator_conversation_id",
    "conversation_id",
    "checkout_request_id",
    "merchant_request_id",
)
_FIND = (
    "SELECT * FROM requests WHERE reference = :id OR "
    + " OR ".join(f"{column} = :id" for column in _ID_COLUMNS)
    + " ORDER BY id LIMIT 1"
)
_MATCH = {
    column: f"SELECT id, status, {', '.join(_ID_COLUMNS)} FROM requests WHERE {column} = ?"
    " ORDER BY id LIMIT 1"
    for column in ("reference", *_ID_COLUMNS)
}
_MATCH_ROW = "SELECT * FROM requests WHERE reference = ?"
_INSERT_CALLBACK = (
    "INSERT INTO callbacks (received_at, source, body, kind, dedupe_key, status, result_code,"
    " result_desc, receipt, request_id, dead_letter, reply)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (dedupe_key) DO NOTHING"
)
_INSERT_EVENT = (
    "INSERT INTO outbox (event_id, name, data, created_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (event_id) DO NOTHING"
)


class SQLiteLedger:
    """A :class:`~mpesa.ledger.Ledger` in one SQLite file: ``SQLiteLedger("payments.db")``.

    The file is created if missing and its schema brought up to date. Use it as a context
    manager, or call :meth:`close`.
    """

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
        timeout: float = 30.0,
        clock: Clock = utc_now,
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise MpesaValidationError(
                FieldProblem("synchronous", "choice", "must be NORMAL or FULL")
            )
        self.path = str(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._batched = False
        self._handling = KeyLocks()
        connection = sqlite3.connect(
            self.path, timeout=timeout, isolation_level=None, check_same_thread=False
        )
        try:
            (mode,) = connection.execute("PRAGMA journal_mode = WAL").fetchone()
            if str(mode).lower() != "wal":
                raise LedgerError(f"the ledger needs WAL mode; {self.path} is in {mode} mode")
            connection.execute(f"PRAGMA synchronous = {synchronous}")
            connection.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.row_factory = sqlite3.Row
            _migrate(connection, self._stamp(None))
        except BaseException:
            connection.close()
            raise
        self._connection: sqlite3.Connection | None = connection

    def __repr__(self) -> str:
        return f"SQLiteLedger({self.path!r})"

    def __enter__(self) -> SQLiteLedger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the file; later calls raise :class:`LedgerError`. Closing twice is harmless."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        with self._transaction("BEGIN") as db:
            return int(db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def record_request(
        self,
        operation: str,
        *,
        reference: str,
        amount: Decimal | int | None = None,
        phone: str | None = None,
        client_ids: Mapping[str, str] | None = None,
        ids: DarajaIds | None = None,
    ) -> RequestEntry:
        """Record a request before it is sent, with status ``sent``; ``phone`` is stored masked."""
        ids = ids or DarajaIds()
        now = self._stamp(None)
        row = (
            reference,
            operation,
            json.dumps(dict(client_ids or {}), sort_keys=True),
            amount_text(amount),
            None if phone is None else mask_phone(phone),
            "sent",
            *(getattr(ids, column) for column in _ID_COLUMNS),
            now,
            now,
        )
        with self._transaction("BEGIN IMMEDIATE") as db:
            try:
                db.execute(
                    "INSERT INTO requests (reference, operation, client_ids, amount, phone,"
                    f" status, {', '.join(_ID_COLUMNS)}, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
            except sqlite3.IntegrityError:
                raise LedgerError(
                    f"a request with reference {reference!r} is already recorded"
                ) from None
            return _request(db.execute(_MATCH_ROW, (reference,)).fetchone())

    def update_request(
        self, reference: str, outcome: Outcome, ids: DarajaIds | None = None
    ) -> RequestEntry:
        """Set a request's status and result; IDs it did not know yet are added."""
        with self._transaction("BEGIN IMMEDIATE") as db:
            found = db.execute(_MATCH["reference"], (reference,)).fetchone()
            if found is None:
                raise LedgerError(f"no request with reference {reference!r}")
            _apply(db, found, outcome, ids or DarajaIds(), self._stamp(None))
            return _request(db.execute(_MATCH_ROW, (reference,)).fetchone())

    def record_callback(
        self,
        body: bytes,
        *,
        kind: str,
        dedupe_key: str,
        outcome: Outcome,
        reference: str | None = None,
        ids: DarajaIds | None = None,
        source: str | None = None,
        received_at: datetime | None = None,
        reply: bytes | None = None,
        events: Sequence[Event] = (),
    ) -> Recorded:
        """Record a parsed callback and apply its outcome to the request it matches.

        Matching tries ``reference`` first, then each of ``ids``. A callback whose
        ``dedupe_key`` was recorded before is a duplicate: it only increments ``deliveries``
        and changes no request. ``reply``, when no handler has to run first, stores it
        handled in the same transaction: one commit instead of two; ``events`` go into the
        outbox in that transaction too, when the callback is new.
        """
        ids = ids or DarajaIds()
        body = bytes(body)
        rows = event_rows(events)
        stamp = self._stamp(received_at)
        with self._transaction("BEGIN IMMEDIATE") as db:
            request = _match(db, reference, ids)
            request_id = None if request is None else int(request["id"])
            inserted = db.execute(
                _INSERT_CALLBACK,
                (
                    stamp,
                    source,
                    body,
                    kind,
                    dedupe_key,
                    outcome.status,
                    outcome.result_code,
                    outcome.result_desc,
                    outcome.receipt,
                    request_id,
                    None,
                    None if reply is None else bytes(reply),
                ),
            )
            if inserted.rowcount == 0:
                db.execute(
                    "UPDATE callbacks SET deliveries = deliveries + 1 WHERE dedupe_key = ?",
                    (dedupe_key,),
                )
                row = db.execute(
                    "SELECT * FROM callbacks WHERE dedupe_key = ?", (dedupe_key,)
                ).fetchone()
                return Recorded(_callback(row), duplicate=True)
            if request is not None:
                _apply(db, request, outcome, ids, stamp)
            self._store_events(db, rows)
        callback = CallbackEntry(
            id=cast(int, inserted.lastrowid),
            received_at=_time(stamp),
            source=source,
            body=body,
            kind=kind,
            dedupe_key=dedupe_key,
            outcome=outcome,
            request_id=request_id,
            deliveries=1,
            dead_letter=None,
            reply=None if reply is None else bytes(reply),
        )
        return Recorded(callback, duplicate=False)

    def record_dead_letter(
        self,
        body: bytes,
        *,
        reason: str,
        source: str | None = None,
        received_at: datetime | None = None,
    ) -> CallbackEntry:
        """Keep a callback body that could not be parsed, with the reason."""
        stamp = self._stamp(received_at)
        with self._transaction("BEGIN IMMEDIATE") as db:
            inserted = db.execute(
                _INSERT_CALLBACK,
                (
                    stamp,
                    source,
                    bytes(body),
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    reason,
                    None,
                ),
            )
            row = db.execute(
                "SELECT * FROM callbacks WHERE id = ?", (inserted.lastrowid,)
            ).fetchone()
            return _callback(row)

    def mark_handled(self, callback_id: int, reply: bytes, events: Sequence[Event] = ()) -> None:
        """Record that a callback's handlers succeeded, with the reply sent for it and, in the
        same transaction, ``events`` into the outbox."""
        rows = event_rows(events)
        with self._transaction("BEGIN IMMEDIATE") as db:
            updated = db.execute(
                "UPDATE callbacks SET reply = ? WHERE id = ? AND kind IS NOT NULL",
                (bytes(reply), callback_id),
            )
            if updated.rowcount == 0:
                raise LedgerError(f"no parsed callback with id {callback_id}")
            self._store_events(db, rows)

    def append_events(self, events: Sequence[Event]) -> None:
        """Store ``events`` into the outbox, in order; one already there is not stored again."""
        rows = event_rows(events)
        with self._transaction("BEGIN IMMEDIATE") as db:
            self._store_events(db, rows)

    def pending_events(self, limit: int = 100) -> list[StoredEvent]:
        """Up to ``limit`` events of the outbox not yet published, oldest first."""
        with self._transaction("BEGIN") as db:
            rows = db.execute(
                "SELECT id, event_id, name, data, created_at FROM outbox"
                " WHERE published_at IS NULL ORDER BY id LIMIT ?",
                (positive_limit(limit),),
            ).fetchall()
        return [
            StoredEvent(
                row["id"],
                Event(row["event_id"], row["name"], json.loads(row["data"])),
                _time(row["created_at"]),
            )
            for row in rows
        ]

    def mark_published(self, event_ids: Iterable[str]) -> None:
        """Record that these events were published: :meth:`pending_events` skips them."""
        now = self._stamp(None)
        with self._transaction("BEGIN IMMEDIATE") as db:
            db.executemany(
                "UPDATE outbox SET published_at = ? WHERE event_id = ? AND published_at IS NULL",
                [(now, str(event_id)) for event_id in event_ids],
            )

    def _store_events(self, db: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
        if rows:
            now = self._stamp(None)
            db.executemany(_INSERT_EVENT, [(*row, now) for row in rows])

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction for every write in the block, committed when it ends (rolled back
        if it raises); each write inside is a savepoint, undone alone when it fails. Other
        threads wait for the block to end, so keep it short."""
        with self._lock:
            if self._batched:
                yield
                return
            with self._transaction("BEGIN IMMEDIATE"):
                self._batched = True
                try:
                    yield
                finally:
                    self._batched = False

    def handling(self, dedupe_key: str) -> AbstractContextManager[None]:
        """Held while a callback's handlers run; another thread of this process holding the
        same ``dedupe_key`` waits. It does not reach other processes sharing the file: with
        several receiver processes, use :class:`~mpesa.ledger.postgres.PostgresLedger`."""
        return self._handling.hold(dedupe_key)

    def find_request(self, correlation_id: str) -> RequestEntry | None:
        """The request whose reference or any Daraja ID equals ``correlation_id``."""
        with self._transaction("BEGIN") as db:
            row = db.execute(_FIND, {"id": correlation_id}).fetchone()
            return None if row is None else _request(row)

    def entry(self, correlation_id: str) -> LedgerEntry | None:
        """The request found as :meth:`find_request` finds it, with its callbacks."""
        with self._transaction("BEGIN") as db:
            row = db.execute(_FIND, {"id": correlation_id}).fetchone()
            if row is None:
                return None
            callbacks = db.execute(
                "SELECT * FROM callbacks WHERE request_id = ? ORDER BY id", (row["id"],)
            ).fetchall()
            return LedgerEntry(_request(row), tuple(_callback(item) for item in callbacks))

    def list_requests(
        self,
        *,
        statuses: Iterable[Status] | None = None,
        older_than: timedelta | None = None,
        limit: int | None = None,
    ) -> list[RequestEntry]:
        """Requests with one of ``statuses``, created more than ``older_than`` ago, oldest first."""
        conditions: list[str] = []
        parameters: list[object] = []
        if statuses is not None:
            chosen = chosen_statuses(statuses)
            conditions.append(f"status IN ({', '.join('?' * len(chosen))})")
            parameters.extend(chosen)
        if older_than is not None:
            conditions.append("created_at < ?")
            parameters.append(self._stamp(self._clock() - older_than))
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        with self._transaction("BEGIN") as db:
            rows = db.execute(
                f"SELECT * FROM requests{where} ORDER BY created_at, id LIMIT ?",
                (*parameters, -1 if limit is None else limit),
            ).fetchall()
            return [_request(row) for row in rows]

    def dead_letters(self, *, limit: int | None = None) -> list[CallbackEntry]:
        """The callbacks kept as dead letters, oldest first."""
        with self._transaction("BEGIN") as db:
            rows = db.execute(
                "SELECT * FROM callbacks WHERE dead_letter IS NOT NULL ORDER BY id LIMIT ?",
                (-1 if limit is None else limit,),
            ).fetchall()
            return [_callback(row) for row in rows]

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock: committed on success, rolled back on any error.
        Inside :meth:`batch` it is a savepoint of the batch's transaction instead."""
        with self._lock:
            db = self._connection
            if db is None:
                raise LedgerError(f"{self!r} is closed")
            if self._batched:
                db.execute("SAVEPOINT step")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK TO step")
                    raise
                finally:
                    db.execute("RELEASE step")
                return
            db.execute(begin)
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                _roll_back(db)
                raise

    def _stamp(self, moment: datetime | None) -> str:
        """``moment`` (now if ``None``) as sortable UTC text; a naive datetime is refused."""
        return utc(self._clock() if moment is None else moment).isoformat(timespec="microseconds")


def _migrate(db: sqlite3.Connection, now: str) -> None:
    """Apply the versions of :data:`MIGRATIONS` the file has not seen, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version"
            " (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        (current,) = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
        if current > len(MIGRATIONS):
            raise LedgerError(
                f"the ledger's schema is version {current}; this version of mpesa-adapter"
                f" knows up to {len(MIGRATIONS)}"
            )
        for version in range(current + 1, len(MIGRATIONS) + 1):
            for statement in MIGRATIONS[version - 1]:
                db.execute(statement)
            db.execute("INSERT INTO schema_version VALUES (?, ?)", (version, now))
        db.execute("COMMIT")
    except BaseException:
        _roll_back(db)
        raise


def _roll_back(db: sqlite3.Connection) -> None:
    """End a failed transaction, unless SQLite has already rolled it back (a failed COMMIT)."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def _match(db: sqlite3.Connection, reference: str | None, ids: DarajaIds) -> sqlite3.Row | None:
    """The request a callback belongs to: by its reference first, then by each Daraja ID."""
    keys = (("reference", reference), *((column, getattr(ids, column)) for column in _ID_COLUMNS))
    for column, value in keys:
        if value is not None:
            row: sqlite3.Row | None = db.execute(_MATCH[column], (value,)).fetchone()
            if row is not None:
                return row
    return None


def _apply(
    db: sqlite3.Connection, request: sqlite3.Row, outcome: Outcome, ids: DarajaIds, now: str
) -> None:
    """Set ``request``'s outcome, and the IDs it did not know yet.

    Only columns that change are named: an indexed column in ``SET`` rewrites its index page
    even when its value stays the same, and every page written is a page committed.
    """
    new_ids = {
        column: value
        for column in _ID_COLUMNS
        if request[column] is None and (value := getattr(ids, column)) is not None
    }
    assignments = "".join(f"{column} = ?, " for column in new_ids)
    if STAGE[outcome.status] < STAGE[request["status"]]:
        # A late answer never undoes a later one: "accepted" arriving after the callback's
        # "success" only adds the IDs it brings.
        if new_ids:
            db.execute(
                f"UPDATE requests SET {assignments}updated_at = ? WHERE id = ?",
                (*new_ids.values(), now, request["id"]),
            )
        return
    db.execute(
        "UPDATE requests SET status = ?, result_code = ?, result_desc = ?,"
        f" receipt = COALESCE(?, receipt), {assignments}updated_at = ? WHERE id = ?",
        (
            outcome.status,
            outcome.result_code,
            outcome.result_desc,
            outcome.receipt,
            *new_ids.values(),
            now,
            request["id"],
        ),
    )


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _request(row: Any) -> RequestEntry:
    return RequestEntry(
        id=row["id"],
        reference=row["reference"],
        operation=row["operation"],
        client_ids=json.loads(row["client_ids"]),
        amount=None if row["amount"] is None else Decimal(row["amount"]),
        phone=row["phone"],
        status=row["status"],
        ids=DarajaIds(**{column: row[column] for column in _ID_COLUMNS}),
        result_code=row["result_code"],
        result_desc=row["result_desc"],
        receipt=row["receipt"],
        created_at=_time(row["created_at"]),
        updated_at=_time(row["updated_at"]),
    )


def _callback(row: Any) -> CallbackEntry:
    outcome = None
    if row["status"] is not None:
        outcome = Outcome(row["status"], row["result_code"], row["result_desc"], row["receipt"])
    return CallbackEntry(
        id=row["id"],
        received_at=_time(row["received_at"]),
        source=row["source"],
        body=bytes(row["body"]),
        kind=row["kind"],
        dedupe_key=row["dedupe_key"],
        outcome=outcome,
        request_id=row["request_id"],
        deliveries=row["deliveries"],
        dead_letter=row["dead_letter"],
        reply=None if row["reply"] is None else bytes(row["reply"]),
    )
