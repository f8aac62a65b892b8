"""The receiver as an ASGI application: standalone under uvicorn, or mounted in FastAPI or
Starlette (``app.mount("/hooks", receiver.asgi_app())``).

The checks that need no body run first; the body is then read chunk by chunk and reading
stops once it passes the size cap. The requests read in the same turn of the event loop are
handled together (:meth:`~mpesa.receiver.Receiver.handle_many`), so the callbacks among them
that need no handler share one ledger commit. The receiver's work (parsing, the ledger's short
transactions, the handlers) runs on the event loop: on an idle machine ``make bench``
measured more callbacks per second that way than with a hop to a worker thread. Handlers then
hold up the loop while they run, so they should be quick (record, enqueue); with
``in_thread=True`` each batch is handled in a worker thread instead, for handlers that wait on
I/O.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import replace
from typing import Any

from ._core import Receiver, Reply, Request

__all__ = ["ReceiverASGI"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
_Waiting = tuple[Request, "asyncio.Future[Reply]"]


class ReceiverASGI:
    """An ASGI application answering callbacks with a :class:`~mpesa.receiver.Receiver`."""

    def __init__(self, receiver: Receiver, *, in_thread: bool = False) -> None:
        self.receiver = receiver
        self.in_thread = in_thread
        self._waiting: dict[asyncio.AbstractEventLoop, list[_Waiting]] = {}
        self._flushes: set[asyncio.Task[None]] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        head = Request(
            method=scope["method"],
            path=_path(scope),
            headers={
                name.decode("latin-1").lower(): value.decode("latin-1")
                for name, value in scope.get("headers", ())
            },
            peer=(scope.get("client") or (None,))[0],
        )
        reply = self.receiver.refusal(head)
        if reply is None:
            body = await _body(receive, self.receiver.max_body_size)
            if body is None:
                return
            reply = await self._handle(replace(head, body=body))
        await _send(send, reply)

    async def _handle(self, request: Request) -> Reply:
        """The reply to ``request``, handled with the others read in this turn of the loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Reply] = loop.create_future()
        waiting = self._waiting.setdefault(loop, [])
        waiting.append((request, future))
        if len(waiting) == 1:
            flush = loop.create_task(self._flush(loop))
            self._flushes.add(flush)
            flush.add_done_callback(self._flushes.discard)
        return await future

    async def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        batch = self._waiting.pop(loop, [])
        requests = [request for request, _ in batch]
        try:
            if self.in_thread:
                replies = await asyncio.to_thread(self.receiver.handle_many, requests)
            else:
                replies = self.receiver.handle_many(requests)
        except BaseException as error:  # handle_many never raises; a cancelled thread hop can
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            raise
        for (_, future), reply in zip(batch, replies, strict=True):
            if not future.done():
                future.set_result(reply)


def _path(scope: Scope) -> str:
    """The whole path: Starlette keeps a mount's prefix in ``path``, other servers may have
    it only in ``root_path``."""
    path = str(scope.get("path", ""))
    root = str(scope.get("root_path", ""))
    return path if not root or path.startswith(root) else root + path


async def _body(receive: Receive, cap: int) -> bytes | None:
    """The body, cut just past ``cap`` bytes (the receiver then refuses it); ``None`` when
    the client went away."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if size > cap:
            return b"".join(chunks)[: cap + 1]
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send: Send, reply: Reply) -> None:
    headers = [(name.encode(), value.encode()) for name, value in reply.headers]
    headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
