"""JSON Schemas of every model the spec describes, for datamodel-code-generator and OpenAPI.

Each request, response, callback, reply and shared shape is one named schema; inline objects
are already hoisted to names of their own by the typed model, so every class name in
``mpesa.models`` is chosen there, deterministically, and its base class is known: requests
refuse unknown keys, everything Daraja sends keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import (
    AT_LEAST_ONE_HINT,
    DECIMAL_HINT,
    REF_PREFIX,
    REPR_HINT,
    ApiSpec,
    ArrayModel,
    Kind,
    ObjectModel,
)


@dataclass
class ModelSchemas:
    """Named schemas plus what datamodel-code-generator needs beside them."""

    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)
    modules: dict[str, str] = field(default_factory=dict)
    """The module of ``mpesa.models`` defining each class (:attr:`ObjectModel.module`)."""
    python_names: dict[str, str] = field(default_factory=dict)
    serialization_aliases: dict[str, str] = field(default_factory=dict)
    validation_aliases: dict[str, list[str]] = field(default_factory=dict)
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Extra ``model_config`` entries by class name (a request's ``at_least_one`` groups)."""

    def add_object(self, model: ObjectModel) -> None:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for spec_field in model.fields:
            properties[spec_field.wire] = spec_field.schema
            if spec_field.required:
                required.append(spec_field.wire)
            scoped = f"{model.name}.{spec_field.wire}"
            if spec_field.aliases:
                self.validation_aliases[scoped] = [spec_field.name, *spec_field.aliases]
                self.serialization_aliases[scoped] = spec_field.wire
            else:
                self.python_names[scoped] = spec_field.name
        schema: dict[str, Any] = {
            "title": model.name,
            "type": "object",
            "description": model.description,
            "properties": properties,
            "additionalProperties": model.kind == "inbound",
        }
        if required:
            schema["required"] = required
        self.schemas[model.name] = schema
        self.kinds[model.name] = model.kind
        self.modules[model.name] = model.module
        if model.at_least_one:
            groups = [list(group) for group in model.at_least_one]
            self.configs[model.name] = {"json_schema_extra": {AT_LEAST_ONE_HINT: groups}}

    def add_array(self, model: ArrayModel) -> None:
        schema: dict[str, Any] = {
            "title": model.name,
            "type": "array",
            "description": model.description,
            "items": {"$ref": REF_PREFIX + model.item},
        }
        if model.min_items is not None:
            schema["minItems"] = model.min_items
        if model.max_items is not None:
            schema["maxItems"] = model.max_items
        self.schemas[model.name] = schema
        self.modules[model.name] = model.module


def build_model_schemas(api: ApiSpec) -> ModelSchemas:
    """The schema of every model of the typed spec."""
    out = ModelSchemas()
    for model in api.models:
        if isinstance(model, ObjectModel):
            out.add_object(model)
        else:
            out.add_array(model)
    return out


def strip_hints(schema: Any) -> Any:
    """The schema without code-generation hints, for the OpenAPI export."""
    if isinstance(schema, dict):
        cleaned = {
            key: strip_hints(value)
            for key, value in schema.items()
            if key not in (DECIMAL_HINT, REPR_HINT)
        }
        if schema.get(DECIMAL_HINT):
            cleaned["format"] = "decimal"
        return cleaned
    if isinstance(schema, list):
        return [strip_hints(item) for item in schema]
    return schema
