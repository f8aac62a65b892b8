"""A faithful local Daraja, generated from the same spec as the adapter.

``LocalDaraja`` serves every operation of ``mpesa.OPERATIONS`` on 127.0.0.1: OAuth, request
validation with the generated request models, real money movements between business accounts
and customer wallets, receipts, STK pushes that stay pending for a moment, and callbacks
POSTed for real in the spec's exact shapes. Tests steer it with magic customer numbers
(:data:`MAGIC`, documented in :mod:`mpesa.sandbox.outcomes`), forced outcomes and injected
faults. ``CallbackReceiver`` collects the callbacks. ``flaws`` (:mod:`mpesa.sandbox.flaws`)
make it break the spec on purpose, to test conformance tools.

Needs the ``sandbox`` extra (``pip install 'mpesa-adapter[sandbox]'``) for Starlette and uvicorn.
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:
    raise ImportError(
        f"mpesa.sandbox needs the sandbox extra ({exc}): pip install 'mpesa-adapter[sandbox]'",
        name=exc.name,
    ) from exc

from .app import ConnectionDropped, create_app
from .callbacks import Delivery
from .flaws import FLAWS, Flaw
from .outcomes import MAGIC
from .receiver import CallbackReceiver, Received
from .server import LocalDaraja
from .state import (
    BUSINESS_ACCOUNTS,
    SANDBOX_PASSKEY,
    TEST_MSISDN,
    Fault,
    FaultKind,
    SandboxState,
    Transaction,
)

__all__ = [
    "BUSINESS_ACCOUNTS",
    "FLAWS",
    "MAGIC",
    "SANDBOX_PASSKEY",
    "TEST_MSISDN",
    "CallbackReceiver",
    "ConnectionDropped",
    "Delivery",
    "Fault",
    "FaultKind",
    "Flaw",
    "LocalDaraja",
    "Received",
    "SandboxState",
    "Transaction",
    "create_app",
]
