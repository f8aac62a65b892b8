"""Fixtures of the adapter tests: a loopback Daraja that counts the TCP connections it accepts."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from mpesa.testing import canned_response

HOLD = 10.0
"""Seconds an STK answer waits at most for the rest of its batch."""
FRESH = 1.0
"""A connection closed by the client within this many seconds of its last answer was closed
while fresh: httpx keeps an idle connection for 5 seconds."""


class CountingDaraja(ThreadingHTTPServer):
    """OAuth and STK push on 127.0.0.1, over keep-alive HTTP/1.1, one thread per connection.

    STK answers go out in batches: each waits until ``batch`` STK requests are in flight
    together (or :data:`HOLD` seconds), so concurrent calls really are concurrent.
    ``accepted`` counts the TCP connections accepted; ``most_in_flight`` the most STK
    requests in flight at one time; ``closed_fresh`` the connections the client closed within
    :data:`FRESH` seconds of their last answer.
    """

    daemon_threads = True
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.batch = 1
        self.accepted = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.closed_fresh = 0
        self._batches = 0
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def get_request(self) -> Any:
        connection = super().get_request()
        with self._lock:
            self.accepted += 1
        return connection

    def closed(self, idle: float) -> None:
        """The client closed a connection ``idle`` seconds after its last answer."""
        with self._lock:
            self.closed_fresh += idle < FRESH

    def hold(self) -> None:
        """Wait until ``batch`` STK requests are in flight, this one included."""
        with self._changed:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            batch = self._batches
            if self.in_flight >= self.batch:
                self._batches += 1
                self._changed.notify_all()
            else:
                self._changed.wait_for(lambda: self._batches != batch, timeout=HOLD)
            self.in_flight -= 1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingDaraja
    answered_at: float | None = None

    def handle(self) -> None:
        super().handle()
        if self.answered_at is not None:
            self.server.closed(time.monotonic() - self.answered_at)

    def do_GET(self) -> None:
        self._reply({"access_token": "counting-token", "expires_in": "3599"})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.hold()
        self._reply(canned_response("initiate_stk_push"))

    def _reply(self, body: object) -> None:
        content = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)
        self.answered_at = time.monotonic()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the counts, not the access log."""


@pytest.fixture
def counting_daraja() -> Iterator[CountingDaraja]:
    server = CountingDaraja()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()
