"""mpesa-adapter: a typed Python client for Safaricom's M-Pesa Daraja API.

``MpesaAdapter`` and ``AsyncMpesaAdapter`` have one method per Daraja operation,
``OPERATIONS`` describes each of them, and ``mpesa.models`` holds the typed request, response and
callback models. Those three are generated from ``spec/`` into the private subpackage
``mpesa._generated``; everything else in this package is written by hand.
"""

from __future__ import annotations

from . import models
from ._factory import create_mpesa_adapter
from ._generated._client import AsyncMpesaAdapter, MpesaAdapter
from ._generated._operations import OPERATIONS
from ._operation import Operation
from ._version import __version__
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
