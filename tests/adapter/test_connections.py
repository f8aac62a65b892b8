"""Connections: the adapter's own pool opens no more TCP connections than calls in flight, keeps
them open between calls, and is capped by ``max_connections``.

Each test makes real calls over 127.0.0.1 to a server that counts the connections it accepts
and holds its STK answers until a whole batch of concurrent calls is in flight.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from mpesa import AsyncMpesaAdapter, MpesaAdapter, MpesaConfig, MpesaConfigError
from tests.adapter.conftest import CountingDaraja

IN_FLIGHT = 50


def config(daraja: CountingDaraja) -> MpesaConfig:
    return MpesaConfig(
        consumer_key="pool-key",
        consumer_secret="pool-secret",
        business_shortcode="174379",
        passkey="pool-passkey",
        base_url=daraja.base_url,
        callback_url="https://merchant.example/stk",
    )


async def connections_for_async_calls(
    mpesa: AsyncMpesaAdapter, daraja: CountingDaraja, calls: int = IN_FLIGHT, rounds: int = 1
) -> int:
    """The connections ``rounds`` rounds of ``calls`` concurrent payments open (the token is
    fetched first, on a connection the payments then reuse)."""
    await mpesa.get_access_token()
    before = daraja.accepted
    for _ in range(rounds):
        await asyncio.gather(
            *(mpesa.initiate_stk_push("0708374149", 10, "INV001") for _ in range(calls))
        )
    return daraja.accepted - before


def connections_for_threads(
    mpesa: MpesaAdapter, daraja: CountingDaraja, threads: int = IN_FLIGHT, rounds: int = 1
) -> int:
    """The connections ``rounds`` rounds of payments from ``threads`` threads open."""
    mpesa.get_access_token()
    before = daraja.accepted
    with ThreadPoolExecutor(threads) as pool:
        for _ in range(rounds):
            answers = [
                pool.submit(mpesa.initiate_stk_push, "0708374149", 10, "INV001")
                for _ in range(threads)
            ]
            for answer in answers:
                answer.result()
    return daraja.accepted - before


# -- the adapter's own pool ------------------------------------------------------------------


def test_fifty_concurrent_async_calls_open_at_most_fifty_connections(
    counting_daraja: CountingDaraja,
) -> None:
    counting_daraja.batch = IN_FLIGHT

    async def run() -> int:
        async with AsyncMpesaAdapter(config(counting_daraja)) as mpesa:
            return await connections_for_async_calls(mpesa, counting_daraja)

    assert asyncio.run(run()) <= IN_FLIGHT
    assert counting_daraja.most_in_flight == IN_FLIGHT


def test_fifty_threads_through_the_sync_adapter_open_at_most_fifty_connections(
    counting_daraja: CountingDaraja,
) -> None:
    counting_daraja.batch = IN_FLIGHT
    with MpesaAdapter(config(counting_daraja)) as mpesa:
        assert connections_for_threads(mpesa, counting_daraja) <= IN_FLIGHT
    assert counting_daraja.most_in_flight == IN_FLIGHT


def test_the_async_adapter_keeps_fifty_connections_open_between_rounds_of_calls(
    counting_daraja: CountingDaraja,
) -> None:
    counting_daraja.batch = IN_FLIGHT

    async def run() -> None:
        async with AsyncMpesaAdapter(config(counting_daraja)) as mpesa:
            await connections_for_async_calls(mpesa, counting_daraja, rounds=2)
            assert counting_daraja.closed_fresh == 0

    asyncio.run(run())


def test_the_sync_adapter_keeps_fifty_connections_open_between_rounds_of_calls(
    counting_daraja: CountingDaraja,
) -> None:
    counting_daraja.batch = IN_FLIGHT
    with MpesaAdapter(config(counting_daraja)) as mpesa:
        connections_for_threads(mpesa, counting_daraja, rounds=2)
        assert counting_daraja.closed_fresh == 0


def test_max_connections_caps_the_async_pool(counting_daraja: CountingDaraja) -> None:
    counting_daraja.batch = 5

    async def run() -> int:
        async with AsyncMpesaAdapter(config(counting_daraja), max_connections=5) as mpesa:
            return await connections_for_async_calls(mpesa, counting_daraja)

    assert asyncio.run(run()) <= 5


def test_max_connections_caps_the_sync_pool(counting_daraja: CountingDaraja) -> None:
    counting_daraja.batch = 5
    with MpesaAdapter(config(counting_daraja).replace(max_connections=5)) as mpesa:
        assert connections_for_threads(mpesa, counting_daraja) <= 5


def test_a_given_http_client_keeps_its_own_limits(counting_daraja: CountingDaraja) -> None:
    counting_daraja.batch = 2
    limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)

    async def run() -> int:
        async with (
            httpx.AsyncClient(limits=limits, timeout=30.0) as http,
            AsyncMpesaAdapter(config(counting_daraja), http_client=http) as mpesa,
        ):
            return await connections_for_async_calls(mpesa, counting_daraja, calls=6)

    assert asyncio.run(run()) <= 2


# -- the setting -----------------------------------------------------------------------------


def test_max_connections_defaults_to_one_hundred() -> None:
    assert MpesaConfig(consumer_key="k", consumer_secret="s").max_connections == 100


def test_max_connections_is_read_from_the_environment() -> None:
    environ = {
        "MPESA_CONSUMER_KEY": "k",
        "MPESA_CONSUMER_SECRET": "s",
        "MPESA_MAX_CONNECTIONS": "20",
    }
    assert MpesaConfig.from_env(environ).max_connections == 20


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "10"])
def test_max_connections_must_be_a_whole_number_of_at_least_one(value: object) -> None:
    with pytest.raises(MpesaConfigError) as raised:
        MpesaConfig(consumer_key="k", consumer_secret="s", max_connections=value)  # type: ignore[arg-type]
    assert raised.value.setting == "max_connections"
