"""OAuth access tokens: cached until shortly before they expire, refreshed single-flight.

Daraja tokens live 3599 seconds (https://developer.safaricom.co.ke/apis/Authorization), and a new token may invalidate the
previous one, so the adapter must not fetch tokens it does not need. When many callers
find the token stale at once, exactly one fetch runs and every caller gets its result: the
token, or the fetch's error (a failing auth endpoint is asked once, not once per caller in
turn). The next call after a failure fetches again.

Expiry is measured on a monotonic clock, so wall-clock jumps cannot keep a dead token alive.

With a :class:`TokenStore` (``mpesa.redis.RedisTokenStore``) the processes of a deployment
share one token per app: the cache stays in front, and only its refresh asks the store, which
hands out the shared token or has one process fetch it. A refused token is passed to the
store's next refresh, so processes refused with the same token cause one fetch between them.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .errors import MpesaAuthException

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AccessToken",
    "AsyncTokenCache",
    "AsyncTokenStore",
    "TokenCache",
    "TokenStore",
    "shared_key",
]


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and the monotonic time at which Daraja stops accepting it."""

    value: str = field(repr=False)
    expires_at: float

    @classmethod
    def from_response(cls, access_token: object, expires_in: object, now: float) -> AccessToken:
        """Build from the OAuth answer's raw JSON values; ``now`` is the monotonic time.

        ``expires_in`` arrives as ``"3599"`` or ``3599`` (the spec's note on ``expires_in`` in
        ``spec/operations/authorization.yaml``); both are accepted.
        """
        if not isinstance(access_token, str) or not access_token:
            raise MpesaAuthException("the OAuth answer has no access_token")
        if isinstance(expires_in, str) and expires_in.strip().isdigit():
            seconds = int(expires_in.strip())
        elif isinstance(expires_in, int) and not isinstance(expires_in, bool):
            seconds = expires_in
        else:
            raise MpesaAuthException(
                f"the OAuth answer has a malformed expires_in ({type(expires_in).__name__})"
            )
        if seconds <= 0:
            raise MpesaAuthException(f"the OAuth answer has expires_in={seconds}, not positive")
        return cls(value=access_token, expires_at=now + seconds)


def shared_key(base_url: str, consumer_key: str) -> str:
    """The store key of one app's token: a hash of its server and consumer key, never either
    in clear."""
    digest = hashlib.sha256(f"{base_url}\n{consumer_key}".encode()).hexdigest()
    return f"mpesa:token:{digest}"


class TokenStore(Protocol):
    """A token shared by every process of a deployment, for :class:`TokenCache`."""

    def token(
        self,
        key: str,
        fetch: Callable[[], AccessToken],
        *,
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        """The token stored under ``key`` if it is valid for ``margin`` more seconds, else one
        ``fetch`` by one process; ``refused``, a value Daraja refused, is dropped first."""
        ...

    def close(self) -> None:
        """Close the store's connections."""
        ...


class AsyncTokenStore(Protocol):
    """A token shared by every process of a deployment, for :class:`AsyncTokenCache`."""

    async def token(
        self,
        key: str,
        fetch: Callable[[], Awaitable[AccessToken]],
        *,
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        """Like :meth:`TokenStore.token`, awaited."""
        ...

    async def aclose(self) -> None:
        """Close the store's connections."""
        ...


def _check_margin(margin: float) -> float:
    if margin < 0:
        raise ValueError(f"margin must be at least 0 seconds, got {margin!r}")
    return margin


class TokenCache:
    """Thread-safe token cache for the synchronous adapter.

    ``get()`` returns the cached token unless it expires within ``margin`` seconds; then one
    caller runs ``fetch`` (or asks ``store`` for the token shared under ``key``) while the
    others wait for its outcome.
    """

    def __init__(
        self,
        fetch: Callable[[], AccessToken],
        *,
        margin: float,
        monotonic: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
        key: str = "",
    ) -> None:
        self._fetch = fetch
        self._margin = _check_margin(margin)
        self._monotonic = monotonic
        self._store = store
        self._key = key
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        self._refused: str | None = None
        self._refresh: Future[AccessToken] | None = None

    def get(self) -> str:
        """A token valid for at least ``margin`` more seconds (unless just fetched shorter)."""
        return self.get_token().value

    def get_token(self) -> AccessToken:
        """Like :meth:`get`, with the token's expiry."""
        with self._lock:
            now = self._monotonic()
            token = self._token
            if token is not None and now < token.expires_at - self._margin:
                return token
            refresh = self._refresh
            leading = refresh is None
            if refresh is None:
                refresh = self._refresh = Future()
            refused = self._refused
        if not leading:
            return refresh.result()
        try:
            token = self._renew(refused)
        except BaseException as exc:
            with self._lock:
                self._refresh = None
            refresh.set_exception(exc)
            raise
        with self._lock:
            self._token = token
            if self._refused == refused:
                self._refused = None
            self._refresh = None
        refresh.set_result(token)
        return token

    def _renew(self, refused: str | None) -> AccessToken:
        if self._store is None:
            return self._fetch()
        return self._store.token(self._key, self._fetch, margin=self._margin, refused=refused)

    def invalidate(self, token_value: str) -> None:
        """Drop the token Daraja refused, unless it has already been replaced.

        Callers that were refused with the same token cause at most one more fetch between them
        (between all processes sharing a store).
        """
        with self._lock:
            if self._token is not None and self._token.value == token_value:
                self._token = None
                self._refused = token_value


class AsyncTokenCache:
    """Token cache for the asynchronous adapter; use it from one event loop.

    The fetch runs as its own task that every waiting caller shields, so a caller that is
    cancelled does not cancel the refresh the others are waiting for. No lock is needed:
    checking the token and starting the task happen without an ``await`` in between.
    """

    def __init__(
        self,
        fetch: Callable[[], Awaitable[AccessToken]],
        *,
        margin: float,
        monotonic: Callable[[], float] = time.monotonic,
        store: AsyncTokenStore | None = None,
        key: str = "",
    ) -> None:
        self._fetch = fetch
        self._margin = _check_margin(margin)
        self._monotonic = monotonic
        self._store = store
        self._key = key
        self._token: AccessToken | None = None
        self._refused: str | None = None
        self._refresh: asyncio.Task[AccessToken] | None = None

    async def get(self) -> str:
        """A token valid for at least ``margin`` more seconds (unless just fetched shorter)."""
        return (await self.get_token()).value

    async def get_token(self) -> AccessToken:
        """Like :meth:`get`, with the token's expiry."""
        now = self._monotonic()
        token = self._token
        if token is not None and now < token.expires_at - self._margin:
            return token
        import asyncio  # here, not at the top: a program without the asyncio client never loads it

        if self._refresh is None:
            fetching = self._run_fetch(self._refused)
            self._refresh = asyncio.get_running_loop().create_task(fetching)
        return await asyncio.shield(self._refresh)

    async def _run_fetch(self, refused: str | None) -> AccessToken:
        try:
            if self._store is None:
                token = await self._fetch()
            else:
                token = await self._store.token(
                    self._key, self._fetch, margin=self._margin, refused=refused
                )
            self._token = token
            if self._refused == refused:
                self._refused = None
            return token
        finally:
            self._refresh = None

    def invalidate(self, token_value: str) -> None:
        """Drop the token Daraja refused, unless it has already been replaced."""
        if self._token is not None and self._token.value == token_value:
            self._token = None
            self._refused = token_value
