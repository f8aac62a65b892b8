"""The throwaway servers the tests start: real PostgreSQL and Redis servers on 127.0.0.1."""

from __future__ import annotations

import os

import psycopg
import redis

from tests.servers import PostgresServer, RedisServer


def test_the_redis_server_keeps_and_gives_back_a_value(redis_server: RedisServer) -> None:
    with redis.Redis.from_url(redis_server.url) as client:
        client.set("mpesa:smoke", b"1")
        assert client.get("mpesa:smoke") == b"1"
        assert client.connection_pool.connection_kwargs["host"] == "127.0.0.1"


def test_the_postgres_server_answers_on_loopback_as_a_user_that_is_not_root(
    postgres_server: PostgresServer,
) -> None:
    with psycopg.connect(postgres_server.url()) as db:
        row = db.execute("SELECT inet_server_addr()::text").fetchone()
    assert row is not None and row[0] in ("127.0.0.1", "127.0.0.1/32")
    assert os.stat(f"/proc/{postgres_server.process.pid}").st_uid != 0
