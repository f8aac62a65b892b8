"""uvicorn's h11 protocol with a deadline for each request to arrive in full.

uvicorn closes a keep-alive connection idle between requests, but waits forever for a request
that never starts or never finishes (a client that sends half its headers or body, then
nothing). Here every connection has ``request_timeout`` seconds, from when it opens or its
previous answer went out, to deliver a whole request; otherwise it is closed. The deadline is
not pushed back by each byte, so a client dribbling a byte at a time is closed too.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["protocol_with_deadline"]


class _DeadlineH11Protocol(H11Protocol):
    request_timeout: float = 10.0
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        """Close the connection unless its request arrived and is being answered."""
        self._deadline = None
        answering = self.cycle is not None and not self.cycle.response_complete
        if answering and self.conn.their_state is h11.DONE:
            return
        if not self.transport.is_closing():
            self.transport.close()


def protocol_with_deadline(request_timeout: float) -> type[Any]:
    """The protocol class to give ``uvicorn.Config(http=...)``."""
    return type(
        "DeadlineH11Protocol", (_DeadlineH11Protocol,), {"request_timeout": request_timeout}
    )
