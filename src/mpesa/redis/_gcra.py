"""The generic cell rate algorithm (GCRA) that paces requests to one API.

At ``rate`` requests per second, requests are due one ``interval`` apart. The state is one
number per API, the theoretical arrival time (TAT): when the next request would be due if
requests had come exactly at the rate. A request at ``now`` goes when it is at most
``tolerance`` early, ``tolerance = (burst - 1) * interval``, and then moves the TAT one interval
on; otherwise it waits until it is no longer too early. So in any stretch of ``t`` seconds at
most ``burst + t * rate`` requests go. Times are whole microseconds.

:meth:`Gcra.decide` is the arithmetic as plain Python, the reference the tests read;
:data:`SCRIPT` is the same arithmetic in Lua, run atomically by the Redis server on its own
clock, the one used at runtime.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import MpesaConfigError

__all__ = ["SCRIPT", "Decision", "Gcra"]

MICROSECONDS = 1_000_000

SCRIPT = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local wait = tat - tolerance - now
if wait > 0 then
    return wait
end
tat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', tat), 'PX', math.ceil((tat - now) / 1000))
return 0
"""
"""``KEYS[1]``: the API's key; ``ARGV``: interval and tolerance. Answers 0 (go: the TAT moved
on, kept until it has passed) or the microseconds to wait before asking again."""


@dataclass(frozen=True)
class Decision:
    """Go (``wait == 0``, with the new ``tat``) or wait ``wait`` microseconds and ask again."""

    wait: int
    tat: int | None = None


@dataclass(frozen=True)
class Gcra:
    """The pacing of one API: ``interval`` and ``tolerance`` in microseconds."""

    interval: int
    tolerance: int

    @classmethod
    def of(cls, rate: float, burst: int) -> Gcra:
        """``rate`` requests per second, ``burst`` of them at once at most."""
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not rate > 0:
            raise MpesaConfigError(
                f"rate must be requests per second above 0, got {rate!r}", setting="rate"
            )
        if not math.isfinite(rate):
            raise MpesaConfigError(f"rate must be finite, got {rate!r}", setting="rate")
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            raise MpesaConfigError(
                f"burst must be a whole number of requests, 1 or more, got {burst!r}",
                setting="burst",
            )
        interval = max(1, round(MICROSECONDS / rate))
        return cls(interval, (burst - 1) * interval)

    def decide(self, tat: int | None, now: int) -> Decision:
        """The decision for a request at ``now`` given the stored ``tat`` (None: none stored)."""
        tat = now if tat is None else max(tat, now)
        wait = tat - self.tolerance - now
        if wait > 0:
            return Decision(wait)
        return Decision(0, tat + self.interval)
