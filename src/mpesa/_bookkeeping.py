"""What an adapter with a ledger writes in it: a money-moving request before it first leaves,
then what Daraja's answer said (accepted, refused, or unknown). Callbacks and queries settle it
later (:mod:`mpesa.receiver`, ``wait_for_result``, ``reconcile``)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .errors import MpesaAPIException, MpesaException, MpesaOutcomeUnknownError
from .ledger import DarajaIds, Ledger, Outcome

logger = logging.getLogger("mpesa")

_ID_FIELDS = {
    "originatorconversationid": "originator_conversation_id",
    "originatorcoversationid": "originator_conversation_id",  # C2B v2's spelling
    "conversationid": "conversation_id",
    "checkoutrequestid": "checkout_request_id",
    "merchantrequestid": "merchant_request_id",
}


def daraja_ids(values: Mapping[str, Any]) -> DarajaIds:
    """The Daraja IDs among ``values`` (a request's IDs or an answer's fields, by wire name)."""
    found: dict[str, str] = {}
    for key, value in values.items():
        name = _ID_FIELDS.get(key.lower())
        if name is not None and value not in (None, "") and name not in found:
            found[name] = str(value)
    return DarajaIds(**found)


def failure_outcome(exc: MpesaException) -> Outcome:
    """What an error raised after sending says: refused for certain, or unknown."""
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
