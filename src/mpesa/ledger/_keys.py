"""Holding a key within one process: what :meth:`Ledger.handling` builds on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["KeyLocks"]


class KeyLocks:
    """One lock per key, made on demand: a thread holding a key makes others wait for it;
    different keys never wait for each other."""

    def __init__(self) -> None:
        self._released = threading.Condition()
        self._held: set[str] = set()

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        """Hold ``key`` for the block, after any other thread of this process holding it."""
        with self._released:
            self._released.wait_for(lambda: key not in self._held)
            self._held.add(key)
        try:
            yield
        finally:
            with self._released:
                self._held.discard(key)
                self._released.notify_all()
