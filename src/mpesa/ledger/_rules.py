"""The rules every ledger applies the same way, whatever database keeps it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from decimal import Decimal
from typing import get_args

from ..errors import FieldProblem, MpesaValidationError
from ._base import Status

__all__ = ["STAGE", "amount_text", "chosen_statuses", "utc"]

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
