"""What every driver shares: read the options, warm up, time the calls, print one JSON line.

A driver runs in the measured client's own environment and imports only its client and the
standard library. It is started as ``python <driver>.py '<options as JSON>'`` and prints
``{"seconds": ..., "cpu": ..., "calls": ...}`` for the timed calls, or ``{"error": ...}``.
Each call carries its own ``AccountReference`` so that no client-side cache can answer it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

PHONE = "254708374149"
SHORTCODE = "174379"
PASSKEY = "bench-passkey"
CALLBACK_URL = "https://merchant.example/stk"
KEY, SECRET = "bench-key", "bench-secret"

SyncCall = Callable[[str], object]
AsyncCall = Callable[[str], Awaitable[object]]
SyncFactory = Callable[["Options"], tuple[SyncCall, Callable[[], object]]]
AsyncFactory = Callable[["Options"], Awaitable[tuple[AsyncCall, Callable[[], Awaitable[object]]]]]
Task = Callable[["Options"], dict[str, Any]]


@dataclass(frozen=True)
class Options:
    """``url`` of the server, ``ca`` the CA file to trust, ``calls`` timed after ``warmup``
    untimed ones, ``concurrency`` calls in flight (async clients)."""

    client: str
    url: str = ""
    ca: str = ""
    calls: int = 100
    warmup: int = 10
    concurrency: int = 1


def reference(number: int) -> str:
    """A distinct 12-character ``AccountReference`` (Daraja's limit)."""
    return f"R{number:011d}"


def _sync(factory: SyncFactory, options: Options) -> dict[str, Any]:
    call, close = factory(options)
    for number in range(options.warmup):
        call(reference(number))
    first = options.warmup
    cpu, started = time.process_time(), time.perf_counter()
    for number in range(first, first + options.calls):
        call(reference(number))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    close()
    return {"seconds": seconds, "cpu": cpu, "calls": options.calls}


async def _pool(call: AsyncCall, first: int, count: int, concurrency: int) -> None:
    """``count`` calls with ``concurrency`` of them in flight until the last ones."""
    numbers = iter(range(first, first + count))

    async def worker() -> None:
        for number in numbers:
            await call(reference(number))

    await asyncio.gather(*(worker() for _ in range(min(concurrency, count))))


async def _async(factory: AsyncFactory, options: Options) -> dict[str, Any]:
    call, close = await factory(options)
    await _pool(call, 0, options.warmup, options.concurrency)
    cpu, started = time.process_time(), time.perf_counter()
    await _pool(call, options.warmup, options.calls, options.concurrency)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    await close()
    return {"seconds": seconds, "cpu": cpu, "calls": options.calls}


def run(
    sync: dict[str, SyncFactory] | None = None,
    asynchronous: dict[str, AsyncFactory] | None = None,
    tasks: dict[str, Task] | None = None,
) -> None:
    """Measure the client named in the options and print the result as one JSON line."""
    options = Options(**json.loads(sys.argv[1]))
    try:
        if options.client in (sync or {}):
            result = _sync((sync or {})[options.client], options)
        elif options.client in (asynchronous or {}):
            result = asyncio.run(_async((asynchronous or {})[options.client], options))
        else:
            result = (tasks or {})[options.client](options)
    except Exception as error:
        last = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"
        result = {"error": f"{type(error).__name__}: {error} ({where})"[:500]}
    print(json.dumps(result), flush=True)
