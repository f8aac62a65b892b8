"""``benchmarks.bench_postgres`` runs against a real PostgreSQL server; no time is asserted."""

from __future__ import annotations

import psycopg

from benchmarks import bench_postgres
from tests.servers import PostgresServer


def test_callbacks_through_two_receiver_processes_are_all_recorded(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.empty_database()
    assert bench_postgres.measure(url, processes=2, callbacks=40) > 0
    with psycopg.connect(url) as db:
        row = db.execute("SELECT count(*), count(request_id) FROM mpesa.callbacks").fetchone()
    sent = 40 + 2 * bench_postgres.WARM_UP
    assert row == (sent, sent)
