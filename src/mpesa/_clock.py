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

__all__ = [
    "NAIROBI",
    "Clock",
    "StkCredentials",
    "daraja_timestamp",
    "stk_password",
    "utc_now",
]

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


class StkCredentials:
    """The STK password and timestamp of one adapter's calls, each worked out once.

    Calls within the same second share a timestamp, so they share its password too. The
    last results are kept as tuples, each replaced whole, so threads may share an instance.
    """

    __slots__ = ("_clock", "_last", "_second")

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._second: tuple[datetime, str] | None = None
        self._last: tuple[str, str, str, str] | None = None

    def __repr__(self) -> str:
        return "StkCredentials(<hidden>)"

    def now(self, shortcode: str, passkey: str) -> tuple[str, str]:
        """``(password, timestamp)`` from one clock read, so the two always match."""
        moment = self._clock()
        second = moment.replace(microsecond=0)
        known = self._second
        if known is not None and known[0] == second:
            timestamp = known[1]
        else:
            timestamp = daraja_timestamp(moment)
            self._second = (second, timestamp)
        return self.password(shortcode, passkey, timestamp), timestamp

    def password(self, shortcode: str, passkey: str, timestamp: str) -> str:
        """:func:`stk_password`, remembered for the last shortcode, passkey and timestamp."""
        last = self._last
        if (
            last is not None
            and last[0] == timestamp
            and last[1] == shortcode
            and last[2] == passkey
        ):
            return last[3]
        password = stk_password(shortcode, passkey, timestamp)
        self._last = (timestamp, shortcode, passkey, password)
        return password
