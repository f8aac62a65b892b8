"""JSON Schemas of every model the spec describes.

Each request, response, callback, reply and shared shape becomes one named schema; inline
objects are hoisted to names of their own (``Parent`` + field name) so that every class name
in ``mpesa.models`` is chosen here, deterministically, and its base class is known: requests
refuse unknown keys, everything Daraja sends keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .spec import Spec

Kind = Literal["request", "inbound"]
DECIMAL_HINT = "customTypePath"
REF_PREFIX = "#/components/schemas/"


@dataclass
class ModelSchemas:
    """Named schemas plus what datamodel-code-generator needs beside them."""

    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)
    python_names: dict[str, str] = field(default_factory=dict)
    serialization_aliases: dict[str, str] = field(default_factory=dict)
    validation_aliases: dict[str, list[str]] = field(default_factory=dict)

    def add_object(
        self, name: str, description: str, fields: list[dict[str, Any]], kind: Kind
    ) -> None:
        """Add an object schema, hoisting inline objects to names of their own."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for spec_field in fields:
            wire = spec_field["wire"]
            properties[wire] = self._property(name, spec_field, kind)
            if spec_field.get("required"):
                required.append(wire)
            scoped = f"{name}.{wire}"
            aliases = spec_field.get("aliases", [])
            if aliases:
                self.validation_aliases[scoped] = [spec_field["name"], *aliases]
                self.serialization_aliases[scoped] = wire
            else:
                self.python_names[scoped] = spec_field["name"]
        schema: dict[str, Any] = {
            "title": name,
            "type": "object",
            "description": description,
            "properties": properties,
            "additionalProperties": kind == "inbound",
        }
        if required:
            schema["required"] = required
        self.schemas[name] = schema
        self.kinds[name] = kind

    def add_array(
        self, name: str, description: str, item: str, min_items: int | None, max_items: int | None
    ) -> None:
        """Add a top-level JSON array of ``item`` objects (Bill Manager bulk bodies)."""
        schema: dict[str, Any] = {
            "title": name,
            "type": "array",
            "description": description,
            "items": {"$ref": REF_PREFIX + item},
        }
        if min_items is not None:
            schema["minItems"] = min_items
        if max_items is not None:
            schema["maxItems"] = max_items
        self.schemas[name] = schema

    def _property(self, owner: str, spec_field: dict[str, Any], kind: Kind) -> dict[str, Any]:
        nested = owner + _pascal(spec_field["name"])
        schema = self._type_schema(nested, spec_field, kind)
        if "description" in spec_field:
            schema["description"] = spec_field["description"]
        if "default" in spec_field:
            schema["default"] = spec_field["default"]
        return schema

    def _type_schema(self, nested: str, type_def: dict[str, Any], kind: Kind) -> dict[str, Any]:
        declared = type_def.get("type", "object" if "ref" in type_def else "any")
        if isinstance(declared, list):
            schema: dict[str, Any] = {"anyOf": [_scalar(part) for part in declared]}
        elif "ref" in type_def:
            schema = {"$ref": REF_PREFIX + type_def["ref"]}
        elif declared == "object":
            self.add_object(nested, f"Part of {nested}.", type_def["fields"], kind)
            schema = {"$ref": REF_PREFIX + nested}
        elif declared == "array":
            items = self._type_schema(nested + "Item", type_def["items"], kind)
            schema = {"type": "array", "items": items}
        else:
            schema = _scalar(declared)
        if type_def.get("one_or_many"):
            single = schema["items"] if declared == "array" else schema
            schema = {"anyOf": [single, {"type": "array", "items": single}]}
        schema.update(_constraints(type_def))
        return schema


def _scalar(kind: str) -> dict[str, Any]:
    if kind == "decimal":
        return {"type": "number", DECIMAL_HINT: "decimal.Decimal"}
    if kind == "any":
        return {}
    return {"type": kind}


def _constraints(type_def: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "enum" in type_def and not type_def.get("open_enum"):
        out["enum"] = list(type_def["enum"])
    if "const" in type_def:
        out["const"] = type_def["const"]
    for spec_key, schema_key in (
        ("min_length", "minLength"),
        ("max_length", "maxLength"),
        ("pattern", "pattern"),
        ("minimum", "minimum"),
        ("maximum", "maximum"),
    ):
        if spec_key in type_def:
            out[schema_key] = type_def[spec_key]
    return out


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def build_model_schemas(spec: Spec) -> ModelSchemas:
    """Collect the schema of every model, in spec order."""
    out = ModelSchemas()
    for name, schema in sorted(spec.data.get("schemas", {}).items()):
        kind: Kind = "request" if schema.get("extra") == "forbid" else "inbound"
        out.add_object(name, schema["description"], schema["fields"], kind)
    for name, callback in sorted(spec.data.get("callbacks", {}).items()):
        out.add_object(name, callback["summary"], callback["fields"], "inbound")
        if "reply" in callback:
            reply = callback["reply"]
            out.add_object(
                callback["reply_model"], reply["description"], reply["fields"], "request"
            )
    for op_name, op in spec.operations.items():
        request = op["request"]
        description = request.get("description", f"Request body of {op_name}.")
        if request.get("body") == "array":
            out.add_object(
                request["item_model"],
                f"One item of {op_name}'s body.",
                request.get("fields", []),
                "request",
            )
            out.add_array(
                request["model"],
                description,
                request["item_model"],
                request.get("min_items"),
                request.get("max_items"),
            )
        else:
            out.add_object(request["model"], description, request.get("fields", []), "request")
        response = op["response"]
        out.add_object(
            response["model"],
            response.get("description", f"Synchronous answer of {op_name}."),
            response["fields"],
            "inbound",
        )
    return out


def strip_hints(schema: Any) -> Any:
    """The schema without code-generation hints, for the OpenAPI export."""
    if isinstance(schema, dict):
        cleaned = {key: strip_hints(value) for key, value in schema.items() if key != DECIMAL_HINT}
        if schema.get(DECIMAL_HINT):
            cleaned["format"] = "decimal"
        return cleaned
    if isinstance(schema, list):
        return [strip_hints(item) for item in schema]
    return schema
