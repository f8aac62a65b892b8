"""Daraja's message shapes, built from the registry: answers, error envelopes and callbacks.

Whatever has to send what Daraja sends builds it here: the local sandbox
(:mod:`mpesa.sandbox`) and the test helpers (:mod:`mpesa.testing`). The shape (keys, nesting,
which keys a failure leaves out, codes as numbers or strings) comes from the operation's
generated models and its spec entry in ``mpesa.OPERATIONS``; the values are the caller's, and a
:data:`Leaf` function gives the ones the caller leaves open.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

if TYPE_CHECKING:
    from ._operation import CallbackSpec, Operation

__all__ = [
    "CODE_FIELDS",
    "Envelope",
    "Leaf",
    "answer",
    "callback",
    "dumps",
    "error_envelope",
    "error_status",
    "field_types",
    "merge",
    "model_body",
    "success_code",
    "validated",
    "wire_name",
]

Leaf = Callable[[str, Sequence[Any]], Any]
"""A value for a field the caller left open: ``(wire name, types it allows) -> value``.

``None`` leaves the field out.
"""

CODE_FIELDS = frozenset({"responsecode", "resultcode", "code", "rescode", "responsestatus"})
"""Wire names (lower-cased) of the fields that carry a response or result code."""


# Bodies ------------------------------------------------------------------------------------


def _json_default(value: object) -> object:
    # Daraja sends money as JSON numbers (10, 8959269.60). The shortest float repr of an amount
    # with two decimals reads back as the same decimal, so nothing is lost on the wire.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(body: Any) -> bytes:
    """JSON bytes of a body that may hold ``Decimal`` amounts."""
    return json.dumps(body, default=_json_default, separators=(",", ":")).encode()


def validated(model: type[BaseModel], body: dict[str, Any]) -> dict[str, Any]:
    """Return ``body`` after checking that ``model`` accepts it as it travels (JSON)."""
    model.model_validate(json.loads(dumps(body)))
    return body


def wire_name(name: str, info: FieldInfo) -> str:
    """The key a model field has on the wire."""
    alias = info.serialization_alias or info.alias
    return alias if isinstance(alias, str) else name


def field_types(annotation: Any) -> list[Any]:
    """The types a (possibly optional or union) annotation allows, ``None`` left out."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [kind for arg in typing.get_args(annotation) for kind in field_types(arg)]
    return [] if annotation is type(None) else [annotation]


def model_body(model: type[BaseModel], values: Mapping[str, Any], leaf: Leaf) -> dict[str, Any]:
    """A wire-named body for ``model``: ``values`` (by wire name), else ``leaf``'s.

    Nested objects are built the same way (from the same ``values``), a list holds one item,
    and a field typed ``Any`` or valued ``None`` is left out.
    """
    body: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        wire = wire_name(name, info)
        value = values[wire] if wire in values else _value(wire, info.annotation, values, leaf)
        if value is not None:
            body[wire] = value
    return body


def _value(wire: str, annotation: Any, values: Mapping[str, Any], leaf: Leaf) -> Any:
    kinds = field_types(annotation)
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            return model_body(kind, values, leaf)
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            value = _value(wire, item, values, leaf)
            return None if value is None else [value]
    if not kinds or Any in kinds:
        return None
    return leaf(wire, kinds)


def merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """``overrides`` into ``base`` (by wire name): a dict merges, ``None`` removes a key."""
    for key, value in overrides.items():
        if value is None:
            base.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


# Synchronous answers -----------------------------------------------------------------------


def success_code(op: Operation[Any, Any]) -> str:
    """The first success code of the operation's result-code tables (``"0"`` by default)."""
    from .codes import RESULT_CODES  # generated from spec/codes.yaml

    for table in op.result_code_tables:
        for code, info in RESULT_CODES.get(table, {}).items():
            if info.category == "success":
                return code
    return "0"


def answer(
    op: Operation[Any, Any],
    leaf: Leaf,
    *,
    code: str | None = None,
    values: Mapping[str, Any] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The synchronous answer to ``op``, built from its response model.

    Code fields carry ``code`` (the operation's :func:`success_code` by default), ``values``
    fill fields by wire name (nested objects too), ``leaf`` the rest; ``overrides`` are then
    :func:`merge`\\ d in and may add keys the model leaves open.
    """
    reply_code = code if code is not None else success_code(op)

    def fill(wire: str, kinds: Sequence[Any]) -> Any:
        return reply_code if wire.lower() in CODE_FIELDS else leaf(wire, kinds)

    return merge(model_body(op.response_model, values or {}, fill), overrides or {})


def error_status(code: str) -> int:
    """The HTTP status Daraja sends with error ``code`` (recorded in spec/codes.yaml)."""
    from .codes import ERROR_CODES  # generated from spec/codes.yaml

    info = ERROR_CODES.get(code)
    if info is not None and info.http_status:
        return info.http_status
    return int(code.split(".")[0]) if code[:3].isdigit() else 400


def error_envelope(code: str, message: str | None = None, *, request_id: str) -> dict[str, str]:
    """Daraja's error body; ``message`` defaults to the one spec/codes.yaml records."""
    from .codes import ERROR_CODES  # generated from spec/codes.yaml

    info = ERROR_CODES.get(code)
    text = message or (info.message if info is not None and info.message else code)
    return {"requestId": request_id, "errorCode": code, "errorMessage": text}


# Callbacks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Envelope:
    """A callback body and, inside it, the object that carries the result code."""

    body: dict[str, Any]
    result: dict[str, Any]


def callback(
    op: Operation[Any, Any],
    code: str,
    desc: str,
    *,
    ids: Mapping[str, Any],
    parameters: Mapping[str, Any] | None,
    leaf: Leaf,
    references: Sequence[tuple[str, Any]] = (),
) -> Envelope:
    """The callback Daraja POSTs after ``op``, validated with the operation's callback model.

    ``ids`` are the wire-named values of the object carrying the result code (its IDs);
    ``parameters`` the ``ResultParameters`` / ``CallbackMetadata`` / ``ResponseData`` values by
    key, sent in the spec's order (``None`` on failure, when Daraja leaves them out);
    ``references`` the ``ReferenceData`` items of a result callback. A callback model without
    one of those envelopes (B2B Express, Bill Manager, C2B) is built like an answer, its code
    fields carrying ``code``.
    """
    spec = op.callback
    if spec is None:
        raise ValueError(f"{op.name} has no callback")
    build = _ENVELOPES.get(spec.model.__name__)
    if build is not None:
        envelope = build(_Parts(spec, code, desc, ids, parameters, references))
    else:
        envelope = _flat(spec, code, desc, ids, leaf)
    validated(spec.model, envelope.body)
    return envelope


@dataclass(frozen=True)
class _Parts:
    """What :func:`callback` was given, for the builder of one envelope."""

    spec: CallbackSpec
    code: str
    desc: str
    ids: Mapping[str, Any]
    parameters: Mapping[str, Any] | None
    references: Sequence[tuple[str, Any]]


def _code(spec: CallbackSpec, code: str) -> int | str:
    """The result code as this callback sends it: a number where the spec's samples do."""
    return int(code) if spec.numeric_codes and code.isdigit() else code


def _items(
    key_name: str, spec: CallbackSpec, values: Mapping[str, Any], *, bare: bool = True
) -> list[dict[str, Any]]:
    """Key/Value pairs in the spec's order; with ``bare``, a key without a value goes alone."""
    items: list[dict[str, Any]] = []
    for parameter in spec.result_parameters:
        value = values.get(parameter.key)
        alone = bare and value is None
        items.append(
            {key_name: parameter.key} if alone else {key_name: parameter.key, "Value": value}
        )
    return items


def _stk(parts: _Parts) -> Envelope:
    """``{"Body": {"stkCallback": {...}}}``; ``CallbackMetadata`` on success only."""
    spec, code, ids, parameters = parts.spec, parts.code, parts.ids, parts.parameters
    result: dict[str, Any] = {
        "MerchantRequestID": ids["MerchantRequestID"],
        "CheckoutRequestID": ids["CheckoutRequestID"],
        "ResultCode": _code(spec, code),
        "ResultDesc": parts.desc,
    }
    if parameters is not None:
        result["CallbackMetadata"] = {"Item": _items("Name", spec, parameters)}
    return Envelope({"Body": {"stkCallback": result}}, result)


def _result(parts: _Parts) -> Envelope:
    """``{"Result": {...}}`` with the operation's ``ResultParameters`` on success only."""
    spec, code, ids, parameters = parts.spec, parts.code, parts.ids, parts.parameters
    result: dict[str, Any] = {
        "ResultType": _code(spec, "0"),
        "ResultCode": _code(spec, code),
        "ResultDesc": parts.desc,
        "OriginatorConversationID": ids["OriginatorConversationID"],
        "ConversationID": ids["ConversationID"],
        "TransactionID": ids["TransactionID"],
    }
    if parameters is not None:
        result["ResultParameters"] = {"ResultParameter": _items("Key", spec, parameters)}
    items = [
        {"Key": key} if value is None else {"Key": key, "Value": value}
        for key, value in parts.references
    ]
    if items:
        result["ReferenceData"] = {"ReferenceItem": items[0] if len(items) == 1 else items}
    return Envelope({"Result": result}, result)


def _ratiba(parts: _Parts) -> Envelope:
    """The Ratiba header and ``ResponseData`` Name/Value pairs (the failure sample's casing).

    Without ``parameters`` the data holds the ``responseCode`` alone.
    """
    spec, code, ids, parameters = parts.spec, parts.code, parts.ids, parts.parameters
    header: dict[str, Any] = {
        "responseRefID": ids["responseRefID"],
        "requestRefID": ids["requestRefID"],
        "responseCode": code,
        "responseDescription": parts.desc,
    }
    if parameters is None:
        data = [{"Name": "responseCode", "Value": code}]
    else:
        data = _items("Name", spec, parameters, bare=False)
    body = {"ResponseHeader": header, "ResponseBody": {"ResponseData": data}}
    return Envelope(body, header)


def _flat(spec: CallbackSpec, code: str, desc: str, ids: Mapping[str, Any], leaf: Leaf) -> Envelope:
    def fill(wire: str, kinds: Sequence[Any]) -> Any:
        lower = wire.lower()
        if lower in CODE_FIELDS:
            return code
        return desc if lower == "resultdesc" else leaf(wire, kinds)

    body = model_body(spec.model, ids, fill)
    if code != "0" and not CODE_FIELDS & {key.lower() for key in body}:
        raise ValueError(f"{spec.model.__name__} carries no result code")
    return Envelope(body, body)


_ENVELOPES: Mapping[str, Callable[[_Parts], Envelope]] = {
    "StkCallback": _stk,
    "ResultCallback": _result,
    "RatibaCallback": _ratiba,
}
"""Callback models whose result items come from the operation's ``result_parameters``."""
