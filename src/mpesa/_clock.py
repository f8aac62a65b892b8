"""Time as Daraja wants it: the STK ``Timestamp`` and the ``Password`` built from it.

Daraja documents no timezone for ``Timestamp``; Safaricom's systems and the community use
Nairobi time (EAT, UTC+3; the spec's note on ``Timestamp`` in
``spec/operations/mpesa_express.yaml``). Kenya has no daylight saving, so a fixed offset is
exact and no tz database is needed. The clock is injectable so tests are deterministic.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

__all__ = ["NAIROBI", "Clock", "daraja_timestamp", "stk_credentials", "stk_password", "utc_now"]

Clock = Callable[[], datetime]
"""Returns the current moment as an aware datetime."""

NAIROBI = timezone(timedelta(hours=3), "EAT")


def utc_now() -> datetime:
    """The default :data:`Clock`."""
    return datetime.now(timezone.utc)


def daraja_timestamp(moment: datetime) -> str:
    """``YYYYMMDDHHmmss`` in Nairobi time, whatever timezone ``moment`` is in."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive datetime has no timezone; a Clock must return an aware datetime")
    return moment.astimezone(NAIROBI).strftime("%Y%m%d%H%M%S")


def stk_password(shortcode: str, passkey: str, timestamp: str) -> str:
    """``base64(shortcode + passkey + timestamp)``, the STK push and query ``Password``."""
    return base64.b64encode(f"{shortcode}{passkey}{timestamp}".encode()).decode("ascii")


def stk_credentials(clock: Clock, shortcode: str, passkey: str) -> tuple[str, str]:
    """``(password, timestamp)`` from one clock read, so the two always match."""
    timestamp = daraja_timestamp(clock())
    return stk_password(shortcode, passkey, timestamp), timestamp
