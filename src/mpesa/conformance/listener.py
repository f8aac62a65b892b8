"""A small HTTP server that collects the callbacks of a conformance run, one path per request.

Each request of the run gets its own key; its URL fields point at ``/<key>/<wire>``, so every
callback is matched to the request (and the URL field) that caused it.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .._bounded import MAX_BODY_SIZE

__all__ = ["CallbackListener"]

_REPLY = json.dumps({"ResultCode": "0", "ResultDesc": "Accepted"}).encode()


class CallbackListener:
    """Collects POSTed callbacks by path; ``url(key, wire)`` is where one request's go."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._arrived: dict[str, list[bytes]] = defaultdict(list)
        self._condition = threading.Condition()
        self._server = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="conformance-callbacks",
            daemon=True,
        )

    def start(self) -> CallbackListener:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def __enter__(self) -> CallbackListener:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, key: str, wire: str) -> str:
        """The URL for the ``wire`` URL field of the request ``key``."""
        return f"{self.base_url}/{key}/{wire}"

    def wait(self, key: str, wire: str, timeout: float) -> list[bytes]:
        """The bodies POSTed to ``url(key, wire)``, waiting up to ``timeout`` for the first."""
        path = f"/{key}/{wire}"
        deadline = time.monotonic() + timeout
        with self._condition:
            while not self._arrived[path]:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._condition.wait(left)
            return list(self._arrived[path])

    def _arrive(self, path: str, body: bytes) -> None:
        with self._condition:
            self._arrived[path].append(body)
            self._condition.notify_all()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                if not 0 <= size <= MAX_BODY_SIZE:
                    self.send_error(413)
                    return
                listener._arrive(self.path, self.rfile.read(size))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(_REPLY)))
                self.end_headers()
                self.wfile.write(_REPLY)

            def log_message(self, format: str, *args: Any) -> None:
                """Callbacks name customers: nothing is logged."""

        return Handler
