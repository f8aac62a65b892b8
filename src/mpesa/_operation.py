"""What the runtime knows about one Daraja operation.

The generator writes one :class:`Operation` per spec entry into ``mpesa.OPERATIONS``; the
adapter, the sandbox, the command line and the tests all read it, never per-endpoint code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel

RequestT = TypeVar("RequestT", bound=BaseModel)
ResponseT = TypeVar("ResponseT", bound=BaseModel)

Fill = Literal[
    "config.business_shortcode",
    "config.initiator_name",
    "config.callback_url",
    "config.result_url",
    "config.timeout_url",
    "config.confirmation_url",
    "config.validation_url",
    "config.bill_manager_app_key",
    "security_credential",
    "stk_password",
    "stk_timestamp",
    "unique_id",
]


@dataclass(frozen=True)
class FieldSpec:
    """One request field (or header) and how the adapter fills it."""

    wire: str
    name: str
    argument: str
    required: bool
    location: Literal["body", "header"] = "body"
    fill: Fill | None = None
    default: Any = None
    money: bool = False
    phone: bool = False
    secret: bool = False
    url: bool = False
    free_text: bool = False
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class ResultParameterSpec:
    """A key of ``ResultParameters`` / ``CallbackMetadata`` and the type its value decodes to."""

    key: str
    name: str
    type: Literal["string", "integer", "decimal", "datetime", "balance", "boolean", "any"]


@dataclass(frozen=True)
class CallbackSpec:
    """The callback an operation triggers and the request field that carries its URL."""

    model: type[BaseModel]
    url_field: str
    timeout_url_field: str | None = None
    result_parameters: tuple[ResultParameterSpec, ...] = ()


@dataclass(frozen=True)
class EventNames:
    """The ``mpesa.*`` events an operation emits."""

    initiated: str | None = None
    success: str | None = None
    failed: str | None = None
    query: str | None = None


@dataclass(frozen=True)
class Operation(Generic[RequestT, ResponseT]):
    """One Daraja operation, as the spec describes it."""

    name: str
    summary: str
    group: str
    method: Literal["GET", "POST"]
    path: str
    auth: Literal["basic", "bearer"]
    environments: frozenset[str]
    moves_money: bool
    retry_safe: bool
    request_model: type[RequestT]
    response_model: type[ResponseT]
    body: Literal["object", "array", "none"] = "object"
    fields: tuple[FieldSpec, ...] = ()
    headers: tuple[FieldSpec, ...] = ()
    query: Mapping[str, str] = field(default_factory=dict)
    item_argument: str | None = None
    errors: frozenset[str] = frozenset()
    invalid_token_errors: frozenset[str] = frozenset()
    result_code_tables: tuple[str, ...] = ()
    callback: CallbackSpec | None = None
    correlation: tuple[str, ...] = ()
    resolved_by: str | None = None
    events: EventNames = EventNames()

    def field(self, wire: str) -> FieldSpec:
        """The request field with this wire name."""
        for spec in self.fields:
            if spec.wire == wire:
                return spec
        raise KeyError(wire)
