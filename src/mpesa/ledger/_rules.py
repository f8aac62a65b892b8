"""The rules every ledger applies the same way, whatever database keeps it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from typing import get_args

from ..errors import FieldProblem, MpesaValidationError
from ._base import Event, Status

__all__ = ["STAGE", "amount_text", "chosen_statuses", "event_rows", "positive_limit", "utc"]

STAGE: Mapping[Status, int] = {
    "sent": 0,
    "accepted": 1,
    "unknown": 1,
    "pending": 2,
    "refused": 3,
    "success": 3,
    "failed": 3,
}
"""How far along a status is: a request's status only moves forward (final ones last)."""


def amount_text(amount: Decimal | int | None) -> str | None:
    """An exact amount as text; floats are refused, since they are not exact."""
    if amount is None:
        return None
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        raise MpesaValidationError(FieldProblem("amount", "type", "must be a Decimal or an int"))
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise MpesaValidationError(FieldProblem("amount", "finite", "must be a finite number"))
    return str(amount)


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is refused."""
    if moment.utcoffset() is None:
        raise MpesaValidationError(
            FieldProblem("received_at", "timezone", "must be a timezone-aware datetime")
        )
    return moment.astimezone(timezone.utc)


def chosen_statuses(statuses: Iterable[Status]) -> list[str]:
    """The statuses a listing asks for, sorted and without repeats; an unknown one is refused."""
    known = get_args(Status)
    chosen: list[str] = sorted(set(statuses))
    if any(status not in known for status in chosen):
        raise MpesaValidationError(
            FieldProblem("statuses", "choice", f"must be among {', '.join(known)}")
        )
    return chosen


def event_rows(events: Sequence[Event]) -> list[tuple[str, str, str]]:
    """Each event as ``(event_id, name, data as JSON)``; an event without an ID or a name, or
    whose data is not JSON, is refused before anything is stored."""
    rows = []
    for event in events:
        if not isinstance(event, Event):
            raise MpesaValidationError(FieldProblem("events", "type", "must be Event records"))
        for name in ("event_id", "name"):
            value = getattr(event, name)
            if not isinstance(value, str) or not value:
                raise MpesaValidationError(
                    FieldProblem(f"events.{name}", "required", "must be a non-empty string")
                )
        try:
            data = json.dumps(dict(event.data), sort_keys=True, allow_nan=False)
        except (TypeError, ValueError):
            raise MpesaValidationError(
                FieldProblem("events.data", "json", "must be a JSON object")
            ) from None
        rows.append((event.event_id, event.name, data))
    return rows


def positive_limit(limit: int) -> int:
    """``limit``, refused unless a whole number of at least 1."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise MpesaValidationError(FieldProblem("limit", "minimum", "must be a whole number >= 1"))
    return limit
