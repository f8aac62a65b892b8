"""Events: plug the adapter's ``mpesa.*`` events into your own code, logs or tests.

``event_emitter=`` takes any object with ``emit(event_name, data)`` (an application event bus),
any plain callable ``f(event_name, data)``, or a built-in emitter: ``RecordingEventEmitter``
(in memory, with ``assert_emitted`` for tests) or ``LoggingEventEmitter`` (one log line per
event). Every payload carries the operation, a UTC timestamp, correlation IDs, the amount as
exact text and the phone number masked; never a secret.

Run: ``python examples/custom_events.py``.
"""

from __future__ import annotations

import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

import _local

from mpesa import LoggingEventEmitter, MpesaAdapter, MpesaConfig, RecordingEventEmitter

CUSTOMER = "0708374149"
Handler = Callable[[Mapping[str, Any]], None]


class EventBus:
    """A stand-in for an application's event bus: anything with ``emit`` is an emitter."""

    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)

    def subscribe(self, event_name: str, handler: Handler) -> None:
        self._handlers[event_name].append(handler)

    def emit(self, event_name: str, data: Mapping[str, Any]) -> None:
        for handler in self._handlers[event_name]:
            handler(data)


def print_event(event_name: str, data: Mapping[str, Any]) -> None:
    """A plain function is an emitter too."""
    print(f"  callable got {event_name} (operation {data['operation']})")


def main() -> int:
    with _local.daraja(callbacks=True):
        config = MpesaConfig.from_env()

        print("A plain callable:")
        with MpesaAdapter(config, event_emitter=print_event) as mpesa:
            mpesa.initiate_stk_push(CUSTOMER, 10, "INV001")

        print("An object with .emit (an event bus):")
        bus = EventBus()
        bus.subscribe(
            "mpesa.b2c.initiated",
            lambda data: print(f"  bus: payout of KES {data['amount']} to {data['phone']} sent"),
        )
        with MpesaAdapter(config, event_emitter=bus) as mpesa:
            mpesa.b2c_payment(CUSTOMER, 500, "BusinessPayment", "Refund")

        print("RecordingEventEmitter, for tests:")
        recorder = RecordingEventEmitter()
        with MpesaAdapter(config, event_emitter=recorder) as mpesa:
            # Another customer: Daraja refuses a second prompt while the first one is open.
            mpesa.initiate_stk_push("0712345678", 25, "INV002")
        event = recorder.assert_emitted(
            "mpesa.stk_push.initiated", amount="25", phone="2547****678"
        )
        print(f"  recorded {recorder.names()}")
        print(f"  correlation {event.data['correlation']}")

        print("LoggingEventEmitter, on the 'mpesa.events' logger:")
        logging.basicConfig(stream=sys.stdout, format="  log: %(name)s %(message)s")
        logging.getLogger("mpesa.events").setLevel(logging.INFO)
        with MpesaAdapter(config, event_emitter=LoggingEventEmitter()) as mpesa:
            mpesa.get_account_balance()
    return 0


if __name__ == "__main__":
    sys.exit(main())
