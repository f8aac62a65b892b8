"""A receiver served over real HTTP on 127.0.0.1, its ledger a SQLite file of the test's own.

``served`` runs an ASGI or WSGI application on a free port for the length of a ``with``
block and always stops it; ``site`` is a receiver under uvicorn with a recording emitter.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest
import uvicorn

from mpesa import MpesaAdapter
from mpesa.callbacks import Callback
from mpesa.events import RecordingEventEmitter
from mpesa.ledger import SQLiteLedger
from mpesa.receiver import Receiver, new_secret_path
from mpesa.sandbox import LocalDaraja
from tests.servers import PostgresServer

JSON = {"content-type": "application/json"}


def free_socket() -> socket.socket:
    """A listening socket on a free port of 127.0.0.1."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@contextmanager
def serve_asgi(app: Any, sock: socket.socket) -> Iterator[None]:
    """``app`` under uvicorn on ``sock`` until the block ends; uvicorn's own reading of
    ``X-Forwarded-For`` is off, so the receiver's setting decides."""
    config = uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="off", proxy_headers=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access log on stderr."""


@contextmanager
def serve_wsgi(app: Any) -> Iterator[str]:
    """``app`` under wsgiref on a free port until the block ends; yields its base URL."""
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()


@dataclass
class Site:
    """A receiver served over HTTP, with what it records and publishes."""

    receiver: Receiver
    ledger: SQLiteLedger
    events: RecordingEventEmitter
    base_url: str
    """The receiver's ``callback_base_url``, secret included."""
    handled: list[Callback] = field(default_factory=list)

    def post(self, route: str, body: Any, **options: Any) -> httpx.Response:
        """POST ``body`` (JSON-encoded unless bytes) to ``<base>/<route>``."""
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers = {**JSON, **options.pop("headers", {})}
        return httpx.post(
            f"{self.base_url}/{route}", content=content, headers=headers, timeout=10, **options
        )

    def wait_answered(self, count: int) -> None:
        """Wait until ``count`` callbacks are handled and marked so in the ledger."""
        wait_until(lambda: sum(row["reply"] is not None for row in self.callbacks()) >= count)

    def callbacks(self) -> list[dict[str, Any]]:
        """Every callback row, oldest first."""
        with closing(sqlite3.connect(self.ledger.path)) as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM callbacks ORDER BY id").fetchall()
        return [dict(row) for row in rows]


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteLedger]:
    with SQLiteLedger(tmp_path / "ledger.db") as opened:
        yield opened


@contextmanager
def site_for(
    ledger: SQLiteLedger, *, in_thread: bool = False, handlers: bool = True, **options: Any
) -> Iterator[Site]:
    """A receiver under uvicorn whose handlers (unless ``handlers=False``) record every
    callback they are given."""
    sock = free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}{new_secret_path()}"
    events = RecordingEventEmitter()
    receiver = Receiver(base_url, ledger=ledger, event_emitter=events, **options)
    site = Site(receiver, ledger, events, base_url)
    kinds = ("stk", "result", "b2b_express", "ratiba", "bill_manager", "c2b_confirmation")
    for kind in kinds if handlers else ():
        receiver.on(kind, site.handled.append)
    if handlers:
        receiver.on("c2b_validation", site.handled.append)
    with serve_asgi(receiver.asgi_app(in_thread=in_thread), sock):
        yield site


@pytest.fixture
def site(ledger: SQLiteLedger) -> Iterator[Site]:
    with site_for(ledger) as opened:
        yield opened


@pytest.fixture(scope="module")
def daraja() -> Iterator[LocalDaraja]:
    """A local Daraja sending its callbacks at once."""
    with LocalDaraja(stk_delay=0.05, callback_delay=0.0) as sandbox:
        yield sandbox


@pytest.fixture
def adapter(daraja: LocalDaraja, site: Site) -> Iterator[MpesaAdapter]:
    """An adapter on the local Daraja whose callback URLs are the site's."""
    with MpesaAdapter(daraja.config(callback_base_url=site.base_url)) as client:
        yield client
    daraja.state.settle()
    daraja.state.reset()


def wait_until(condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Wait for ``condition()`` to be true, failing after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


@pytest.fixture
def postgres_ledger_url(postgres_server: PostgresServer) -> str:
    """The URL of an emptied PostgreSQL database, for a ledger of the test's own."""
    return postgres_server.empty_database()
