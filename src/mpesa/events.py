"""Events the adapter publishes (``mpesa.stk_push.initiated`` …) and the emitters that receive them.

An emitter is anything with ``emit(event_name, data)``, so an application's own event bus plugs
in unchanged. Event payloads are built by :func:`event_data`: amounts as exact strings, phone
numbers masked, secrets removed. Publishing an event never breaks a payment: see
:func:`safe_emit`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Protocol, TypeAlias, runtime_checkable

from ._redact import mask_phone, redact

_log = logging.getLogger("mpesa")


@runtime_checkable
class MpesaEventEmitter(Protocol):
    """Receives the adapter's events. ``data`` is the payload built by :func:`event_data`."""

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        """Publish one event."""


EventTarget: TypeAlias = MpesaEventEmitter | Callable[[str, Mapping[str, Any]], object]
"""What an adapter's ``event_emitter=`` accepts: an emitter, or a function ``f(event_name, data)``."""


class NoOpEventEmitter:
    """The default emitter: events are dropped."""

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        """Drop the event."""


class LoggingEventEmitter:
    """Writes each event as one log line: the name, then the payload as JSON."""

    def __init__(self, logger: logging.Logger | None = None, level: int = logging.INFO) -> None:
        self._logger = logger if logger is not None else logging.getLogger("mpesa.events")
        self._level = level

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        """Log the event; the payload is redacted again in case it was not built by event_data."""
        if self._logger.isEnabledFor(self._level):
            payload = json.dumps(redact(data), default=str, sort_keys=True)
            self._logger.log(self._level, "%s %s", event_name, payload)


@dataclass(frozen=True)
class RecordedEvent:
    """One event seen by a :class:`RecordingEventEmitter`."""

    name: str
    data: Mapping[str, Any]


@dataclass
class RecordingEventEmitter:
    """Keeps every event in memory, for tests and for inspecting what a call published."""

    events: list[RecordedEvent] = field(default_factory=list)

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        """Record a copy of the event."""
        self.events.append(RecordedEvent(event_name, dict(data)))

    def names(self) -> list[str]:
        """The names of the recorded events, in order."""
        return [event.name for event in self.events]

    def of(self, name: str) -> list[RecordedEvent]:
        """The recorded events with this name, in order."""
        return [event for event in self.events if event.name == name]

    def assert_emitted(self, name: str, **expected: Any) -> RecordedEvent:
        """Return the first ``name`` event whose data holds every ``expected`` key and value.

        Raises AssertionError listing, for each ``name`` event, the keys that differ, or the
        events that were recorded when there is no ``name`` event at all.
        """
        candidates = self.of(name)
        if not candidates:
            raise AssertionError(f"no {name!r} event was emitted; emitted: {self.names()}")
        mismatches = []
        for index, event in enumerate(candidates):
            diff = _diff(expected, event.data)
            if not diff:
                return event
            mismatches.append(f"  {name} #{index}: " + "; ".join(diff))
        raise AssertionError(f"no {name!r} event matches {expected!r}:\n" + "\n".join(mismatches))

    def assert_not_emitted(self, name: str) -> None:
        """Raise AssertionError if any ``name`` event was recorded."""
        found = self.of(name)
        if found:
            raise AssertionError(
                f"{name!r} was emitted {len(found)} time(s): {[e.data for e in found]}"
            )

    def clear(self) -> None:
        """Forget every recorded event."""
        self.events.clear()


def _diff(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    diff = []
    for key, value in expected.items():
        if key not in actual:
            diff.append(f"{key}: expected {value!r}, missing")
        elif actual[key] != value:
            diff.append(f"{key}: expected {value!r}, got {actual[key]!r}")
    return diff


@dataclass(frozen=True)
class _CallableEmitter:
    function: Callable[[str, Mapping[str, Any]], object]

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        self.function(event_name, data)


def as_emitter(target: EventTarget | None) -> MpesaEventEmitter:
    """Adapt what the caller passed as ``event_emitter=`` to an emitter.

    ``None`` gives :class:`NoOpEventEmitter`; an object with ``emit(name, data)`` (an
    application event bus) is used as it is; a callable ``f(name, data)`` is wrapped.
    """
    if target is None:
        return NoOpEventEmitter()
    if isinstance(target, MpesaEventEmitter):
        return target
    if callable(target):
        return _CallableEmitter(target)
    raise TypeError(
        f"an event emitter needs emit(name, data) or must be callable, got {type(target).__name__}"
    )


def listens(emitter: MpesaEventEmitter) -> bool:
    """Whether events sent to ``emitter`` reach anyone; payloads are built only when they do."""
    return not isinstance(emitter, NoOpEventEmitter)


def safe_emit(emitter: MpesaEventEmitter, name: str, data: Mapping[str, Any]) -> None:
    """Publish an event; a failing emitter is logged on ``mpesa`` and never propagates.

    An event is reported after the request it describes; raising here would turn a sent
    payment into an apparent failure and invite a double send. The payload is not logged.
    """
    try:
        emitter.emit(name, data)
    except Exception:
        _log.exception("event emitter %s failed on %s", type(emitter).__name__, name)


def event_data(
    *,
    operation: str,
    correlation: Mapping[str, str] | None = None,
    amount: int | Decimal | None = None,
    phone: str | None = None,
    result_code: str | int | None = None,
    result_desc: str | None = None,
    error_code: str | None = None,
    extra: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Build an event payload: the fields every ``mpesa.*`` event shares, ``None`` left out.

    ``amount`` is written as an exact string (``"100"``, ``"1.00"``); ``phone`` is masked;
    ``extra`` goes under ``"extra"`` after :func:`~mpesa._redact.redact`, so the payload never
    holds a secret or a full phone number. ``now`` must be timezone-aware.
    """
    if isinstance(amount, (bool, float)):
        raise TypeError(f"amount must be an int or Decimal, not {type(amount).__name__}")
    moment = now if now is not None else datetime.now(timezone.utc)
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    payload: dict[str, Any] = {
        "event_id": uuid.uuid4().hex,
        "timestamp": moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
        "operation": operation,
        "correlation": dict(correlation) if correlation is not None else None,
        "amount": str(amount) if amount is not None else None,
        "phone": mask_phone(phone) if phone is not None else None,
        "result_code": str(result_code) if result_code is not None else None,
        "result_desc": result_desc,
        "error_code": error_code,
        "extra": redact(extra) if extra else None,
    }
    return {key: value for key, value in payload.items() if value is not None}
