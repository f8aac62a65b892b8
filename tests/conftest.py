"""Suite-wide settings: Hypothesis profiles, and the PostgreSQL and Redis servers.

``ci`` (the default) is derandomized with modest example counts so every run is the same;
``deep`` explores far more and is run on purpose: ``HYPOTHESIS_PROFILE=deep make test``;
``fuzz`` runs 10,000 examples per test, for the input fuzzing
(``HYPOTHESIS_PROFILE=fuzz pytest tests/adapter/test_input_fuzz.py``); ``conformance`` runs the
conformance checks of the local sandbox with 50 examples per property
(``HYPOTHESIS_PROFILE=conformance pytest tests/conformance``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis
from hypothesis import HealthCheck, settings

from tests.servers import PostgresServer, RedisServer, start_postgres, start_redis

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("conformance", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the whole run (see ``tests/servers.py``)."""
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One throwaway Redis server for the whole run (see ``tests/servers.py``)."""
    server = start_redis()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A connection to the session's Redis."""
    connection = redis.Redis.from_url(redis_server.url)
    yield connection
    connection.close()


@pytest.fixture
def stream() -> str:
    """A Redis Stream key of the test's own."""
    return f"tests:events:{uuid.uuid4().hex}"
