"""What a receiver answers Daraja: the acknowledgement of each callback, and C2B validation's
accept or reject, from ``spec/callbacks.yaml`` and the ``c2b_validation`` code table."""

from __future__ import annotations

import json
from collections.abc import Mapping

from .._generated.constants import CALLBACK_REPLIES
from ..callbacks import Callback
from ..codes import RESULT_CODES, ResultTable

__all__ = ["REJECT", "REJECTION_CODES", "Verdict", "acknowledgement", "validation_reply"]

Verdict = bool | str | None
"""A C2B validation handler's answer: ``None`` or ``True`` accepts, ``False`` rejects with
:data:`REJECT`, a code of :data:`REJECTION_CODES` rejects with that code."""

REJECTION_CODES: frozenset[str] = frozenset(
    code for code, info in RESULT_CODES[ResultTable.C2B_VALIDATION].items() if code != "0"
)
"""The codes that reject a C2B payment (``C2B00011`` … ``C2B00016``); each picks the SMS the
customer gets."""

REJECT = "C2B00016"
"""The rejection code of a plain ``False``: "other error"."""

_GENERIC = "ResultCallback"
"""The acknowledgement of a callback whose schema documents no reply of its own."""
_VALIDATION = "C2BValidation"


def _encode(body: Mapping[str, object]) -> bytes:
    return json.dumps(dict(body), separators=(",", ":")).encode()


_ACKNOWLEDGEMENTS: Mapping[str, bytes] = {
    name: _encode(body) for name, body in CALLBACK_REPLIES.items()
}


def acknowledgement(callback: Callback) -> bytes:
    """The reply the spec gives ``callback``'s schema (the result acknowledgement if none)."""
    name = type(callback.model).__name__
    return _ACKNOWLEDGEMENTS.get(name, _ACKNOWLEDGEMENTS[_GENERIC])


def validation_reply(verdict: object) -> bytes:
    """The reply to a C2B validation; raises ``ValueError`` for an answer that is not a
    :data:`Verdict`."""
    if verdict is None or verdict is True:
        return _ACKNOWLEDGEMENTS[_VALIDATION]
    code = REJECT if verdict is False else verdict
    if not isinstance(code, str) or code not in REJECTION_CODES:
        codes = ", ".join(sorted(REJECTION_CODES))
        raise ValueError(
            f"a C2B validation handler returns None, True, False or one of {codes};"
            f" got a {type(verdict).__name__}"
        )
    return _encode({**CALLBACK_REPLIES[_VALIDATION], "ResultCode": code, "ResultDesc": "Rejected"})
