"""The OAuth token shared on Redis by every process of a deployment: one token request for a
whole fleet, one refresh when the server revokes it, no wait beyond the lock of a holder that
died, and the process's own token while Redis is unreachable."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import httpx
import pytest
import redis

from mpesa import AsyncMpesaAdapter, MpesaAdapter, MpesaConfigError
from mpesa._tokens import AccessToken, shared_key
from mpesa.redis import AsyncRedisTokenStore, RedisTokenStore
from mpesa.sandbox import LocalDaraja
from tests.packaging.test_lazy_imports import loaded_after
from tests.receiver.test_crash import REPO
from tests.servers import RedisServer, free_port

PROCESSES = 8
TASKS = 50
REFUSED_TASKS = 20
"""Calls per process refused with the revoked token (and resent): fewer, as each is two."""
LIFETIME = 3599


@pytest.fixture
def daraja() -> Iterator[LocalDaraja]:
    """A local Daraja of the test's own, so its count of issued tokens starts at 0."""
    with LocalDaraja() as sandbox:
        yield sandbox


@pytest.fixture
def store_key(daraja: LocalDaraja) -> str:
    return shared_key(daraja.base_url, daraja.consumer_key)


@pytest.fixture
def direct(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A plain client of the test Redis, to look at and set keys."""
    client = redis.Redis.from_url(redis_server.url)
    yield client
    client.close()


class Worker:
    """A ``tests.redis.token_process calls`` process: each :meth:`go` starts a round of calls."""

    def __init__(self, redis_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.redis.token_process", "calls", redis_url],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ready(self) -> None:
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "ready\n"

    def go(self, daraja: LocalDaraja, tasks: int) -> None:
        assert self.process.stdin is not None
        app = f"{daraja.base_url} {daraja.consumer_key} {daraja.consumer_secret}"
        self.process.stdin.write(f"{app} {tasks}\n")
        self.process.stdin.flush()

    def succeeded(self) -> int:
        assert self.process.stdout is not None
        return int(self.process.stdout.readline())

    def stop(self) -> None:
        """Killed: it holds nothing that needs a clean end."""
        self.process.kill()
        self.process.wait(10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture(scope="module")
def fleet(redis_server: RedisServer) -> Iterator[list[Worker]]:
    """:data:`PROCESSES` worker processes on the test Redis, started once for the module; each
    has no adapter (so no token) for a Daraja it has not called yet."""
    with ExitStack() as stack:
        started = []
        for _ in range(PROCESSES):
            worker = Worker(redis_server.url)
            stack.callback(worker.stop)
            started.append(worker)
        for worker in started:
            worker.ready()
        yield started


def not_fetched() -> AccessToken:
    raise AssertionError("the stored token is taken, not fetched")


def round_of_calls(fleet: list[Worker], daraja: LocalDaraja, tasks: int) -> int:
    """``tasks`` calls at once in every worker at once; how many succeeded in all of them."""
    for worker in fleet:
        worker.go(daraja, tasks)
    return sum(worker.succeeded() for worker in fleet)


# -- across processes -----------------------------------------------------------------------


def test_eight_processes_of_fifty_tasks_with_a_cold_cache_make_one_token_request(
    daraja: LocalDaraja, fleet: list[Worker]
) -> None:
    assert round_of_calls(fleet, daraja, TASKS) == PROCESSES * TASKS
    assert daraja.state.tokens_issued == 1


def test_a_token_the_server_revoked_is_replaced_by_one_refresh_across_processes(
    daraja: LocalDaraja, fleet: list[Worker]
) -> None:
    assert round_of_calls(fleet, daraja, 1) == PROCESSES
    assert daraja.state.tokens_issued == 1
    httpx.post(f"{daraja.base_url}/sandbox/control/expire-tokens", json={}).raise_for_status()
    assert round_of_calls(fleet, daraja, REFUSED_TASKS) == PROCESSES * REFUSED_TASKS
    assert daraja.state.tokens_issued == 2


def test_a_lock_whose_holder_died_holds_the_others_back_no_longer_than_its_expiry(
    daraja: LocalDaraja, redis_server: RedisServer, direct: redis.Redis, store_key: str
) -> None:
    lock_expiry = 1.0
    holder = subprocess.run(
        [
            *(sys.executable, "-m", "tests.redis.token_process", "dies-holding-the-lock"),
            *(redis_server.url, store_key, str(lock_expiry)),
        ],
        cwd=REPO,
        timeout=30,
        check=False,
    )
    assert holder.returncode == -9
    left = direct.pttl(f"{store_key}:lock") / 1000
    assert 0 < left <= lock_expiry
    store = RedisTokenStore(redis_server.url)
    started = time.monotonic()
    with MpesaAdapter(daraja.config(), token_store=store) as mpesa:
        mpesa.query_org_info("666677")
    waited = time.monotonic() - started
    store.close()
    assert left - 0.1 < waited < left + 2.0
    assert daraja.state.tokens_issued == 1
    assert not direct.exists(f"{store_key}:lock")


# -- within one process ---------------------------------------------------------------------


def test_threads_of_two_sync_adapters_share_one_token(
    daraja: LocalDaraja, redis_server: RedisServer
) -> None:
    config = daraja.config(redis_url=redis_server.url)
    with (
        MpesaAdapter(config) as first,
        MpesaAdapter(config) as second,
        ThreadPoolExecutor(16) as pool,
    ):
        answers = list(pool.map(lambda mpesa: mpesa.query_org_info("666677"), [first, second] * 16))
    assert len(answers) == 32
    assert daraja.state.tokens_issued == 1


def test_the_shared_token_is_kept_as_long_as_it_lives_under_a_hashed_key(
    daraja: LocalDaraja, redis_server: RedisServer, direct: redis.Redis, store_key: str
) -> None:
    with MpesaAdapter(daraja.config(redis_url=redis_server.url)) as mpesa:
        mpesa.query_org_info("666677")
    assert (LIFETIME - 5) * 1000 < direct.pttl(store_key) <= LIFETIME * 1000
    assert daraja.consumer_key not in store_key
    assert daraja.base_url not in store_key


def test_a_token_another_process_stored_is_taken_with_the_lifetime_it_has_left(
    redis_server: RedisServer, direct: redis.Redis
) -> None:
    direct.set("mpesa:token:stored", "stored-token", px=1000_000)
    store = RedisTokenStore(redis_server.url)
    token = store.token("mpesa:token:stored", not_fetched, margin=300.0, refused=None)
    store.close()
    assert token.value == "stored-token"
    assert 999 < token.expires_at - time.monotonic() <= 1000


def test_a_refused_token_is_deleted_only_while_the_key_still_holds_it(
    redis_server: RedisServer, direct: redis.Redis
) -> None:
    store = RedisTokenStore(redis_server.url)
    direct.set("mpesa:token:refused", "newer", px=60_000)
    token = store.token("mpesa:token:refused", not_fetched, margin=10.0, refused="older")
    store.close()
    assert token.value == "newer"


def test_an_async_adapter_takes_an_async_store_only(
    daraja: LocalDaraja, redis_server: RedisServer
) -> None:
    store = RedisTokenStore(redis_server.url)
    with pytest.raises(MpesaConfigError, match="token_store"):
        AsyncMpesaAdapter(daraja.config(), token_store=store)
    store.close()


# -- when Redis fails -----------------------------------------------------------------------


def test_with_redis_unreachable_calls_succeed_on_a_token_of_their_own_with_a_warning(
    daraja: LocalDaraja, caplog: pytest.LogCaptureFixture
) -> None:
    unreachable = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    with (
        caplog.at_level(logging.WARNING, logger="mpesa"),
        MpesaAdapter(daraja.config(redis_url=unreachable)) as mpesa,
    ):
        token = mpesa.get_access_token()
        mpesa.query_org_info("666677")
    assert daraja.state.tokens_issued == 1
    warnings = [r for r in caplog.records if r.name == "mpesa.redis"]
    assert warnings and all(r.levelno == logging.WARNING for r in warnings)
    for secret in ("hunter2", token, daraja.consumer_key, daraja.consumer_secret):
        assert secret not in caplog.text


def test_with_redis_unreachable_async_calls_succeed_on_a_token_of_their_own(
    daraja: LocalDaraja, caplog: pytest.LogCaptureFixture
) -> None:
    store = AsyncRedisTokenStore(f"redis://127.0.0.1:{free_port()}/0")

    async def calls() -> None:
        async with AsyncMpesaAdapter(daraja.config(), token_store=store) as mpesa:
            await asyncio.gather(*(mpesa.query_org_info("666677") for _ in range(10)))
        await store.aclose()

    with caplog.at_level(logging.WARNING, logger="mpesa.redis"):
        asyncio.run(calls())
    assert daraja.state.tokens_issued == 1
    assert len([r for r in caplog.records if r.name == "mpesa.redis"]) == 1


def test_an_adapter_without_redis_url_does_not_import_redis() -> None:
    code = (
        "from mpesa import MpesaAdapter, MpesaConfig\n"
        "MpesaAdapter(MpesaConfig(consumer_key='key', consumer_secret='secret'))"
    )
    assert "redis" not in loaded_after(code)


def test_the_store_repr_shows_no_password() -> None:
    store = RedisTokenStore("redis://worker:hunter2@127.0.0.1:6379/0")
    assert repr(store) == "RedisTokenStore(redis://127.0.0.1:6379/0)"
    store.close()
