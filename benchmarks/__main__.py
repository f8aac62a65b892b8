"""``make bench``: speed of mpesa-adapter against baselines measured in the same run.

Every figure is reported as a ratio to a baseline taken in the same process on the same
machine, so results compare across machines; nothing here asserts a time.

- call overhead: ``initiate_stk_push`` (fill, validate, send, parse, events) against a raw
  ``httpx`` POST of the same body, both over one in-memory transport;
- async throughput: the same through ``AsyncMpesaAdapter`` with 50 concurrent tasks;
- import time: ``import mpesa`` against ``import httpx, pydantic`` (what it cannot avoid);
- generation: ``make generate``'s full build, in seconds.
- ledger: callbacks recorded per second by ``SQLiteLedger`` against plain SQLite inserts
  (``bench_ledger.py``).
- receiver: callbacks per second over HTTP into the SQLite ledger against the same server
  answering without doing anything (``bench_receiver.py``).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from mpesa import AsyncMpesaAdapter, MpesaAdapter, MpesaConfig

from . import bench_ledger, bench_receiver

CALLS = 2000
ROOT = Path(__file__).resolve().parents[1]
CONFIG = MpesaConfig(
    consumer_key="bench-key",
    consumer_secret="bench-secret",
    business_shortcode="174379",
    passkey="bench-passkey",
    base_url="https://daraja.bench",
    callback_url="https://merchant.example/stk",
)
ACK = {
    "MerchantRequestID": "29115-34620561-1",
    "CheckoutRequestID": "ws_CO_191220191020363925",
    "ResponseCode": "0",
    "ResponseDescription": "Success. Request accepted for processing",
    "CustomerMessage": "Success. Request accepted for processing",
}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/oauth/v1/generate":
        return httpx.Response(200, json={"access_token": "tok", "expires_in": "3599"})
    return httpx.Response(200, json=ACK)


def per_call(run: Callable[[], object], calls: int = CALLS) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        run()
    return (time.perf_counter() - started) / calls


def call_overhead() -> tuple[float, float]:
    transport = httpx.MockTransport(answer)
    raw = httpx.Client(transport=transport, base_url="https://daraja.bench")
    body = {"BusinessShortCode": "174379", "Amount": 10, "PartyA": "254708374149"}
    baseline = per_call(lambda: raw.post("/mpesa/stkpush/v1/processrequest", json=body).json())
    with MpesaAdapter(CONFIG, http_client=httpx.Client(transport=transport)) as mpesa:
        adapter = per_call(lambda: mpesa.initiate_stk_push("0708374149", 10, "INV001"))
    return baseline, adapter


def async_throughput() -> tuple[float, float]:
    async def measure(adapter: bool) -> float:
        transport = httpx.MockTransport(answer)
        async with (
            httpx.AsyncClient(transport=transport, base_url="https://daraja.bench") as raw,
            AsyncMpesaAdapter(CONFIG, http_client=httpx.AsyncClient(transport=transport)) as mpesa,
        ):

            async def one() -> object:
                if adapter:
                    return await mpesa.initiate_stk_push("0708374149", 10, "INV001")
                return (await raw.post("/mpesa/stkpush/v1/processrequest", json=ACK)).json()

            started = time.perf_counter()
            for _ in range(CALLS // 50):
                await asyncio.gather(*(one() for _ in range(50)))
            return CALLS / (time.perf_counter() - started)

    return asyncio.run(measure(False)), asyncio.run(measure(True))


def import_time(statement: str) -> float:
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def generation_time() -> float:
    from generator.build import Layout, build

    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        build(Layout(ROOT), Path(scratch))
        return time.perf_counter() - started


def main() -> None:
    baseline, adapter = call_overhead()
    print(
        f"call overhead   raw httpx {baseline * 1e6:8.1f} us   adapter {adapter * 1e6:8.1f} us   ratio {adapter / baseline:5.2f}x"
    )
    raw_rate, adapter_rate = async_throughput()
    print(
        f"async, 50 tasks raw httpx {raw_rate:8.0f} /s   adapter {adapter_rate:8.0f} /s   ratio {raw_rate / adapter_rate:5.2f}x slower"
    )
    base_import = import_time("import httpx, pydantic")
    mpesa_import = import_time("import mpesa")
    print(
        f"import time     httpx+pydantic {base_import * 1e3:6.0f} ms   mpesa {mpesa_import * 1e3:6.0f} ms   ratio {mpesa_import / base_import:5.2f}x"
    )
    print(f"generation      {generation_time():.1f} s for the whole package, OpenAPI and docs")
    bench_ledger.main()
    bench_receiver.main()


if __name__ == "__main__":
    main()
