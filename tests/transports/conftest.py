"""Fixtures of the transport tests: the adapter over either transport, and the servers.

``open_adapter`` is parametrized over httpx's own transport and ``AiohttpTransport``, so every
test using it states one behaviour that both must show alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from benchmarks.certs import Certificates, make_certificates
from mpesa import AsyncMpesaAdapter, MpesaConfig
from mpesa.sandbox import CallbackReceiver, LocalDaraja
from mpesa.transports import aiohttp_client

OpenAdapter = Callable[[MpesaConfig], AbstractAsyncContextManager[AsyncMpesaAdapter]]


@pytest.fixture(params=["httpx", "aiohttp"])
def open_adapter(request: pytest.FixtureRequest) -> OpenAdapter:
    """Open an ``AsyncMpesaAdapter`` on httpx's own transport or on ``AiohttpTransport``."""

    @asynccontextmanager
    async def open_with_aiohttp(config: MpesaConfig) -> AsyncIterator[AsyncMpesaAdapter]:
        async with (
            aiohttp_client(config) as http,
            AsyncMpesaAdapter(config, http_client=http) as mpesa,
        ):
            yield mpesa

    return AsyncMpesaAdapter if request.param == "httpx" else open_with_aiohttp


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LocalDaraja, CallbackReceiver]]:
    with LocalDaraja(stk_delay=0.05, callback_delay=0.0) as sandbox, CallbackReceiver() as receiver:
        yield sandbox, receiver


@pytest.fixture
def daraja(servers: tuple[LocalDaraja, CallbackReceiver]) -> Iterator[LocalDaraja]:
    """The module's local Daraja, cleaned after each test."""
    sandbox, receiver = servers
    yield sandbox
    sandbox.state.settle()
    sandbox.state.clear_faults()
    sandbox.state.reset()
    receiver.clear()


@pytest.fixture
def receiver(servers: tuple[LocalDaraja, CallbackReceiver]) -> CallbackReceiver:
    return servers[1]


@pytest.fixture
def config(daraja: LocalDaraja, receiver: CallbackReceiver) -> MpesaConfig:
    """Settings for the local Daraja, callbacks to the receiver, resends at once."""
    return daraja.config(
        callback_url=receiver.url("/stk"),
        result_url=receiver.url("/result"),
        timeout_url=receiver.url("/timeout"),
        backoff_factor=0.0,
    )


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(Path(tmp_path_factory.mktemp("tls")))
