"""The ledger for many processes: PostgreSQL through ``psycopg`` 3 and a connection pool.

Install with ``pip install 'mpesa-adapter[postgres]'``. Its tables live in the ``mpesa`` schema
of the database the URL names, so they sit beside an application's own.

Durability. Every method that writes is one statement, a transaction of its own, committed
before it returns (with the server's default ``synchronous_commit``, after the server has
flushed it to disk). One statement is also one round trip to the server: a callback costs one.

Many processes. Uniqueness is the database's: a request's reference and a callback's dedupe
key are ``UNIQUE`` columns, and a callback is recorded by one statement whose insert turns into
a count of deliveries ``ON CONFLICT`` with its key, so of two processes recording the same
callback at once exactly one records it and the other counts a duplicate. A request's row is
locked while an answer or a callback changes it, and the change is computed from the row as
locked, so its status still only moves forward. :meth:`PostgresLedger.handling` is a session advisory
lock: two processes never run one callback's handlers at once, and the lock of a process that
dies is released with its connection.

Outbox. A callback's events are stored by the statement that records it (or marks it
handled), under a unique ``event_id``: each is stored once, whichever process wrote it, for
:class:`~mpesa.redis.OutboxRelay` to publish.

Schema. :data:`MIGRATIONS` lists the schema's versions in order; opening the database applies
those it has not seen, in one transaction under an advisory lock (two processes starting at
once apply them once), and records each in ``mpesa.schema_version``.

The methods are synchronous, as the :class:`~mpesa.ledger.Ledger` interface is: each is one
short statement, and asyncio code calls them directly or through ``asyncio.to_thread``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from types import TracebackType
from typing import Any, get_args

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
    from psycopg.rows import DictRow, dict_row
    from psycopg.types.json import Jsonb
    from psycopg_pool import ConnectionPool
except ImportError as missing:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "the PostgreSQL ledger needs psycopg: pip install 'mpesa-adapter[postgres]'"
    ) from missing

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

__all__ = ["MIGRATIONS", "PostgresLedger"]

_STATUSES: tuple[str, ...] = get_args(Status)
_STATUS_CHECK = ", ".join(f"'{status}'" for status in _STATUSES)
_MIGRATION_LOCK = 0x6D70657361
"""The advisory lock taken while the schema is brought up to date ("mpesa")."""
_POLL_START, _POLL_MAX = 0.001, 0.01
"""Seconds between tries for a handling lock another process holds: doubling up to the cap."""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: requests, callbacks (with the reply sent once handled) and the indexes that find them.
    (
        f"""CREATE TABLE mpesa.requests (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            operation TEXT NOT NULL,
            client_ids JSONB NOT NULL,
            amount NUMERIC,
            phone TEXT,
            status TEXT NOT NULL CHECK (status IN ({_STATUS_CHECK})),
            originator_conversation_id TEXT,
            conversation_id TEXT,
            checkout_request_id TEXT,
            merchant_request_id TEXT,
            result_code TEXT,
            result_desc TEXT,
            receipt TEXT,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )""",
        "CREATE INDEX requests_originator ON mpesa.requests (originator_conversation_id)",
        "CREATE INDEX requests_conversation ON mpesa.requests (conversation_id)",
        "CREATE INDEX requests_checkout ON mpesa.requests (checkout_request_id)",
        "CREATE INDEX requests_merchant ON mpesa.requests (merchant_request_id)",
        "CREATE INDEX requests_status_created ON mpesa.requests (status, created_at)",
        f"""CREATE TABLE mpesa.callbacks (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            received_at TIMESTAMPTZ NOT NULL,
            source TEXT,
            body BYTEA NOT NULL,
            kind TEXT,
            dedupe_key TEXT UNIQUE,
            status TEXT CHECK (status IN ({_STATUS_CHECK})),
            result_code TEXT,
            result_desc TEXT,
            receipt TEXT,
            request_id BIGINT REFERENCES mpesa.requests (id),
            deliveries INTEGER NOT NULL DEFAULT 1,
            dead_letter TEXT,
            reply BYTEA,
            CHECK ((kind IS NULL) = (dead_letter IS NOT NULL))
        )""",
        "CREATE INDEX callbacks_request ON mpesa.callbacks (request_id)",
        "CREATE INDEX callbacks_dead_letters ON mpesa.callbacks (id) WHERE dead_letter IS NOT NULL",
    ),
    # 2: the outbox: events written with the change that causes them, until published.
    (
        """CREATE TABLE mpesa.outbox (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            data JSONB NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            published_at TIMESTAMPTZ
        )""",
        "CREATE INDEX outbox_pending ON mpesa.outbox (id) WHERE published_at IS NULL",
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
    "SELECT * FROM mpesa.requests WHERE reference = %(id)s OR "
    + " OR ".join(f"{column} = %(id)s" for column in _ID_COLUMNS)
    + " ORDER BY id LIMIT 1"
)
_MATCH = (
    "SELECT id FROM mpesa.requests WHERE "
    + " OR ".join(f"{column} = %({column})s" for column in ("reference", *_ID_COLUMNS))
    + " ORDER BY CASE"
    + "".join(
        f" WHEN {column} = %({column})s THEN {rank}"
        for rank, column in enumerate(("reference", *_ID_COLUMNS))
    )
    + " END, id LIMIT 1 FOR UPDATE"
)
"""The request a callback belongs to, locked: the one matching by reference first, then by
each Daraja ID in turn (a ``NULL`` matches nothing)."""


def _stage(status: str) -> str:
    """SQL for :data:`~mpesa.ledger._rules.STAGE` of ``status``."""
    stages = "".join(f" WHEN '{name}' THEN {stage}" for name, stage in STAGE.items())
    return f"CASE {status}{stages} END"


_FORWARD = f"({_stage('%(status)s::text')} >= {_stage('r.status')})"
_CHANGES = " OR ".join(
    [
        _FORWARD,
        *(f"(r.{column} IS NULL AND %({column})s::text IS NOT NULL)" for column in _ID_COLUMNS),
    ]
)
_APPLY = (
    f"status = CASE WHEN {_FORWARD} THEN %(status)s ELSE r.status END,"
    f" result_code = CASE WHEN {_FORWARD} THEN %(result_code)s ELSE r.result_code END,"
    f" result_desc = CASE WHEN {_FORWARD} THEN %(result_desc)s ELSE r.result_desc END,"
    f" receipt = CASE WHEN {_FORWARD} THEN COALESCE(%(receipt)s, r.receipt) ELSE r.receipt END,"
    + "".join(f" {column} = COALESCE(r.{column}, %({column})s)," for column in _ID_COLUMNS)
    + f" updated_at = CASE WHEN {_CHANGES} THEN %(now)s ELSE r.updated_at END"
)
"""An outcome applied to the request ``r``: its status only moves forward (a late answer never
undoes a later one, it only adds the IDs it brings), and an ID once known is kept."""

_UPDATE_REQUEST = (
    f"UPDATE mpesa.requests r SET {_APPLY} WHERE r.reference = %(reference)s RETURNING r.*"
)


def _store_events(condition: str) -> str:
    """A statement of a ``WITH`` that stores the events of the parameters :func:`_events`
    gives into the outbox, in their order, when ``condition`` holds; an event whose ID is
    there already is skipped."""
    return (
        "INSERT INTO mpesa.outbox (event_id, name, data, created_at)"
        " SELECT e.event_id, e.name, e.data::jsonb, %(created_at)s"
        " FROM unnest(%(event_ids)s::text[], %(event_names)s::text[], %(event_data)s::text[])"
        " WITH ORDINALITY AS e (event_id, name, data, position)"
        f" WHERE {condition} ORDER BY e.position ON CONFLICT (event_id) DO NOTHING"
    )


_RECORD_CALLBACK = (
    f"WITH matched AS ({_MATCH}),"
    " stored AS ("
    "INSERT INTO mpesa.callbacks (received_at, source, body, kind, dedupe_key, status,"
    " result_code, result_desc, receipt, request_id, reply)"
    " VALUES (%(now)s, %(source)s, %(body)s, %(kind)s, %(dedupe_key)s, %(status)s,"
    " %(result_code)s, %(result_desc)s, %(receipt)s, (SELECT id FROM matched), %(reply)s)"
    " ON CONFLICT (dedupe_key) DO UPDATE SET deliveries = mpesa.callbacks.deliveries + 1"
    " RETURNING *),"
    f" applied AS (UPDATE mpesa.requests r SET {_APPLY} FROM stored"
    " WHERE stored.deliveries = 1 AND r.id = stored.request_id)"
    " SELECT * FROM stored"
)
"""One callback recorded in one statement: its request matched and locked, the callback
inserted (or, when its dedupe key is known, that row's deliveries counted: a row delivered
once is a new one), and its outcome applied to the request and its events stored only when
it is new."""
_RECORD_CALLBACK_AND_EVENTS = _RECORD_CALLBACK.replace(
    " SELECT * FROM stored",
    f", outbox AS ({_store_events('(SELECT deliveries FROM stored) = 1')}) SELECT * FROM stored",
)
"""The same, storing the callback's events into the outbox too (a statement of its own: the
outbox's part costs a callback without events a third more time)."""
_MARK_HANDLED = (
    "WITH marked AS (UPDATE mpesa.callbacks SET reply = %(reply)s"
    " WHERE id = %(id)s AND kind IS NOT NULL RETURNING id)"
    " SELECT count(*) AS marked FROM marked"
)
"""A callback marked handled."""
_MARK_HANDLED_AND_EVENTS = _MARK_HANDLED.replace(
    " SELECT count(*)",
    f", outbox AS ({_store_events('EXISTS (SELECT 1 FROM marked)')}) SELECT count(*)",
)
"""A callback marked handled and its events stored, in one statement."""
_APPEND_EVENTS = _store_events("TRUE")

_Cursor = psycopg.Cursor[DictRow]


class PostgresLedger:
    """A :class:`~mpesa.ledger.Ledger` in PostgreSQL, shared by any number of processes:
    ``PostgresLedger("postgresql://user:password@host/db")``.

    Given a URL, it opens a pool of up to ``max_connections`` connections and closes it in
    :meth:`close`; given a :class:`psycopg_pool.ConnectionPool`, it uses that pool and leaves it
    open. The ``mpesa`` schema is created if missing and brought up to date. One more
    connection, opened on first use, holds the :meth:`handling` locks.
    """

    def __init__(
        self,
        url_or_pool: str | ConnectionPool[Any],
        *,
        max_connections: int = 10,
        clock: Clock = utc_now,
    ) -> None:
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise MpesaValidationError(
                FieldProblem("max_connections", "type", "must be a whole number")
            )
        if max_connections < 1:
            raise MpesaValidationError(
                FieldProblem("max_connections", "minimum", "must be at least 1")
            )
        self._clock = clock
        self._owns_pool = isinstance(url_or_pool, str)
        if isinstance(url_or_pool, str):
            self._conninfo, self._connect_options = url_or_pool, dict[str, Any]()
            with psycopg.connect(url_or_pool) as first:  # a wrong URL fails here, at once
                _migrate(first, self._stamp(None))
            pool: ConnectionPool[Any] = ConnectionPool(
                url_or_pool,
                min_size=1,
                max_size=max_connections,
                kwargs={"autocommit": True},
                open=True,
                name="mpesa-ledger",
            )
        else:
            pool = url_or_pool
            conninfo, options = pool.conninfo, pool.kwargs
            self._conninfo = conninfo() if callable(conninfo) else conninfo
            self._connect_options = dict((options() if callable(options) else options) or {})
            with pool.connection() as first:
                _migrate(first, self._stamp(None))
        self._pool: ConnectionPool[Any] | None = pool
        self._handling = KeyLocks()
        self._locks_guard = threading.Lock()
        self._locks_connection: psycopg.Connection[Any] | None = None

    def __repr__(self) -> str:
        """The server and database, never the user or password."""
        parts = conninfo_to_dict(self._conninfo)
        host, port, database = (parts.get(key) for key in ("host", "port", "dbname"))
        where = f"{host or 'localhost'}{'' if port is None else f':{port}'}/{database or ''}"
        return f"PostgresLedger('postgresql://{where}')"

    def __enter__(self) -> PostgresLedger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the pool (if the ledger opened it) and the lock connection; later calls raise
        :class:`LedgerError`. Closing twice is harmless."""
        with self._locks_guard:
            pool, self._pool = self._pool, None
            if self._locks_connection is not None:
                self._locks_connection.close()
                self._locks_connection = None
        if pool is not None and self._owns_pool:
            pool.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the database."""
        with self._statements() as db:
            row = db.execute("SELECT MAX(version) AS version FROM mpesa.schema_version").fetchone()
            assert row is not None
            return int(row["version"])

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
        exact = amount_text(amount)
        now = self._stamp(None)
        row = (
            reference,
            operation,
            Jsonb(dict(client_ids or {})),
            None if exact is None else Decimal(exact),
            None if phone is None else mask_phone(phone),
            "sent",
            *(getattr(ids, column) for column in _ID_COLUMNS),
            now,
            now,
        )
        try:
            with self._statements() as db:
                inserted = db.execute(
                    "INSERT INTO mpesa.requests (reference, operation, client_ids, amount, phone,"
                    f" status, {', '.join(_ID_COLUMNS)}, created_at, updated_at)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING *",
                    row,
                ).fetchone()
        except psycopg.errors.UniqueViolation:
            raise LedgerError(
                f"a request with reference {reference!r} is already recorded"
            ) from None
        return _request(inserted)

    def update_request(
        self, reference: str, outcome: Outcome, ids: DarajaIds | None = None
    ) -> RequestEntry:
        """Set a request's status and result; IDs it did not know yet are added."""
        parameters = _outcome_parameters(outcome, ids or DarajaIds(), self._stamp(None))
        with self._statements() as db:
            row = db.execute(_UPDATE_REQUEST, {**parameters, "reference": reference}).fetchone()
        if row is None:
            raise LedgerError(f"no request with reference {reference!r}")
        return _request(row)

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
        ``dedupe_key`` was recorded before, by any process, is a duplicate: it only increments
        ``deliveries`` and changes no request. ``reply``, when no handler has to run first,
        stores it handled in the same transaction; ``events`` go into the outbox in that
        statement too, when the callback is new.
        """
        parameters = {
            **(self._events(events) if events else {}),
            **_outcome_parameters(outcome, ids or DarajaIds(), self._stamp(received_at)),
            "reference": reference,
            "source": source,
            "body": bytes(body),
            "kind": kind,
            "dedupe_key": dedupe_key,
            "reply": None if reply is None else bytes(reply),
        }
        with self._statements() as db:
            statement = _RECORD_CALLBACK_AND_EVENTS if events else _RECORD_CALLBACK
            row = db.execute(statement, parameters).fetchone()
        callback = _callback(row)
        return Recorded(callback, duplicate=callback.deliveries > 1)

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
        with self._statements() as db:
            inserted = db.execute(
                "INSERT INTO mpesa.callbacks (received_at, source, body, dead_letter)"
                " VALUES (%s, %s, %s, %s) RETURNING *",
                (stamp, source, bytes(body), reason),
            ).fetchone()
            return _callback(inserted)

    def mark_handled(self, callback_id: int, reply: bytes, events: Sequence[Event] = ()) -> None:
        """Record that a callback's handlers succeeded, with the reply sent for it and, in the
        same statement, ``events`` into the outbox."""
        parameters = {
            **(self._events(events) if events else {}),
            "reply": bytes(reply),
            "id": callback_id,
        }
        statement = _MARK_HANDLED_AND_EVENTS if events else _MARK_HANDLED
        with self._statements() as db:
            row = db.execute(statement, parameters).fetchone()
        if row is None or row["marked"] == 0:
            raise LedgerError(f"no parsed callback with id {callback_id}")

    def append_events(self, events: Sequence[Event]) -> None:
        """Store ``events`` into the outbox, in order; one already there is not stored again."""
        parameters = self._events(events)
        with self._statements() as db:
            db.execute(_APPEND_EVENTS, parameters)

    def pending_events(self, limit: int = 100) -> list[StoredEvent]:
        """Up to ``limit`` events of the outbox not yet published, oldest first (by the order
        they were stored in; one stored by a transaction still open is read once it commits)."""
        with self._statements() as db:
            rows = db.execute(
                "SELECT id, event_id, name, data, created_at FROM mpesa.outbox"
                " WHERE published_at IS NULL ORDER BY id LIMIT %s",
                (positive_limit(limit),),
            ).fetchall()
        return [
            StoredEvent(
                row["id"], Event(row["event_id"], row["name"], row["data"]), utc(row["created_at"])
            )
            for row in rows
        ]

    def mark_published(self, event_ids: Iterable[str]) -> None:
        """Record that these events were published: :meth:`pending_events` skips them."""
        with self._statements() as db:
            db.execute(
                "UPDATE mpesa.outbox SET published_at = %s"
                " WHERE event_id = ANY(%s) AND published_at IS NULL",
                (self._stamp(None), [str(event_id) for event_id in event_ids]),
            )

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Each write commits on its own even inside the block: PostgreSQL already groups the
        commits of concurrent connections into one disk flush."""
        yield

    @contextmanager
    def handling(self, dedupe_key: str) -> Iterator[None]:
        """Held while a callback's handlers run; a holder of the same ``dedupe_key`` in this or
        any other process using the database waits (another process's hold is polled for,
        every few milliseconds). A process that dies releases what it held."""
        key = int.from_bytes(hashlib.sha256(dedupe_key.encode()).digest()[:8], "big", signed=True)
        with self._handling.hold(dedupe_key):
            delay = _POLL_START
            while not self._advisory("SELECT pg_try_advisory_lock(%s)", key):
                time.sleep(delay)
                delay = min(delay * 2, _POLL_MAX)
            try:
                yield
            finally:
                self._advisory("SELECT pg_advisory_unlock(%s)", key)

    def find_request(self, correlation_id: str) -> RequestEntry | None:
        """The request whose reference or any Daraja ID equals ``correlation_id``."""
        with self._statements() as db:
            row = db.execute(_FIND, {"id": correlation_id}).fetchone()
            return None if row is None else _request(row)

    def entry(self, correlation_id: str) -> LedgerEntry | None:
        """The request found as :meth:`find_request` finds it, with its callbacks."""
        with self._statements() as db:
            row = db.execute(_FIND, {"id": correlation_id}).fetchone()
            if row is None:
                return None
            callbacks = db.execute(
                "SELECT * FROM mpesa.callbacks WHERE request_id = %s ORDER BY id", (row["id"],)
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
            conditions.append("status = ANY(%s)")
            parameters.append(chosen)
        if older_than is not None:
            conditions.append("created_at < %s")
            parameters.append(self._stamp(self._clock() - older_than))
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        with self._statements() as db:
            rows = db.execute(
                f"SELECT * FROM mpesa.requests{where} ORDER BY created_at, id LIMIT %s",
                (*parameters, limit),
            ).fetchall()
            return [_request(row) for row in rows]

    def dead_letters(self, *, limit: int | None = None) -> list[CallbackEntry]:
        """The callbacks kept as dead letters, oldest first."""
        with self._statements() as db:
            rows = db.execute(
                "SELECT * FROM mpesa.callbacks WHERE dead_letter IS NOT NULL ORDER BY id LIMIT %s",
                (limit,),
            ).fetchall()
            return [_callback(row) for row in rows]

    @contextmanager
    def _statements(self) -> Iterator[_Cursor]:
        """A pooled connection for one statement, a transaction of its own (or a reading)."""
        pool = self._pool
        if pool is None:
            raise LedgerError(f"{self!r} is closed")
        with pool.connection() as connection, connection.cursor(row_factory=dict_row) as cursor:
            yield cursor

    def _advisory(self, query: str, key: int) -> bool:
        """Run one advisory-lock function on the lock connection (opened on first use, and
        again after it broke: the server let go of its locks then)."""
        with self._locks_guard:
            if self._pool is None:
                raise LedgerError(f"{self!r} is closed")
            if self._locks_connection is None or self._locks_connection.broken:
                self._locks_connection = psycopg.connect(
                    self._conninfo, **{**self._connect_options, "autocommit": True}
                )
            row = self._locks_connection.execute(query, (key,)).fetchone()
            return row is not None and bool(row[0])

    def _events(self, events: Sequence[Event]) -> dict[str, object]:
        """The parameters of :func:`_store_events`."""
        rows = event_rows(events)
        return {
            "event_ids": [row[0] for row in rows],
            "event_names": [row[1] for row in rows],
            "event_data": [row[2] for row in rows],
            "created_at": self._stamp(None),
        }

    def _stamp(self, moment: datetime | None) -> datetime:
        """``moment`` (now if ``None``) in UTC; a naive datetime is refused."""
        return utc(self._clock() if moment is None else moment)


def _migrate(db: psycopg.Connection[Any], now: datetime) -> None:
    """Apply the versions of :data:`MIGRATIONS` the database has not seen, in one transaction."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        db.execute("CREATE SCHEMA IF NOT EXISTS mpesa")
        db.execute(
            "CREATE TABLE IF NOT EXISTS mpesa.schema_version"
            " (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)"
        )
        row = db.execute("SELECT COALESCE(MAX(version), 0) FROM mpesa.schema_version").fetchone()
        current = 0 if row is None else int(row[0])
        if current > len(MIGRATIONS):
            raise LedgerError(
                f"the ledger's schema is version {current}; this version of mpesa-adapter"
                f" knows up to {len(MIGRATIONS)}"
            )
        for version in range(current + 1, len(MIGRATIONS) + 1):
            for statement in MIGRATIONS[version - 1]:
                db.execute(statement)
            db.execute("INSERT INTO mpesa.schema_version VALUES (%s, %s)", (version, now))


def _outcome_parameters(outcome: Outcome, ids: DarajaIds, now: datetime) -> dict[str, object]:
    """The parameters of :data:`_APPLY`."""
    return {
        "status": outcome.status,
        "result_code": outcome.result_code,
        "result_desc": outcome.result_desc,
        "receipt": outcome.receipt,
        **vars(ids),
        "now": now,
    }


def _request(row: DictRow | None) -> RequestEntry:
    if row is None:
        raise LedgerError("the request's row is missing")
    return RequestEntry(
        id=row["id"],
        reference=row["reference"],
        operation=row["operation"],
        client_ids=row["client_ids"],
        amount=row["amount"],
        phone=row["phone"],
        status=row["status"],
        ids=DarajaIds(**{column: row[column] for column in _ID_COLUMNS}),
        result_code=row["result_code"],
        result_desc=row["result_desc"],
        receipt=row["receipt"],
        created_at=utc(row["created_at"]),
        updated_at=utc(row["updated_at"]),
    )


def _callback(row: DictRow | None) -> CallbackEntry:
    if row is None:
        raise LedgerError("the callback's row is missing")
    outcome = None
    if row["status"] is not None:
        outcome = Outcome(row["status"], row["result_code"], row["result_desc"], row["receipt"])
    return CallbackEntry(
        id=row["id"],
        received_at=utc(row["received_at"]),
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
