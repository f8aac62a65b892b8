"""The ledger's outbox published to a Redis Stream, and a stream fed to an event emitter.

:class:`OutboxRelay` reads the outbox oldest first, adds each event to the stream (``XADD``,
fields ``event_id``, ``name`` and ``data`` as JSON) and only then marks it published: a relay
stopped in between, even by SIGKILL, adds those events again when it starts. Publishing is at
least once; consumers deduplicate on ``event_id``. Run one relay per ledger: a second one only
adds more duplicates.

:class:`StreamEmitterBridge` reads the stream through a consumer group (``XREADGROUP``,
``XACK``) and gives each event to an :class:`~mpesa.events.MpesaEventEmitter`. An event ID is
claimed in Redis (``SET NX`` with a TTL) before it is emitted and marked done after, so a
republished event reaches the group's emitters once. An entry left unacknowledged (the bridge
stopped, or the emitter raised) is read again before any newer one, by the same consumer name.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from typing import Any

import redis
from redis.typing import EncodableT, FieldT

from ..events import EventTarget, as_emitter
from ..ledger import Event, Ledger
from ._address import server_of

__all__ = ["STREAM", "OutboxRelay", "StreamEmitterBridge"]

logger = logging.getLogger("mpesa.redis")

STREAM = "mpesa:events"
"""The stream events are published to unless another is named."""
_TIMEOUT = 2.0
"""Seconds to connect to Redis and to wait for an answer beyond a blocking read's own wait."""
_DONE = b"done"


def _positive(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be above 0, got {value!r}")


class OutboxRelay:
    """Publishes a ledger's outbox to the Redis Stream ``stream``, at least once, in order.

    ``max_length`` trims the stream to about that many entries as it grows (``MAXLEN ~``).
    """

    def __init__(
        self,
        ledger: Ledger,
        redis_url: str,
        *,
        stream: str = STREAM,
        batch_size: int = 100,
        max_length: int | None = None,
    ) -> None:
        _positive("batch_size", batch_size)
        if max_length is not None:
            _positive("max_length", max_length)
        self.ledger = ledger
        self.stream = stream
        self._batch_size = batch_size
        self._max_length = max_length
        self._where = server_of(redis_url)
        self._client: redis.Redis = redis.Redis.from_url(
            redis_url, socket_timeout=_TIMEOUT, socket_connect_timeout=_TIMEOUT
        )

    def __repr__(self) -> str:
        return f"OutboxRelay({self.ledger!r}, {self._where!r}, stream={self.stream!r})"

    def close(self) -> None:
        """Close the connections to Redis (not the ledger)."""
        self._client.close()

    def run_once(self) -> int:
        """Publish the oldest batch of pending events, then mark them published; the number
        published (0: the outbox is empty)."""
        pending = self.ledger.pending_events(self._batch_size)
        if not pending:
            return 0
        pipeline = self._client.pipeline(transaction=False)
        for stored in pending:
            pipeline.xadd(
                self.stream,
                _fields(stored.event),
                maxlen=self._max_length,
                approximate=True,
            )
        pipeline.execute()
        self.ledger.mark_published([stored.event.event_id for stored in pending])
        return len(pending)

    def run(self, stop: threading.Event, interval: float = 0.5) -> None:
        """Publish until ``stop`` is set, waiting ``interval`` seconds whenever the outbox is
        empty or the ledger or Redis fails (logged, without a password; tried again after)."""
        _positive("interval", interval)
        while not stop.is_set():
            try:
                published = self.run_once()
            except Exception as error:  # a relay outlives the outages of its servers
                logger.warning(
                    "the outbox relay to %s failed (%s); trying again",
                    self._where,
                    type(error).__name__,
                )
                published = 0
            if published < self._batch_size:
                stop.wait(interval)


def _fields(event: Event) -> dict[FieldT, EncodableT]:
    return {
        "event_id": event.event_id,
        "name": event.name,
        "data": json.dumps(dict(event.data), sort_keys=True),
    }


class StreamEmitterBridge:
    """Gives ``emitter`` each event of the Redis Stream ``stream``, read as ``consumer`` of the
    consumer group ``group`` (created, from the stream's start, if missing).

    An event ID is remembered for ``dedupe_ttl`` seconds (default a week), under the key
    ``<stream>:seen:<group>:<event_id>``: the same event published again within that time is
    acknowledged without reaching the emitter. ``block``
    is how long one :meth:`run_once` waits for new entries.
    """

    def __init__(
        self,
        redis_url: str,
        emitter: EventTarget,
        *,
        group: str,
        consumer: str,
        stream: str = STREAM,
        dedupe_ttl: float = 7 * 24 * 3600,
        batch_size: int = 100,
        block: float = 1.0,
    ) -> None:
        for name, value in (
            ("dedupe_ttl", dedupe_ttl),
            ("batch_size", batch_size),
            ("block", block),
        ):
            _positive(name, value)
        if not group or not consumer:
            raise ValueError("group and consumer must be non-empty names")
        self.stream, self.group, self.consumer = stream, group, consumer
        self._emitter = as_emitter(emitter)
        self._ttl_ms = max(1, round(dedupe_ttl * 1000))
        self._batch_size = batch_size
        self._block_ms = max(1, round(block * 1000))
        self._seen = f"{stream}:seen:{group}:"
        self._where = server_of(redis_url)
        self._client: redis.Redis = redis.Redis.from_url(
            redis_url, socket_timeout=block + _TIMEOUT, socket_connect_timeout=_TIMEOUT
        )
        self._grouped = False
        self._backlog = True
        """Whether entries delivered to this consumer may still be unacknowledged."""

    def __repr__(self) -> str:
        return (
            f"StreamEmitterBridge({self._where!r}, stream={self.stream!r},"
            f" group={self.group!r}, consumer={self.consumer!r})"
        )

    def close(self) -> None:
        """Close the connections to Redis."""
        self._client.close()

    def run_once(self) -> int:
        """Hand one batch of entries to the emitter: those left unacknowledged first, else new
        ones (waiting up to ``block`` seconds for them); the number of entries read."""
        self._create_group()
        entries = self._read("0") if self._backlog else []
        if not entries:
            self._backlog = False
            entries = self._read(">")
        for entry_id, fields in entries:
            if not self._deliver(entry_id, fields):
                self._backlog = True
                break
        return len(entries)

    def run(self, stop: threading.Event) -> None:
        """Hand entries over until ``stop`` is set; a failure (logged) is tried again after
        ``block`` seconds."""
        while not stop.is_set():
            try:
                self.run_once()
            except Exception as error:  # a consumer outlives the outages of its server
                logger.warning(
                    "reading %s from %s failed (%s); trying again",
                    self.stream,
                    self._where,
                    type(error).__name__,
                )
                stop.wait(self._block_ms / 1000)

    def _create_group(self) -> None:
        if self._grouped:
            return
        try:
            self._client.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        self._grouped = True

    def _read(self, start: str) -> list[tuple[bytes, Mapping[bytes, bytes] | None]]:
        answer: Any = self._client.xreadgroup(
            self.group,
            self.consumer,
            {self.stream: start},
            count=self._batch_size,
            block=None if start == "0" else self._block_ms,
        )
        if not answer:
            return []
        entries: list[tuple[bytes, Mapping[bytes, bytes] | None]] = answer[0][1]
        return entries

    def _deliver(self, entry_id: bytes, fields: Mapping[bytes, bytes] | None) -> bool:
        """Emit one entry's event unless its ID was emitted already; acknowledge it. False
        when the emitter raised: the entry stays unacknowledged, to be read again."""
        try:
            event_id = fields[b"event_id"].decode() if fields else ""
            name = fields[b"name"].decode() if fields else ""
            data = json.loads(fields[b"data"]) if fields else None
        except (KeyError, ValueError):
            event_id, name, data = "", "", None
        if not event_id or not name or not isinstance(data, dict):
            logger.warning("stream entry %s of %s is not an event; skipped", entry_id, self.stream)
            self._client.xack(self.stream, self.group, entry_id)
            return True
        key = self._seen + event_id
        mine = f"claimed by {self.consumer}".encode()
        claimed = self._client.set(key, mine, nx=True, px=self._ttl_ms)
        if not claimed and self._client.get(key) != mine:
            self._client.xack(self.stream, self.group, entry_id)  # done, or another's to do
            return True
        try:
            self._emitter.emit(name, data)
        except Exception as error:
            logger.warning(
                "event emitter %s failed on %s (%s); it gets the event again",
                type(self._emitter).__name__,
                name,
                type(error).__name__,
            )
            self._client.delete(key)
            return False
        pipeline = self._client.pipeline(transaction=True)
        pipeline.set(key, _DONE, px=self._ttl_ms)
        pipeline.xack(self.stream, self.group, entry_id)
        pipeline.execute()
        return True
