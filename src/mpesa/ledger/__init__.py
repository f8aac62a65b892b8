"""The payment ledger: a durable record of money-moving requests and their callbacks.

:class:`Ledger` is the interface; :class:`SQLiteLedger` keeps it in one SQLite file.
"""

from __future__ import annotations

from ._base import (
    UNRESOLVED,
    CallbackEntry,
    DarajaIds,
    Ledger,
    LedgerEntry,
    LedgerError,
    Outcome,
    Recorded,
    RequestEntry,
    Status,
)
from ._open import ledger_path, open_ledger
from .sqlite import SQLiteLedger

__all__ = [
    "UNRESOLVED",
    "CallbackEntry",
    "DarajaIds",
    "Ledger",
    "LedgerEntry",
    "LedgerError",
    "Outcome",
    "Recorded",
    "RequestEntry",
    "SQLiteLedger",
    "Status",
    "ledger_path",
    "open_ledger",
]
