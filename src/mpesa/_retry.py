"""When a failed request may be sent again, and how long to wait first.

The rule: **resend only what Daraja cannot have acted on, unless acting twice is harmless.**
Money-moving and state-changing operations (spec ``retry: unsafe``) are resent only when the
request provably was not processed; reads (``retry: safe``) are resent on any transient
failure.

=========================================  ==================  ==============================
failure                                    safe (reads)        unsafe (money, state changes)
=========================================  ==================  ==============================
``NOT_SENT``: connect error, connect or    resend              resend
pool timeout (the request never left)
``NO_ANSWER``: read or write timeout,      resend              never; the base client raises
connection dropped after sending                               ``MpesaOutcomeUnknownError``
                                                               (moves money) or a transport
                                                               error (other state changes)
HTTP, throttled: spike arrest              resend              resend
``500.003.02`` or quota ``500.003.03``
(refused by the gateway before
processing; HTTP 500, spec/codes.yaml)
HTTP status in ``retry_statuses``          resend              never
(429, 500, 502, 503, 504)
any other HTTP answer                      never               never
=========================================  ==================  ==============================

An HTTP answer that is not resent raises ``MpesaAPIException``; for an operation that moves
money, only when its code is a definite refusal before processing (``CodeInfo.refused``), and
``MpesaUncertainAnswerError`` (an ``MpesaOutcomeUnknownError``) otherwise.

An invalid-token answer (its ``errorCode`` differs per API: the spec's ``invalid_token_errors``)
was also refused before processing: the base client refreshes the token and resends once, for
every operation. That is not counted here.

At most ``max_retries`` resends follow the first attempt. Before resend number ``n``
(``n = 0`` for the first) the client waits a random time in ``[0, backoff_factor * 2**n]``
("full jitter", which spreads out clients that failed together), or the server's
``Retry-After`` (seconds or an HTTP date) when it sent a valid one. No wait exceeds
``max_retry_after`` seconds.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timezone
from typing import TYPE_CHECKING

import httpx

from ._clock import Clock, utc_now

if TYPE_CHECKING:
    from .config import MpesaConfig

__all__ = ["Failure", "RetryPolicy", "classify"]


class Failure(enum.Enum):
    """How a request failed, as far as resending is concerned."""

    NOT_SENT = "not_sent"
    """The request never left: Daraja cannot have processed it."""
    NO_ANSWER = "no_answer"
    """The request may have arrived and been processed; the answer was lost."""
    HTTP = "http"
    """Daraja (or its gateway) answered with an HTTP error status."""


def classify(exc: httpx.HTTPError) -> Failure:
    """Sort an httpx error; anything unrecognised counts as ``NO_ANSWER``, the cautious side."""
    if isinstance(exc, httpx.HTTPStatusError):
        return Failure.HTTP
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return Failure.NOT_SENT
    return Failure.NO_ANSWER


@dataclass(frozen=True)
class RetryPolicy:
    """The resend decision and the wait before each resend."""

    max_retries: int = 3
    backoff_factor: float = 1.0
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    max_retry_after: float = 60.0

    @classmethod
    def from_config(cls, config: MpesaConfig) -> RetryPolicy:
        return cls(
            max_retries=config.max_retries,
            backoff_factor=config.backoff_factor,
            retry_statuses=config.retry_statuses,
            max_retry_after=config.max_retry_after,
        )

    def may_resend(
        self,
        *,
        retry_safe: bool,
        failure: Failure,
        status: int | None,
        throttled: bool,
    ) -> bool:
        """Whether the failed request may be sent again (the attempt count is the caller's).

        ``throttled`` is true when the answer's ``errorCode`` is marked throttled in the spec.
        """
        if failure is Failure.NOT_SENT:
            return True
        if failure is Failure.HTTP and throttled:
            return True
        if not retry_safe:
            return False
        if failure is Failure.NO_ANSWER:
            return True
        return status in self.retry_statuses

    def backoff(
        self,
        attempt: int,
        retry_after: str | None,
        rng: random.Random | Callable[[], float],
        *,
        clock: Clock = utc_now,
    ) -> float:
        """Seconds to wait before resend number ``attempt`` (0 for the first resend)."""
        if attempt < 0:
            raise ValueError(f"attempt must be at least 0, got {attempt}")
        if retry_after is not None:
            seconds = _retry_after_seconds(retry_after, clock)
            if seconds is not None:
                return min(seconds, self.max_retry_after)
        draw = rng.random if isinstance(rng, random.Random) else rng
        return min(self.backoff_factor * 2.0**attempt, self.max_retry_after) * draw()


def _retry_after_seconds(value: str, clock: Clock) -> float | None:
    """A ``Retry-After`` header as seconds from now, or None when it is not valid."""
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; "-0000" parses as naive
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - clock()).total_seconds())
