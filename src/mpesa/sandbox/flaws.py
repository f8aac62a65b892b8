"""Deliberate non-conformance, for testing conformance tools.

A sandbox is flawed only when asked (``SandboxState(flaws=...)``, ``LocalDaraja(flaws=...)``,
``mpesa sandbox --flaw NAME``); each flaw breaks one rule of the spec, for every operation, in
one place:

* ``answer-field-type``: a successful answer carries its last field that the response model
  types (not as ``Any`` or an array), in the answer's order, wrapped in a JSON array, e.g.
  ``"CustomerMessage": ["..."]``. The OAuth answer is spared, so clients still get tokens.
* ``accept-invalid``: a body the request model refuses is answered with the operation's success
  body (status 200); nothing is processed and no callback follows.
* ``drop-callback``: no callback is POSTed (each is recorded as lost, as ``lost_callback``
  records one).
* ``callback-wrong-ids``: callbacks carry other values for the operation's correlation IDs
  (``correlation`` in the spec: ``CheckoutRequestID``, ``ConversationID`` ...): every digit
  ``d`` becomes ``9 - d``, so the IDs keep Daraja's format but match no request.
* ``wrong-error-code``: a validation error (``400.002.02``, ``400.002.05``) comes with
  :data:`WRONG_ERROR_CODE`, a code the spec lists for no operation, in the usual envelope.
* ``token-never-refused``: a missing, malformed, unknown or expired bearer token is served as
  a valid one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any, Literal, get_args

from .._shapes import field_types, wire_name

if TYPE_CHECKING:
    from .._operation import Operation

__all__ = [
    "FLAWS",
    "WRONG_ERROR_CODE",
    "Flaw",
    "check_flaws",
    "other_ids",
    "wrong_code",
    "wrong_type",
]

Flaw = Literal[
    "answer-field-type",
    "accept-invalid",
    "drop-callback",
    "callback-wrong-ids",
    "wrong-error-code",
    "token-never-refused",
]
FLAWS: tuple[Flaw, ...] = get_args(Flaw)
"""Every flaw's name."""

WRONG_ERROR_CODE = "400.002.99"
"""The code ``wrong-error-code`` answers validation errors with; no operation lists it."""

_VALIDATION_CODES = frozenset({"400.002.02", "400.002.05"})
_FLIP_DIGITS = str.maketrans("0123456789", "9876543210")


def check_flaws(names: Iterable[str]) -> frozenset[Flaw]:
    """``names`` as a set of flaws; an unknown name is a ``ValueError``."""
    if isinstance(names, str):
        raise ValueError(f"flaws are a collection of names, not one name: {names!r}")
    chosen = frozenset(names)
    unknown = sorted(name for name in chosen if name not in FLAWS)
    if unknown:
        raise ValueError(f"unknown flaw {unknown[0]!r}; one of {', '.join(FLAWS)}")
    return frozenset(name for name in FLAWS if name in chosen)


def wrong_type(op: Operation[Any, Any], body: Any) -> Any:
    """``answer-field-type``: ``body`` with its last typed field wrapped in a JSON array."""
    if not isinstance(body, dict):
        return body
    declared = {
        wire_name(name, info)
        for name, info in op.response_model.model_fields.items()
        if Any not in field_types(info.annotation)
    }
    wire = next(
        (key for key in reversed(body) if key in declared and not isinstance(body[key], list)),
        None,
    )
    return body if wire is None else {**body, wire: [body[wire]]}


def wrong_code(code: str) -> str:
    """``wrong-error-code``: the code a validation error goes out with."""
    return WRONG_ERROR_CODE if code in _VALIDATION_CODES else code


def other_ids(body: Any, wires: Collection[str]) -> Any:
    """``callback-wrong-ids``: ``body`` with other values for the keys named in ``wires`` (at
    any depth, in any case)."""
    names = {wire.lower() for wire in wires}
    if isinstance(body, list):
        return [other_ids(item, names) for item in body]
    if not isinstance(body, dict):
        return body
    return {
        key: _other_id(value) if key.lower() in names else other_ids(value, names)
        for key, value in body.items()
    }


def _other_id(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    flipped = value.translate(_FLIP_DIGITS)
    return flipped if flipped != value else value + "0"
