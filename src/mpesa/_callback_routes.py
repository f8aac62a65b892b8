"""The callback URLs the adapter derives from ``callback_base_url``, and reading them back.

One setting, ``callback_base_url`` (``https://shop.example/hooks/<secret>``), gives every
operation its URLs: ``<base>/callback``, ``<base>/result``, ``<base>/timeout``,
``<base>/confirmation`` and ``<base>/validation``, after the configuration setting each
replaces, and ``<base>/status/<reference>`` for the answer to a status query about a request. A request that triggers a callback gets a reference of its own at the end of its
callback and timeout URLs (``<base>/result/<reference>``), so the callback names the request
that caused it even when the synchronous answer was lost. The base URL's path is the secret
a receiver checks; hex references and secrets never hold a word Daraja refuses in URLs.
"""

from __future__ import annotations

import hmac
import re
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

ROUTES: Mapping[str, str] = {
    "callback_url": "callback",
    "result_url": "result",
    "timeout_url": "timeout",
    "confirmation_url": "confirmation",
    "validation_url": "validation",
}
"""Configuration setting -> the route under ``callback_base_url`` that replaces it."""
STATUS_ROUTE = "status"
"""Where the answer to a status query about a request goes (``<base>/status/<reference>``):
it speaks for the request asked about, unlike the request's own result."""

_REFERENCE = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class CallbackRoute:
    """Where a callback arrived: the route (``result``) and the request's reference, if any."""

    name: str
    reference: str | None = None


def new_reference() -> str:
    """A request's own callback reference: 32 lowercase hex digits."""
    return uuid.uuid4().hex


def new_secret_path(prefix: str = "/hooks") -> str:
    """A fresh secret path for a ``callback_base_url``: ``/hooks/<32 hex digits>``."""
    return f"{prefix.rstrip('/')}/{secrets.token_hex(16)}"


def derived_url(base_url: str, setting: str, reference: str | None = None) -> str:
    """The URL under ``base_url`` that replaces ``setting``, with ``reference`` appended."""
    url = f"{base_url.rstrip('/')}/{ROUTES[setting]}"
    return f"{url}/{reference}" if reference is not None else url


def status_url(base_url: str, reference: str) -> str:
    """Where a status query about the request ``reference`` asks for its answer."""
    return f"{base_url.rstrip('/')}/{STATUS_ROUTE}/{reference}"


def route_of(base_url: str, path: str) -> CallbackRoute | None:
    """The route of a request ``path`` under ``base_url``, or None when it is not one of ours.

    The base path (the secret) is compared in constant time; anything else, a wrong secret,
    an unknown route or a malformed reference, is None.
    """
    base_path = urlsplit(base_url).path.rstrip("/")
    head, tail = path[: len(base_path)], path[len(base_path) :]
    if not hmac.compare_digest(head.encode(), base_path.encode()) or not tail.startswith("/"):
        return None
    name, _, reference = tail[1:].partition("/")
    if name not in ROUTES.values() and name != STATUS_ROUTE:
        return None
    if not reference:
        return CallbackRoute(name)
    if not _REFERENCE.fullmatch(reference):
        return None
    return CallbackRoute(name, reference)
