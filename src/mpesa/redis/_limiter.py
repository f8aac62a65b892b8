"""One request rate per API shared by every process on one Redis.

Each API (a request path such as ``/mpesa/stkpush/v1/processrequest``) has its own budget,
kept under the key ``mpesa:rate:<path>``. Before a request leaves, the limiter runs the GCRA
script of :mod:`._gcra` on the Redis server, atomically and on the server's clock, so the
clocks of the processes never matter. The script answers "go" or "wait N microseconds"; the
limiter sleeps that long and asks again, and gives up with :class:`MpesaRateLimitError` when the
next wait would take it past ``max_wait``.

A Redis that cannot be asked does not drop the limit: the request is held back with
:class:`MpesaRateLimitError` (nothing sent, no money moved), since going on unpaced is what trips
Daraja's spike arrest across a fleet.
"""

from __future__ import annotations

import asyncio
import time
from urllib.parse import parse_qs, urlsplit

import redis.asyncio
from redis import Redis, RedisError
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry

from .._redact import redact_text
from ..config import MpesaConfig
from ..errors import MpesaConfigError, MpesaRateLimitError
from ._address import server_of
from ._gcra import MICROSECONDS, SCRIPT, Gcra

__all__ = ["AsyncRedisRateLimiter", "RedisRateLimiter"]

KEY_PREFIX = "mpesa:rate:"
MAX_WAIT = 30.0
"""Seconds a request waits at most for its turn by default."""
TIMEOUT = 5.0
"""Seconds allowed to connect to Redis and to get each answer by default."""


class _Pacing:
    """What both flavours share: the settings, the keys, the errors and the repr."""

    def __init__(
        self, server: str | None, rate: float, burst: int, max_wait: float, timeout: float
    ) -> None:
        self.gcra = Gcra.of(rate, burst)
        self.rate, self.burst = rate, burst
        if not max_wait >= 0:
            raise MpesaConfigError(
                f"max_wait must be at least 0 seconds, got {max_wait!r}", setting="max_wait"
            )
        if not timeout > 0:
            raise MpesaConfigError(
                f"timeout must be above 0 seconds, got {timeout!r}", setting="timeout"
            )
        self.max_wait = max_wait
        self._where = server_of(server) if server is not None else "a given client"
        self._secrets = _passwords(server) if server is not None else []

    def _args(self, api: str) -> tuple[list[str], list[int]]:
        return [KEY_PREFIX + api], [self.gcra.interval, self.gcra.tolerance]

    def _next_wait(self, api: str, microseconds: int, started: float) -> float:
        """Seconds to sleep before asking again, or the error when that passes ``max_wait``."""
        wait = microseconds / MICROSECONDS
        if time.monotonic() - started + wait > self.max_wait:
            raise MpesaRateLimitError(
                f"{api}: the shared rate limit ({self.rate:g}/s) would hold this request longer "
                f"than max_wait={self.max_wait:g}s; it was not sent",
                api=api,
            )
        return wait

    def _unreachable(self, api: str, exc: RedisError) -> MpesaRateLimitError:
        detail = redact_text(str(exc), self._secrets)
        return MpesaRateLimitError(
            f"{api}: the rate limiter's Redis ({self._where}) failed: "
            f"{type(exc).__name__}: {detail[:200]}; the request was not sent",
            api=api,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self._where!r}, rate={self.rate!r}, burst={self.burst!r}, "
            f"max_wait={self.max_wait!r})"
        )


class RedisRateLimiter(_Pacing):
    """Keeps every process sharing one Redis under ``rate`` requests per second per API.

    ``server`` is a ``redis://`` or ``rediss://`` URL (a client the limiter opens and
    :meth:`close` closes) or your own ``redis.Redis``, which you close. ``burst`` requests may
    go at once (1: none beyond the rate); a request waits at most ``max_wait`` seconds for its
    turn. ``timeout`` bounds connecting to Redis and each answer from it.
    """

    def __init__(
        self,
        server: str | Redis,
        rate: float,
        *,
        burst: int = 1,
        max_wait: float = MAX_WAIT,
        timeout: float = TIMEOUT,
    ) -> None:
        url = server if isinstance(server, str) else None
        super().__init__(url, rate, burst, max_wait, timeout)
        self._owns_client = url is not None
        self._client = (
            Redis.from_url(
                server,
                socket_connect_timeout=timeout,
                socket_timeout=timeout,
                retry=Retry(NoBackoff(), 1),
            )
            if isinstance(server, str)
            else server
        )
        self._script = self._client.register_script(SCRIPT)

    @classmethod
    def from_config(cls, config: MpesaConfig) -> RedisRateLimiter:
        """The limiter of ``config.redis_url`` at ``config.rate_limit``."""
        return cls(*_settings(config))

    def acquire(self, api: str) -> None:
        """Return once a request to ``api`` may go.

        Raises:
            MpesaRateLimitError: Its turn would come after ``max_wait``, or Redis failed.
        """
        keys, args = self._args(api)
        started = time.monotonic()
        while True:
            try:
                answer = self._script(keys, args)
            except RedisError as exc:
                raise self._unreachable(api, exc) from None
            if answer == 0:
                return
            time.sleep(self._next_wait(api, int(answer), started))

    def close(self) -> None:
        """Close the client the limiter opened (a given client stays open)."""
        if self._owns_client:
            self._client.close()


class AsyncRedisRateLimiter(_Pacing):
    """:class:`RedisRateLimiter` for asyncio, on ``redis.asyncio``: ``server`` is a URL or
    your own ``redis.asyncio.Redis``; :meth:`aclose` closes the client it opened."""

    def __init__(
        self,
        server: str | redis.asyncio.Redis,
        rate: float,
        *,
        burst: int = 1,
        max_wait: float = MAX_WAIT,
        timeout: float = TIMEOUT,
    ) -> None:
        url = server if isinstance(server, str) else None
        super().__init__(url, rate, burst, max_wait, timeout)
        self._owns_client = url is not None
        self._client = (
            redis.asyncio.Redis.from_url(
                server,
                socket_connect_timeout=timeout,
                socket_timeout=timeout,
                retry=AsyncRetry(NoBackoff(), 1),
            )
            if isinstance(server, str)
            else server
        )
        self._script = self._client.register_script(SCRIPT)

    @classmethod
    def from_config(cls, config: MpesaConfig) -> AsyncRedisRateLimiter:
        """The limiter of ``config.redis_url`` at ``config.rate_limit``."""
        return cls(*_settings(config))

    async def acquire(self, api: str) -> None:
        """Return once a request to ``api`` may go; see :meth:`RedisRateLimiter.acquire`."""
        keys, args = self._args(api)
        started = time.monotonic()
        while True:
            try:
                answer = await self._script(keys, args)
            except RedisError as exc:
                raise self._unreachable(api, exc) from None
            if answer == 0:
                return
            await asyncio.sleep(self._next_wait(api, int(answer), started))

    async def aclose(self) -> None:
        """Close the client the limiter opened (a given client stays open)."""
        if self._owns_client:
            await self._client.aclose()


def _settings(config: MpesaConfig) -> tuple[str, float]:
    if config.redis_url is None or config.rate_limit is None:
        raise MpesaConfigError(
            "a shared rate limit needs rate_limit and redis_url", setting="rate_limit"
        )
    return config.redis_url, config.rate_limit


def _passwords(url: str) -> list[str]:
    """The passwords in ``url``: after the user, or in its ``password`` query parameter."""
    parts = urlsplit(url)
    given = parse_qs(parts.query).get("password", [])
    return [*given, parts.password] if parts.password else given
