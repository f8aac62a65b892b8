"""Retries: what the adapter resends, what it never resends, and the settings that shape it.

Settings (``MpesaConfig`` fields, or ``MPESA_MAX_RETRIES`` / ``MPESA_BACKOFF_FACTOR``):
``max_retries`` resends after the first attempt (3), ``backoff_factor`` the base of the
exponential backoff with full jitter (1 s: waits up to 1, 2, 4 s), ``retry_statuses`` the HTTP
statuses that make a read resend (429, 500, 502, 503, 504), ``max_retry_after`` the cap on any
wait, ``Retry-After`` included (60 s).

The policy: reads are resent on any transient failure. A money-moving request is resent only
when Daraja provably did not process it (the connection was never made, or the gateway refused
it with spike arrest ``500.003.02`` or quota ``500.003.03``); after a 5xx without Daraja's
error envelope or a connection dropped mid-answer, it raises ``MpesaOutcomeUnknownError``
instead, because a resend could pay twice.

Run: ``python examples/retry_configuration.py``. Each case injects one fault into the local
sandbox (``Session.inject_fault``) and counts the requests that reached it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import _local
import httpx

from mpesa import OPERATIONS, MpesaAdapter, MpesaConfig, MpesaException

Call = Callable[[MpesaAdapter], object]


def pay(mpesa: MpesaAdapter) -> object:
    return mpesa.b2c_payment("0708374149", 100)


def read(mpesa: MpesaAdapter) -> object:
    return mpesa.get_account_balance()


CASES: list[tuple[str, str, Call, str]] = [
    ("get_account_balance", "http_503", read, "a read: resent"),
    ("b2c_payment", "spike_arrest", pay, "refused before processing: resent"),
    ("b2c_payment", "http_503", pay, "may have been processed: never resent"),
    ("b2c_payment", "drop_connection", pay, "was processed, answer lost: never resent"),
]


def run(
    daraja: _local.Session, config: MpesaConfig, operation: str, fault: str, call: Call, why: str
) -> bool:
    """Inject ``fault`` into the next ``operation`` request, call it, print what happened."""
    if not daraja.inject_fault(fault, operation):
        return False
    paths: list[str] = []
    hooks = {"request": [lambda request: paths.append(request.url.path)]}
    with httpx.Client(event_hooks=hooks) as http, MpesaAdapter(config, http_client=http) as mpesa:
        try:
            call(mpesa)
            outcome = "accepted"
        except MpesaException as exc:
            outcome = type(exc).__name__
    sent = paths.count(OPERATIONS[operation].path)
    print(f"  {operation:<20} {fault:<16} sent {sent}x -> {outcome:<25} ({why})")
    return True


def main() -> int:
    with _local.daraja(callbacks=True) as daraja:
        config = MpesaConfig.from_env().replace(max_retries=2, backoff_factor=0.05)
        print(
            f"max_retries={config.max_retries} backoff_factor={config.backoff_factor} "
            f"retry_statuses={sorted(config.retry_statuses)} "
            f"max_retry_after={config.max_retry_after}"
        )
        for case in CASES:
            if not run(daraja, config, *case):
                print("This Daraja has no fault injection; nothing more to show.")
                return 0

        print("Without 503 in retry_statuses, a read's 503 is raised at once:")
        no_503 = config.replace(retry_statuses=frozenset({429, 500, 502, 504}))
        run(daraja, no_503, "get_account_balance", "http_503", read, "503 not in retry_statuses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
