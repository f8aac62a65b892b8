"""The ``mpesa`` logger: opt-in stderr output and redacted request/response traces.

The library never configures logging on its own; ``MPESA_LOG`` is a convenience for scripts
and debugging sessions. Every request and response written here goes through
:func:`mpesa._redact.redact` first, so turning on debug logging cannot leak a credential.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

from ._redact import redact, redact_text

LOGGER_NAME = "mpesa"
_HANDLER_NAME = "mpesa-env"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


def configure_from_env(environ: Mapping[str, str] = os.environ) -> None:
    """Send the ``mpesa`` logger to stderr when ``MPESA_LOG`` is debug, info or warning.

    Calling it again only adjusts the level: the handler is added once. An unknown value is
    reported and ignored, since a logging setting must not stop payments.
    """
    value = environ.get("MPESA_LOG", "").strip().lower()
    if not value:
        return
    logger = logging.getLogger(LOGGER_NAME)
    level = _LEVELS.get(value)
    if level is None:
        logger.warning("MPESA_LOG=%r ignored: use one of %s", value, ", ".join(_LEVELS))
        return
    handler = next((h for h in logger.handlers if h.get_name() == _HANDLER_NAME), None)
    if handler is None:
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)


def log_request(
    logger: logging.Logger,
    operation: str,
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: Any,
    secret_keys: Iterable[str] = (),
    phone_keys: Iterable[str] = (),
    *,
    secret_values: Iterable[str] = (),
) -> None:
    """Log an outgoing request at DEBUG, headers and body redacted; ``secret_values`` (a
    secret callback base URL) are removed wherever they appear."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    secrets, phones = frozenset(secret_keys), frozenset(phone_keys)
    logger.debug(
        "%s request %s %s headers=%s body=%s",
        operation,
        method,
        url,
        redact(headers, secret_keys=secrets, phone_keys=phones),
        redact_text(str(redact(body, secret_keys=secrets, phone_keys=phones)), secret_values),
    )


def log_response(
    logger: logging.Logger,
    operation: str,
    status: int,
    body: Any,
    elapsed: float,
    *,
    secret_keys: Iterable[str] = (),
    phone_keys: Iterable[str] = (),
    secret_values: Iterable[str] = (),
) -> None:
    """Log a response at DEBUG with its status and time taken (seconds), body redacted.

    ``secret_values`` are removed wherever they appear in the body's text: Daraja echoes the
    refused access token inside ``errorMessage`` (``Invalid Access Token - <token>``), a value
    no key name gives away.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    text = str(redact(body, secret_keys=secret_keys, phone_keys=phone_keys))
    logger.debug(
        "%s response %s in %.3fs body=%s",
        operation,
        status,
        elapsed,
        redact_text(text, secret_values),
    )
