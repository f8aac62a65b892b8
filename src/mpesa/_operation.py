"""What the runtime knows about one Daraja operation.

The generator writes one :class:`Operation` per spec entry into ``mpesa.OPERATIONS``; the
adapter, the sandbox, the command line and the tests all read it, never per-endpoint code.
An operation names its models through functions that import them, so the models of an
operation group are built only when one of its operations first uses them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel

from ._codebook import CodeInfo

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
    msisdn: bool = False
    """A phone normalised to Safaricom's 2547XXXXXXXX / 2541XXXXXXXX form before sending."""
    secret: bool = False
    url: bool = False
    forbidden_words: tuple[str, ...] = ()
    """Words Daraja refuses anywhere in this URL, in any case."""
    free_text: bool = False
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class ResultParameterSpec:
    """A key of ``ResultParameters`` / ``CallbackMetadata`` and the type its value decodes to."""

    key: str
    name: str
    type: Literal["string", "integer", "decimal", "datetime", "balance", "boolean", "any"]
    example: Any = None
    """A value from Daraja's documented samples (``None`` when the spec gives none)."""
    states: Mapping[str, Literal["success", "failed", "pending"]] = field(default_factory=dict)
    """The value -> the outcome of the transaction a query asked about (``TransactionStatus``)."""


@dataclass(frozen=True)
class CallbackSpec:
    """The callback an operation triggers and the request field that carries its URL."""

    load_model: Callable[[], type[BaseModel]] = field(repr=False, compare=False)
    """Returns the callback's model, importing it on first use."""
    url_field: str
    timeout_url_field: str | None = None
    result_parameters: tuple[ResultParameterSpec, ...] = ()
    numeric_codes: bool = False
    """Daraja's samples send ``ResultType``/``ResultCode`` as JSON numbers, not strings."""

    @property
    def model(self) -> type[BaseModel]:
        """The model of the body Daraja POSTs."""
        return self.load_model()


@dataclass(frozen=True)
class EventNames:
    """The ``mpesa.*`` events an operation emits."""

    initiated: str | None = None
    success: str | None = None
    failed: str | None = None
    query: str | None = None
    acquired: str | None = None
    """A new access token was fetched (the OAuth operation only)."""
    error: str | None = None
    """The operation raised (emitted by every operation)."""
    sending: str | None = None
    """The request is about to leave for the first time (every operation that moves money)."""


@dataclass(frozen=True)
class Resolution:
    """How an unknown outcome is found: a query operation and its arguments."""

    operation: str
    arguments: Mapping[str, str] = field(default_factory=dict)
    """Argument of ``operation`` -> wire name of the unresolved request's field."""

    def arguments_from(self, ids: Mapping[str, str]) -> dict[str, str]:
        """Keyword arguments for ``adapter.<operation>(**them)`` from a request's wire IDs."""
        return {argument: ids[wire] for argument, wire in self.arguments.items() if wire in ids}


@dataclass(frozen=True)
class AcceptedCode:
    """The response field and value that mean Daraja accepted the request."""

    wire: str
    code: str
    description: str
    """The response field that says in words why a request was refused."""
    missing: Literal["unknown", "accepted"] = "unknown"
    """How an answer without ``wire`` is read: ``accepted`` when it has ``description``
    (older C2B simulate answers), else it says nothing."""

    def refused(self, data: object) -> str | None:
        """The code of a refusal in ``data``, or ``None`` when accepted or not stated."""
        value = data.get(self.wire) if isinstance(data, Mapping) else None
        if value is None or str(value).strip() == self.code:
            return None
        return str(value).strip()

    def unstated(self, data: object) -> bool:
        """Whether ``data`` neither accepts nor refuses: no code, and the spec does not read
        a description without one as an acceptance."""
        if not isinstance(data, Mapping):
            return True
        if data.get(self.wire) is not None:
            return False
        return not (self.missing == "accepted" and data.get(self.description) is not None)


@dataclass(frozen=True)
class Operation(Generic[RequestT, ResponseT]):
    """One Daraja operation, as the spec describes it."""

    name: str
    summary: str
    group: str
    group_title: str
    """The product's title, as the docs and the command line list it."""
    method: Literal["GET", "POST"]
    path: str
    auth: Literal["basic", "bearer"]
    environments: frozenset[str]
    moves_money: bool
    retry_safe: bool
    load_request_model: Callable[[], type[RequestT]] = field(repr=False, compare=False)
    """Returns :attr:`request_model`, importing it on first use."""
    load_response_model: Callable[[], type[ResponseT]] = field(repr=False, compare=False)
    """Returns :attr:`response_model`, importing it on first use."""
    body: Literal["object", "array", "none"] = "object"
    fields: tuple[FieldSpec, ...] = ()
    headers: tuple[FieldSpec, ...] = ()
    query: Mapping[str, str] = field(default_factory=dict)
    at_least_one: tuple[tuple[str, ...], ...] = ()
    """Groups of optional body fields (wire names) of which at least one must be given."""
    item_argument: str | None = None
    errors: frozenset[str] = frozenset()
    invalid_token_errors: frozenset[str] = frozenset()
    result_code_tables: tuple[str, ...] = ()
    result_codes: tuple[Mapping[str, CodeInfo], ...] = ()
    """The tables named by ``result_code_tables``, most specific first."""
    accepted: AcceptedCode | None = None
    returns: str | None = None
    """The response field the adapter method returns instead of the whole response."""
    callback: CallbackSpec | None = None
    correlation: tuple[str, ...] = ()
    resolution: Resolution | None = None
    events: EventNames = EventNames()
    secret_wires: tuple[str, ...] = ()
    """Fields and headers never logged."""
    phone_wires: tuple[str, ...] = ()
    """Fields and headers masked in logs."""
    money_wires: tuple[str, ...] = ()
    """Amount fields, in request order."""
    id_wires: tuple[str, ...] = ()
    """Fields that find the request again (not secrets, URLs, phones or free text)."""

    @property
    def request_model(self) -> type[RequestT]:
        """The model of the request body."""
        return self.load_request_model()

    @property
    def response_model(self) -> type[ResponseT]:
        """The model of the synchronous answer."""
        return self.load_response_model()

    def field(self, wire: str) -> FieldSpec:
        """The request field with this wire name."""
        for spec in self.fields:
            if spec.wire == wire:
                return spec
        raise KeyError(wire)
