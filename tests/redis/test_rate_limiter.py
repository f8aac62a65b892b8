"""The shared rate limiter: every process on one Redis stays under the rate of each API
together, each API has a budget of its own, and a request the limiter holds back (its turn is
too far off, or Redis cannot be asked) is not sent.

The adapters make real calls over 127.0.0.1 to a server that notes when each request arrived;
the limiter runs on a real Redis server.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import redis

from mpesa import (
    OPERATIONS,
    AsyncMpesaAdapter,
    MpesaAdapter,
    MpesaConfig,
    MpesaConfigError,
    MpesaRateLimitError,
    SQLiteLedger,
)
from mpesa.redis import AsyncRedisRateLimiter, RedisRateLimiter
from mpesa.testing import canned_response
from tests.servers import RedisServer, free_port

STK_PUSH = OPERATIONS["initiate_stk_push"].path
STK_QUERY = OPERATIONS["query_stk_push_status"].path
RATE, WORKERS, SECONDS = 40, 8, 2.5
PASSWORD = "limiter-s3cret"
REPO = Path(__file__).resolve().parents[2]


class TimedDaraja(ThreadingHTTPServer):
    """OAuth, STK push and STK query on 127.0.0.1; ``arrivals`` maps each path to the
    monotonic times its requests arrived."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.arrivals: dict[str, list[float]] = {STK_PUSH: [], STK_QUERY: []}
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: TimedDaraja
    answers: ClassVar[dict[str, str]] = {
        STK_PUSH: "initiate_stk_push",
        STK_QUERY: "query_stk_push_status",
    }

    def do_GET(self) -> None:
        self._reply({"access_token": "timed-token", "expires_in": "3599"})

    def do_POST(self) -> None:
        arrived = time.monotonic()
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.server.lock:
            self.server.arrivals[self.path].append(arrived)
        self._reply(canned_response(self.answers[self.path]))

    def _reply(self, body: object) -> None:
        content = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the arrival times, not the access log."""


@pytest.fixture
def daraja() -> Iterator[TimedDaraja]:
    server = TimedDaraja()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """A database of the test Redis of its own, emptied: no budget left over from another test."""
    url = f"redis://127.0.0.1:{redis_server.port}/3"
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    return url


def config(daraja: TimedDaraja, **settings: Any) -> MpesaConfig:
    return MpesaConfig(
        consumer_key="limit-key",
        consumer_secret="limit-secret",
        business_shortcode="174379",
        passkey="limit-passkey",
        base_url=daraja.base_url,
        callback_url="https://merchant.example/stk",
        **settings,
    )


def busiest_second(arrivals: list[float]) -> int:
    """The most requests that arrived within one second of each other."""
    times = sorted(arrivals)
    most = first = 0
    for last, arrived in enumerate(times):
        while arrived - times[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


def fleet(daraja: TimedDaraja, redis_url: str) -> int:
    """Run :data:`WORKERS` processes sending STK pushes at the shared rate for
    :data:`SECONDS` seconds; the number they sent."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.redis.pacing_process",
            daraja.base_url,
            redis_url,
            str(RATE),
            str(SECONDS),
            str(WORKERS),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        timeout=60,
        check=True,
    )
    return int(run.stdout)


# -- a fleet ---------------------------------------------------------------------------------


def test_eight_processes_sending_as_fast_as_they_can_stay_together_under_the_rate(
    daraja: TimedDaraja, redis_url: str
) -> None:
    sent = fleet(daraja, redis_url)
    arrivals = daraja.arrivals[STK_PUSH]
    assert len(arrivals) == sent
    # GCRA lets at most RATE requests (burst 1) start within one second; one more allows for
    # the time each takes from its turn to the server.
    assert busiest_second(arrivals) <= RATE + 1
    assert sent >= RATE * SECONDS / 2


def test_an_async_adapter_paces_its_calls_at_the_configured_rate(
    daraja: TimedDaraja, redis_url: str
) -> None:
    async def pay_three_at_once() -> None:
        settings = config(daraja, redis_url=redis_url, rate_limit=20)
        async with AsyncMpesaAdapter(settings) as mpesa:
            await asyncio.gather(
                *(mpesa.initiate_stk_push("0708374149", 10, "INV001") for _ in range(3))
            )

    asyncio.run(pay_three_at_once())
    first, *_, last = sorted(daraja.arrivals[STK_PUSH])
    assert last - first >= 0.075  # two intervals of 50 ms, less the jitter of the trips


# -- budgets ---------------------------------------------------------------------------------


def test_two_apis_have_separate_budgets(daraja: TimedDaraja, redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, 0.5, max_wait=0)
    with MpesaAdapter(config(daraja), rate_limiter=limiter) as mpesa:
        mpesa.initiate_stk_push("0708374149", 10, "INV001")
        mpesa.query_stk_push_status("ws_CO_191220191020363925")
        with pytest.raises(MpesaRateLimitError):
            mpesa.initiate_stk_push("0708374149", 10, "INV001")
    assert (len(daraja.arrivals[STK_PUSH]), len(daraja.arrivals[STK_QUERY])) == (1, 1)


def test_the_oauth_request_is_never_held(daraja: TimedDaraja, redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, 0.5, max_wait=0)
    with MpesaAdapter(config(daraja), rate_limiter=limiter) as mpesa:
        mpesa.get_access_token()
        mpesa.initiate_stk_push("0708374149", 10, "INV001")
    with redis.Redis.from_url(redis_url) as client:
        assert client.keys("mpesa:rate:*") == [f"mpesa:rate:{STK_PUSH}".encode()]


def test_a_burst_goes_at_once_and_the_next_request_waits(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, 0.5, burst=3, max_wait=0)
    for _ in range(3):
        limiter.acquire(STK_PUSH)
    with pytest.raises(MpesaRateLimitError):
        limiter.acquire(STK_PUSH)
    limiter.close()


def test_a_request_waits_for_its_turn_then_goes(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, 10)
    limiter.acquire(STK_PUSH)
    started = time.monotonic()
    limiter.acquire(STK_PUSH)
    assert time.monotonic() - started >= 0.09
    limiter.close()


def test_an_api_key_is_kept_only_until_its_next_turn(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, 10)
    limiter.acquire(STK_PUSH)
    limiter.close()
    with redis.Redis.from_url(redis_url) as client:
        assert 0 < client.pttl(f"mpesa:rate:{STK_PUSH}") <= 100


def test_the_async_limiter_shares_the_budget_of_the_blocking_one(redis_url: str) -> None:
    RedisRateLimiter(redis_url, 0.5, max_wait=0).acquire(STK_PUSH)

    async def next_request() -> None:
        limiter = AsyncRedisRateLimiter(redis_url, 0.5, max_wait=0)
        try:
            await limiter.acquire(STK_PUSH)
        finally:
            await limiter.aclose()

    with pytest.raises(MpesaRateLimitError):
        asyncio.run(next_request())


# -- held back, not sent ---------------------------------------------------------------------


def test_a_payment_whose_turn_is_past_max_wait_is_not_sent_and_is_recorded_refused(
    daraja: TimedDaraja, redis_url: str, tmp_path: Path
) -> None:
    limiter = RedisRateLimiter(redis_url, 0.5, max_wait=0.5)
    with (
        SQLiteLedger(tmp_path / "ledger.db") as ledger,
        MpesaAdapter(config(daraja), rate_limiter=limiter, ledger=ledger) as mpesa,
    ):
        mpesa.initiate_stk_push("0708374149", 10, "INV001")
        started = time.monotonic()
        with pytest.raises(MpesaRateLimitError) as raised:
            mpesa.initiate_stk_push("0708374149", 10, "INV002")
        assert time.monotonic() - started < 0.5
        statuses = [entry.status for entry in ledger.list_requests()]
    assert raised.value.api == STK_PUSH
    assert len(daraja.arrivals[STK_PUSH]) == 1
    assert statuses == ["accepted", "refused"]


def test_an_unreachable_redis_stops_the_request_before_it_is_sent(daraja: TimedDaraja) -> None:
    limiter = RedisRateLimiter(f"redis://:{PASSWORD}@127.0.0.1:{free_port()}/0", 10, timeout=1)
    with (
        MpesaAdapter(config(daraja), rate_limiter=limiter) as mpesa,
        pytest.raises(MpesaRateLimitError) as raised,
    ):
        mpesa.initiate_stk_push("0708374149", 10, "INV001")
    assert daraja.arrivals[STK_PUSH] == []
    assert "not sent" in str(raised.value)
    assert PASSWORD not in str(raised.value)


def test_an_unreachable_redis_stops_an_async_request_before_it_is_sent(
    daraja: TimedDaraja,
) -> None:
    url = f"redis://:{PASSWORD}@127.0.0.1:{free_port()}/0"

    async def pay() -> None:
        limiter = AsyncRedisRateLimiter(url, 10, timeout=1)
        async with AsyncMpesaAdapter(config(daraja), rate_limiter=limiter) as mpesa:
            await mpesa.initiate_stk_push("0708374149", 10, "INV001")

    with pytest.raises(MpesaRateLimitError) as raised:
        asyncio.run(pay())
    assert daraja.arrivals[STK_PUSH] == []
    assert PASSWORD not in str(raised.value)


# -- settings --------------------------------------------------------------------------------


def test_the_repr_names_the_server_and_the_rate_but_no_password() -> None:
    limiter = RedisRateLimiter(f"redis://fleet:{PASSWORD}@10.0.0.5:6380/2", 40)
    assert repr(limiter) == (
        "RedisRateLimiter('redis://10.0.0.5:6380/2', rate=40, burst=1, max_wait=30.0)"
    )
    assert PASSWORD not in repr(AsyncRedisRateLimiter(f"redis://:{PASSWORD}@host/0", 40))


def test_an_adapter_refuses_a_limiter_of_the_other_flavour(
    daraja: TimedDaraja, redis_url: str
) -> None:
    with pytest.raises(MpesaConfigError) as blocking:
        MpesaAdapter(config(daraja), rate_limiter=AsyncRedisRateLimiter(redis_url, 10))
    with pytest.raises(MpesaConfigError) as asynchronous:
        AsyncMpesaAdapter(config(daraja), rate_limiter=RedisRateLimiter(redis_url, 10))
    assert blocking.value.setting == asynchronous.value.setting == "rate_limiter"


def test_the_limiter_error_survives_pickling_with_its_api() -> None:
    error = MpesaRateLimitError(f"{STK_PUSH}: held back; it was not sent", api=STK_PUSH)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.api) == (MpesaRateLimitError, str(error), STK_PUSH)
