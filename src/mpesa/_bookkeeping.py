"""What an adapter with a ledger writes in it: a money-moving request before it first leaves,
then what Daraja's answer said (accepted, refused, or unknown). Callbacks and queries settle it
later (:mod:`mpesa.receiver`, ``wait_for_result``, ``reconcile``)."""

from __future__ import annotations

import logging

from .errors import (
    MpesaAPIException,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaRateLimitError,
)
from .ledger import DarajaIds, Ledger, Outcome

logger = logging.getLogger("mpesa")


def failure_outcome(exc: MpesaException) -> Outcome:
    """What an error raised after sending says: refused for certain, or unknown. The rate
    limiter's error means the request never left (a resend only follows an attempt Daraja
    cannot have acted on), so it is a certain refusal."""
    if isinstance(exc, MpesaRateLimitError):
        return Outcome("refused", None, str(exc)[:200])
    if isinstance(exc, MpesaOutcomeUnknownError):
        return Outcome("unknown", getattr(exc, "error_code", None), str(exc)[:200])
    if isinstance(exc, MpesaAPIException):
        return Outcome("refused", exc.error_code, exc.error_message)
    return Outcome("unknown", None, type(exc).__name__)


def record_answer(
    ledger: Ledger, reference: str, outcome: Outcome, ids: DarajaIds | None = None
) -> None:
    """Write an answer's outcome; a ledger failure here is logged, never raised: the payment
    has been sent, and an error now would invite a second one."""
    try:
        ledger.update_request(reference, outcome, ids)
    except Exception:
        logger.exception("the ledger could not record the answer to request %s", reference)
