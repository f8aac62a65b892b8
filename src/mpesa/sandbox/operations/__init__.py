"""What each operation does once the request has passed the gateway checks.

Routing, authentication and validation are generic (see :mod:`..app`, driven by
``mpesa.OPERATIONS``). Behaviour lives in one module per operation group of the spec
(``group:`` in spec/operations/*.yaml); an operation without behaviour of its own answers with
its success body, built from its response model by :mod:`mpesa._shapes`.

Money moves at request time for B2C, B2B, reversal and the like (so a dropped connection
leaves the money moved, as on Daraja), and their callbacks follow after ``callback_delay``.
An STK push stays pending for ``stk_delay`` seconds, the customer's time to answer the prompt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from . import (
    account,
    b2b,
    b2c,
    bill_manager,
    bonga,
    c2b,
    dynamic_qr,
    identity,
    mpesa_express,
    pull_transactions,
    ratiba,
)
from ._common import Call, DarajaError, Reply, answering, plausible

__all__ = ["HANDLERS", "Call", "DarajaError", "Reply", "accept", "handle", "plausible"]

HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    **mpesa_express.HANDLERS,
    **b2c.HANDLERS,
    **b2b.HANDLERS,
    **account.HANDLERS,
    **c2b.HANDLERS,
    **ratiba.HANDLERS,
    **bill_manager.HANDLERS,
    **identity.HANDLERS,
    **bonga.HANDLERS,
    **dynamic_qr.HANDLERS,
    **pull_transactions.HANDLERS,
}
"""Operations with behaviour of their own; every other one answers with its success body."""

_SUCCESS = answering()


def handle(call: Call) -> Reply:
    """Run the operation's behaviour (or answer with its success body) for a validated request."""
    return HANDLERS.get(call.op.name, _SUCCESS)(call)


def accept(call: Call) -> Reply:
    """Answer with the operation's success body and do nothing (the ``accept-invalid`` flaw)."""
    return _SUCCESS(call)
