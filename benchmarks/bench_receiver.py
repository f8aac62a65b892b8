"""The receiver's speed: STK callbacks per second over HTTP into the SQLite ledger.

The receiver runs under uvicorn in a process of its own, as deployed, with the source
allowlist on; each callback is parsed, verified, deduplicated, matched to its request,
committed and acknowledged. A few clients on keep-alive connections POST distinct callbacks.
The baseline is the same server and clients with an ASGI app that answers every POST at once
without reading it: the HTTP floor of this machine, in the same run.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uvicorn

from mpesa.ledger import DarajaIds, Outcome, SQLiteLedger
from mpesa.receiver import Receiver
from mpesa.testing import canned_callback

CALLBACKS = 5000
CLIENTS = 8
SECRET = "/hooks/0123456789abcdef0123456789abcdef"
ROOT = Path(__file__).resolve().parents[1]


async def _floor(scope: dict[str, object], receive: object, send: object) -> None:
    """An ASGI app that answers 200 with a small JSON body and does nothing else."""
    if scope["type"] != "http":
        return
    body = b'{"ResultCode":0,"ResultDesc":"Accepted"}'
    headers = [(b"content-type", b"application/json"), (b"content-length", b"40")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


def serve(mode: str, ledger: str) -> None:
    """Run in the server process: bind a free port, print it, serve until killed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    app: object = _floor
    if mode != "floor":
        receiver = Receiver(
            f"https://shop.example{SECRET}", ledger=ledger, allowed_sources=["127.0.0.1"]
        )
        app = receiver.asgi_app(in_thread=mode == "thread")
    config = uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="off", proxy_headers=False
    )
    print(sock.getsockname()[1], flush=True)
    uvicorn.Server(config).run(sockets=[sock])


def requests(count: int) -> list[bytes]:
    """``count`` distinct STK callbacks as raw HTTP/1.1 requests."""
    made = []
    for number in range(count):
        body = json.dumps(
            canned_callback("initiate_stk_push", CheckoutRequestID=f"ws_CO_{number}")
        ).encode()
        made.append(
            f"POST {SECRET}/callback HTTP/1.1\r\nHost: shop.example\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
    return made


async def _client(port: int, queue: list[bytes]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while queue:
        writer.write(queue.pop())
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        await reader.readexactly(length)
        if status != 200:
            raise RuntimeError(f"the receiver answered {status}")
    writer.close()


async def _drive(port: int, queue: list[bytes]) -> float:
    total = len(queue)
    started = time.perf_counter()
    await asyncio.gather(*(_client(port, queue) for _ in range(CLIENTS)))
    return total / (time.perf_counter() - started)


def _cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process so far (Linux's ``/proc``), else ``None``."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(mode: str, directory: Path) -> tuple[float, float | None]:
    """Callbacks per second into a server of ``mode`` (``floor``, ``receiver`` on the event
    loop, or ``thread`` with ``in_thread=True``), and the server's CPU seconds per callback:
    a figure that other work on the machine does not inflate."""
    ledger = directory / f"{mode}.db"
    with SQLiteLedger(ledger) as opened:
        for number in range(CALLBACKS):
            opened.record_request("initiate_stk_push", reference=f"{number:032x}", amount=1)
            ids = DarajaIds(checkout_request_id=f"ws_CO_{number}")
            opened.update_request(f"{number:032x}", Outcome("accepted", "0"), ids)
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_receiver", mode, str(ledger)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        asyncio.run(_drive(port, requests(200)))  # warm up: imports, connections, caches
        timed = requests(CALLBACKS)[200:]
        count = len(timed)
        before = _cpu_seconds(server.pid)
        rate = asyncio.run(_drive(port, timed))  # empties ``timed``
        after = _cpu_seconds(server.pid)
        cpu = None if before is None or after is None else (after - before) / count
        return rate, cpu
    finally:
        server.kill()
        server.wait()
        if server.stdout is not None:
            server.stdout.close()


def run() -> dict[str, float | None]:
    """Callbacks per second over HTTP (``floor``, ``receiver``, ``thread``) and the server's
    CPU milliseconds per callback (``floor_cpu_ms``, ``receiver_cpu_ms``, ``thread_cpu_ms``)."""
    figures: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for mode in ("floor", "receiver", "thread"):
            rate, cpu = measure(mode, Path(scratch))
            figures[mode] = rate
            figures[f"{mode}_cpu_ms"] = None if cpu is None else cpu * 1e3
    return figures


def main() -> None:
    figures = run()
    floor, receiver = figures["floor"] or 0.0, figures["receiver"] or 0.0
    cpu = figures["receiver_cpu_ms"]
    print(
        f"receiver        HTTP floor {floor:8.0f} /s   receiver {receiver:8.0f} /s   ratio {floor / receiver:5.2f}x slower"
        f"   (server CPU {cpu if cpu is None else round(cpu, 3)} ms/callback;"
        f" in_thread=True: {figures['thread']:.0f} /s; {CLIENTS} clients, {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3:
        serve(sys.argv[1], sys.argv[2])
    else:
        main()
