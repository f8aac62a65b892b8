"""Opening a ledger from a URL (``MPESA_LEDGER_URL``)."""

from __future__ import annotations

from ._base import Ledger

URL_FORMS = (
    "sqlite:///<path> (sqlite:////<absolute path>)"
    " or postgresql://<user>:<password>@<host>/<database>"
)
"""The ledger URLs :func:`open_ledger` knows, as an error message names them."""
_POSTGRES_PREFIXES = ("postgresql://", "postgres://")


def is_postgres_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (``postgresql://`` or ``postgres://``)."""
    return url.startswith(_POSTGRES_PREFIXES)


def ledger_path(url: str) -> str | None:
    """The file of a ``sqlite:///relative/path`` or ``sqlite:////absolute/path`` URL (the
    usual SQLite URL form), or None when ``url`` is not one."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        return None
    return url[len(prefix) :]


def open_ledger(url: str) -> Ledger:
    """The ledger a URL names: ``sqlite:///ledger.db`` is :class:`SQLiteLedger` in that file,
    ``postgresql://user:password@host/db`` (or ``postgres://``) is
    :class:`~mpesa.ledger.postgres.PostgresLedger` in that database (with the ``postgres``
    extra)."""
    if is_postgres_url(url):
        from .postgres import PostgresLedger

        return PostgresLedger(url)
    from .sqlite import SQLiteLedger

    path = ledger_path(url)
    if path is None:
        raise ValueError(f"a ledger URL is {URL_FORMS}")
    return SQLiteLedger(path)
