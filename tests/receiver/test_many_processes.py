"""Receiver processes sharing one PostgreSQL ledger, as several workers of one deployment:
each callback is recorded once, handled once and published once, whichever process gets it
and however often; and a process killed mid-stream loses none of the callbacks it acknowledged.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager

import httpx
import psycopg
import pytest

from mpesa import EventNameConstants
from mpesa.receiver import new_secret_path
from mpesa.testing import canned_callback
from tests.receiver.conftest import JSON
from tests.receiver.test_crash import REPO, killed_mid_stream
from tests.servers import PostgresServer

CALLBACKS = 1000
CHECKS = (
    "CREATE SCHEMA checks",
    "CREATE TABLE checks.handled (checkout TEXT NOT NULL, pid INTEGER NOT NULL)",
    "CREATE TABLE checks.published (event TEXT NOT NULL, checkout TEXT)",
)


@pytest.fixture
def ledger_url(postgres_server: PostgresServer) -> str:
    """An emptied database, with the tables the receiver processes count their work in."""
    url = postgres_server.empty_database()
    with psycopg.connect(url, autocommit=True) as db:
        for statement in CHECKS:
            db.execute(statement.encode())
    return url


@contextmanager
def receiver_process(url: str, *options: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A receiver process on the ledger at ``url`` (``options``: see ``counting_process``) and
    its callback base URL; killed at the end."""
    secret = new_secret_path()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.receiver.counting_process", url, secret, *options],
        cwd=REPO,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield child, f"http://127.0.0.1:{port}{secret}"
    finally:
        child.kill()
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()


def query(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as db:
        return db.execute(sql.encode()).fetchall()


def test_two_processes_given_the_same_callbacks_at_once_handle_and_publish_each_once(
    ledger_url: str,
) -> None:
    bodies = [
        canned_callback(
            "initiate_stk_push", CheckoutRequestID=f"ws_CO_{n}", MerchantRequestID=f"m-{n}"
        )
        for n in range(CALLBACKS)
    ]
    with ExitStack() as stack:
        sites = [stack.enter_context(receiver_process(ledger_url))[1] for _ in range(2)]
        client = stack.enter_context(
            httpx.Client(timeout=30, limits=httpx.Limits(max_connections=32))
        )

        def deliver(site: str, body: object) -> int:
            return client.post(f"{site}/callback", json=body, headers=JSON).status_code

        with ThreadPoolExecutor(16) as pool:
            statuses = list(
                pool.map(
                    deliver,
                    [site for _ in bodies for site in sites],
                    [b for b in bodies for _ in sites],
                )
            )
    assert statuses == [200] * (2 * CALLBACKS)
    assert query(
        ledger_url,
        "SELECT count(*), sum(deliveries), count(reply), count(DISTINCT status) FROM mpesa.callbacks",
    ) == [(CALLBACKS, 2 * CALLBACKS, CALLBACKS, 1)]
    assert query(
        ledger_url,
        "SELECT count(DISTINCT checkout), count(*), count(DISTINCT pid) FROM checks.handled",
    ) == [(CALLBACKS, CALLBACKS, 2)]
    published = query(
        ledger_url,
        "SELECT event, count(DISTINCT checkout), count(*) FROM checks.published GROUP BY 1",
    )
    assert sorted(published) == sorted(
        [
            (EventNameConstants.CALLBACK_RECEIVED, CALLBACKS, CALLBACKS),
            (EventNameConstants.STK_PUSH_SUCCESS, CALLBACKS, CALLBACKS),
        ]
    )


def test_no_acknowledged_callback_is_lost_when_a_process_is_killed(ledger_url: str) -> None:
    with receiver_process(ledger_url) as (child, base_url):
        answered = killed_mid_stream(child, base_url)
    rows = query(
        ledger_url,
        "SELECT convert_from(body, 'UTF8')::json #>> '{Result,ConversationID}' FROM mpesa.callbacks",
    )
    assert answered <= {row[0] for row in rows}
