"""Callbacks per second into one PostgreSQL ledger, with 1, 2 and 4 receiver processes.

Each receiver runs under uvicorn in a process of its own, as workers of one deployment do, on
the same ``PostgresLedger``; the same distinct STK callbacks are spread over them, each matched
to a request recorded beforehand. The PostgreSQL server is a throwaway one on 127.0.0.1
(``tests/servers.py``), unless ``MPESA_BENCH_POSTGRES_URL`` names a database to use (its
``mpesa`` schema is dropped first).
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import psycopg
import uvicorn

from mpesa.ledger import DarajaIds, Outcome, open_ledger
from mpesa.ledger.postgres import PostgresLedger
from mpesa.receiver import Receiver

from .bench_receiver import CLIENTS, ROOT, SECRET, _client, requests

CALLBACKS = 4000
PROCESSES = (1, 2, 4)
WARM_UP = 50
"""Callbacks sent per receiver process before the timing starts."""


def serve(url: str) -> None:
    """Run in a receiver process: bind a free port, print it, serve until killed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    receiver = Receiver(f"https://shop.example{SECRET}", ledger=open_ledger(url))
    config = uvicorn.Config(
        receiver.asgi_app(), log_config=None, access_log=False, lifespan="off", proxy_headers=False
    )
    print(sock.getsockname()[1], flush=True)
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def _database() -> Iterator[str]:
    """The URL of an empty database: ``MPESA_BENCH_POSTGRES_URL``, else a throwaway server's."""
    given = os.environ.get("MPESA_BENCH_POSTGRES_URL")
    if given is not None:
        yield given
        return
    sys.path.insert(0, str(ROOT))
    from tests.servers import start_postgres

    server = start_postgres()
    try:
        yield server.empty_database()
    finally:
        server.stop()


def _prepare(url: str, count: int) -> None:
    """Empty the ledger, then record ``count`` accepted STK pushes for the callbacks to match."""
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("DROP SCHEMA IF EXISTS mpesa CASCADE")
    with PostgresLedger(url) as ledger:
        for number in range(count):
            reference = f"{number:032x}"
            ledger.record_request("initiate_stk_push", reference=reference, amount=1)
            ids = DarajaIds(checkout_request_id=f"ws_CO_{number}")
            ledger.update_request(reference, Outcome("accepted", "0"), ids)


@contextmanager
def _receiver(url: str) -> Iterator[int]:
    """A receiver process on the ledger at ``url``; yields its port, kills it at the end."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_postgres", url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


async def _drive(ports: list[int], queue: list[bytes]) -> float:
    """Callbacks per second with ``CLIENTS`` connections to each port, sharing one queue."""
    total = len(queue)
    started = time.perf_counter()
    await asyncio.gather(*(_client(port, queue) for port in ports for _ in range(CLIENTS)))
    return total / (time.perf_counter() - started)


def measure(url: str, processes: int, callbacks: int = CALLBACKS) -> float:
    """Callbacks per second into the ledger at ``url`` through ``processes`` receivers."""
    warm = WARM_UP * processes
    _prepare(url, callbacks + warm)
    every = requests(callbacks + warm)
    with ExitStack() as stack:
        ports = [stack.enter_context(_receiver(url)) for _ in range(processes)]
        asyncio.run(_drive(ports, every[callbacks:]))  # warm up: imports, pools, caches
        return asyncio.run(_drive(ports, every[:callbacks]))


def run(callbacks: int = CALLBACKS) -> dict[str, float]:
    """Callbacks per second with each number of receiver processes (keys ``"1"``, ``"2"``,
    ``"4"``)."""
    with _database() as url:
        return {str(count): measure(url, count, callbacks) for count in PROCESSES}


def main() -> None:
    figures = run()
    rates = "   ".join(f"{count} process(es) {rate:7.0f} /s" for count, rate in figures.items())
    print(f"postgres ledger {rates}   ({CLIENTS} clients each, {os.cpu_count()} cores)")


if __name__ == "__main__":
    if len(sys.argv) == 2:
        serve(sys.argv[1])
    else:
        main()
