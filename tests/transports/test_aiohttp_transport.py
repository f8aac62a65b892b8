"""``AiohttpTransport`` under httpx: answers, timeouts, the pool, TLS and closing."""

from __future__ import annotations

import asyncio
import socket
import ssl
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator

import httpx
import pytest

from benchmarks.certs import Certificates
from mpesa import AsyncMpesaAdapter, MpesaAuthException
from mpesa.sandbox import LocalDaraja
from mpesa.transports import AiohttpTransport, aiohttp_client
from tests.transports.servers import (
    TOKEN,
    BrokenDaraja,
    TlsDaraja,
    tls_daraja,
    unanswered_port,
)

CUSTOMER = "254708374149"


@pytest.fixture(scope="module")
def tls(certificates: Certificates) -> Iterator[TlsDaraja]:
    with tls_daraja(certificates, stk_delay=0.05) as server:
        yield server


def get(url: str, transport: httpx.AsyncBaseTransport, **options: object) -> httpx.Response:
    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, timeout=5.0) as client:
            return await client.get(url, **options)  # type: ignore[arg-type]

    return asyncio.run(fetch())


def token_url(base_url: str) -> str:
    return f"{base_url}/oauth/v1/generate?grant_type=client_credentials"


def basic_auth(daraja: LocalDaraja | TlsDaraja) -> httpx.BasicAuth:
    return httpx.BasicAuth(daraja.state.consumer_key, daraja.state.consumer_secret)


def test_an_answer_reads_as_over_httpxs_own_transport(daraja: LocalDaraja) -> None:
    url, auth = token_url(daraja.base_url), basic_auth(daraja)
    ours = get(url, AiohttpTransport(), auth=auth)
    theirs = get(url, httpx.AsyncHTTPTransport(), auth=auth)
    assert (ours.status_code, ours.reason_phrase, ours.http_version) == (
        theirs.status_code,
        theirs.reason_phrase,
        theirs.http_version,
    )
    assert ours.headers["content-type"] == theirs.headers["content-type"]
    assert ours.json().keys() == theirs.json().keys() == {"access_token", "expires_in"}


def test_an_error_answer_keeps_its_status_and_body(daraja: LocalDaraja) -> None:
    answer = get(token_url(daraja.base_url), AiohttpTransport(), auth=("wrong", "wrong"))
    assert answer.status_code == 400
    assert answer.json()["errorCode"]


def test_a_compressed_answer_is_decoded_once() -> None:
    with BrokenDaraja("close", gzip_token=True) as daraja:
        answer = get(token_url(daraja.base_url), AiohttpTransport())
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.json() == TOKEN


def test_a_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(httpx.ConnectError):
        get(f"http://127.0.0.1:{port}/", AiohttpTransport())


def test_a_connect_past_its_timeout_is_a_connect_timeout() -> None:
    with unanswered_port() as port, pytest.raises(httpx.ConnectTimeout):
        get(
            f"http://127.0.0.1:{port}/", AiohttpTransport(), timeout=httpx.Timeout(5.0, connect=0.2)
        )


def test_aiohttps_error_with_the_requests_headers_is_not_kept() -> None:
    secret = "-".join(["bearer", "token", "value"])  # not in any line a traceback shows

    async def send() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            await client.post(
                f"{daraja.base_url}/pay", headers={"Authorization": f"Bearer {secret}"}
            )

    with BrokenDaraja("garbage") as daraja, pytest.raises(httpx.RemoteProtocolError) as caught:
        asyncio.run(send())
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert secret not in "".join(traceback.format_exception(caught.value))


def test_a_requests_own_timeout_applies() -> None:
    with BrokenDaraja("silent") as daraja, pytest.raises(httpx.ReadTimeout):
        started = time.monotonic()
        get(f"{daraja.base_url}/mpesa/b2c/v3/paymentrequest", AiohttpTransport(), timeout=0.2)
    assert time.monotonic() - started < 2.0


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait until ``condition()`` holds (the servers run on threads of their own)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        await asyncio.sleep(0.01)


def test_a_pool_wait_past_its_timeout_is_a_connect_timeout_and_sends_nothing() -> None:
    async def second_request_while_the_first_holds_the_only_connection(
        daraja: BrokenDaraja,
    ) -> None:
        timeout = httpx.Timeout(3.0, connect=0.1, pool=0.1)
        transport = AiohttpTransport(max_connections=1)
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            first = asyncio.create_task(client.post(f"{daraja.base_url}/first"))
            await until(lambda: daraja.received == ["/first"])
            try:
                await client.post(f"{daraja.base_url}/second")
            finally:
                first.cancel()

    with BrokenDaraja("silent") as daraja, pytest.raises(httpx.ConnectTimeout):
        asyncio.run(second_request_while_the_first_holds_the_only_connection(daraja))
    assert daraja.received == ["/first"]


def test_max_connections_bounds_the_open_connections() -> None:
    async def four_requests_in_flight(daraja: BrokenDaraja) -> tuple[int, int]:
        transport = AiohttpTransport(max_connections=2)
        async with httpx.AsyncClient(transport=transport, timeout=5.0) as client:
            requests = [
                asyncio.create_task(client.post(f"{daraja.base_url}/{n}")) for n in range(4)
            ]
            await until(lambda: len(daraja.received) == 2)
            await asyncio.sleep(0.2)  # time for a third connection, were one opened
            seen = daraja.connections, len(daraja.received)
            for request in requests:
                request.cancel()
            await asyncio.gather(*requests, return_exceptions=True)
        return seen

    with BrokenDaraja("silent") as daraja:
        assert asyncio.run(four_requests_in_flight(daraja)) == (2, 2)


def test_an_untrusted_certificate_is_a_connect_error(tls: TlsDaraja) -> None:
    with pytest.raises(httpx.ConnectError):
        get(token_url(tls.base_url), AiohttpTransport())


@pytest.mark.parametrize("form", ["path", "context"])
def test_a_trusted_authority_verifies_the_server(
    tls: TlsDaraja, certificates: Certificates, form: str
) -> None:
    authority = str(certificates.ca)
    verify = authority if form == "path" else ssl.create_default_context(cafile=authority)
    answer = get(token_url(tls.base_url), AiohttpTransport(verify=verify), auth=basic_auth(tls))
    assert answer.status_code == 200


def test_an_stk_push_over_tls_is_accepted_with_the_servers_authority(
    tls: TlsDaraja, certificates: Certificates
) -> None:
    config = tls.config(callback_url="http://127.0.0.1:9/stk")

    async def push() -> object:
        async with (
            aiohttp_client(config, verify=str(certificates.ca)) as http,
            AsyncMpesaAdapter(config, http_client=http) as mpesa,
        ):
            return (await mpesa.initiate_stk_push(CUSTOMER, 10, "TLS-1")).response_code

    assert asyncio.run(push()) == "0"


def test_an_adapter_refuses_an_untrusted_server_before_sending_anything(tls: TlsDaraja) -> None:
    config = tls.config(callback_url="http://127.0.0.1:9/stk")

    async def push() -> None:
        async with aiohttp_client(config) as http, AsyncMpesaAdapter(config, http_client=http) as m:
            await m.initiate_stk_push(CUSTOMER, 10, "TLS-2")

    with pytest.raises(MpesaAuthException):
        asyncio.run(push())
    assert "TLS-2" not in {transaction.reference for transaction in tls.state.transactions()}


def test_a_closed_transport_sends_nothing(daraja: LocalDaraja) -> None:
    async def after_closing() -> None:
        transport = AiohttpTransport()
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get(token_url(daraja.base_url), auth=basic_auth(daraja))
        await transport.handle_async_request(httpx.Request("GET", token_url(daraja.base_url)))

    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(after_closing())


@pytest.mark.parametrize("count", [0, -1, True, 1.5])
def test_max_connections_must_be_a_whole_number_above_zero(count: object) -> None:
    with pytest.raises(ValueError, match="max_connections"):
        AiohttpTransport(max_connections=count)  # type: ignore[arg-type]


def test_importing_without_aiohttp_names_the_extra_to_install() -> None:
    code = "import sys; sys.modules['aiohttp'] = None; import mpesa.transports"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode != 0
    assert 'pip install "mpesa-adapter[aiohttp]"' in run.stderr
