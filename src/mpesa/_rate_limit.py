"""What an adapter asks of its ``rate_limiter``: hold a request to an API until it may go.

The adapter calls ``acquire`` with the request's URL path just before the request leaves (the
OAuth request excepted); the limiter returns once it may go, or raises
:class:`~mpesa.errors.MpesaRateLimitError` so that it is not sent. :mod:`mpesa.redis` has
limiters shared by every process on one Redis.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["AsyncRateLimiter", "RateLimiter"]


class RateLimiter(Protocol):
    """A limiter for ``MpesaAdapter``."""

    def acquire(self, api: str) -> None:
        """Return when a request to ``api`` may be sent; raise ``MpesaRateLimitError`` if not."""
        ...


class AsyncRateLimiter(Protocol):
    """A limiter for ``AsyncMpesaAdapter``."""

    async def acquire(self, api: str) -> None:
        """Return when a request to ``api`` may be sent; raise ``MpesaRateLimitError`` if not."""
        ...
