"""mpesa-adapter: a typed Python client for Safaricom's M-Pesa Daraja API.

``MpesaAdapter`` and ``AsyncMpesaAdapter`` have one method per Daraja operation,
``OPERATIONS`` describes each of them, and ``mpesa.models`` holds the typed request, response and
callback models. Those three are generated from ``spec/`` into the private subpackage
``mpesa._generated``; everything else in this package is written by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import models
from ._lazy import lazy_names
from ._version import __version__

if TYPE_CHECKING:
    from ._factory import create_mpesa_adapter
    from ._generated._client import AsyncMpesaAdapter, MpesaAdapter
    from ._generated._operations import OPERATIONS
    from ._operation import Operation
    from .callbacks import Callback, parse_callback
    from .codec import TransactionCodec
    from .codes import ERROR_CODES, RESULT_CODES, ResultCodes, ResultTable
    from .config import MpesaConfig
    from .constants import APIEndpointConstants, EventNameConstants
    from .enums import CommandID, Environment, IdentifierType, PaymentType, TransactionStatus
    from .errors import (
        MpesaAPIException,
        MpesaAuthException,
        MpesaCallbackError,
        MpesaConfigError,
        MpesaConnectionError,
        MpesaException,
        MpesaOutcomeUnknownError,
        MpesaRateLimitError,
        MpesaTimeoutError,
        MpesaTransportError,
        MpesaUncertainAnswerError,
        MpesaValidationError,
    )
    from .events import (
        LoggingEventEmitter,
        MpesaEventEmitter,
        NoOpEventEmitter,
        RecordingEventEmitter,
    )
    from .ledger import Ledger, SQLiteLedger
    from .outcomes import PaymentOutcome, Reconciled
    from .validators import AmountValidator, PhoneNumberValidator

_EXPORTS = {
    "._factory": ("create_mpesa_adapter",),
    "._generated._client": ("AsyncMpesaAdapter", "MpesaAdapter"),
    "._generated._operations": ("OPERATIONS",),
    "._operation": ("Operation",),
    ".callbacks": ("Callback", "parse_callback"),
    ".codec": ("TransactionCodec",),
    ".codes": ("ERROR_CODES", "RESULT_CODES", "ResultCodes", "ResultTable"),
    ".config": ("MpesaConfig",),
    ".constants": ("APIEndpointConstants", "EventNameConstants"),
    ".enums": ("CommandID", "Environment", "IdentifierType", "PaymentType", "TransactionStatus"),
    ".errors": (
        "MpesaAPIException",
        "MpesaAuthException",
        "MpesaCallbackError",
        "MpesaConfigError",
        "MpesaConnectionError",
        "MpesaException",
        "MpesaOutcomeUnknownError",
        "MpesaRateLimitError",
        "MpesaTimeoutError",
        "MpesaTransportError",
        "MpesaUncertainAnswerError",
        "MpesaValidationError",
    ),
    ".events": (
        "LoggingEventEmitter",
        "MpesaEventEmitter",
        "NoOpEventEmitter",
        "RecordingEventEmitter",
    ),
    ".ledger": ("Ledger", "SQLiteLedger"),
    ".outcomes": ("PaymentOutcome", "Reconciled"),
    ".validators": ("AmountValidator", "PhoneNumberValidator"),
}
"""The module of each public name, imported when the name is first used (PEP 562): importing
the package loads neither the engine (pydantic models, asyncio), nor a model, nor SQLite."""

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        globals(), {name: home for home, names in _EXPORTS.items() for name in names}
    )

__all__ = [
    "ERROR_CODES",
    "OPERATIONS",
    "RESULT_CODES",
    "APIEndpointConstants",
    "AmountValidator",
    "AsyncMpesaAdapter",
    "Callback",
    "CommandID",
    "Environment",
    "EventNameConstants",
    "IdentifierType",
    "Ledger",
    "LoggingEventEmitter",
    "MpesaAPIException",
    "MpesaAdapter",
    "MpesaAuthException",
    "MpesaCallbackError",
    "MpesaConfig",
    "MpesaConfigError",
    "MpesaConnectionError",
    "MpesaEventEmitter",
    "MpesaException",
    "MpesaOutcomeUnknownError",
    "MpesaRateLimitError",
    "MpesaTimeoutError",
    "MpesaTransportError",
    "MpesaUncertainAnswerError",
    "MpesaValidationError",
    "NoOpEventEmitter",
    "Operation",
    "PaymentOutcome",
    "PaymentType",
    "PhoneNumberValidator",
    "Reconciled",
    "RecordingEventEmitter",
    "ResultCodes",
    "ResultTable",
    "SQLiteLedger",
    "TransactionCodec",
    "TransactionStatus",
    "__version__",
    "create_mpesa_adapter",
    "models",
    "parse_callback",
]
