"""``CallbackReceiver``: a tiny local HTTP server that collects the JSON POSTed to it.

It stands in for the merchant's callback endpoints in tests and demos::

    with CallbackReceiver() as receiver:
        receiver.reply("/validate", {"ResultCode": "C2B00012", "ResultDesc": "Rejected"})
        ... request with CallBackURL=receiver.url("/stk") ...
        (callback,) = receiver.wait_for(1, path="/stk")

Every path answers ``{"ResultCode": 0, "ResultDesc": "Accepted"}`` unless told otherwise. A
body over ``max_body_size`` bytes (1 MB by default) gets 413 unread; the body is read in
chunks, never into a buffer sized by the claimed ``Content-Length``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ._background import BackgroundServer
from ._limits import MAX_BODY_SIZE

__all__ = ["CallbackReceiver", "Received"]

_CHUNK = 64 * 1024

ACCEPTED: dict[str, Any] = {"ResultCode": 0, "ResultDesc": "Accepted"}
"""The merchant's answer to a callback (and, for C2B validation, "accept the payment")."""


@dataclass(frozen=True)
class Received:
    """One POST: its path, parsed JSON body (or text, if not JSON) and headers."""

    path: str
    body: Any
    headers: dict[str, str]


class CallbackReceiver(BackgroundServer):
    """Collects POSTed bodies on 127.0.0.1 (a free port unless ``port`` is given)."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, max_body_size: int = MAX_BODY_SIZE
    ) -> None:
        self._address = (host, port)
        self.max_body_size = max_body_size
        self._cond = threading.Condition()
        self._received: list[Received] = []
        self._replies: dict[str, tuple[int, Any]] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "stopped"
        return f"CallbackReceiver({where}, received={len(self._received)})"

    def start(self) -> CallbackReceiver:
        """Start listening (in a background thread)."""
        if self._server is not None:
            raise RuntimeError("this CallbackReceiver is already running")
        server = ThreadingHTTPServer(self._address, _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="callback-receiver",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        if self._server is None:
            raise RuntimeError("the CallbackReceiver is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str = "/callback") -> str:
        """The full URL of ``path`` on this receiver."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def reply(self, path: str, body: Any, status: int = 200) -> None:
        """Answer POSTs to ``path`` with ``body`` (JSON) and ``status`` from now on."""
        with self._cond:
            self._replies[path] = (status, body)

    @property
    def received(self) -> list[Received]:
        """Every POST so far, oldest first."""
        with self._cond:
            return list(self._received)

    @property
    def bodies(self) -> list[Any]:
        """The bodies of every POST so far, oldest first."""
        return [item.body for item in self.received]

    def bodies_for(self, path: str) -> list[Any]:
        """The bodies POSTed to ``path``."""
        return [item.body for item in self.received if item.path == path]

    def wait_for(self, count: int, timeout: float = 5.0, *, path: str | None = None) -> list[Any]:
        """Wait until ``count`` bodies (to ``path``, or anywhere) arrived; return them all.

        Raises ``TimeoutError`` naming how many arrived when ``timeout`` runs out.
        """

        def arrived() -> list[Any]:
            return [i.body for i in self._received if path is None or i.path == path]

        with self._cond:
            if not self._cond.wait_for(lambda: len(arrived()) >= count, timeout):
                raise TimeoutError(
                    f"expected {count} callback(s){f' to {path}' if path else ''}, "
                    f"got {len(arrived())} in {timeout} s"
                )
            return arrived()

    def clear(self) -> None:
        """Forget what was received and the configured replies."""
        with self._cond:
            self._received.clear()
            self._replies.clear()

    def _accept(self, item: Received) -> tuple[int, Any]:
        with self._cond:
            self._received.append(item)
            self._cond.notify_all()
            return self._replies.get(item.path, (200, ACCEPTED))


def _handler_for(receiver: CallbackReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            claimed = self.headers.get("Content-Length") or "0"
            if not claimed.isdigit():
                self._answer(400, {"error": "invalid Content-Length"}, close=True)
                return
            if int(claimed) > receiver.max_body_size:
                self._answer(413, {"error": "body too large"}, close=True)
                return
            raw = self._read(int(claimed))
            try:
                body: Any = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
            item = Received(urlsplit(self.path).path, body, dict(self.headers.items()))
            status, reply = receiver._accept(item)
            self._answer(status, reply)

        def _read(self, length: int) -> bytes:
            """``length`` bytes (or fewer, if the client stops), read a chunk at a time."""
            chunks: list[bytes] = []
            remaining = length
            while remaining > 0:
                chunk = self.rfile.read1(min(remaining, _CHUNK))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
            return b"".join(chunks)

        def _answer(self, status: int, reply: Any, *, close: bool = False) -> None:
            data = json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Stay quiet: tests read ``received``, not stderr."""

    return Handler
