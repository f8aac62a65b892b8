"""Reading the callbacks Daraja POSTs: :func:`parse_callback` and the :class:`Callback` it returns.

Every shape of ``spec/callbacks.yaml`` is read: the STK callback, C2B validation and
confirmation, the ``{"Result": …}`` envelope of the asynchronous APIs, B2B Express, Ratiba and
Bill Manager. A body is recognised by the keys its generated model requires (``Body``,
``Result``, ``ResponseHeader`` …), then validated by that model. The object that carries the
result code is found by walking the model, the code's meaning comes from the code tables of the
operations whose callback it is, and the ``ResultParameters`` / ``CallbackMetadata`` /
``ResponseData`` items are typed by what those operations declare (``mpesa.OPERATIONS``).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from types import MappingProxyType
from typing import Any, Literal, get_args, get_origin

from pydantic import AliasChoices, BaseModel, ValidationError

from . import models
from ._bounded import MAX_BODY_SIZE, deeper_than
from ._codebook import Category, CodeInfo
from ._generated._operations import OPERATIONS
from ._operation import Operation
from ._redact import DEFAULT_PHONE_KEYS, mask_phone
from ._shapes import CODE_FIELDS, field_types, wire_name
from .codec import TransactionCodec
from .codes import ResultCodes
from .errors import MpesaCallbackError

__all__ = ["MAX_DEPTH", "Callback", "CallbackKind", "parse_callback"]

CallbackKind = Literal[
    "stk",
    "result",
    "b2b_express",
    "ratiba",
    "bill_manager",
    "c2b_validation",
    "c2b_confirmation",
]
"""Which callback schema a body has (one per entry of ``spec/callbacks.yaml``).

``result`` is the envelope many operations share, so it does not say which operation it
answers; :attr:`Callback.operations` lists the candidates.
"""

_DESC_FIELDS = frozenset({"resultdesc", "responsedescription"})
_REFERENCE_ITEMS = "ReferenceItem"
_AMOUNT_KEYS = ("amount", "transactionamount", "transamount", "paidamount")
_RECEIPT_PARAMETERS = ("mpesareceiptnumber", "transactionreceipt", "receiptno", "transactionid")
_RECEIPT_IDS = ("transactionid", "transid")


def _always(body: Mapping[Any, Any]) -> bool:
    return True


def _blank_balance(body: Mapping[Any, Any]) -> bool:
    """C2B validation and confirmation share one body; validation leaves OrgAccountBalance blank."""
    value = body.get("OrgAccountBalance")
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class _Schema:
    """A callback schema: its kind, its generated model, and how to tell it from the others."""

    kind: CallbackKind
    model: type[BaseModel]
    settled: CodeInfo | None = None
    """The outcome of a body that carries no result code (a payment notice)."""
    claims: Callable[[Mapping[Any, Any]], bool] = _always
    """Chooses between schemas whose required keys are the same."""

    @cached_property
    def keys(self) -> tuple[frozenset[str], ...]:
        """Each required top-level field, as the set of keys it may arrive under."""
        return _required_keys(self.model)

    @cached_property
    def operations(self) -> tuple[Operation[Any, Any], ...]:
        """The operations whose callback has this schema, in registry order."""
        return tuple(
            op
            for op in OPERATIONS.values()
            if op.callback is not None and op.callback.model is self.model
        )


_SCHEMAS: tuple[_Schema, ...] = (
    _Schema("stk", models.StkCallback),
    _Schema("result", models.ResultCallback),
    _Schema("b2b_express", models.B2BExpressCallback),
    _Schema("ratiba", models.RatibaCallback),
    _Schema(
        "bill_manager",
        models.BillManagerPayment,
        settled=CodeInfo("", "A payment against an invoice was received", "success"),
    ),
    _Schema(
        "c2b_validation",
        models.C2BValidation,
        settled=CodeInfo("", "A payment awaits the merchant's validation", "pending"),
        claims=_blank_balance,
    ),
    _Schema(
        "c2b_confirmation",
        models.C2BConfirmation,
        settled=CodeInfo("", "The customer's payment completed", "success"),
    ),
)
"""In the order a body is matched against them: the first match that claims it wins, else the
last match."""


def _required_keys(model: type[BaseModel]) -> tuple[frozenset[str], ...]:
    keys = []
    for name, info in model.model_fields.items():
        if not info.is_required():
            continue
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            keys.append(frozenset(c for c in alias.choices if isinstance(c, str)))
        else:
            keys.append(frozenset({wire_name(name, info)}))
    return tuple(keys)


def _nesting(annotation: Any) -> int:
    """How deep the JSON objects and arrays of a model's annotation nest."""
    deepest = 0
    for kind in field_types(annotation):
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            fields = kind.model_fields.values()
            deepest = max(deepest, 1 + max((_nesting(f.annotation) for f in fields), default=0))
        elif get_origin(kind) is list:
            deepest = max(deepest, 1 + _nesting(get_args(kind)[0]))
    return deepest


_SHAPE_DEPTH = max(_nesting(schema.model) for schema in _SCHEMAS)
MAX_DEPTH = _SHAPE_DEPTH + 2
"""The deepest nesting accepted: the deepest callback shape, and two levels for values Daraja
sends untyped (a ``Value``, an unknown key) holding an object."""


@dataclass(frozen=True, repr=False)
class Callback:
    """One callback Daraja POSTed, read.

    ``result_code`` is text (Daraja sends ``0`` or ``"0"``), ``None`` for a payment notice
    (C2B, Bill Manager) that carries none; ``outcome`` is its meaning from the spec's code
    tables, and a payment notice's outcome is what the notice itself means. ``ids`` holds the
    identifiers of the object carrying the result code by wire name (``CheckoutRequestID``,
    ``ConversationID``, ``TransID`` …), the keys ``Operation.correlation`` uses. ``parameters``
    are the result items, typed by the declaring operations (``Decimal`` amounts, aware
    datetimes, lists of :class:`~mpesa.codec.AccountBalance`), unknown keys as they came;
    ``references`` the ``ReferenceData`` items. ``operations`` names the operations this
    callback can answer: every operation with this schema, and for a success those that declare
    the most of its parameters (a failed ``result`` callback can answer any of them). ``model`` is the
    validated generated model and ``body`` the parsed JSON (non-integers as ``Decimal``).
    The repr names the parameters without their values (they name people) and masks the phone.
    """

    kind: CallbackKind
    result_code: str | None
    result_desc: str | None
    outcome: CodeInfo
    ids: Mapping[str, str]
    parameters: Mapping[str, Any]
    references: Mapping[str, Any]
    amount: Decimal | None
    """The amount of money the callback reports, exactly as sent."""
    receipt: str | None
    """The M-Pesa transaction ID of a success (``None`` otherwise)."""
    phone: str | None
    """The customer's number as sent (C2B sends it masked or hashed); masked in the repr."""
    operations: tuple[str, ...]
    model: BaseModel
    body: Mapping[str, Any]

    @property
    def is_success(self) -> bool:
        """Whether the outcome is a success (a completed payment, for a payment notice)."""
        return self.outcome.category == "success"

    @property
    def category(self) -> Category:
        """The outcome's category (``success``, ``customer_action``, ``failed`` …)."""
        return self.outcome.category

    @property
    def checkout_request_id(self) -> str | None:
        return self._id("checkoutrequestid")

    @property
    def merchant_request_id(self) -> str | None:
        return self._id("merchantrequestid")

    @property
    def conversation_id(self) -> str | None:
        return self._id("conversationid")

    @property
    def originator_conversation_id(self) -> str | None:
        return self._id("originatorconversationid")

    def _id(self, lower: str) -> str | None:
        return next((value for key, value in self.ids.items() if key.lower() == lower), None)

    def __repr__(self) -> str:
        shown = {
            "result_code": self.result_code,
            "category": self.category,
            "ids": dict(self.ids),
            "amount": self.amount,
            "receipt": self.receipt,
            "phone": None if self.phone is None else mask_phone(self.phone),
            "parameters": list(self.parameters),
        }
        fields = ", ".join(f"{name}={value!r}" for name, value in shown.items())
        return f"Callback(kind={self.kind!r}, {fields})"


def parse_callback(
    body: bytes | str | Mapping[str, Any], *, expect: CallbackKind | None = None
) -> Callback:
    """Read a callback body (the raw bytes, their text, or the parsed JSON object).

    The schema is recognised from the body's keys; ``expect`` restricts it to one kind (a
    receiver knows which URL was called). C2B validation and confirmation bodies are the same
    shape: without ``expect``, a blank ``OrgAccountBalance`` means validation. Raises
    :class:`~mpesa.errors.MpesaCallbackError` saying what is wrong, and nothing else, for a body
    that is not valid UTF-8 JSON, is over 1 MB or nested deeper than :data:`MAX_DEPTH`, is not
    an object, has no callback's keys, or fails the schema's model.
    """
    data = _load(body)
    schema = _identify(data, expect)
    try:
        model = schema.model.model_validate(data)
    except ValidationError as error:
        raise MpesaCallbackError(_invalid(schema, error)) from None
    except (ValueError, TypeError) as error:
        raise MpesaCallbackError(
            f"not a valid {schema.kind} callback ({type(error).__name__})"
        ) from None
    try:
        return _read(schema, model, data)
    except (ValueError, TypeError, ArithmeticError) as error:
        raise MpesaCallbackError(f"a {schema.kind} callback: {error}") from None


# Loading --------------------------------------------------------------------------------------


def _load(body: object) -> dict[Any, Any]:
    if isinstance(body, Mapping):
        data: object = dict(body)
    else:
        data = _decode(_raw(body))
    if not isinstance(data, dict):
        raise MpesaCallbackError(f"a callback body is a JSON object, not {_json_type(data)}")
    if deeper_than(data, MAX_DEPTH):
        raise MpesaCallbackError(
            f"the body nests deeper than {MAX_DEPTH} levels (Daraja's callbacks need "
            f"{_SHAPE_DEPTH})"
        )
    return data


def _raw(body: object) -> bytes:
    if isinstance(body, str):
        if len(body) > MAX_BODY_SIZE:
            raise _too_large(len(body))
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError:
            raise MpesaCallbackError("the body is not valid Unicode text") from None
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise MpesaCallbackError(
        f"a callback body is bytes, text or a mapping, not {type(body).__name__}"
    )


def _decode(raw: bytes) -> object:
    if len(raw) > MAX_BODY_SIZE:
        raise _too_large(len(raw))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise MpesaCallbackError(f"the body is not UTF-8 (byte {error.start})") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except RecursionError:
        raise MpesaCallbackError(f"the body nests deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:
        raise MpesaCallbackError(f"the body is not JSON: {error}") from None


def _too_large(size: int) -> MpesaCallbackError:
    return MpesaCallbackError(f"the body is over {MAX_BODY_SIZE} bytes ({size})")


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "a number"


# Recognising ----------------------------------------------------------------------------------


def _identify(data: Mapping[Any, Any], expect: CallbackKind | None) -> _Schema:
    if expect is not None and expect not in get_args(CallbackKind):
        kinds = ", ".join(get_args(CallbackKind))
        raise MpesaCallbackError(f"unknown callback kind {expect!r}; the kinds are {kinds}")
    schemas = [s for s in _SCHEMAS if expect is None or s.kind == expect]
    present = data.keys()
    matching = [s for s in schemas if all(not keys.isdisjoint(present) for keys in s.keys)]
    if not matching:
        needs = "; ".join(f"{s.kind}: {_key_list(s)}" for s in schemas)
        raise MpesaCallbackError(f"not a Daraja callback: it lacks the keys of each ({needs})")
    return next((s for s in matching if s.claims(data)), matching[-1])


def _key_list(schema: _Schema) -> str:
    return ", ".join("/".join(sorted(keys)) for keys in schema.keys)


def _invalid(schema: _Schema, error: ValidationError) -> str:
    """What the model refuses, by location and rule; never the values (they may be personal)."""
    problems = [
        f"{'.'.join(map(str, problem['loc'])) or 'body'}: {problem['msg']}"
        for problem in error.errors(include_url=False, include_input=False)[:5]
    ]
    return f"not a valid {schema.kind} callback: {'; '.join(problems)}"


# Reading ---------------------------------------------------------------------------------------


def _read(schema: _Schema, model: BaseModel, data: dict[Any, Any]) -> Callback:
    """The accessors, from the object carrying the result code and the result items."""
    nodes = _nodes(model)
    fields = next((f for f in nodes if not CODE_FIELDS.isdisjoint(map(str.lower, f))), nodes[0])
    code = _first(fields, CODE_FIELDS)
    desc = _first(fields, _DESC_FIELDS)
    ids = {
        wire: value
        for wire, value in fields.items()
        if wire.lower().endswith("id") and isinstance(value, str) and value
    }
    raw_parameters: dict[str, Any] = {}
    references: dict[str, Any] = {}
    for node in nodes:
        for wire, value in node.items():
            found = _as_list(value)
            if found and all(_is_item(item) for item in found):
                target = references if wire == _REFERENCE_ITEMS else raw_parameters
                target.update(_pairs(found))
    result_code = None if code is None else str(code).strip()
    candidates = schema.operations
    outcome = _outcome(schema, result_code, candidates)
    if outcome.category == "success":
        # Operations declare their success parameters; a failure's (BOCompletedTime) say nothing.
        candidates = _candidates(candidates, raw_parameters.keys())
        outcome = _outcome(schema, result_code, candidates)
    parameters = _typed(raw_parameters, tuple(op.name for op in candidates))
    values = {**fields, **parameters}
    amount = _first(values, _AMOUNT_KEYS)
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise ValueError("the amount is not a finite number")
    return Callback(
        kind=schema.kind,
        result_code=result_code,
        result_desc=None if desc is None else str(desc),
        outcome=outcome,
        ids=MappingProxyType(ids),
        parameters=MappingProxyType(parameters),
        references=MappingProxyType(references),
        amount=amount if isinstance(amount, Decimal) else None,
        receipt=_receipt(outcome, parameters, ids),
        phone=_phone(values),
        operations=tuple(op.name for op in candidates),
        model=model,
        body=MappingProxyType(data),
    )


@cache
def _wires(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """(attribute, wire name) of each declared field of a model class."""
    return tuple((name, wire_name(name, info)) for name, info in model.model_fields.items())


@cache
def _item_fields(model: type[BaseModel]) -> tuple[str, str] | None:
    """The (name or key, value) attributes of a Name/Value or Key/Value item model, else None."""
    names = model.model_fields.keys()
    key = next((key for key in ("name", "key") if key in names), None)
    return None if key is None or "value" not in names else (key, "value")


def _is_item(value: object) -> bool:
    """A Name/Value or Key/Value pair."""
    return isinstance(value, BaseModel) and _item_fields(type(value)) is not None


def _pairs(items: list[BaseModel]) -> dict[str, Any]:
    """``{name: value}`` of result items; if a name repeats, the last one wins."""
    pairs = {}
    for item in items:
        key, value = _item_fields(type(item)) or ("", "")
        pairs[getattr(item, key)] = getattr(item, value)
    return pairs


def _nodes(model: BaseModel) -> list[dict[str, Any]]:
    """The declared fields, by wire name, of the model and of every object nested in it
    (breadth first; Name/Value items are read by their list's owner)."""
    nodes = []
    queue = deque([model])
    while queue:
        current = queue.popleft()
        fields = {wire: getattr(current, name) for name, wire in _wires(type(current))}
        nodes.append(fields)
        for value in fields.values():
            queue.extend(v for v in _as_list(value) if isinstance(v, BaseModel) and not _is_item(v))
    return nodes


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _first(values: Mapping[str, Any], lower_keys: Collection[str]) -> Any:
    """The value of the first key in ``lower_keys`` order present (ignoring case), else None."""
    by_lower = {key.lower(): value for key, value in values.items()}
    return next((by_lower[key] for key in lower_keys if by_lower.get(key) is not None), None)


@cache
def _declared(operation: str) -> dict[str, str]:
    callback = OPERATIONS[operation].callback
    return {} if callback is None else {p.key: p.type for p in callback.result_parameters}


def _candidates(
    operations: tuple[Operation[Any, Any], ...], keys: Collection[str]
) -> tuple[Operation[Any, Any], ...]:
    """The operations that declare the most of ``keys`` (all of them when none declares any)."""
    scores = [len(_declared(op.name).keys() & set(keys)) for op in operations]
    best = max(scores, default=0)
    if best == 0:
        return operations
    return tuple(op for op, score in zip(operations, scores, strict=True) if score == best)


@cache
def _types(operations: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each declared key and the types the operations declare it with, in their order."""
    types: dict[str, tuple[str, ...]] = {}
    for operation in operations:
        for key, type_name in _declared(operation).items():
            if type_name not in types.setdefault(key, ()):
                types[key] += (type_name,)
    return types


def _typed(raw: Mapping[str, Any], operations: tuple[str, ...]) -> dict[str, Any]:
    """Each value decoded by the types its key is declared with (tried in order)."""
    types = _types(operations)
    single = {key: kinds[0] for key, kinds in types.items() if len(kinds) == 1 and key in raw}
    try:
        decoded = TransactionCodec.convert(raw, single)
    except (ValueError, ArithmeticError):
        decoded = dict(raw)  # one of them is malformed: the loop below names it
        single = {}
    for key, value in raw.items():
        if key not in single and key in types:
            decoded[key] = _decoded(key, value, types[key])
    return decoded


def _decoded(key: str, value: Any, types: tuple[str, ...]) -> Any:
    for type_name in types:
        try:
            return TransactionCodec.convert({key: value}, {key: type_name})[key]
        except (ValueError, ArithmeticError):
            continue
    raise ValueError(f"result parameter {key!r} is not a valid {' or '.join(types)}")


def _outcome(
    schema: _Schema, code: str | None, operations: tuple[Operation[Any, Any], ...]
) -> CodeInfo:
    if code is None:
        return schema.settled or CodeInfo("", "No result code", "unknown_outcome", known=False)
    tables = list(dict.fromkeys(t for op in operations for t in op.result_code_tables))
    return ResultCodes.describe(code, tables or ["generic"])


def _phone(values: Mapping[str, Any]) -> str | None:
    phone = _first(values, DEFAULT_PHONE_KEYS)
    return None if phone is None else str(phone)


def _receipt(
    outcome: CodeInfo, parameters: Mapping[str, Any], ids: Mapping[str, str]
) -> str | None:
    if outcome.category != "success":
        return None
    receipt = _first(parameters, _RECEIPT_PARAMETERS) or _first(ids, _RECEIPT_IDS)
    return receipt if isinstance(receipt, str) and receipt else None
