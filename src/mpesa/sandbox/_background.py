"""What the sandbox's servers share: each runs on a background thread within a ``with`` block."""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

_Server = TypeVar("_Server", bound="BackgroundServer")


class BackgroundServer:
    """A server on a background thread: ``with`` starts it and always stops it."""

    def __enter__(self: _Server) -> _Server:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self: _Server) -> _Server:
        """Start serving; returns once the server accepts connections."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop serving; safe to call twice."""
        raise NotImplementedError
