"""Hypothesis strategies built from the spec itself (not from hypothesis-jsonschema).

Every value is drawn from the constraints written in ``spec/``, so the property tests check the
generated client against the same source of truth it was generated from.
"""

from __future__ import annotations

import copy
import functools
import string
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import Phase, find, settings
from hypothesis import strategies as st

from generator.spec import Spec, load_spec

SPEC: Spec = load_spec(Path(__file__).resolve().parents[1] / "spec")
SCHEMAS: dict[str, Any] = SPEC.data.get("schemas", {})
PATTERN_ALPHABET = string.ascii_letters + string.digits + " .-_@:/+"
TEXT = st.text(alphabet=string.ascii_letters + string.digits + " -_.", min_size=1, max_size=12)


def request_fields(name: str) -> list[dict[str, Any]]:
    """The spec's request fields of one operation (the item's fields for array bodies)."""
    fields: list[dict[str, Any]] = SPEC.operations[name]["request"].get("fields", [])
    return fields


def value_for(field: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A valid value for a request field, within every constraint the spec gives it."""
    if "const" in field:
        return st.just(field["const"])
    if "enum" in field and not field.get("open_enum"):
        return st.sampled_from(field["enum"])
    kind = field.get("type", "object" if "ref" in field else "any")
    if isinstance(kind, list):
        kind = kind[0]
    if field.get("url"):
        return TEXT.map(
            lambda tail: "https://merchant.example/cb/" + "".join(c for c in tail if c.isalnum())
        )
    if kind == "integer":
        return st.integers(
            min_value=int(field.get("minimum", 0)), max_value=int(field.get("maximum", 10**9))
        )
    if kind == "decimal":
        return st.decimals(
            min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "object":
        return object_for(field["fields"] if "fields" in field else SCHEMAS[field["ref"]]["fields"])
    if kind == "array":
        return st.lists(value_for(field["items"]), min_size=1, max_size=3)
    if kind == "any":
        return st.one_of(st.none(), st.integers(0, 1000), TEXT)
    return string_for(field)


def string_for(field: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = field.get("min_length", 1), field.get("max_length", 40)
    if "pattern" in field:
        pattern = st.from_regex(field["pattern"], fullmatch=True, alphabet=PATTERN_ALPHABET)
        return pattern.filter(lambda s: low <= len(s) <= high)
    alphabet = string.ascii_letters + string.digits + " "
    return st.text(alphabet=alphabet, min_size=low, max_size=min(high, low + 20)).filter(
        lambda s: s.strip() == s and s != ""
    )


def object_for(fields: list[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """A wire-named object: required fields always, optional ones sometimes."""
    required = {f["wire"]: value_for(f) for f in fields if f.get("required")}
    optional = {f["wire"]: value_for(f) for f in fields if not f.get("required")}
    return st.fixed_dictionaries(required, optional=optional)


def inbound_value(field: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A value Daraja may send for a response or callback field (loose types allowed)."""
    kind = field.get("type", "object" if "ref" in field else "any")
    if isinstance(kind, list):
        return st.one_of([inbound_value({**field, "type": part}) for part in kind])
    if kind == "object" or "ref" in field:
        fields = field["fields"] if "fields" in field else SCHEMAS[field["ref"]]["fields"]
        single = inbound_object(fields)
        if field.get("one_or_many"):
            return st.one_of(single, st.lists(single, min_size=1, max_size=3))
        return single
    if kind == "array":
        item = inbound_value(field["items"])
        if field.get("one_or_many"):
            return st.one_of(item, st.lists(item, min_size=1, max_size=3))
        return st.lists(item, max_size=3)
    if kind == "integer":
        return st.integers(-(10**6), 10**9)
    if kind == "decimal":
        return st.decimals(
            min_value=-(10**6), max_value=10**7, places=2, allow_nan=False, allow_infinity=False
        ).map(str)
    if kind == "boolean":
        return st.booleans()
    if kind == "any":
        return st.one_of(st.none(), st.integers(0, 1000), TEXT)
    if "enum" in field:
        return st.sampled_from([str(v) for v in field["enum"]])
    return TEXT


def inbound_object(fields: list[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    required = {f["wire"]: inbound_value(f) for f in fields if f.get("required")}
    optional = {f["wire"]: inbound_value(f) for f in fields if not f.get("required")}
    return st.fixed_dictionaries(required, optional=optional)


def as_decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def arguments_strategy(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid adapter arguments: each argument drawn from the first field it feeds."""
    op = SPEC.operations[name]
    request = op["request"]
    if request.get("body") == "array":
        return st.fixed_dictionaries(
            {
                request["item_argument"]: st.lists(
                    object_for(request["fields"]), min_size=1, max_size=3
                )
            }
        )
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in request.get("fields", []):
        argument = field.get("argument", field["name"])
        if (
            argument in required
            or argument in optional
            or field.get("fill") in ("stk_password", "stk_timestamp")
        ):
            continue
        needed = field.get("required") and "fill" not in field and "default" not in field
        (required if needed else optional)[argument] = value_for(field)
    for group in request.get("at_least_one", []):
        first = next(f for f in request["fields"] if f["wire"] == group[0])
        argument = first.get("argument", first["name"])
        required[argument] = optional.pop(argument)
    return st.fixed_dictionaries(required, optional=optional)


def minimal_arguments(name: str) -> dict[str, Any]:
    """One fixed valid set of arguments (the simplest example of the valid-arguments strategy)."""
    return copy.deepcopy(_minimal_arguments(name))


@functools.cache
def _minimal_arguments(name: str) -> dict[str, Any]:
    # Without the explain phase: it only annotates failures, and took seconds per operation.
    quick = settings(phases=[Phase.generate, Phase.shrink], database=None)
    return dict(find(arguments_strategy(name), lambda _: True, settings=quick))
