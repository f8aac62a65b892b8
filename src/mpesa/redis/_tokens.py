"""One OAuth token per Daraja app, shared on Redis by every process and host that uses the app.

The token lives under the key :func:`mpesa._tokens.shared_key` gives (a hash of the server and
consumer key, never either in clear), with a Redis TTL equal to its remaining lifetime; a
reader turns the TTL (``PTTL``) back into an expiry on its own monotonic clock.

A refresh is run by one process: the one that takes the lock key ``<key>:lock`` (``SET NX
PX``). It reads the token again (another process may just have refreshed it), fetches, stores
and releases the lock. The others poll the token key every ``poll_interval`` seconds and take
the new token; the lock expires after ``lock_expiry`` seconds, so a holder that crashed blocks
nobody longer. Locks and refused tokens are deleted by compare-and-delete, so nobody deletes
another's lock, and processes refused with the same token cause one fetch between them.

When Redis fails, a warning is logged (without the URL's password) and the process fetches
and keeps its own token, as without a store.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable

import redis
import redis.asyncio
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry

from .._tokens import AccessToken
from ._address import server_of

__all__ = ["AsyncRedisTokenStore", "RedisTokenStore"]

logger = logging.getLogger("mpesa.redis")

_COMPARE_AND_DELETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""
_TIMEOUT = 2.0
"""Seconds to connect to Redis and to wait for an answer before falling back to this process."""
_RESENDS = 1
"""A command failing on a connection Redis closed is resent once, at once, on a new one."""


class _RedisStore:
    """What both flavours share: options, a repr without the password, the warning."""

    def __init__(self, url: str, lock_expiry: float, poll_interval: float) -> None:
        if not lock_expiry > 0:
            raise ValueError(f"lock_expiry must be above 0 seconds, got {lock_expiry!r}")
        if not poll_interval > 0:
            raise ValueError(f"poll_interval must be above 0 seconds, got {poll_interval!r}")
        self._lock_ms = max(1, round(lock_expiry * 1000))
        self._poll_interval = poll_interval
        self._where = server_of(url)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._where})"

    def _warn(self, exc: Exception, what: str) -> None:
        logger.warning("Redis at %s failed (%s) %s", self._where, type(exc).__name__, what)


def _read_token(value: object, pttl: object, before: float) -> AccessToken | None:
    """The token of a ``GET`` and ``PTTL`` answered together, expiring on the monotonic clock;
    ``before`` is the monotonic time just before asking, so the expiry is never late."""
    if not isinstance(value, bytes) or not isinstance(pttl, int) or pttl <= 0:
        return None
    return AccessToken(value=value.decode(), expires_at=before + pttl / 1000)


def _take(
    found: AccessToken | None, before: AccessToken | None, margin: float, refused: str | None
) -> AccessToken | None:
    """``found`` if it is not the refused token and is either valid for ``margin`` more seconds
    or new since ``before`` was read (another process's refresh, however short its life)."""
    if found is None or found.value == refused:
        return None
    if before is None or found.value != before.value:
        return found
    return found if time.monotonic() < found.expires_at - margin else None


def _lifetime_ms(token: AccessToken) -> int:
    return int((token.expires_at - time.monotonic()) * 1000)


class RedisTokenStore(_RedisStore):
    """The OAuth token of each app shared on Redis, for ``MpesaAdapter(token_store=...)``.

    ``redis_url`` is ``redis://[[user]:password@]host[:port][/db]`` or ``rediss://`` for TLS.
    ``lock_expiry`` bounds how long a refresh holds the others back (longer than a token fetch
    takes); ``poll_interval`` is how often the others look for its token meanwhile.
    """

    def __init__(
        self, redis_url: str, *, lock_expiry: float = 30.0, poll_interval: float = 0.05
    ) -> None:
        super().__init__(redis_url, lock_expiry, poll_interval)
        self._redis = redis.Redis.from_url(
            redis_url,
            retry=Retry(NoBackoff(), _RESENDS),
            socket_timeout=_TIMEOUT,
            socket_connect_timeout=_TIMEOUT,
        )
        self._compare_and_delete = self._redis.register_script(_COMPARE_AND_DELETE)

    def close(self) -> None:
        """Close the connections to Redis."""
        self._redis.close()

    def token(
        self,
        key: str,
        fetch: Callable[[], AccessToken],
        *,
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        """The token shared under ``key`` if valid for ``margin`` more seconds, else a new one
        fetched by one process; ``refused`` is deleted first if ``key`` still holds it."""
        try:
            return self._shared(key, fetch, margin, refused)
        except redis.RedisError as exc:
            self._warn(exc, "before a token was fetched; this process fetches its own")
            return fetch()

    def _shared(
        self, key: str, fetch: Callable[[], AccessToken], margin: float, refused: str | None
    ) -> AccessToken:
        if refused is not None:
            self._compare_and_delete(keys=[key], args=[refused])
        seen = self._read(key)
        if (token := _take(seen, seen, margin, refused)) is not None:
            return token
        lock, owner = f"{key}:lock", secrets.token_hex(16)
        while not self._redis.set(lock, owner, nx=True, px=self._lock_ms):
            time.sleep(self._poll_interval)
            if (token := _take(self._read(key), seen, margin, refused)) is not None:
                return token
        try:
            if (token := _take(self._read(key), seen, margin, refused)) is not None:
                return token
            token = fetch()
            self._keep(key, token)
            return token
        finally:
            self._unlock(lock, owner)

    def _read(self, key: str) -> AccessToken | None:
        before = time.monotonic()
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(key)
            pipe.pttl(key)
            value, pttl = pipe.execute()
        return _read_token(value, pttl, before)

    def _keep(self, key: str, token: AccessToken) -> None:
        lifetime = _lifetime_ms(token)
        if lifetime <= 0:
            return
        try:
            self._redis.set(key, token.value, px=lifetime)
        except redis.RedisError as exc:
            self._warn(exc, "storing the new token; this process keeps it")

    def _unlock(self, lock: str, owner: str) -> None:
        try:
            self._compare_and_delete(keys=[lock], args=[owner])
        except redis.RedisError as exc:
            self._warn(exc, "releasing the refresh lock; it expires by itself")


class AsyncRedisTokenStore(_RedisStore):
    """:class:`RedisTokenStore` for ``AsyncMpesaAdapter(token_store=...)``, on
    ``redis.asyncio``; use it from one event loop."""

    def __init__(
        self, redis_url: str, *, lock_expiry: float = 30.0, poll_interval: float = 0.05
    ) -> None:
        super().__init__(redis_url, lock_expiry, poll_interval)
        self._redis = redis.asyncio.Redis.from_url(
            redis_url,
            retry=AsyncRetry(NoBackoff(), _RESENDS),
            socket_timeout=_TIMEOUT,
            socket_connect_timeout=_TIMEOUT,
        )
        self._compare_and_delete = self._redis.register_script(_COMPARE_AND_DELETE)

    async def aclose(self) -> None:
        """Close the connections to Redis."""
        await self._redis.aclose()

    async def token(
        self,
        key: str,
        fetch: Callable[[], Awaitable[AccessToken]],
        *,
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        """Like :meth:`RedisTokenStore.token`, awaited."""
        try:
            return await self._shared(key, fetch, margin, refused)
        except redis.RedisError as exc:
            self._warn(exc, "before a token was fetched; this process fetches its own")
            return await fetch()

    async def _shared(
        self,
        key: str,
        fetch: Callable[[], Awaitable[AccessToken]],
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        if refused is not None:
            await self._compare_and_delete(keys=[key], args=[refused])
        seen = await self._read(key)
        if (token := _take(seen, seen, margin, refused)) is not None:
            return token
        lock, owner = f"{key}:lock", secrets.token_hex(16)
        while not await self._redis.set(lock, owner, nx=True, px=self._lock_ms):
            await asyncio.sleep(self._poll_interval)
            if (token := _take(await self._read(key), seen, margin, refused)) is not None:
                return token
        try:
            if (token := _take(await self._read(key), seen, margin, refused)) is not None:
                return token
            token = await fetch()
            await self._keep(key, token)
            return token
        finally:
            await self._unlock(lock, owner)

    async def _read(self, key: str) -> AccessToken | None:
        before = time.monotonic()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(key)
            pipe.pttl(key)
            value, pttl = await pipe.execute()
        return _read_token(value, pttl, before)

    async def _keep(self, key: str, token: AccessToken) -> None:
        lifetime = _lifetime_ms(token)
        if lifetime <= 0:
            return
        try:
            await self._redis.set(key, token.value, px=lifetime)
        except redis.RedisError as exc:
            self._warn(exc, "storing the new token; this process keeps it")

    async def _unlock(self, lock: str, owner: str) -> None:
        try:
            await self._compare_and_delete(keys=[lock], args=[owner])
        except redis.RedisError as exc:
            self._warn(exc, "releasing the refresh lock; it expires by itself")
