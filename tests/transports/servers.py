"""Servers on 127.0.0.1 for the transport tests: a Daraja that breaks requests in chosen ways,
the local Daraja served over TLS, and the certificates for it."""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import uvicorn

from benchmarks.certs import Certificates
from mpesa import MpesaConfig
from mpesa.sandbox import SandboxState
from mpesa.sandbox.app import create_app

Breakage = Literal["close", "reset", "garbage", "silent"]
TOKEN = {"access_token": "transport-test-token", "expires_in": "3599"}


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        daraja = self.server.daraja
        daraja.connections += 1
        while (path := self._read_request()) is not None:
            if path.startswith("/oauth/"):
                self.wfile.write(_token_answer(gzipped=daraja.gzip_token))
                continue
            daraja.received.append(path)
            self._break(daraja.breakage)
            return

    def _read_request(self) -> str | None:
        """The path of the next request, read whole; None once the client closed."""
        line = self.rfile.readline()
        if not line:
            return None
        headers: dict[str, str] = {}
        while (header := self.rfile.readline()) not in (b"\r\n", b""):
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        self.rfile.read(int(headers.get("content-length", "0")))
        return line.split()[1].decode()

    def _break(self, breakage: Breakage) -> None:
        if breakage == "reset":  # closing with a zero linger sends RST instead of FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif breakage == "garbage":
            self.wfile.write(b"this is not HTTP\r\n\r\n")
        elif breakage == "silent":
            self.server.daraja.stopped.wait()


def _token_answer(*, gzipped: bool) -> bytes:
    body = json.dumps(TOKEN).encode()
    extra = b""
    if gzipped:
        body = gzip.compress(body)
        extra = b"Content-Encoding: gzip\r\n"
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + extra
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    daraja: BrokenDaraja


class BrokenDaraja:
    """Answers the OAuth call, then breaks every other request once it has read all of it.

    ``close``: closes the connection without an answer; ``reset``: resets it; ``garbage``:
    answers bytes that are not HTTP and closes; ``silent``: never answers. ``received`` lists
    the paths of the broken requests, ``connections`` counts the connections accepted.
    """

    def __init__(self, breakage: Breakage, *, gzip_token: bool = False) -> None:
        self.breakage = breakage
        self.gzip_token = gzip_token
        self.received: list[str] = []
        self.connections = 0
        self.stopped = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.daraja = self

    def __enter__(self) -> BrokenDaraja:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopped.set()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def config(self, **overrides: Any) -> MpesaConfig:
        """Settings for every operation, with resends at once."""
        settings: dict[str, Any] = {
            "consumer_key": "transport-key",
            "consumer_secret": "transport-secret",
            "base_url": self.base_url,
            "business_shortcode": "174379",
            "passkey": "transport-passkey",
            "initiator_name": "testapi",
            "security_credential": "transport-credential",
            "callback_base_url": "http://127.0.0.1:9/callbacks",
            "backoff_factor": 0.0,
            "timeout": 5.0,
            **overrides,
        }
        return MpesaConfig(**settings)


@dataclass(frozen=True)
class TlsDaraja:
    """The local Daraja's app served over HTTPS."""

    state: SandboxState
    base_url: str

    def config(self, **overrides: Any) -> MpesaConfig:
        settings: dict[str, Any] = {
            "consumer_key": self.state.consumer_key,
            "consumer_secret": self.state.consumer_secret,
            "base_url": self.base_url,
            "business_shortcode": self.state.business_shortcode,
            "passkey": self.state.passkey,
            "initiator_name": self.state.initiator_name,
            "initiator_password": self.state.initiator_password,
            "certificate": self.state.certificate_pem,
            **overrides,
        }
        return MpesaConfig(**settings)


@contextmanager
def tls_daraja(certificates: Certificates, **state_options: Any) -> Iterator[TlsDaraja]:
    """Serve a new sandbox state over HTTPS with ``certificates`` until the block ends."""
    state = SandboxState(**state_options)
    sock = socket.create_server(("127.0.0.1", 0))
    config = uvicorn.Config(
        create_app(state),
        log_config=None,
        access_log=False,
        lifespan="off",
        ssl_certfile=str(certificates.cert),
        ssl_keyfile=str(certificates.key),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the TLS Daraja did not start")
            time.sleep(0.01)
        yield TlsDaraja(state, f"https://127.0.0.1:{sock.getsockname()[1]}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        state.close()


@contextmanager
def unanswered_port() -> Iterator[int]:
    """A port on 127.0.0.1 whose listen queue is full, so a new connect waits until it times out."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    port = listener.getsockname()[1]
    fillers = [socket.socket() for _ in range(3)]
    try:
        for filler in fillers:
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
        time.sleep(0.1)
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
