"""The server every client is measured against: minimal keep-alive HTTP/1.1, over TLS and plain.

It answers Daraja's OAuth and STK push with the canned answers and nothing else, so the time
measured is the clients'. It counts the connections it accepts and the requests of each kind;
``GET /_bench/stats`` returns the counts. It runs in a process of its own (``BenchServer``),
so on a machine with two cores the server and the measured client each have one.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import ssl
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from mpesa.testing import canned_response

from .certs import Certificates

STATS_PATH = "/_bench/stats"
TOKEN = json.dumps({"access_token": "bench-token", "expires_in": "3599"}).encode()
STK_PATH = "/mpesa/stkpush/v1/processrequest"
OAUTH_PATH = "/oauth/v1/generate"


@dataclass
class Counts:
    """What the server has seen since it started."""

    connections: int = 0
    oauth: int = 0
    stk: int = 0


def _response(status: str, body: bytes, close: bool) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    if close:
        head += "Connection: close\r\n"
    return head.encode() + b"\r\n" + body


class _Connection(asyncio.Protocol):
    """One client connection: parses requests by Content-Length and answers each in turn."""

    def __init__(self, counts: Counts, ack: bytes) -> None:
        self._counts = counts
        self._ack = ack
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._counts.connections += 1

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            lines = self._buffer[:end].decode("latin-1").split("\r\n")
            headers = dict(line.lower().split(":", 1) for line in lines[1:] if ":" in line)
            length = int(headers.get("content-length", "0"))
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            _, path, version = lines[0].split(" ", 2)
            close = (
                headers.get("connection", "").strip().lower() == "close" or version == "HTTP/1.0"
            )
            self._transport.write(self._answer(path.split("?", 1)[0], close))
            if close:
                self._transport.close()
                self._transport = None

    def _answer(self, path: str, close: bool) -> bytes:
        if path == STK_PATH:
            self._counts.stk += 1
            return _response("200 OK", self._ack, close)
        if path == OAUTH_PATH:
            self._counts.oauth += 1
            return _response("200 OK", TOKEN, close)
        if path == STATS_PATH:
            counts = {**self._counts.__dict__, "connections": self._counts.connections - 1}
            body = json.dumps(counts).encode()  # the caller's own connection is not counted
            return _response("200 OK", body, close)
        return _response("404 Not Found", b'{"errorMessage": "not found"}', close)


async def _serve(certificates: Certificates) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert, certificates.key)
    counts = Counts()
    ack = json.dumps(canned_response("initiate_stk_push")).encode()
    loop = asyncio.get_running_loop()
    servers = [
        await loop.create_server(
            lambda: _Connection(counts, ack), "127.0.0.1", 0, ssl=tls, backlog=1024
        )
        for tls in (context, None)
    ]
    ports = [server.sockets[0].getsockname()[1] for server in servers]
    print(*ports, flush=True)
    await asyncio.Event().wait()


class BenchServer:
    """The server in a child process: ``tls_url``, ``plain_url`` and ``counts()``."""

    def __init__(self, certificates: Certificates) -> None:
        args = [str(certificates.ca), str(certificates.cert), str(certificates.key)]
        root = Path(__file__).resolve().parents[1]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.server", *args], cwd=root, stdout=subprocess.PIPE
        )
        assert self._process.stdout is not None
        tls_port, plain_port = (int(port) for port in self._process.stdout.readline().split())
        self.tls_url = f"https://127.0.0.1:{tls_port}"
        self.plain_url = f"http://127.0.0.1:{plain_port}"
        self._control = http.client.HTTPConnection("127.0.0.1", plain_port, timeout=30)

    def counts(self) -> Counts:
        """The counts so far, over one kept-alive connection that is not among them."""
        self._control.request("GET", STATS_PATH)
        return Counts(**json.loads(self._control.getresponse().read()))

    def __enter__(self) -> BenchServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._control.close()
        self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


if __name__ == "__main__":
    ca, cert, key = (Path(arg) for arg in sys.argv[1:4])
    asyncio.run(_serve(Certificates(ca, cert, key)))
