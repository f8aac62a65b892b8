"""Opening a ledger from a URL (``MPESA_LEDGER_URL``)."""

from __future__ import annotations

from ._base import Ledger
from .sqlite import SQLiteLedger

SCHEMES = ("sqlite",)
"""The URL schemes :func:`open_ledger` knows."""


def ledger_path(url: str) -> str | None:
    """The file of a ``sqlite:///relative/path`` or ``sqlite:////absolute/path`` URL (the
    usual SQLite URL form), or None when ``url`` is not one."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        return None
    return url[len(prefix) :]


def open_ledger(url: str) -> Ledger:
    """The ledger a URL names: ``sqlite:///ledger.db`` is :class:`SQLiteLedger` in that file."""
    path = ledger_path(url)
    if path is None:
        raise ValueError("a ledger URL is sqlite:///<path> (sqlite:////<absolute path>)")
    return SQLiteLedger(path)
