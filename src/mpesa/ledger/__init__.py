"""The payment ledger: a durable record of money-moving requests and their callbacks.

:class:`Ledger` is the interface; :class:`SQLiteLedger` keeps it in one SQLite file, and
:class:`mpesa.ledger.postgres.PostgresLedger` (extra ``postgres``) in PostgreSQL, for several
processes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names
from ._base import (
    UNRESOLVED,
    CallbackEntry,
    DarajaIds,
    Event,
    Ledger,
    LedgerEntry,
    LedgerError,
    Outcome,
    Recorded,
    RequestEntry,
    Status,
    StoredEvent,
)
from ._open import ledger_path, open_ledger

if TYPE_CHECKING:
    from .sqlite import SQLiteLedger
else:
    # SQLite is imported when a SQLite ledger is first used, not with the package.
    __getattr__, __dir__ = lazy_names(globals(), {"SQLiteLedger": ".sqlite"})

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
    "SQLiteLedger",
    "Status",
    "StoredEvent",
    "ledger_path",
    "open_ledger",
]
