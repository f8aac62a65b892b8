"""Callbacks POSTed for real, later, from a worker thread.

The bodies come from :mod:`mpesa._shapes`, which validates each with its generated callback
model, so the sandbox cannot send a shape the adapter's models would refuse. Delivery is plain
HTTP (httpx) to the URL the request named, after a delay, on one background thread, the way
Daraja calls back minutes or seconds after acknowledging. Every attempt, including a deliberately lost one, is
kept as a :class:`Delivery` so tests can see what was (and was not) sent.

Callbacks go only to loopback hosts (``127.0.0.0/8``, ``::1``, ``localhost``) unless the
dispatcher allows external ones: a sandbox in CI never POSTs to a host on the network because
a request named it. A refused delivery is recorded with its reason and never sent; the host
is judged by its name alone, never resolved.
"""

from __future__ import annotations

import heapq
import ipaddress
import itertools
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._shapes import dumps
from .flaws import other_ids

__all__ = ["CallbackDispatcher", "CallbackFaults", "Delivery"]

logger = logging.getLogger("mpesa.sandbox")


@dataclass(frozen=True)
class CallbackFaults:
    """What the fault injector (and the flaws) asked to do to one request's callback."""

    lost: bool = False
    duplicate: bool = False
    extra_delay: float = 0.0
    other_ids: tuple[str, ...] = ()
    """Wire names of the correlation IDs given other values (``callback-wrong-ids``)."""


@dataclass(frozen=True)
class Delivery:
    """One callback POST (or a deliberately lost one) and what the receiver answered."""

    operation: str
    url: str
    body: Any
    status_code: int | None = None
    reply: Any = None
    error: str | None = None
    lost: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for ``GET /sandbox/callbacks``."""
        return {
            "operation": self.operation,
            "url": self.url,
            "body": json.loads(dumps(self.body)),
            "status_code": self.status_code,
            "reply": self.reply,
            "error": self.error,
            "lost": self.lost,
        }


Job = Callable[[], None]


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` names a loopback host, judged from the URL alone (nothing is resolved)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class CallbackDispatcher:
    """Runs scheduled jobs (callback POSTs, STK resolutions, C2B flows) on one worker thread.

    One thread keeps callbacks in the order they fall due, as a merchant sees them from Daraja.
    The thread starts on the first job and stops with :meth:`close`.
    """

    def __init__(self, *, timeout: float, allow_external: bool = False) -> None:
        self._timeout = timeout
        self._allow_external = allow_external
        self._cond = threading.Condition()
        self._queue: list[tuple[float, int, Job]] = []
        self._order = itertools.count()
        self._running = 0
        self._hurry = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self._deliveries: list[Delivery] = []
        self._client: httpx.Client | None = None

    def schedule(self, delay: float, job: Job) -> None:
        """Run ``job`` on the worker after ``delay`` seconds (at once while settling)."""
        with self._cond:
            if self._closed:
                return
            due = time.monotonic() + (0.0 if self._hurry else max(delay, 0.0))
            heapq.heappush(self._queue, (due, next(self._order), job))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="local-daraja-callbacks", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def deliver(
        self,
        operation: str,
        url: str,
        body: dict[str, Any],
        *,
        delay: float,
        faults: CallbackFaults,
    ) -> None:
        """POST ``body`` to ``url`` after ``delay``, lost, late, twice or with other IDs as
        ``faults`` say."""
        if faults.other_ids:
            body = other_ids(body, faults.other_ids)
        if faults.lost:
            lost = Delivery(operation, url, body, lost=True)
            self.schedule(delay, lambda: self._record_job(lost))
            return
        for _ in range(2 if faults.duplicate else 1):
            self.schedule(delay + faults.extra_delay, lambda: self._post_job(operation, url, body))

    def post(self, operation: str, url: str, body: dict[str, Any]) -> Delivery:
        """POST now, from the worker thread, and return what happened (C2B validation needs it)."""
        if not (self._allow_external or is_loopback_url(url)):
            logger.warning("callback to a non-loopback URL refused")
            reason = "refused: not a loopback address (allow_external_callbacks is off)"
            return self._record(Delivery(operation, url, body, error=reason))
        if self._client is None:
            # Without TCP_NODELAY, httpx's separate header and body writes meet the receiver's
            # delayed ACK and every POST waits ~40 ms.
            nodelay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
            transport = httpx.HTTPTransport(socket_options=nodelay)
            self._client = httpx.Client(timeout=self._timeout, transport=transport)
        try:
            response = self._client.post(
                url, content=dumps(body), headers={"Content-Type": "application/json"}
            )
        except httpx.HTTPError as exc:
            logger.warning("callback to %s failed: %s", url, type(exc).__name__)
            return self._record(Delivery(operation, url, body, error=type(exc).__name__))
        try:
            reply: Any = response.json()
        except ValueError:
            reply = response.text
        return self._record(Delivery(operation, url, body, response.status_code, reply))

    def deliveries(self) -> list[Delivery]:
        """Every delivery so far, oldest first."""
        with self._cond:
            return list(self._deliveries)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is scheduled or running; ``False`` if ``timeout`` ran out first."""
        with self._cond:
            return self._cond.wait_for(self._idle, timeout)

    def settle(self, timeout: float) -> bool:
        """Run everything scheduled now, ignoring delays, and wait until idle."""
        with self._cond:
            self._hurry = True
            self._queue = [(0.0, order, job) for _, order, job in self._queue]
            heapq.heapify(self._queue)
            self._cond.notify_all()
            try:
                return self._cond.wait_for(self._idle, timeout)
            finally:
                self._hurry = False

    def clear(self) -> None:
        """Forget scheduled jobs and past deliveries (a job already running still finishes)."""
        with self._cond:
            self._queue.clear()
            self._deliveries.clear()
            self._cond.notify_all()

    def close(self) -> None:
        """Stop the worker; jobs not yet due are dropped."""
        with self._cond:
            self._closed = True
            self._queue.clear()
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=self._timeout + 1.0)

    def _idle(self) -> bool:
        return not self._queue and self._running == 0

    def _record(self, delivery: Delivery) -> Delivery:
        with self._cond:
            self._deliveries.append(delivery)
        return delivery

    def _record_job(self, delivery: Delivery) -> None:
        self._record(delivery)

    def _post_job(self, operation: str, url: str, body: dict[str, Any]) -> None:
        self.post(operation, url, body)

    def _work(self) -> None:
        try:
            while True:
                with self._cond:
                    job = self._next_due()
                    if job is None:
                        return
                    self._running += 1
                try:
                    job()
                except Exception:
                    logger.exception("local Daraja job failed")
                finally:
                    with self._cond:
                        self._running -= 1
                        self._cond.notify_all()
        finally:
            if self._client is not None:
                self._client.close()

    def _next_due(self) -> Job | None:
        """Block (holding the condition) until a job is due; ``None`` once closed."""
        while not self._closed:
            if self._queue:
                wait = self._queue[0][0] - time.monotonic()
                if wait <= 0:
                    return heapq.heappop(self._queue)[2]
                self._cond.wait(wait)
            else:
                self._cond.wait()
        return None
