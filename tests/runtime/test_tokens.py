"""OAuth token caching: expiry margin, single-flight refresh, invalidation, fetch failures."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable

import pytest

from mpesa._tokens import AccessToken, AsyncTokenCache, TokenCache
from mpesa.errors import MpesaAuthException

CALLERS = 100


class FakeMonotonic:
    """A monotonic clock the test moves by hand; counts how often it is read."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now


class Fetcher:
    """Hands out tokens tok-1, tok-2, ... valid for 3599 seconds; counts fetches."""

    def __init__(self, clock: FakeMonotonic) -> None:
        self.clock = clock
        self.calls = 0

    def __call__(self) -> AccessToken:
        self.calls += 1
        return AccessToken.from_response(f"tok-{self.calls}", "3599", self.clock.now)


def run_threads(count: int, target: Callable[[], None]) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_expires_in_as_a_string_is_accepted() -> None:
    assert AccessToken.from_response("abc", "3599", now=10.0).expires_at == 3609.0


def test_expires_in_as_a_number_is_accepted() -> None:
    assert AccessToken.from_response("abc", 3599, now=10.0).expires_at == 3609.0


@pytest.mark.parametrize("expires_in", ["soon", "", "-5", "35.5", 0, 3599.0, True, None])
def test_a_malformed_expires_in_is_an_auth_error(expires_in: object) -> None:
    with pytest.raises(MpesaAuthException, match="expires_in"):
        AccessToken.from_response("abc", expires_in, now=0.0)


@pytest.mark.parametrize("access_token", ["", None, 123])
def test_a_missing_access_token_is_an_auth_error(access_token: object) -> None:
    with pytest.raises(MpesaAuthException, match="access_token"):
        AccessToken.from_response(access_token, "3599", now=0.0)


def test_token_repr_hides_its_value() -> None:
    assert "secret-token" not in repr(AccessToken.from_response("secret-token", 3599, now=0.0))


def test_the_token_is_fetched_once_and_reused_while_fresh() -> None:
    clock = FakeMonotonic()
    fetch = Fetcher(clock)
    cache = TokenCache(fetch, margin=300, monotonic=clock)
    assert cache.get() == "tok-1"
    clock.now += 3599 - 300 - 1
    assert cache.get() == "tok-1"
    assert fetch.calls == 1


def test_a_token_expiring_within_the_margin_is_refreshed() -> None:
    clock = FakeMonotonic()
    fetch = Fetcher(clock)
    cache = TokenCache(fetch, margin=300, monotonic=clock)
    cache.get()
    clock.now += 3599 - 300
    assert cache.get() == "tok-2"
    assert fetch.calls == 2


def test_a_negative_margin_is_refused() -> None:
    with pytest.raises(ValueError, match="margin"):
        TokenCache(Fetcher(FakeMonotonic()), margin=-1)


def test_token_refresh_is_single_flight_across_threads() -> None:
    clock = FakeMonotonic()
    all_waiting = threading.Event()
    fetches = 0

    def counting_clock() -> float:
        # Every caller reads the clock once before it fetches or waits for the fetch.
        value = clock()
        if clock.reads >= CALLERS:
            all_waiting.set()
        return value

    def slow_fetch() -> AccessToken:
        nonlocal fetches
        fetches += 1
        assert all_waiting.wait(timeout=30), "not every caller reached the cache"
        return AccessToken.from_response("tok", 3599, clock.now)

    cache = TokenCache(slow_fetch, margin=300, monotonic=counting_clock)
    results: list[str] = []
    run_threads(CALLERS, lambda: results.append(cache.get()))
    assert fetches == 1
    assert results == ["tok"] * CALLERS


def test_waiting_threads_share_the_fetch_failure_and_the_next_call_retries() -> None:
    clock = FakeMonotonic()
    all_waiting = threading.Event()
    fetches = 0

    def counting_clock() -> float:
        value = clock()
        if clock.reads >= CALLERS:
            all_waiting.set()
        return value

    def failing_fetch() -> AccessToken:
        nonlocal fetches
        fetches += 1
        if fetches == 1:
            assert all_waiting.wait(timeout=30), "not every caller reached the cache"
            raise MpesaAuthException("auth endpoint down")
        return AccessToken.from_response("tok", 3599, clock.now)

    cache = TokenCache(failing_fetch, margin=300, monotonic=counting_clock)
    errors: list[Exception] = []

    def call() -> None:
        try:
            cache.get()
        except MpesaAuthException as exc:
            errors.append(exc)

    run_threads(CALLERS, call)
    assert fetches == 1
    assert len(errors) == CALLERS
    assert cache.get() == "tok"
    assert fetches == 2


def test_a_fetch_error_propagates_and_the_next_call_fetches_again() -> None:
    clock = FakeMonotonic()
    outcomes: list[Exception | AccessToken] = [
        MpesaAuthException("refused"),
        AccessToken.from_response("tok", 3599, clock.now),
    ]

    def fetch() -> AccessToken:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    cache = TokenCache(fetch, margin=300, monotonic=clock)
    with pytest.raises(MpesaAuthException, match="refused"):
        cache.get()
    assert cache.get() == "tok"


def test_invalidate_drops_the_refused_token() -> None:
    clock = FakeMonotonic()
    cache = TokenCache(Fetcher(clock), margin=300, monotonic=clock)
    cache.invalidate(cache.get())
    assert cache.get() == "tok-2"


def test_invalidate_keeps_a_token_that_has_already_replaced_the_refused_one() -> None:
    clock = FakeMonotonic()
    fetch = Fetcher(clock)
    cache = TokenCache(fetch, margin=300, monotonic=clock)
    old = cache.get()
    cache.invalidate(old)
    assert cache.get() == "tok-2"
    cache.invalidate(old)
    assert cache.get() == "tok-2"
    assert fetch.calls == 2


def test_two_callers_refused_with_the_same_token_cause_one_more_fetch() -> None:
    clock = FakeMonotonic()
    fetch = Fetcher(clock)
    cache = TokenCache(fetch, margin=300, monotonic=clock)
    refused = cache.get()
    cache.invalidate(refused)
    cache.invalidate(refused)
    assert cache.get() == cache.get() == "tok-2"
    assert fetch.calls == 2


class AsyncFetcher:
    """Async fetch that blocks on ``release`` (when given) and counts calls."""

    def __init__(self, clock: FakeMonotonic, release: asyncio.Event | None = None) -> None:
        self.clock = clock
        self.release = release
        self.calls = 0
        self.failures: list[Exception] = []

    async def __call__(self) -> AccessToken:
        self.calls += 1
        if self.release is not None:
            await self.release.wait()
        if self.failures:
            raise self.failures.pop(0)
        return AccessToken.from_response(f"tok-{self.calls}", 3599, self.clock.now)


def test_async_token_refresh_is_single_flight_across_tasks() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        fetch = AsyncFetcher(clock, release=asyncio.Event())
        cache = AsyncTokenCache(fetch, margin=300, monotonic=clock)
        tasks = [asyncio.create_task(cache.get()) for _ in range(CALLERS)]
        await asyncio.sleep(0)
        assert clock.reads == CALLERS  # every task has looked and is waiting
        assert fetch.release is not None
        fetch.release.set()
        assert await asyncio.gather(*tasks) == ["tok-1"] * CALLERS
        assert fetch.calls == 1

    asyncio.run(scenario())


def test_async_token_is_reused_while_fresh_and_refreshed_within_the_margin() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        fetch = AsyncFetcher(clock)
        cache = AsyncTokenCache(fetch, margin=300, monotonic=clock)
        assert await cache.get() == "tok-1"
        clock.now += 3599 - 301
        assert await cache.get() == "tok-1"
        clock.now += 1
        assert await cache.get() == "tok-2"

    asyncio.run(scenario())


def test_async_waiting_tasks_share_the_fetch_failure_and_the_next_call_retries() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        fetch = AsyncFetcher(clock, release=asyncio.Event())
        fetch.failures.append(MpesaAuthException("auth endpoint down"))
        cache = AsyncTokenCache(fetch, margin=300, monotonic=clock)
        tasks = [asyncio.create_task(cache.get()) for _ in range(CALLERS)]
        await asyncio.sleep(0)
        assert fetch.release is not None
        fetch.release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(result, MpesaAuthException) for result in results)
        assert fetch.calls == 1
        assert await cache.get() == "tok-2"

    asyncio.run(scenario())


def test_async_a_cancelled_caller_does_not_cancel_the_refresh_others_wait_for() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        fetch = AsyncFetcher(clock, release=asyncio.Event())
        cache = AsyncTokenCache(fetch, margin=300, monotonic=clock)
        first = asyncio.create_task(cache.get())
        second = asyncio.create_task(cache.get())
        await asyncio.sleep(0)
        first.cancel()
        await asyncio.sleep(0)
        assert fetch.release is not None
        fetch.release.set()
        assert await second == "tok-1"
        assert first.cancelled()
        assert fetch.calls == 1

    asyncio.run(scenario())


def test_async_invalidate_drops_only_the_refused_token() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        fetch = AsyncFetcher(clock)
        cache = AsyncTokenCache(fetch, margin=300, monotonic=clock)
        refused = await cache.get()
        cache.invalidate(refused)
        assert await cache.get() == "tok-2"
        cache.invalidate(refused)
        assert await cache.get() == "tok-2"
        assert fetch.calls == 2

    asyncio.run(scenario())


class RecordingStore:
    """A token store that hands out the fetch's token and records the key and refused value
    of each refresh it is asked for."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []

    def token(
        self, key: str, fetch: Callable[[], AccessToken], *, margin: float, refused: str | None
    ) -> AccessToken:
        self.asked.append((key, refused))
        return fetch()

    def close(self) -> None:
        """Nothing to close."""


class AsyncRecordingStore:
    """:class:`RecordingStore`, awaited."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []

    async def token(
        self,
        key: str,
        fetch: Callable[[], Awaitable[AccessToken]],
        *,
        margin: float,
        refused: str | None,
    ) -> AccessToken:
        self.asked.append((key, refused))
        return await fetch()

    async def aclose(self) -> None:
        """Nothing to close."""


def test_a_cache_asks_its_store_only_when_its_own_token_is_due() -> None:
    clock = FakeMonotonic()
    store = RecordingStore()
    cache = TokenCache(Fetcher(clock), margin=300, monotonic=clock, store=store, key="app")
    cache.get()
    clock.now += 3599 - 301
    cache.get()
    assert store.asked == [("app", None)]
    clock.now += 1
    assert cache.get() == "tok-2"
    assert store.asked == [("app", None), ("app", None)]


def test_the_refused_token_is_passed_to_the_stores_next_refresh_only() -> None:
    clock = FakeMonotonic()
    store = RecordingStore()
    cache = TokenCache(Fetcher(clock), margin=300, monotonic=clock, store=store, key="app")
    cache.invalidate(cache.get())
    assert cache.get() == "tok-2"
    clock.now += 3599
    cache.get()
    assert store.asked == [("app", None), ("app", "tok-1"), ("app", None)]


def test_async_the_refused_token_is_passed_to_the_stores_next_refresh_only() -> None:
    async def scenario() -> None:
        clock = FakeMonotonic()
        store = AsyncRecordingStore()
        cache = AsyncTokenCache(
            AsyncFetcher(clock), margin=300, monotonic=clock, store=store, key="app"
        )
        cache.invalidate(await cache.get())
        assert await cache.get() == "tok-2"
        clock.now += 3599
        await cache.get()
        assert store.asked == [("app", None), ("app", "tok-1"), ("app", None)]

    asyncio.run(scenario())
