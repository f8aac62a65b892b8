"""Events through the outbox, across processes: a receiver stores each callback's events once
with the callback, however many processes get it; the relay publishes each of them, again after
being killed, and a consumer group's emitter gets each event ID once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import redis

from mpesa import EventNameConstants, MpesaValidationError
from mpesa.events import RecordingEventEmitter
from mpesa.ledger import DarajaIds, Event, SQLiteLedger
from mpesa.ledger.postgres import PostgresLedger
from mpesa.receiver import Receiver, new_secret_path
from mpesa.redis import OutboxRelay, StreamEmitterBridge
from mpesa.testing import canned_callback
from tests.receiver.conftest import JSON, free_socket, serve_asgi, wait_until
from tests.receiver.test_many_processes import CALLBACKS, CHECKS, query, receiver_process
from tests.sandbox.sandbox_process import MPESA, clean_environment, read_start, stop
from tests.servers import PostgresServer, RedisServer

RECEIVED, PAID = EventNameConstants.CALLBACK_RECEIVED, EventNameConstants.STK_PUSH_SUCCESS
OUTBOX_EVENTS = 2000


def stk_callback(number: int) -> dict[str, Any]:
    return canned_callback(
        "initiate_stk_push", CheckoutRequestID=f"ws_CO_{number}", MerchantRequestID=f"m-{number}"
    )


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteLedger]:
    with SQLiteLedger(tmp_path / "ledger.db") as opened:
        yield opened


def post_twice(
    ledger: SQLiteLedger, *, handler: bool, route: str = "callback", body: object = None
) -> list[int]:
    """Deliver one callback (an STK one unless ``body``) twice to a receiver with an outbox;
    the statuses."""
    with ExitStack() as stack:
        sock = free_socket()
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}{new_secret_path()}"
        receiver = Receiver(base_url, ledger=ledger, outbox=True)
        if handler:
            receiver.on("stk", lambda callback: None)
        stack.enter_context(serve_asgi(receiver.asgi_app(), sock))
        sent = stk_callback(1) if body is None else body
        return [
            httpx.post(f"{base_url}/{route}", json=sent, headers=JSON).status_code for _ in range(2)
        ]


@pytest.mark.parametrize("handler", [True, False], ids=["handled", "answered-at-once"])
def test_a_receiver_with_an_outbox_stores_a_callback_s_events_once(
    ledger: SQLiteLedger, handler: bool
) -> None:
    assert post_twice(ledger, handler=handler) == [200, 200]
    stored = [item.event for item in ledger.pending_events()]
    assert [event.name for event in stored] == [RECEIVED, PAID]
    assert {event.data["correlation"]["CheckoutRequestID"] for event in stored} == {"ws_CO_1"}
    assert [event.data["event_id"] for event in stored] == [event.event_id for event in stored]


def test_a_callback_s_events_name_the_operation_of_the_request_it_answers(
    ledger: SQLiteLedger,
) -> None:
    result = canned_callback("b2c_payment")
    ids = DarajaIds(conversation_id=result["Result"]["ConversationID"])
    ledger.record_request("b2c_payment", reference="payout-1", amount=10, ids=ids)
    post_twice(ledger, handler=False, route="result", body=result)
    stored = [item.event for item in ledger.pending_events()]
    assert [event.name for event in stored] == [RECEIVED, EventNameConstants.B2C_SUCCESS]
    assert {event.data["operation"] for event in stored} == {"b2c_payment"}


def test_an_outbox_and_an_event_emitter_together_are_refused(ledger: SQLiteLedger) -> None:
    with pytest.raises(MpesaValidationError, match="outbox"):
        Receiver(
            f"http://127.0.0.1:1{new_secret_path()}",
            ledger=ledger,
            outbox=True,
            event_emitter=RecordingEventEmitter(),
        )


def test_two_processes_given_the_same_callbacks_store_and_publish_each_event_once(
    postgres_server: PostgresServer,
    redis_server: RedisServer,
    redis_client: redis.Redis,
    stream: str,
) -> None:
    url = postgres_server.empty_database()
    with psycopg.connect(url, autocommit=True) as db:
        for statement in CHECKS:
            db.execute(statement.encode())
    bodies = [stk_callback(n) for n in range(CALLBACKS)]
    with ExitStack() as stack:
        sites = [stack.enter_context(receiver_process(url, "outbox"))[1] for _ in range(2)]
        http = stack.enter_context(
            httpx.Client(timeout=30, limits=httpx.Limits(max_connections=32))
        )

        def deliver(site: str, body: object) -> int:
            return http.post(f"{site}/callback", json=body, headers=JSON).status_code

        with ThreadPoolExecutor(16) as pool:
            statuses = list(
                pool.map(
                    deliver, [s for _ in bodies for s in sites], [b for b in bodies for _ in sites]
                )
            )
    assert statuses == [200] * (2 * CALLBACKS)
    assert query(url, "SELECT count(*), sum(deliveries), count(reply) FROM mpesa.callbacks") == [
        (CALLBACKS, 2 * CALLBACKS, CALLBACKS)
    ]
    assert query(url, "SELECT count(DISTINCT checkout), count(*) FROM checks.handled") == [
        (CALLBACKS, CALLBACKS)
    ]
    assert sorted(
        query(
            url,
            "SELECT name, count(DISTINCT data #>> '{correlation,CheckoutRequestID}'), count(*)"
            " FROM mpesa.outbox GROUP BY 1",
        )
    ) == sorted([(RECEIVED, CALLBACKS, CALLBACKS), (PAID, CALLBACKS, CALLBACKS)])
    with PostgresLedger(url, max_connections=2) as ledger:
        relay = OutboxRelay(ledger, redis_server.url, stream=stream, batch_size=500)
        while relay.run_once():
            pass
        relay.close()
    published = [fields[b"event_id"].decode() for _, fields in redis_client.xrange(stream)]
    stored = [row[0] for row in query(url, "SELECT event_id FROM mpesa.outbox ORDER BY id")]
    assert published == stored and len(set(published)) == 2 * CALLBACKS


class RelayProcess:
    """``mpesa events relay`` on a SQLite ledger, as a service manager runs it."""

    def __init__(self, ledger: Path, redis_url: str, stream: str) -> None:
        options = ("--batch-size", "50", "--interval", "0.05", "--stream", stream)
        self.process = subprocess.Popen(
            [str(MPESA), "events", "relay", "--ledger", f"sqlite:///{ledger}", *options],
            stdout=subprocess.PIPE,
            env={**clean_environment(), "MPESA_REDIS_URL": redis_url},
            bufsize=0,
        )
        assert "Ctrl+C stops." in read_start(self.process)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        stop(self.process)


def published_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT count(published_at) FROM outbox").fetchone()[0])


def test_a_relay_killed_mid_publish_and_restarted_leaves_no_gap(
    ledger: SQLiteLedger, redis_server: RedisServer, redis_client: redis.Redis, stream: str
) -> None:
    ledger.append_events(
        [Event(f"e-{n}", "mpesa.test.happened", {"n": n}) for n in range(OUTBOX_EVENTS)]
    )
    path = Path(ledger.path)
    relay = RelayProcess(path, redis_server.url, stream)
    wait_until(lambda: published_count(path) >= 200)
    # Hold the ledger's write lock: the relay adds its next batch to the stream, then waits to
    # mark it published, and is killed there.
    with closing(sqlite3.connect(path, isolation_level=None, timeout=30)) as lock:
        lock.execute("BEGIN IMMEDIATE")
        marked = published_count(path)
        wait_until(lambda: redis_client.xlen(stream) > marked)
        relay.kill()
        lock.execute("ROLLBACK")
    assert 0 < published_count(path) < OUTBOX_EVENTS
    restarted = RelayProcess(path, redis_server.url, stream)
    wait_until(lambda: published_count(path) == OUTBOX_EVENTS)
    assert stop(restarted.process) == 0
    assert redis_client.xlen(stream) > OUTBOX_EVENTS  # the killed relay's last batch, added twice
    emitter = RecordingEventEmitter()
    bridge = StreamEmitterBridge(
        redis_server.url, emitter, group="app", consumer="c1", stream=stream, block=0.05
    )
    while bridge.run_once():
        pass
    bridge.close()
    assert [event.data["n"] for event in emitter.events] == list(range(OUTBOX_EVENTS))
