"""``AiohttpTransport``: ``httpx.AsyncClient`` sending over aiohttp, for more calls per second.

httpx's own async transport spends much of a call's time in Python; aiohttp's connection
handling is largely compiled. The transport sits under httpx, so the adapter sees the same
``httpx.Response`` and the same ``httpx`` errors either way, and decides resends exactly alike.
aiohttp's failures are raised as:

- ``httpx.ConnectTimeout``: the connect, or the wait for a pooled connection, timed out;
- ``httpx.ConnectError``: the connect failed (refused, DNS, TLS handshake, certificate);
- ``httpx.ReadTimeout``: no byte came for ``read`` seconds once the request was sent;
- ``httpx.RemoteProtocolError``: the server closed without a complete answer, or answered
  something that is not HTTP;
- ``httpx.ReadError``: any other failure once connected (reset, broken pipe).

Only the first two say the request never left; everything after a connection was made may
have reached Daraja. aiohttp's own error is not chained: it holds the request's headers,
``Authorization`` among them; its name and message are in the httpx error's. aiohttp has no
write timeout, so ``write`` is not applied (Daraja's bodies are written at once).

Install with ``pip install "mpesa-adapter[aiohttp]"``.
"""

from __future__ import annotations

import asyncio
import functools
import os
import ssl
from typing import TYPE_CHECKING

import certifi
import httpx

try:
    import aiohttp
    import yarl
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        'mpesa.transports needs aiohttp: pip install "mpesa-adapter[aiohttp]"'
    ) from exc

from ._base_client import USER_AGENT

if TYPE_CHECKING:
    from .config import MpesaConfig

__all__ = ["AiohttpTransport", "aiohttp_client"]

DEFAULT_MAX_CONNECTIONS = 100
"""httpx's own pool size."""
KEEPALIVE_EXPIRY = 5.0
"""Seconds an idle connection is kept, as httpx keeps them."""
_NOT_SENT_HEADERS = frozenset({b"transfer-encoding"})
"""The body goes as bytes with its length, never chunked."""


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends each request with one shared ``aiohttp.ClientSession``.

    ``verify`` is as httpx's: ``True`` (the certifi CA bundle, as httpx uses), an
    ``ssl.SSLContext``, a CA bundle path, or ``False`` to turn verification off.
    ``max_connections`` bounds the open connections. The session is opened on first use, in
    the running event loop; ``aclose()`` (closing the ``httpx.AsyncClient``) closes it.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        if isinstance(max_connections, bool) or not (
            isinstance(max_connections, int) and max_connections > 0
        ):
            raise ValueError(f"max_connections must be a whole number above 0: {max_connections!r}")
        self._ssl = _ssl_context(verify)
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._open()
        encoding = request.headers.encoding
        headers = [
            (name.decode(encoding), value.decode(encoding))
            for name, value in request.headers.raw
            if name.lower() not in _NOT_SENT_HEADERS
        ]
        timeouts = request.extensions.get("timeout", {})
        failure: httpx.TransportError | None = None
        try:
            async with session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=await request.aread() or None,
                allow_redirects=False,
                timeout=_client_timeout(
                    timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool")
                ),
            ) as answer:
                body = await answer.read()
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
            failure = _httpx_error(exc, request)
        if failure is not None:
            raise failure  # outside the handler, so aiohttp's error is not its context
        version = answer.version or aiohttp.HttpVersion11
        return httpx.Response(
            answer.status,
            headers=list(answer.raw_headers),
            stream=httpx.ByteStream(body),
            extensions={
                "http_version": f"HTTP/{version.major}.{version.minor}".encode(),
                "reason_phrase": (answer.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            await self._session.close()

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("this AiohttpTransport is closed")
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections, ssl=self._ssl, keepalive_timeout=KEEPALIVE_EXPIRY
            )
            # httpx keeps the cookies and follows redirects; aiohttp only sends.
            self._session = aiohttp.ClientSession(
                connector=connector, cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False
            )
        return self._session


def aiohttp_client(
    config: MpesaConfig,
    *,
    verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` like the adapter's own (``config.timeout``, its User-Agent)
    over an :class:`AiohttpTransport`; pass it as ``AsyncMpesaAdapter(config, http_client=...)``
    and close it yourself."""
    return httpx.AsyncClient(
        transport=AiohttpTransport(verify=verify, max_connections=max_connections),
        timeout=config.timeout,
        headers={"User-Agent": USER_AGENT},
    )


def _ssl_context(verify: ssl.SSLContext | str | os.PathLike[str] | bool) -> ssl.SSLContext | bool:
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is True:
        return ssl.create_default_context(cafile=certifi.where())
    if verify is False:
        return False
    if isinstance(verify, (str, os.PathLike)):
        path = os.fspath(verify)
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    raise TypeError(f"verify must be a bool, an ssl.SSLContext or a CA bundle path: {verify!r}")


@functools.lru_cache(maxsize=64)
def _client_timeout(
    connect: float | None, read: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """httpx's timeouts as aiohttp's: ``connect`` covers the wait for a pooled connection too."""
    acquire = None if connect is None or pool is None else connect + pool
    return aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)


def _httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp failure: a connect error only when nothing was sent."""
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    error: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        error = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        error = httpx.ConnectError
    elif isinstance(exc, asyncio.TimeoutError):  # aiohttp's read timeout, or any other
        error = httpx.ReadTimeout
    elif isinstance(
        exc,
        (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError),
    ):
        error = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.InvalidURL):
        error = httpx.UnsupportedProtocol
    else:
        error = httpx.ReadError
    return error(message, request=request)
