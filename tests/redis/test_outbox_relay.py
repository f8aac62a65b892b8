"""The outbox relay and the stream's consumers, on a real Redis: every event of a ledger's
outbox reaches the stream at least once and in order, and each event ID reaches an emitter of
a consumer group once."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from mpesa import MpesaAdapter
from mpesa.events import RecordingEventEmitter
from mpesa.ledger import Event, SQLiteLedger
from mpesa.redis import OutboxEmitter, OutboxRelay, StreamEmitterBridge
from mpesa.sandbox import LocalDaraja
from tests.receiver.conftest import wait_until
from tests.servers import RedisServer, free_port

Consume = Callable[..., StreamEmitterBridge]


def events(count: int, prefix: str = "e") -> list[Event]:
    return [Event(f"{prefix}-{n}", "mpesa.test.happened", {"n": n}) for n in range(count)]


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteLedger]:
    with SQLiteLedger(tmp_path / "ledger.db") as opened:
        yield opened


@pytest.fixture
def relay(ledger: SQLiteLedger, redis_server: RedisServer, stream: str) -> Iterator[OutboxRelay]:
    opened = OutboxRelay(ledger, redis_server.url, stream=stream, batch_size=10)
    yield opened
    opened.close()


@pytest.fixture
def consume(redis_server: RedisServer, stream: str) -> Iterator[Consume]:
    """A bridge from the test's stream to an emitter: ``consume(emitter, group=, consumer=)``."""
    opened: list[StreamEmitterBridge] = []

    def bridge(emitter: Any, *, group: str = "app", consumer: str = "c1") -> StreamEmitterBridge:
        opened.append(
            StreamEmitterBridge(
                redis_server.url, emitter, group=group, consumer=consumer, stream=stream, block=0.05
            )
        )
        return opened[-1]

    yield bridge
    for item in opened:
        item.close()


def drain(bridge: StreamEmitterBridge) -> None:
    """Run the bridge until it finds nothing more to read."""
    while bridge.run_once():
        pass


def in_stream(redis_client: redis.Redis, stream: str) -> list[dict[str, Any]]:
    """The stream's entries as events: ``event_id``, ``name`` and the decoded ``data``."""
    return [
        {
            "event_id": fields[b"event_id"].decode(),
            "name": fields[b"name"].decode(),
            "data": json.loads(fields[b"data"]),
        }
        for _, fields in redis_client.xrange(stream)
    ]


def test_the_relay_adds_each_pending_event_to_the_stream_in_order(
    ledger: SQLiteLedger, relay: OutboxRelay, redis_client: redis.Redis, stream: str
) -> None:
    ledger.append_events(events(25))
    assert [relay.run_once() for _ in range(4)] == [10, 10, 5, 0]
    assert in_stream(redis_client, stream) == [
        {"event_id": f"e-{n}", "name": "mpesa.test.happened", "data": {"n": n}} for n in range(25)
    ]


def test_published_events_are_no_longer_pending(ledger: SQLiteLedger, relay: OutboxRelay) -> None:
    ledger.append_events(events(3))
    relay.run_once()
    assert ledger.pending_events() == []


def test_events_stay_pending_when_redis_cannot_be_reached(ledger: SQLiteLedger) -> None:
    ledger.append_events(events(3))
    unreachable = OutboxRelay(ledger, f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(redis.ConnectionError):
        unreachable.run_once()
    assert len(ledger.pending_events()) == 3


def test_a_running_relay_publishes_events_as_they_arrive_until_stopped(
    ledger: SQLiteLedger, relay: OutboxRelay, redis_client: redis.Redis, stream: str
) -> None:
    stop = threading.Event()
    running = threading.Thread(target=relay.run, args=(stop, 0.02))
    running.start()
    try:
        ledger.append_events(events(5))
        wait_until(lambda: redis_client.xlen(stream) == 5)
        ledger.append_events(events(5, prefix="later"))
        wait_until(lambda: redis_client.xlen(stream) == 10)
    finally:
        stop.set()
        running.join(5)
    assert not running.is_alive()


def test_the_relay_s_repr_shows_no_password(
    ledger: SQLiteLedger, redis_server: RedisServer
) -> None:
    url = f"redis://:s3cret-pass@127.0.0.1:{redis_server.port}/0"
    relay = OutboxRelay(ledger, url)
    assert "s3cret-pass" not in repr(relay)
    relay.close()


def test_the_bridge_gives_each_event_to_the_emitter_in_order(
    ledger: SQLiteLedger, relay: OutboxRelay, consume: Consume
) -> None:
    ledger.append_events(events(25))
    while relay.run_once():
        pass
    emitter = RecordingEventEmitter()
    drain(consume(emitter))
    assert [(e.name, e.data) for e in emitter.events] == [
        ("mpesa.test.happened", {"n": n}) for n in range(25)
    ]


def test_an_event_published_twice_reaches_the_emitter_once(
    ledger: SQLiteLedger,
    relay: OutboxRelay,
    redis_client: redis.Redis,
    stream: str,
    consume: Consume,
) -> None:
    ledger.append_events(events(2))
    relay.run_once()
    again = redis_client.xrange(stream)[0][1]
    redis_client.xadd(stream, again)  # as a relay killed before marking it published adds it again
    emitter = RecordingEventEmitter()
    drain(consume(emitter))
    assert [e.data["n"] for e in emitter.events] == [0, 1]
    assert redis_client.xlen(stream) == 3


def test_the_consumers_of_one_group_share_the_events_each_once(
    ledger: SQLiteLedger, relay: OutboxRelay, consume: Consume
) -> None:
    ledger.append_events(events(30))
    while relay.run_once():
        pass
    first, second = RecordingEventEmitter(), RecordingEventEmitter()
    bridges = [consume(first, consumer="c1"), consume(second, consumer="c2")]
    while sum(bridge.run_once() for bridge in bridges):
        pass
    seen = [e.data["n"] for e in (*first.events, *second.events)]
    assert sorted(seen) == list(range(30))


def test_each_group_gets_every_event(
    ledger: SQLiteLedger, relay: OutboxRelay, consume: Consume
) -> None:
    ledger.append_events(events(5))
    relay.run_once()
    billing, audit = RecordingEventEmitter(), RecordingEventEmitter()
    drain(consume(billing, group="billing"))
    drain(consume(audit, group="audit"))
    assert len(billing.events) == len(audit.events) == 5


def test_an_event_whose_emitter_raised_is_given_again_before_later_ones(
    ledger: SQLiteLedger, relay: OutboxRelay, consume: Consume
) -> None:
    ledger.append_events(events(3))
    relay.run_once()
    given: list[int] = []

    def flaky(name: str, data: Any) -> None:
        given.append(data["n"])
        if len(given) == 1:
            raise RuntimeError("the bus is down")

    bridge = consume(flaky)
    bridge.run_once()
    drain(bridge)
    assert given == [0, 0, 1, 2]


def test_a_consumer_restarted_under_its_name_gets_what_it_read_but_did_not_acknowledge(
    ledger: SQLiteLedger,
    relay: OutboxRelay,
    redis_client: redis.Redis,
    stream: str,
    consume: Consume,
) -> None:
    ledger.append_events(events(4))
    relay.run_once()
    redis_client.xgroup_create(stream, "app", id="0")
    redis_client.xreadgroup("app", "c1", {stream: ">"}, count=2)  # read, then the process died
    emitter = RecordingEventEmitter()
    drain(consume(emitter, consumer="c1"))
    assert [e.data["n"] for e in emitter.events] == [0, 1, 2, 3]


def test_the_outbox_emitter_stores_each_event_of_one_payload_under_its_own_id(
    ledger: SQLiteLedger,
) -> None:
    emitter = OutboxEmitter(ledger)
    payload = {"event_id": "a1", "operation": "b2c_payment"}
    emitter.emit("mpesa.b2c_payment.failed", payload)
    emitter.emit("mpesa.b2c_payment.error", payload)
    emitter.emit("mpesa.b2c_payment.error", payload)
    stored = [item.event for item in ledger.pending_events()]
    assert [event.name for event in stored] == [
        "mpesa.b2c_payment.failed",
        "mpesa.b2c_payment.error",
    ]
    assert [event.data["event_id"] for event in stored] == [event.event_id for event in stored]
    assert stored[0].event_id != stored[1].event_id


def test_an_adapter_s_events_reach_a_consumer_through_the_outbox(
    ledger: SQLiteLedger, relay: OutboxRelay, consume: Consume
) -> None:
    with (
        LocalDaraja(stk_delay=0.05) as daraja,
        MpesaAdapter(daraja.config(), event_emitter=OutboxEmitter(ledger)) as adapter,
    ):
        adapter.initiate_stk_push(
            "254708374149", 10, account_reference="order-1", callback_url=daraja.inbox_url()
        )
    relay.run_once()
    emitter = RecordingEventEmitter()
    drain(consume(emitter))
    emitter.assert_emitted("mpesa.stk_push.initiated", amount="10", phone="2547****149")
