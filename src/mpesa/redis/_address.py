"""A Redis URL as logs, reprs and errors may show it."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["server_of"]


def server_of(url: str) -> str:
    """The scheme, host, port and database of a Redis URL; never its user, its password, or a
    password given as a query parameter."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
