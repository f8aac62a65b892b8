# Generated from spec/ by `make generate`: do not edit.
"""mpesa-adapter: a typed Python client for Safaricom's M-Pesa Daraja API.

Generated from one declarative spec of every Daraja operation: ``MpesaAdapter`` and
``AsyncMpesaAdapter`` have one method per operation, ``OPERATIONS`` describes each of them, and
``mpesa.models`` holds the typed request, response and callback models.
"""

from __future__ import annotations

from . import models
from ._client import AsyncMpesaAdapter, MpesaAdapter
from ._factory import create_mpesa_adapter
from ._operation import Operation
from ._operations import OPERATIONS
from .codec import TransactionCodec
from .codes import ERROR_CODES, RESULT_CODES, ResultCodes
from .config import MpesaConfig
from .constants import APIEndpointConstants, EventNameConstants
from .errors import (
    MpesaAPIException,
    MpesaAuthException,
    MpesaConfigError,
    MpesaConnectionError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaTransportError,
    MpesaValidationError,
)
from .events import (
    LoggingEventEmitter,
    MpesaEventEmitter,
    NoOpEventEmitter,
    RecordingEventEmitter,
)
from .validators import AmountValidator, PhoneNumberValidator

__version__ = "0.1.0"

__all__ = [
    "ERROR_CODES",
    "OPERATIONS",
    "RESULT_CODES",
    "APIEndpointConstants",
    "AmountValidator",
    "AsyncMpesaAdapter",
    "EventNameConstants",
    "LoggingEventEmitter",
    "MpesaAPIException",
    "MpesaAdapter",
    "MpesaAuthException",
    "MpesaConfig",
    "MpesaConfigError",
    "MpesaConnectionError",
    "MpesaEventEmitter",
    "MpesaException",
    "MpesaOutcomeUnknownError",
    "MpesaTimeoutError",
    "MpesaTransportError",
    "MpesaValidationError",
    "NoOpEventEmitter",
    "Operation",
    "PhoneNumberValidator",
    "RecordingEventEmitter",
    "ResultCodes",
    "TransactionCodec",
    "create_mpesa_adapter",
    "models",
]
