"""Hypothesis strategies for Daraja requests, read from the runtime registry.

Valid values come from each request model's JSON Schema (type, pattern, lengths, bounds,
enum) and the operation's :class:`~mpesa._operation.FieldSpec` flags; a phone is always one of
the spec's test numbers (:data:`mpesa.constants.TEST_MSISDNS`), and no other value is allowed
to look like a Kenyan phone number. A :class:`Breakage` breaks one constraint of a valid body.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from hypothesis import strategies as st

from .._operation import Operation
from ..constants import TEST_MSISDNS

__all__ = ["Breakage", "arguments", "breakages", "json_schema"]

_ALPHABET = string.ascii_letters + string.digits
_PHONE_LIKE = re.compile(r"(\+?254|0)?[17][0-9]{8}")
_SPAN = 1000
"""How far above its minimum an amount or a length may go (amounts stay small)."""
_REMOVED = object()
_NO_MATCH = "~"
"""A value no pattern of the spec matches (checked per pattern before it is used)."""


@dataclass(frozen=True)
class Breakage:
    """One constraint of a request broken: ``wire`` set to ``value``, or removed (with the
    ``also`` wires of its ``at_least_one`` group)."""

    wire: str
    rule: str
    value: Any = _REMOVED
    also: tuple[str, ...] = ()
    secret: bool = False
    """The field is a secret (a password, a credential): its broken value, which may start
    with the real one, is never shown."""

    @property
    def removes(self) -> bool:
        return self.value is _REMOVED

    def apply(self, body: Any) -> Any:
        """``body`` (an object, or the first item of an array body) with this break."""
        if isinstance(body, list):
            return [self.apply(body[0]), *body[1:]]
        broken = dict(body)
        if self.removes:
            for wire in (self.wire, *self.also):
                broken.pop(wire, None)
        else:
            broken[self.wire] = self.value
        return broken

    def describe(self) -> str:
        wires = " and ".join((self.wire, *self.also))
        if self.removes:
            shown = "removed"
        else:
            shown = "set to [REDACTED]" if self.secret else f"set to {_short(self.value)}"
        return f"{wires} {shown} (breaks {self.rule})"


def _short(value: Any) -> str:
    """``repr(value)``, a long text cut to its start and its length."""
    if isinstance(value, str) and len(value) > 40:
        return f"{value[:20]!r}... ({len(value)} characters)"
    return repr(value)


def json_schema(op: Operation[Any, Any]) -> dict[str, Any]:
    """The request model's JSON Schema by wire name (the item's, for an array body)."""
    if op.name not in _SCHEMAS:
        schema = op.request_model.model_json_schema(by_alias=True)
        if op.body == "array":
            defs = schema.get("$defs", {})
            schema = {**_resolve(schema.get("items", {}), defs), "$defs": defs}
        _SCHEMAS[op.name] = schema
    return _SCHEMAS[op.name]


_SCHEMAS: dict[str, dict[str, Any]] = {}


def _resolve(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` without ``$ref`` and without the ``null`` branch of an optional field."""
    if "$ref" in schema:
        return _resolve(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    options = [part for part in schema.get("anyOf", ()) if part.get("type") != "null"]
    if options:
        return _resolve(options[0], defs)
    return dict(schema)


def _not_a_phone(value: Any) -> bool:
    return not (isinstance(value, str) and _PHONE_LIKE.fullmatch(value))


def value_for(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """A value obeying ``schema``; strings never look like a phone number."""
    schema = _resolve(schema, defs)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type", "string")
    if kind in ("integer", "number"):
        low = int(schema.get("minimum", 0))
        return st.integers(low, min(int(schema.get("maximum", low + _SPAN)), low + _SPAN))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        low = max(1, int(schema.get("minItems", 1)))
        high = max(low, min(int(schema.get("maxItems", 3)), 3))
        return st.lists(value_for(schema.get("items", {}), defs), min_size=low, max_size=high)
    if kind == "object":
        return _object(schema, defs, frozenset())
    low = int(schema.get("minLength", 1)) or 1
    high = int(schema.get("maxLength", low + 20))
    if "pattern" in schema:
        text = st.from_regex(schema["pattern"], fullmatch=True, alphabet=_ALPHABET + " .-:/@")
        return text.filter(lambda s: low <= len(s) <= high and s.strip() == s and _not_a_phone(s))
    return st.text(_ALPHABET, min_size=low, max_size=min(high, low + 20)).filter(_not_a_phone)


def _object(
    schema: Mapping[str, Any], defs: Mapping[str, Any], phones: frozenset[str]
) -> st.SearchStrategy[dict[str, Any]]:
    required = set(schema.get("required", ()))
    values = {
        wire: st.sampled_from(TEST_MSISDNS) if wire in phones else value_for(sub, defs)
        for wire, sub in schema.get("properties", {}).items()
    }
    return st.fixed_dictionaries(
        {wire: value for wire, value in values.items() if wire in required},
        optional={wire: value for wire, value in values.items() if wire not in required},
    )


def arguments(op: Operation[Any, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid adapter arguments for ``op``: every field the adapter does not fill, each
    argument drawn for the first field it feeds (the first of each ``at_least_one`` group
    always given).

    Filled fields (shortcode, credentials, configured URLs ...) are left to the adapter.
    """
    if op.name not in _ARGUMENTS:
        _ARGUMENTS[op.name] = _arguments(op)
    return _ARGUMENTS[op.name]


_ARGUMENTS: dict[str, st.SearchStrategy[dict[str, Any]]] = {}


def _arguments(op: Operation[Any, Any]) -> st.SearchStrategy[dict[str, Any]]:
    schema = json_schema(op)
    defs = schema.get("$defs", {})
    phones = frozenset(op.phone_wires)
    if op.body == "array":
        assert op.item_argument is not None
        item = _object(schema, defs, phones)
        return st.fixed_dictionaries({op.item_argument: st.lists(item, min_size=1, max_size=3)})
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    grouped = {group[0] for group in op.at_least_one}
    for spec in op.fields:
        if spec.fill is not None or spec.argument in required or spec.argument in optional:
            continue
        value = (
            st.sampled_from(TEST_MSISDNS)
            if spec.phone
            else value_for(schema["properties"][spec.wire], defs)
        )
        needed = spec.required or spec.wire in grouped
        (required if needed else optional)[spec.argument] = value
    return st.fixed_dictionaries(required, optional=optional)


def breakages(op: Operation[Any, Any], body: Any) -> list[Breakage]:
    """Every single-constraint break of the valid wire ``body`` that the schema allows."""
    schema = json_schema(op)
    defs = schema.get("$defs", {})
    fields = body[0] if isinstance(body, list) else body
    required = set(schema.get("required", ()))
    found: list[Breakage] = []
    for wire, value in fields.items():
        sub = _resolve(schema.get("properties", {}).get(wire, {}), defs)
        if wire in required:
            found.append(Breakage(wire, "required"))
        broken = _broken_values(wire, value, sub)
        if wire in op.secret_wires:
            broken = [replace(breakage, secret=True) for breakage in broken]
        found.extend(broken)
    for group in op.at_least_one:
        if all(wire not in required for wire in group):
            found.append(Breakage(group[0], "at_least_one", also=group[1:]))
    return found


def _broken_values(wire: str, value: Any, schema: Mapping[str, Any]) -> list[Breakage]:
    kind = schema.get("type")
    found = [Breakage(wire, "type", {"unexpected": "object"})] if kind else []
    if "const" in schema or "enum" in schema:
        found.append(Breakage(wire, "enum", "NotAValue"))
    if "pattern" in schema and not re.search(schema["pattern"], _NO_MATCH):
        found.append(Breakage(wire, "pattern", _NO_MATCH))
    if "maxLength" in schema and isinstance(value, str):
        longer = value + "x" * (schema["maxLength"] + 1 - len(value))
        found.append(Breakage(wire, "max_length", longer))
    if schema.get("minLength", 0) >= 1 and isinstance(value, str):
        found.append(Breakage(wire, "min_length", value[: schema["minLength"] - 1]))
    if "minimum" in schema:
        found.append(Breakage(wire, "minimum", int(schema["minimum"]) - 1))
    if "maximum" in schema:
        found.append(Breakage(wire, "maximum", int(schema["maximum"]) + 1))
    return found
