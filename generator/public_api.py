"""The public surface of a spec: every name a caller uses, and the facts they rely on.

Each :class:`Item` is one name (an operation, an argument, a model field, a code, an event, an
enum member, ...) keyed by where it lives. Each :class:`Fact` is one thing about it a caller
relies on (its type, a bound, its default) with the rule that says whether a change breaks
them. Inputs (arguments, fields of the models a caller sends) break when they accept less;
outputs (fields of Daraja's answers and callbacks) break when they may hold more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from .model import (
    ApiSpec,
    ArrayModel,
    Field,
    ObjectModel,
    OperationSpec,
    Parameter,
    TypeRef,
    constant,
)

Value = str | int | float | bool | tuple["Value", ...] | None
Rule = Callable[[Value, Value], bool]
"""``rule(before, after)``: whether a change from ``before`` to ``after`` breaks callers."""
Direction = Literal["input", "output"]


@dataclass(frozen=True)
class Fact:
    value: Value
    breaks: Rule


@dataclass(frozen=True)
class Item:
    """One public name of the spec."""

    kind: str
    where: str
    mention: tuple[tuple[str, ...], ...]
    """What a changelog entry about it names: one of each group (e.g. the method, the argument)."""
    facts: Mapping[str, Fact] = field(default_factory=dict)
    required: bool = False
    """A new one breaks callers: a required argument, a required field of a model sent."""


# -- rules -----------------------------------------------------------------------------------


def always(before: Value, after: Value) -> bool:
    return True


def never(before: Value, after: Value) -> bool:
    return False


def replaced(before: Value, after: Value) -> bool:
    """A value replaced by another (a first one breaks nothing)."""
    return before is not None


def switched_on(before: Value, after: Value) -> bool:
    return after is True


def switched_off(before: Value, after: Value) -> bool:
    return before is True


def raised(before: Value, after: Value) -> bool:
    """A lower bound set or raised."""
    if not isinstance(after, int | float):
        return False
    return not isinstance(before, int | float) or after > before


def lowered(before: Value, after: Value) -> bool:
    """An upper bound set or lowered."""
    if not isinstance(after, int | float):
        return False
    return not isinstance(before, int | float) or after < before


def restricted(before: Value, after: Value) -> bool:
    """A rule that cannot be compared (a pattern) set or changed."""
    return after is not None


def narrowed(before: Value, after: Value) -> bool:
    """Fewer values allowed (``None`` allows any, ``"any"`` among them too)."""
    if after is None or (isinstance(after, tuple) and "any" in after):
        return False
    return before is None or not set(_items(before)) <= set(_items(after))


def grew(before: Value, after: Value) -> bool:
    """More entries, each a new demand (forbidden words, groups of which one is needed)."""
    return not set(_items(after)) <= set(_items(before))


def reverse(rule: Rule) -> Rule:
    """The rule for an output: what breaks an input's caller, read the other way round."""
    return lambda before, after: rule(after, before)


def _items(value: Value) -> tuple[Value, ...]:
    return value if isinstance(value, tuple) else ()


# -- the surface -----------------------------------------------------------------------------


def surface(api: ApiSpec) -> dict[str, Item]:
    """Every public name of ``api`` by where it lives, in the order the outputs list them."""
    items = [
        *_operations(api),
        *_models(api),
        *_codes(api),
        *(Item("event", f"events[{e.name}]", ((e.name, e.const),)) for e in api.events),
        *_enums(api),
        *(
            Item("server", f"servers[{env}]", ((env,),), {"url": Fact(url, never)})
            for env, url in api.info.servers.items()
        ),
    ]
    return {item.where: item for item in items}


def _operations(api: ApiSpec) -> Iterator[Item]:
    for op in api.operations:
        yield Item("operation", f"{op.name}()", ((op.name,),), _operation_facts(op))
        fields: dict[str, Field] = {}
        for spec_field in op.headers if op.body == "array" else op.all_fields:
            fields.setdefault(spec_field.argument, spec_field)
        for index, parameter in enumerate(op.parameters):
            yield _argument(op, parameter, index, fields.get(parameter.name))
        for kind, event in op.events.items():
            yield Item(
                "operation event",
                f"{op.name}() events[{kind}]",
                ((op.name,), (event, constant(event))),
                {"name": Fact(event, always)},
            )
        for result in op.callback.result_parameters if op.callback else ():
            yield Item(
                "result parameter",
                f"{op.name}() result_parameters[{result.key}]",
                ((op.name,), (result.key, result.name)),
                {"name": Fact(result.name, always), "type": Fact(result.type, always)},
            )


def _operation_facts(op: OperationSpec) -> dict[str, Fact]:
    return {
        "returns": Fact(op.return_annotation, always),
        "request_model": Fact(op.request_model, always),
        "response_model": Fact(op.response_model, always),
        "callback": Fact(op.callback.model if op.callback else None, replaced),
        "environments": Fact(op.environments, narrowed),
        "route": Fact(f"{op.method} {op.path}", never),
        "moves_money": Fact(op.moves_money, never),
        "retry": Fact(op.retry, never),
        "resolved_by": Fact(op.resolution.operation if op.resolution else None, never),
        "result_codes": Fact(op.result_code_tables, never),
        "errors": Fact(op.error_codes, never),
    }


def _argument(op: OperationSpec, parameter: Parameter, index: int, feeds: Field | None) -> Item:
    """An adapter argument: the rules of the field it feeds, and its place in the signature."""
    if feeds is None:
        facts = {"type": Fact((parameter.annotation,), narrowed)}
    else:
        facts = {
            **_value_facts(feeds, "input"),
            "enums": Fact(feeds.enums, reverse(grew)),
            "forbidden_words": Fact(feeds.forbidden_words, grew),
        }
    required = parameter.default is None
    default = None if parameter.default in (None, "None") else parameter.default
    facts |= {
        "required": Fact(required, switched_on),
        "default": Fact(default, replaced),
        "position": Fact(index if index < len(op.arguments) else None, replaced),
        "fill": Fact(parameter.fills or None, replaced),
        "wires": Fact(parameter.wires, never),
    }
    return Item(
        "argument",
        f"{op.name}({parameter.name})",
        ((op.name,), (parameter.name, *parameter.wires)),
        facts,
        required,
    )


def _value_facts(spec_field: Field, direction: Direction) -> dict[str, Fact]:
    """The type and rules of a field's value, each with the rule for its direction."""
    type_ref = spec_field.type
    constraints = type_ref.constraints
    rules: dict[str, tuple[Value, Rule]] = {
        "type": (_alternatives(type_ref), narrowed),
        "enum": (_enum(type_ref), narrowed),
        "const": (type_ref.const, always),
        "min_length": (constraints.get("min_length"), raised),
        "minimum": (constraints.get("minimum"), raised),
        "max_length": (constraints.get("max_length"), lowered),
        "maximum": (constraints.get("maximum"), lowered),
        "pattern": (constraints.get("pattern"), restricted),
    }
    if direction == "input":
        rules["money"] = (spec_field.money, switched_off)
    facts = {
        name: Fact(value, rule if direction == "input" or rule is always else reverse(rule))
        for name, (value, rule) in rules.items()
    }
    facts["default"] = Fact(repr(spec_field.default) if spec_field.has_default else None, replaced)
    return facts


def _alternatives(type_ref: TypeRef) -> tuple[str, ...]:
    """The kinds of value a field holds, sorted: ``("integer", "string")``, ``("list[Item]",)``."""
    found = list(type_ref.choices) or [_type_text(type_ref)]
    if type_ref.one_or_many:
        one = _type_text(type_ref.items) if type_ref.items is not None else found[0]
        found = [one, f"list[{one}]"]
    return tuple(sorted(set(found)))


def _type_text(type_ref: TypeRef) -> str:
    if type_ref.kind == "object":
        return str(type_ref.model)
    if type_ref.kind == "array" and type_ref.items is not None:
        return f"list[{' | '.join(_alternatives(type_ref.items))}]"
    return type_ref.kind


def _enum(type_ref: TypeRef) -> tuple[str, ...] | None:
    if type_ref.enum is None or type_ref.open_enum:
        return None
    return tuple(str(value) for value in type_ref.enum)


def _models(api: ApiSpec) -> Iterator[Item]:
    """Every model class; the fields of all but the request bodies (those are arguments)."""
    as_arguments = {op.request_model for op in api.operations if op.body != "array"}
    users: dict[str, list[str]] = {}
    for op in api.operations:
        callback_model = op.callback.model if op.callback else None
        for used in (op.request_model, op.response_model, op.item_model, callback_model):
            if used is not None:
                users.setdefault(used, []).append(op.name)
    for callback in api.callbacks:
        if callback.reply_model is not None:
            users.setdefault(callback.reply_model, []).append(callback.name)
    for model in api.models:
        names = (model.name, *users.get(model.name, ()))
        if isinstance(model, ArrayModel):
            yield Item(
                "model",
                f"models.{model.name}",
                (names,),
                {
                    "item": Fact(model.item, always),
                    "min_items": Fact(model.min_items, raised),
                    "max_items": Fact(model.max_items, lowered),
                },
            )
            continue
        yield Item("model", f"models.{model.name}", (names,), _model_facts(model))
        if model.name not in as_arguments:
            for spec_field in model.fields:
                yield _model_field(model, spec_field, names)


def _model_facts(model: ObjectModel) -> dict[str, Fact]:
    return {
        "kind": Fact(model.kind, always),
        "at_least_one": Fact(tuple(" or ".join(group) for group in model.at_least_one), grew),
    }


def _model_field(model: ObjectModel, spec_field: Field, owners: tuple[str, ...]) -> Item:
    direction: Direction = "input" if model.kind == "request" else "output"
    needed = spec_field.required and not spec_field.has_default
    facts = {
        "required": Fact(needed, switched_on if direction == "input" else switched_off),
        "reads": Fact((spec_field.wire, *spec_field.aliases), narrowed),
        **_value_facts(spec_field, direction),
    }
    return Item(
        "field",
        f"models.{model.name}.{spec_field.name}",
        (owners, (spec_field.name, spec_field.wire)),
        facts,
        needed and direction == "input",
    )


def _codes(api: ApiSpec) -> Iterator[Item]:
    for table in api.result_codes:
        names = (table.name, table.const)
        yield Item("result code table", f"result_codes[{table.name}]", (names,))
        for code in table.codes:
            yield Item(
                "result code",
                f"result_codes[{table.name}][{code.code}]",
                (names, (code.code,)),
                {"category": Fact(code.category, always), "meaning": Fact(code.description, never)},
            )
    for error in api.error_codes:
        yield Item(
            "error code",
            f"error_codes[{error.code}]",
            ((error.code,),),
            {
                "category": Fact(error.category, always),
                "refused": Fact(error.refused, never),
                "meaning": Fact(error.description, never),
                "http_status": Fact(error.http_status, never),
            },
        )


def _enums(api: ApiSpec) -> Iterator[Item]:
    for enum in api.enums:
        yield Item("enum", f"enums.{enum.name}", ((enum.name,),))
        for member in enum.members:
            yield Item(
                "enum member",
                f"enums.{enum.name}.{member.name}",
                ((enum.name,), (member.name, member.value)),
                {"value": Fact(member.value, always)},
            )
