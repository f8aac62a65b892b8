"""The ledger's interface and records, independent of the database behind them.

A ledger keeps two kinds of record. A :class:`RequestEntry` is one money-moving request: written
before it is sent, updated from Daraja's synchronous answer and from its callback. A
:class:`CallbackEntry` is one callback as it arrived: its raw body, where it came from, what it
said, and the request it was matched to; a body that could not be parsed is kept too, as a dead
letter. Nothing here holds a token, a credential or a whole phone number.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, Protocol

from ..errors import MpesaException

__all__ = [
    "UNRESOLVED",
    "CallbackEntry",
    "DarajaIds",
    "Event",
    "Ledger",
    "LedgerEntry",
    "LedgerError",
    "Outcome",
    "Recorded",
    "RequestEntry",
    "Status",
    "StoredEvent",
]

Status = Literal["sent", "accepted", "refused", "unknown", "pending", "success", "failed"]
"""Where a request stands.

``sent``: recorded, no answer yet (still ``sent`` after a crash mid-request); ``accepted`` /
``refused``: Daraja's synchronous answer; ``unknown``: no usable answer, the request may have
been processed; ``pending``: a query said it is still in progress; ``success`` / ``failed``:
the final outcome, from a callback or a query.
"""

UNRESOLVED: frozenset[Status] = frozenset({"sent", "accepted", "unknown", "pending"})
"""The statuses whose final outcome is not known yet: what a reconciliation looks at."""


class LedgerError(MpesaException):
    """The ledger cannot be used: its schema is newer than this version, or a record is missing."""


@dataclass(frozen=True)
class DarajaIds:
    """The IDs that identify a request to Daraja; any one of them finds it in the ledger."""

    originator_conversation_id: str | None = None
    conversation_id: str | None = None
    checkout_request_id: str | None = None
    merchant_request_id: str | None = None

    @classmethod
    def from_wire(cls, values: Mapping[str, object]) -> DarajaIds:
        """The Daraja IDs among ``values`` (a request's IDs or an answer's fields), by wire
        name in any case; C2B v2's ``OriginatorCoversationID`` spelling included."""
        found: dict[str, str] = {}
        for key, value in values.items():
            name = _ATTRIBUTES.get(key.lower())
            if name is not None and value not in (None, "") and name not in found:
                found[name] = str(value)
        return cls(**found)

    def by_wire(self) -> dict[str, str]:
        """The known IDs by Daraja's wire name (``ConversationID`` ...)."""
        return {
            wire: value
            for wire, attribute in WIRE_NAMES.items()
            if (value := getattr(self, attribute)) is not None
        }


WIRE_NAMES: Mapping[str, str] = {
    "OriginatorConversationID": "originator_conversation_id",
    "ConversationID": "conversation_id",
    "CheckoutRequestID": "checkout_request_id",
    "MerchantRequestID": "merchant_request_id",
}
"""Daraja's wire name of each :class:`DarajaIds` attribute."""
_ATTRIBUTES = {
    **{wire.lower(): attribute for wire, attribute in WIRE_NAMES.items()},
    "originatorcoversationid": "originator_conversation_id",
}


@dataclass(frozen=True)
class Outcome:
    """What an answer, a callback or a query says about a request."""

    status: Status
    result_code: str | None = None
    result_desc: str | None = None
    receipt: str | None = None
    """The M-Pesa transaction ID (``MpesaReceiptNumber``, ``TransactionID``)."""


@dataclass(frozen=True)
class RequestEntry:
    """One money-moving request and what is known of its outcome."""

    id: int
    reference: str
    """The client's own reference for the request, carried in its callback URL."""
    operation: str
    client_ids: Mapping[str, str]
    """The request's own identifying fields by wire name (``AccountReference``, ...)."""
    amount: Decimal | None
    phone: str | None
    """The customer's phone number, masked (``2547****149``)."""
    status: Status
    ids: DarajaIds
    result_code: str | None
    result_desc: str | None
    receipt: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CallbackEntry:
    """One callback as received: parsed and matched, or kept as a dead letter."""

    id: int
    received_at: datetime
    source: str | None
    """The address it came from."""
    body: bytes
    kind: str | None
    """The callback's kind (``stk``, ``result``, ...); ``None`` for a dead letter."""
    dedupe_key: str | None
    outcome: Outcome | None
    request_id: int | None
    """The :class:`RequestEntry` it was matched to, if any."""
    deliveries: int
    """How many times it arrived: duplicates are counted here, not stored again."""
    dead_letter: str | None
    """Why the body could not be parsed; ``None`` for a parsed callback."""
    reply: bytes | None = None
    """The reply sent once its handlers succeeded (see :meth:`Ledger.mark_handled`); ``None``
    until then."""


@dataclass(frozen=True)
class Recorded:
    """The result of recording a callback."""

    callback: CallbackEntry
    duplicate: bool
    """The same callback (by its dedupe key) was recorded before; handle it only once."""


@dataclass(frozen=True)
class LedgerEntry:
    """A request with the callbacks matched to it, oldest first."""

    request: RequestEntry
    callbacks: tuple[CallbackEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Event:
    """An event to publish through the ledger's outbox; consumers deduplicate on ``event_id``."""

    event_id: str
    name: str
    data: Mapping[str, Any]
    """The payload, JSON-serialisable (:func:`~mpesa.events.event_data` builds one)."""

    @classmethod
    def named(cls, name: str, data: Mapping[str, Any], *, basis: str) -> Event:
        """The event ``name`` with ``data``, its ID derived from ``basis`` (what it is about:
        a callback's dedupe key, a payload's own ID) and ``name``, so that writing the same
        event twice stores it once; ``data["event_id"]`` is that ID too."""
        event_id = hashlib.sha256(f"{basis}\n{name}".encode()).hexdigest()[:32]
        return cls(event_id, name, {**data, "event_id": event_id})


@dataclass(frozen=True)
class StoredEvent:
    """An event in the outbox, not yet published."""

    id: int
    """Its place in the outbox: events are published in this order."""
    event: Event
    created_at: datetime


class Ledger(Protocol):
    """A durable record of money-moving requests and the callbacks that answer them.

    Every method commits before it returns, so what it reports survives a crash of the process.
    Methods are safe to call from several threads; asyncio code calls them directly (each is
    one short transaction) or through ``asyncio.to_thread``.
    """

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
        ...

    def update_request(
        self, reference: str, outcome: Outcome, ids: DarajaIds | None = None
    ) -> RequestEntry:
        """Set a request's status and result; IDs it did not know yet are added."""
        ...

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
        ``dedupe_key`` was recorded before is a duplicate: it only increments ``deliveries``.
        ``reply``, when no handler has to run first, stores it handled in the same transaction
        (as :meth:`mark_handled` would after); so are ``events``, into the outbox, when the
        callback is new.
        """
        ...

    def record_dead_letter(
        self,
        body: bytes,
        *,
        reason: str,
        source: str | None = None,
        received_at: datetime | None = None,
    ) -> CallbackEntry:
        """Keep a callback body that could not be parsed, with the reason."""
        ...

    def mark_handled(self, callback_id: int, reply: bytes, events: Sequence[Event] = ()) -> None:
        """Record that a callback's handlers succeeded, with the reply sent for it and, in the
        same transaction, ``events`` into the outbox.

        A duplicate of a callback without this mark has not been handled yet.
        """
        ...

    def append_events(self, events: Sequence[Event]) -> None:
        """Store ``events`` into the outbox, in order; an event whose ``event_id`` is there
        already is not stored again (nor is it by the methods above)."""
        ...

    def pending_events(self, limit: int = 100) -> list[StoredEvent]:
        """Up to ``limit`` events of the outbox not yet published, oldest first."""
        ...

    def mark_published(self, event_ids: Iterable[str]) -> None:
        """Record that these events were published: :meth:`pending_events` skips them."""
        ...

    def batch(self) -> AbstractContextManager[None]:
        """Writes made inside the block may be committed together when it ends, to save a
        commit each; each write still succeeds or fails on its own, and none is durable before
        the block ends. A receiver batches callbacks it can answer without running a handler."""
        ...

    def handling(self, dedupe_key: str) -> AbstractContextManager[None]:
        """Held while a callback's handlers run: another holder of the same ``dedupe_key``
        waits until it is released, so two deliveries of one callback never run its handlers
        at once. Its reach is the ledger's: the process, or every process sharing the database.
        """
        ...

    def find_request(self, correlation_id: str) -> RequestEntry | None:
        """The request whose reference or any Daraja ID equals ``correlation_id``."""
        ...

    def entry(self, correlation_id: str) -> LedgerEntry | None:
        """The request found as :meth:`find_request` finds it, with its callbacks."""
        ...

    def list_requests(
        self,
        *,
        statuses: Iterable[Status] | None = None,
        older_than: timedelta | None = None,
        limit: int | None = None,
    ) -> list[RequestEntry]:
        """Requests with one of ``statuses``, created more than ``older_than`` ago, oldest first."""
        ...

    def dead_letters(self, *, limit: int | None = None) -> list[CallbackEntry]:
        """The callbacks kept as dead letters, oldest first."""
        ...

    def close(self) -> None:
        """Release the database; the ledger cannot be used afterwards."""
        ...
