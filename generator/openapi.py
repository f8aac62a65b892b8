"""The OpenAPI 3.1 document of the whole API, with every callback as a webhook."""

from __future__ import annotations

from typing import Any

from .model import REF_PREFIX, ApiSpec, OperationSpec
from .model_schemas import ModelSchemas, strip_hints

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


def build_openapi(api: ApiSpec, models: ModelSchemas) -> dict[str, Any]:
    """Build the document; operations sharing one method and path become one OpenAPI operation."""
    info = api.info
    paths: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        item = paths.setdefault(op.path, {})
        method = op.method.lower()
        if method in item:
            _merge_operation(item[method], op)
        else:
            item[method] = _operation(op)
    webhooks: dict[str, Any] = {}
    for callback in api.callbacks:
        responses: dict[str, Any] = {"200": {"description": "Acknowledged."}}
        if callback.reply_model is not None:
            responses["200"]["content"] = _json(callback.reply_model)
        webhooks[callback.name] = {
            "post": {
                "operationId": f"receive{callback.name}",
                "summary": callback.summary,
                "requestBody": {"required": True, "content": _json(callback.name)},
                "responses": responses,
            }
        }
    schemas = strip_hints(models.schemas)
    schemas["DarajaError"] = ERROR_ENVELOPE
    return {
        "openapi": "3.1.0",
        "info": {
            "title": info.title,
            "version": info.version,
            "description": info.description,
        },
        "servers": [
            {"url": url, "description": environment} for environment, url in info.servers.items()
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


def _operation(op: OperationSpec) -> dict[str, Any]:
    document: dict[str, Any] = {
        "operationId": op.name,
        "summary": op.summary,
        "tags": [op.group],
        "security": [{op.auth: []}],
        "responses": {
            "200": {"description": "Accepted.", "content": _json(op.response_model)},
            "default": {"description": "Daraja's error envelope.", "content": _json("DarajaError")},
        },
        "x-moves-money": op.moves_money,
    }
    if op.description:
        document["description"] = op.description
    if op.body != "none":
        document["requestBody"] = {"required": True, "content": _json(op.request_model)}
    parameters = [
        {"name": key, "in": "query", "required": True, "schema": {"type": "string", "const": value}}
        for key, value in op.query.items()
    ]
    parameters += [
        {
            "name": header.wire,
            "in": "header",
            "required": header.required,
            "schema": {"type": "string"},
        }
        for header in op.headers
    ]
    if parameters:
        document["parameters"] = parameters
    callback = op.callback
    if callback:
        expression = "{$request.body#/" + callback.url_field + "}"
        document["callbacks"] = {
            callback.model: {
                expression: {
                    "post": {
                        "requestBody": {"required": True, "content": _json(callback.model)},
                        "responses": {"200": {"description": "Acknowledged."}},
                    }
                }
            }
        }
    return document


def _merge_operation(existing: dict[str, Any], op: OperationSpec) -> None:
    """Several spec operations on one path (the B2B family): one OpenAPI operation, oneOf bodies."""
    existing["operationId"] = f"{existing['operationId']}_or_{op.name}"
    existing["summary"] = f"{existing['summary']} / {op.summary}"
    schema = existing["requestBody"]["content"]["application/json"]["schema"]
    variants = schema.get("oneOf", [schema])
    existing["requestBody"]["content"]["application/json"]["schema"] = {
        "oneOf": [*variants, {"$ref": REF_PREFIX + op.request_model}]
    }
    response = existing["responses"]["200"]["content"]["application/json"]
    variants = response["schema"].get("oneOf", [response["schema"]])
    ref = {"$ref": REF_PREFIX + op.response_model}
    if ref not in variants:
        response["schema"] = {"oneOf": [*variants, ref]}
    existing["x-moves-money"] = existing["x-moves-money"] or op.moves_money
