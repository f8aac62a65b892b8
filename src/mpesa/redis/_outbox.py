"""An event emitter that writes to a ledger's outbox, for :class:`~mpesa.redis.OutboxRelay`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from ..ledger import Event, Ledger

__all__ = ["OutboxEmitter"]


class OutboxEmitter:
    """An :class:`~mpesa.events.MpesaEventEmitter` storing each event in ``ledger``'s outbox:
    as an adapter's ``event_emitter``, its events (``mpesa.stk_push.initiated`` ...) reach the
    stream through the same relay as the receiver's.

    An event's ID follows from its payload's ``event_id`` and its name, so two events sharing
    one payload are two events, and the same event emitted twice is stored once.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def __repr__(self) -> str:
        return f"OutboxEmitter({self.ledger!r})"

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        """Store the event in the outbox."""
        basis = data.get("event_id")
        if not isinstance(basis, str) or not basis:
            basis = uuid.uuid4().hex
        self.ledger.append_events([Event.named(event_name, data, basis=basis)])
