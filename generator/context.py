"""What the templates see: the spec, with the derived names and signatures worked out once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .spec import Spec


@dataclass(frozen=True)
class Parameter:
    """One argument of an adapter method."""

    name: str
    annotation: str
    default: str | None
    description: str

    @property
    def declaration(self) -> str:
        if self.default is None:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} = {self.default}"


def pascal(name: str) -> str:
    """``stk_push`` -> ``StkPush``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def constant(name: str) -> str:
    """``mpesa.stk_push.initiated`` or ``initiate_stk_push`` -> an UPPER_SNAKE constant name."""
    parts = name.split(".")
    if parts[0] == "mpesa":
        parts = parts[1:]
    return "_".join(parts).upper()


def annotation(owner: str, spec_field: dict[str, Any]) -> str:
    """The Python type an adapter argument accepts for this field."""
    declared = spec_field.get("type", "object" if "ref" in spec_field else "any")
    nested = owner + pascal(spec_field["name"])
    if "const" in spec_field:
        return f"Literal[{spec_field['const']!r}]"
    if "enum" in spec_field and not spec_field.get("open_enum"):
        return "Literal[" + ", ".join(repr(value) for value in spec_field["enum"]) + "]"
    if isinstance(declared, list):
        return " | ".join(_scalar_annotation(part, spec_field) for part in declared)
    if declared == "object":
        model = spec_field.get("ref", nested)
        return f"models.{model} | Mapping[str, Any]"
    if declared == "array":
        items = dict(spec_field["items"], name=spec_field["name"] + "_item")
        return f"Sequence[{annotation(owner, items)}]"
    return _scalar_annotation(declared, spec_field)


def _scalar_annotation(kind: str, spec_field: dict[str, Any]) -> str:
    if spec_field.get("money"):
        return "int | Decimal | str"
    return {
        "string": "str",
        "integer": "int",
        "decimal": "Decimal",
        "boolean": "bool",
        "any": "Any",
    }[kind]


def parameters(op: dict[str, Any]) -> list[Parameter]:
    """The adapter method's arguments: the spec's positional ones first, then keyword-only ones."""
    request = op["request"]
    by_argument: dict[str, list[dict[str, Any]]] = {}
    owner = (
        request.get("item_model", request["model"])
        if request.get("body") == "array"
        else request["model"]
    )
    found: list[Parameter] = []
    if request.get("body") == "array":
        item = {
            "name": request["item_argument"],
            "type": "array",
            "items": {"ref": request["item_model"]},
        }
        found.append(
            Parameter(
                request["item_argument"],
                annotation(owner, item),
                None,
                f"The {request['item_model']} items of the body.",
            )
        )
        fields = list(request.get("headers", []))
    else:
        fields = list(request.get("fields", [])) + list(request.get("headers", []))
    for spec_field in fields:
        by_argument.setdefault(spec_field.get("argument", spec_field["name"]), []).append(
            spec_field
        )
    for argument, group in by_argument.items():
        first = group[0]
        wires = ", ".join(f["wire"] for f in group)
        needed = any(f.get("required") and "fill" not in f and "default" not in f for f in group)
        default: str | None
        if needed:
            default = None
            kind = annotation(owner, first)
        elif "default" in first and "fill" not in first and len(group) == 1:
            default = repr(first["default"])
            kind = annotation(owner, first)
        else:
            default = "None"
            kind = f"{annotation(owner, first)} | None"
        text = first.get("description", "").strip()
        found.append(Parameter(argument, kind, default, f"{text} (wire: {wires})".strip()))
    for argument, value in op.get("argument_defaults", {}).items():
        for index, param in enumerate(found):
            if param.name == argument:
                found[index] = Parameter(
                    param.name, param.annotation, repr(value), param.description
                )
    positional = op.get("arguments", [])
    ordered = [next(p for p in found if p.name == arg) for arg in positional]
    rest = [p for p in found if p.name not in positional]
    return ordered + rest


def operation_context(name: str, op: dict[str, Any]) -> dict[str, Any]:
    """Everything one operation's templates need."""
    request = op["request"]
    params = parameters(op)
    positional = len(op.get("arguments", []))
    callback = op.get("callback")
    return {
        "name": name,
        "const": constant(name),
        "op": op,
        "summary": op["summary"].strip(),
        "description": op.get("description", "").strip(),
        "request_model": request["model"],
        "response_model": op["response"]["model"],
        "body": request.get("body", "object"),
        "fields": request.get("fields", []) if request.get("body") != "array" else [],
        "item_fields": request.get("fields", []) if request.get("body") == "array" else [],
        "headers": request.get("headers", []),
        "params": params,
        "positional": params[:positional],
        "keyword": params[positional:],
        "callback": callback,
        "callback_model": callback["schema"] if callback else None,
        "events": op.get("events", {}),
    }


def build_context(spec: Spec) -> dict[str, Any]:
    """The context shared by every template."""
    data = spec.data
    operations = [operation_context(name, op) for name, op in spec.operations.items()]
    event_names: dict[str, str] = {}
    for entry in data.get("events", []):
        event_names[entry["name"]] = entry["description"]
    for name, op in spec.operations.items():
        for kind, event in op.get("events", {}).items():
            event_names.setdefault(event, f"{kind} of {name}")
    return {
        "info": data["info"],
        "operations": operations,
        "callbacks": data.get("callbacks", {}),
        "schemas": data.get("schemas", {}),
        "result_codes": data.get("result_codes", {}),
        "error_codes": sorted(data.get("error_codes", []), key=lambda entry: entry["code"]),
        "events": dict(sorted(event_names.items())),
        "groups": sorted({op["group"] for op in spec.operations.values()}),
    }
