"""Driver for this project's adapters and the raw ``httpx`` baselines they are compared with.

The baselines send the same STK push body with a token fetched once, and parse the answer:
the least any client does. The adapters use their own defaults (their own ``httpx`` client,
trusting the CA through ``SSL_CERT_FILE`` as ``httpx`` does); the aiohttp transport is given
the CA file. Besides the timed calls, this driver's tasks measure the adapters on an in-memory
transport, the memory they keep over many calls, and how many tokens a cold cache fetches.
"""

from __future__ import annotations

import asyncio
import gc
import resource
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from _driver import CALLBACK_URL, KEY, PASSKEY, PHONE, SECRET, SHORTCODE, Options, reference, run

from mpesa import AsyncMpesaAdapter, MpesaAdapter, MpesaConfig
from mpesa.testing import canned_response

STK = "/mpesa/stkpush/v1/processrequest"
OAUTH = "/oauth/v1/generate"
BODY = {
    "BusinessShortCode": SHORTCODE,
    "Password": "MTc0Mzc5YmVuY2gtcGFzc2tleTIwMjYwMTAxMDAwMDAw",
    "Timestamp": "20260101000000",
    "TransactionType": "CustomerPayBillOnline",
    "Amount": 10,
    "PartyA": PHONE,
    "PartyB": SHORTCODE,
    "PhoneNumber": PHONE,
    "CallBackURL": CALLBACK_URL,
    "AccountReference": "",
    "TransactionDesc": "Payment",
}
MEMORY_URL = "https://daraja.bench"


def config(url: str) -> MpesaConfig:
    return MpesaConfig(
        consumer_key=KEY,
        consumer_secret=SECRET,
        business_shortcode=SHORTCODE,
        passkey=PASSKEY,
        base_url=url,
        callback_url=CALLBACK_URL,
    )


def raw_sync(options: Options, transport: httpx.BaseTransport | None = None) -> Any:
    client = httpx.Client(base_url=options.url, transport=transport, timeout=30)
    token = client.get(OAUTH, params={"grant_type": "client_credentials"}, auth=(KEY, SECRET))
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}

    def call(ref: str) -> object:
        return client.post(STK, json={**BODY, "AccountReference": ref}, headers=headers).json()

    return call, client.close


def adapter_sync(options: Options, transport: httpx.BaseTransport | None = None) -> Any:
    http = httpx.Client(transport=transport) if transport else None
    adapter = MpesaAdapter(config(options.url), http_client=http)

    def call(ref: str) -> object:
        return adapter.initiate_stk_push(PHONE, 10, ref)

    return call, adapter.close


async def raw_async(options: Options) -> Any:
    client = httpx.AsyncClient(base_url=options.url, timeout=30)
    token = await client.get(OAUTH, params={"grant_type": "client_credentials"}, auth=(KEY, SECRET))
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}

    async def call(ref: str) -> object:
        answer = await client.post(STK, json={**BODY, "AccountReference": ref}, headers=headers)
        return answer.json()

    return call, client.aclose


async def adapter_async(options: Options, http: httpx.AsyncClient | None = None) -> Any:
    adapter = AsyncMpesaAdapter(config(options.url), http_client=http)

    async def call(ref: str) -> object:
        return await adapter.initiate_stk_push(PHONE, 10, ref)

    async def close() -> None:
        await adapter.aclose()
        if http is not None:
            await http.aclose()

    return call, close


async def adapter_aiohttp(options: Options) -> Any:
    from mpesa.transports import aiohttp_client

    settings = config(options.url)
    return await adapter_async(options, aiohttp_client(settings, verify=options.ca))


def _memory_transport() -> httpx.MockTransport:
    token = {"access_token": "bench-token", "expires_in": "3599"}
    ack = canned_response("initiate_stk_push")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=token if request.url.path == OAUTH else ack)

    return httpx.MockTransport(answer)


def in_memory(make: Any) -> Any:
    """Per-call time of ``make``'s client over an in-memory transport: no network, no server."""

    def task(options: Options) -> dict[str, Any]:
        memory = Options(options.client, MEMORY_URL, calls=options.calls, warmup=options.warmup)
        call, close = make(memory, _memory_transport())
        for number in range(memory.warmup):
            call(reference(number))
        cpu, started = time.process_time(), time.perf_counter()
        for number in range(memory.warmup, memory.warmup + memory.calls):
            call(reference(number))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        close()
        return {"seconds": seconds, "cpu": cpu, "calls": memory.calls}

    return task


def _rss_bytes() -> int:
    """Resident memory now (Linux's ``/proc``), else the peak so far."""
    gc.collect()
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rss_growth(make: Any) -> Any:
    """Resident memory gained over ``calls`` calls after ``warmup`` calls, in-memory."""

    def task(options: Options) -> dict[str, Any]:
        memory = Options(options.client, MEMORY_URL)
        call, close = make(memory, _memory_transport())
        for number in range(options.warmup):
            call(reference(number))
        before = _rss_bytes()
        for number in range(options.warmup, options.warmup + options.calls):
            call(reference(number % 10**11))
        grown = _rss_bytes() - before
        close()
        return {"bytes": grown, "calls": options.calls}

    return task


def tokens_async(options: Options) -> dict[str, Any]:
    """``calls`` concurrent tasks on one adapter whose token cache is cold."""

    async def main() -> None:
        async with AsyncMpesaAdapter(config(options.url)) as adapter:
            await asyncio.gather(
                *(adapter.initiate_stk_push(PHONE, 10, reference(n)) for n in range(options.calls))
            )

    asyncio.run(main())
    return {"calls": options.calls}


def tokens_threads(options: Options) -> dict[str, Any]:
    """``concurrency`` threads calling at once through one adapter whose token cache is cold."""
    barrier = threading.Barrier(options.concurrency)
    failures: list[BaseException] = []
    with MpesaAdapter(config(options.url)) as adapter:

        def one(number: int) -> None:
            barrier.wait()
            try:
                adapter.initiate_stk_push(PHONE, 10, reference(number))
            except Exception as error:
                failures.append(error)

        threads = [threading.Thread(target=one, args=(n,)) for n in range(options.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if failures:
        raise failures[0]
    return {"calls": options.concurrency}


if __name__ == "__main__":
    run(
        sync={"httpx.Client": raw_sync, "MpesaAdapter": adapter_sync},
        asynchronous={
            "httpx.AsyncClient": raw_async,
            "AsyncMpesaAdapter": adapter_async,
            "AsyncMpesaAdapter + aiohttp": adapter_aiohttp,
        },
        tasks={
            "memory httpx.Client": in_memory(raw_sync),
            "memory MpesaAdapter": in_memory(adapter_sync),
            "rss httpx.Client": rss_growth(raw_sync),
            "rss MpesaAdapter": rss_growth(adapter_sync),
            "tokens async": tokens_async,
            "tokens threads": tokens_threads,
        },
    )
