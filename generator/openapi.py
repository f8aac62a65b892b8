"""The OpenAPI 3.1 document of the whole API, with every callback as a webhook."""

from __future__ import annotations

from typing import Any

from .model_schemas import REF_PREFIX, ModelSchemas, strip_hints
from .spec import Spec

ERROR_ENVELOPE = {
    "title": "DarajaError",
    "type": "object",
    "description": "Daraja's synchronous error envelope.",
    "properties": {
        "requestId": {"type": "string"},
        "errorCode": {"type": "string"},
        "errorMessage": {"type": "string"},
    },
    "required": ["errorCode"],
}


def build_openapi(spec: Spec, models: ModelSchemas) -> dict[str, Any]:
    """Build the document; operations sharing one method and path become one OpenAPI operation."""
    info = spec.data["info"]
    paths: dict[str, dict[str, Any]] = {}
    for name, op in spec.operations.items():
        item = paths.setdefault(op["path"], {})
        method = op["method"].lower()
        if method in item:
            _merge_operation(item[method], name, op)
        else:
            item[method] = _operation(name, op)
    webhooks: dict[str, Any] = {}
    for name, callback in sorted(spec.data.get("callbacks", {}).items()):
        responses: dict[str, Any] = {"200": {"description": "Acknowledged."}}
        if "reply_model" in callback:
            responses["200"]["content"] = _json(callback["reply_model"])
        webhooks[name] = {
            "post": {
                "operationId": f"receive{name}",
                "summary": callback["summary"],
                "requestBody": {"required": True, "content": _json(name)},
                "responses": responses,
            }
        }
    schemas = strip_hints(models.schemas)
    schemas["DarajaError"] = ERROR_ENVELOPE
    return {
        "openapi": "3.1.0",
        "info": {
            "title": info["title"],
            "version": info["version"],
            "description": info["description"],
        },
        "servers": [
            {"url": url, "description": environment} for environment, url in info["servers"].items()
        ],
        "paths": paths,
        "webhooks": webhooks,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": {
                "basic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "Consumer key and secret.",
                },
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "OAuth access token.",
                },
            },
        },
    }


def _json(model: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": REF_PREFIX + model}}}


def _operation(name: str, op: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {
        "operationId": name,
        "summary": op["summary"].strip(),
        "tags": [op["group"]],
        "security": [{op["auth"]: []}],
        "responses": {
            "200": {"description": "Accepted.", "content": _json(op["response"]["model"])},
            "default": {"description": "Daraja's error envelope.", "content": _json("DarajaError")},
        },
        "x-moves-money": op["moves_money"],
    }
    if "description" in op:
        document["description"] = op["description"].strip()
    request = op["request"]
    if request.get("body", "object") != "none":
        document["requestBody"] = {"required": True, "content": _json(request["model"])}
    parameters = [
        {"name": key, "in": "query", "required": True, "schema": {"type": "string", "const": value}}
        for key, value in request.get("query", {}).items()
    ]
    parameters += [
        {
            "name": header["wire"],
            "in": "header",
            "required": bool(header.get("required")),
            "schema": {"type": "string"},
        }
        for header in request.get("headers", [])
    ]
    if parameters:
        document["parameters"] = parameters
    callback = op.get("callback")
    if callback:
        expression = "{$request.body#/" + callback["url_field"] + "}"
        document["callbacks"] = {
            callback["schema"]: {
                expression: {
                    "post": {
                        "requestBody": {"required": True, "content": _json(callback["schema"])},
                        "responses": {"200": {"description": "Acknowledged."}},
                    }
                }
            }
        }
    return document


def _merge_operation(existing: dict[str, Any], name: str, op: dict[str, Any]) -> None:
    """Several spec operations on one path (the B2B family): one OpenAPI operation, oneOf bodies."""
    existing["operationId"] = f"{existing['operationId']}_or_{name}"
    existing["summary"] = f"{existing['summary']} / {op['summary'].strip()}"
    for key, model in (("requestBody", op["request"]["model"]),):
        schema = existing[key]["content"]["application/json"]["schema"]
        variants = schema.get("oneOf", [schema])
        existing[key]["content"]["application/json"]["schema"] = {
            "oneOf": [*variants, {"$ref": REF_PREFIX + model}]
        }
    response = existing["responses"]["200"]["content"]["application/json"]
    variants = response["schema"].get("oneOf", [response["schema"]])
    ref = {"$ref": REF_PREFIX + op["response"]["model"]}
    if ref not in variants:
        response["schema"] = {"oneOf": [*variants, ref]}
    existing["x-moves-money"] = existing["x-moves-money"] or op["moves_money"]
