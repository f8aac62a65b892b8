"""The typed model of the spec: every fact the outputs need, worked out once.

:func:`generator.loader.load_model` builds these frozen objects from the checked spec. The
models, the registry, the clients, the code tables, the OpenAPI export and the docs are all
rendered from them, so each rule (a field's Python type and JSON Schema, whether an argument is
needed, a class or constant name) is written here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["request", "inbound"]
Scalar = str | int | float

SCALAR_ANNOTATIONS = {
    "string": "str",
    "integer": "int",
    "decimal": "Decimal",
    "boolean": "bool",
    "any": "Any",
}
MONEY_ANNOTATION = "int | float | Decimal | str"
DECIMAL_HINT = "customTypePath"
REPR_HINT = "x-repr"
"""Set to ``False`` on a secret: the model's field gets ``repr=False``."""
AT_LEAST_ONE_HINT = "x-at-least-one"
"""A request model's ``json_schema_extra`` key: its ``at_least_one`` groups, which
``mpesa._wire.RequestModel`` checks."""
ACCEPTS_HINT = "x-accepts"
"""The other JSON form a request model reads for the field: ``number`` or ``text``."""
Accepts = Literal["number", "text"]
REF_PREFIX = "#/components/schemas/"
SHARED_MODELS = "_shared"
"""The module of ``mpesa.models`` holding the models several operation groups use."""
CONSTRAINT_KEYWORDS = {
    "min_length": "minLength",
    "max_length": "maxLength",
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
}
CONFIG_PREFIX = "config."
COMPUTED_FILLS = {
    "security_credential": (
        "the ``security_credential`` setting, else the ``initiator_password`` setting encrypted "
        "with the M-Pesa certificate"
    ),
    "stk_password": "base64(shortcode + the ``passkey`` setting + timestamp)",
    "stk_timestamp": "the current Africa/Nairobi time (YYYYMMDDHHmmss)",
    "unique_id": "a new unique ID",
}
IDENTIFIER_EXCLUDES = ("secret", "url", "phone", "free_text")
REQUIRED_SETTINGS = {
    "stk_password": "the ``passkey``",
    "security_credential": "the ``security_credential`` (or ``initiator_password`` and certificate)",
}
ACCEPTS_TEXT: Mapping[Accepts, str] = {
    "number": "a JSON number is also read (sent as text)",
    "text": "ASCII digit text is also read (sent as a number)",
}
TRANSPORT_ERRORS = "(``MpesaConnectionError``, ``MpesaTimeoutError``)"


def pascal(name: str) -> str:
    """``stk_push`` -> ``StkPush``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def constant(name: str) -> str:
    """``mpesa.stk_push.initiated`` or ``initiate_stk_push`` -> an UPPER_SNAKE constant name."""
    parts = name.split(".")
    if parts[0] == "mpesa":
        parts = parts[1:]
    return "_".join(parts).upper()


# -- types and fields ------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeRef:
    """The type of a value: a field, or the items of an array.

    ``model`` is the class name of an object value: the named schema it refers to, or the
    name an inline object is hoisted to (its owner's name + the field's name in Pascal case).
    """

    kind: Literal["string", "integer", "decimal", "boolean", "any", "object", "array"]
    choices: tuple[str, ...] = ()
    """Scalar types Daraja sends interchangeably (``[string, integer]``); empty for one type."""
    ref: str | None = None
    model: str | None = None
    items: TypeRef | None = None
    one_or_many: bool = False
    enum: tuple[str | int, ...] | None = None
    open_enum: bool = False
    const: str | int | None = None
    constraints: Mapping[str, Scalar] = field(default_factory=dict)
    """The spec's length, pattern and range rules, by spec key."""

    def annotation(self, money: bool = False) -> str:
        """The Python type an adapter argument of this type accepts."""
        if self.const is not None:
            return f"Literal[{self.const!r}]"
        if self.enum is not None and not self.open_enum:
            return "Literal[" + ", ".join(repr(value) for value in self.enum) + "]"
        if self.choices:
            return " | ".join(_scalar_annotation(choice, money) for choice in self.choices)
        if self.kind == "object":
            return f"models.{self.model} | Mapping[str, Any]"
        if self.kind == "array":
            assert self.items is not None
            return f"Sequence[{self.items.annotation()}]"
        return _scalar_annotation(self.kind, money)

    @property
    def schema(self) -> dict[str, Any]:
        """The JSON Schema of a value of this type (objects by ``$ref`` to their model)."""
        schema: dict[str, Any]
        if self.choices:
            schema = {"anyOf": [_scalar_schema(choice) for choice in self.choices]}
        elif self.kind == "object":
            schema = {"$ref": REF_PREFIX + str(self.model)}
        elif self.kind == "array":
            assert self.items is not None
            schema = {"type": "array", "items": self.items.schema}
        else:
            schema = _scalar_schema(self.kind)
        if self.one_or_many:
            single = schema["items"] if self.kind == "array" else schema
            schema = {"anyOf": [single, {"type": "array", "items": single}]}
        if self.enum is not None and not self.open_enum:
            schema["enum"] = list(self.enum)
        if self.const is not None:
            schema["const"] = self.const
        for key, keyword in CONSTRAINT_KEYWORDS.items():
            if key in self.constraints:
                schema[keyword] = self.constraints[key]
        return schema

    @property
    def docs_text(self) -> str:
        """How the reference docs name this type."""
        if self.ref is not None:
            text = f"`{self.ref}`"
        elif self.choices:
            text = " or ".join(self.choices)
        elif self.kind == "array" and self.items is not None:
            text = f"array of {self.items.ref or self.items.kind}"
        else:
            text = self.kind
        return f"{text} (or one item)" if self.one_or_many else text


def _scalar_annotation(kind: str, money: bool) -> str:
    return MONEY_ANNOTATION if money else SCALAR_ANNOTATIONS[kind]


def _scalar_schema(kind: str) -> dict[str, Any]:
    if kind == "decimal":
        return {"type": "number", DECIMAL_HINT: "decimal.Decimal"}
    if kind == "any":
        return {}
    return {"type": kind}


@dataclass(frozen=True)
class Field:
    """One field of a request, response, callback or shared shape (or a request header)."""

    wire: str
    name: str
    argument: str
    """The adapter argument that feeds it (its ``name`` unless the spec says otherwise)."""
    type: TypeRef
    description: str = ""
    required: bool = False
    has_default: bool = False
    default: Any = None
    fill: str | None = None
    aliases: tuple[str, ...] = ()
    money: bool = False
    phone: bool = False
    msisdn: bool = False
    secret: bool = False
    url: bool = False
    forbidden_words: tuple[str, ...] = ()
    """Words Daraja refuses anywhere in this URL, in any case."""
    free_text: bool = False
    accepts: Accepts | None = None
    """The other JSON form read on input (a number for digit text, text for an integer)."""
    enums: tuple[str, ...] = ()
    """The ``mpesa.enums`` classes whose members the adapter argument also accepts."""

    @property
    def needed(self) -> bool:
        """The caller must give it: required, and neither filled nor defaulted."""
        return self.required and self.fill is None and not self.has_default

    @property
    def identifies(self) -> bool:
        """It finds the request again: not a secret, URL, phone or free text."""
        return not any(getattr(self, flag) for flag in IDENTIFIER_EXCLUDES)

    @property
    def annotation(self) -> str:
        """The Python type the adapter argument feeding this field accepts."""
        return " | ".join([self.type.annotation(self.money), *(f"enums.{e}" for e in self.enums)])

    @property
    def schema(self) -> dict[str, Any]:
        """The JSON Schema of the field as a model property."""
        schema = self.type.schema
        if self.description:
            schema["description"] = self.description
        if self.has_default:
            schema["default"] = self.default
        if self.secret:
            schema[REPR_HINT] = False
        if self.accepts is not None:
            schema[ACCEPTS_HINT] = self.accepts
        return schema

    @property
    def fill_text(self) -> str | None:
        """Where the adapter takes the value from when the caller gives none."""
        if self.fill is None:
            return None
        if self.fill.startswith(CONFIG_PREFIX):
            setting = self.fill.removeprefix(CONFIG_PREFIX)
            return f"the ``{setting}`` setting (``MPESA_{setting.upper()}``)"
        return COMPUTED_FILLS[self.fill]

    @property
    def rules_text(self) -> str:
        """The field's rules in words, for the reference docs."""
        constraints = self.type.constraints
        rules = [
            f"{key} {constraints[key]}"
            for key in ("min_length", "max_length", "minimum", "maximum")
            if key in constraints
        ]
        if "pattern" in constraints:
            rules.append(f"pattern `{str(constraints['pattern']).replace('|', '&#124;')}`")
        if self.type.enum is not None:
            rules.append("one of " + ", ".join(f"`{value}`" for value in self.type.enum))
        if self.type.const is not None:
            rules.append(f"always `{self.type.const}`")
        if self.fill is not None:
            rules.append(f"filled from {self.fill}")
        if self.has_default and self.type.const is None:
            rules.append(f"default `{self.default}`")
        if self.aliases:
            rules.append("also read as " + ", ".join(f"`{alias}`" for alias in self.aliases))
        if self.accepts is not None:
            rules.append(ACCEPTS_TEXT[self.accepts])
        return "; ".join(rules)


# -- models ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectModel:
    """One class of ``mpesa.models``: a JSON object."""

    name: str
    description: str
    fields: tuple[Field, ...]
    kind: Kind
    """``request`` models refuse unknown keys; ``inbound`` ones (from Daraja) keep them."""
    group: str | None
    """The operation group that uses it, ``None`` when shared by several groups."""
    at_least_one: tuple[tuple[str, ...], ...] = ()
    """Groups of optional wire names of which a request must carry at least one."""

    @property
    def module(self) -> str:
        """The module of ``mpesa.models`` defining it: its group's, or the shared one."""
        return self.group or SHARED_MODELS


@dataclass(frozen=True)
class ArrayModel:
    """A request body that is a top-level JSON array of ``item`` objects (Bill Manager bulk)."""

    name: str
    description: str
    item: str
    min_items: int | None
    max_items: int | None
    group: str | None

    @property
    def module(self) -> str:
        """The module of ``mpesa.models`` defining it: its group's, or the shared one."""
        return self.group or SHARED_MODELS


Model = ObjectModel | ArrayModel


# -- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """One argument of an adapter method."""

    name: str
    annotation: str
    default: str | None
    """The Python source of its default, ``None`` when the caller must give it."""
    description: str
    wires: tuple[str, ...] = ()
    """The wire names of the fields it feeds."""
    fills: tuple[str, ...] = ()
    """Where its fields are filled from when it is left out, in words."""

    @property
    def declaration(self) -> str:
        if self.default is None:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} = {self.default}"

    @property
    def doc(self) -> str:
        """Its ``Args:`` entry: the description, where an omitted value comes from, the wires."""
        parts = [self.description] if self.description else []
        if self.fills:
            parts.append(f"Defaults to {' / '.join(self.fills)}.")
        if self.wires:
            parts.append(f"(wire: {', '.join(self.wires)})")
        return " ".join(parts)


@dataclass(frozen=True)
class ResultParameter:
    """A key of ``ResultParameters`` / ``CallbackMetadata`` and the type its value decodes to."""

    key: str
    name: str
    type: str
    example: Any = None
    """A value from Daraja's documented samples (``None`` when the spec gives none)."""
    states: Mapping[str, str] = field(default_factory=dict)
    """The value -> the outcome of the transaction a query asked about."""


@dataclass(frozen=True)
class CallbackUse:
    """The callback an operation triggers and the request fields that carry its URLs."""

    model: str
    url_field: str
    url_argument: str
    timeout_url_field: str | None
    timeout_url_argument: str | None
    result_parameters: tuple[ResultParameter, ...]
    numeric_codes: bool
    """Daraja's samples send ``ResultType``/``ResultCode`` as JSON numbers, not strings."""


@dataclass(frozen=True)
class Resolution:
    """How an unknown outcome is found: a query operation and its arguments from wire IDs."""

    operation: str
    arguments: Mapping[str, str]


@dataclass(frozen=True)
class Raise:
    """One entry of a method's ``Raises:``: the exception and what it means for the caller."""

    exception: str
    meaning: str


@dataclass(frozen=True)
class AcceptedCode:
    """The response field and value that mean Daraja accepted the request."""

    wire: str
    code: str
    description: str
    missing: Literal["unknown", "accepted"] = "unknown"
    """How an answer without ``wire`` is read (``accepted``: when it has ``description``)."""


@dataclass(frozen=True)
class OperationSpec:
    """One Daraja operation and everything its outputs say about it."""

    name: str
    file: str
    summary: str
    description: str
    group: str
    group_title: str
    method: str
    path: str
    auth: str
    environments: tuple[str, ...]
    moves_money: bool
    retry: str
    request_model: str
    response_model: str
    body: Literal["object", "array", "none"]
    fields: tuple[Field, ...]
    """Request body fields (the fields of one item for an array body)."""
    headers: tuple[Field, ...]
    query: Mapping[str, str]
    at_least_one: tuple[tuple[str, ...], ...]
    """Groups of optional request wire names of which at least one must be given."""
    item_model: str | None
    item_argument: str | None
    response_fields: tuple[Field, ...]
    arguments: tuple[str, ...]
    """The spec's positional arguments, in order."""
    parameters: tuple[Parameter, ...]
    """Every argument of the adapter method: the positional ones first."""
    errors: tuple[ErrorCode, ...]
    invalid_token_errors: tuple[str, ...]
    result_code_tables: tuple[str, ...]
    callback: CallbackUse | None
    correlation: tuple[str, ...]
    resolution: Resolution | None
    accepted: AcceptedCode | None
    returns: Field | None
    """The response field the adapter method returns instead of the whole response."""
    events: Mapping[str, str]
    """Event name by kind (``initiated``, ``success``, ... and ``error`` for every operation)."""

    @property
    def const(self) -> str:
        """The registry constant's name."""
        return constant(self.name)

    @property
    def return_annotation(self) -> str:
        """What the adapter method returns: the response model, or the field it ``returns``."""
        if self.returns is not None:
            return self.returns.annotation
        return f"models.{self.response_model}"

    @property
    def route_text(self) -> str:
        """The HTTP method and path, and whether a lost answer may have moved money."""
        if self.moves_money:
            return (
                f"``{self.method} {self.path}``. Moves money: never resent unless Daraja "
                "provably did not process it."
            )
        return f"``{self.method} {self.path}``."

    @property
    def callback_text(self) -> str | None:
        """Which callback model the operation triggers and where it is POSTed."""
        callback = self.callback
        if callback is None:
            return None
        text = (
            f"The outcome arrives later as ``models.{callback.model}``, POSTed to the URL in "
            f"``{callback.url_argument}`` (``{callback.url_field}``)"
        )
        if callback.timeout_url_argument is not None:
            text += f"; a queue timeout notice goes to ``{callback.timeout_url_argument}``"
        return text + "."

    @property
    def raises(self) -> tuple[Raise, ...]:
        """What each exception the method raises means for the caller."""
        if self.auth == "basic":
            return (
                Raise(
                    "MpesaAuthException",
                    "Daraja refused the consumer key and secret, or could not be reached.",
                ),
            )
        found = [
            Raise(
                "MpesaValidationError", "An argument breaks a rule of the spec; nothing was sent."
            )
        ]
        settings = sorted(
            {REQUIRED_SETTINGS[f.fill] for f in self.fields if f.fill in REQUIRED_SETTINGS}
        )
        if settings:
            found.append(
                Raise(
                    "MpesaConfigError", f"A setting it needs is missing: {' and '.join(settings)}."
                )
            )
        found.append(
            Raise(
                "MpesaAuthException", "No access token: Daraja refused the consumer key and secret."
            )
        )
        found.append(Raise("MpesaAPIException", self._refusal_text))
        if self.moves_money:
            found.append(Raise("MpesaOutcomeUnknownError", self._unknown_outcome_text))
        found.append(Raise("MpesaTransportError", self._transport_text))
        return tuple(found)

    @property
    def _refusal_text(self) -> str:
        how = "an error envelope"
        if self.accepted is not None:
            how += f', or ``{self.accepted.wire}`` other than ``"{self.accepted.code}"``'
        text = f"Daraja refused the request ({how}); ``error_code``, ``meaning`` and ``category`` say why."
        if self.errors:
            codes = "; ".join(f"``{e.code}`` {e.message} ({e.category})" for e in self.errors)
            text += f" Documented codes: {codes}."
        return text

    @property
    def _unknown_outcome_text(self) -> str:
        text = (
            "The request may have reached Daraja but no usable answer came back, so money may "
            "have moved: never send it again."
        )
        resolution = self.resolution
        if resolution is None:
            return f"{text} Wait for its callback; the error's ``ids`` identify the request."
        if resolution.arguments:
            mapped = ", ".join(
                f"``{arg}`` from ``{wire}``" for arg, wire in resolution.arguments.items()
            )
            return (
                f"{text} Find the outcome with ``{resolution.operation}(**error.resolve_with)`` "
                f"({mapped})."
            )
        return (
            f"{text} Wait for its callback, or find the outcome with ``{resolution.operation}`` "
            "once you know its ID."
        )

    @property
    def _transport_text(self) -> str:
        if self.moves_money:
            return f"Daraja could not be reached, so nothing was sent {TRANSPORT_ERRORS}."
        if self.retry_safe:
            return (
                "Daraja could not be reached or did not answer, even after the configured "
                f"resends {TRANSPORT_ERRORS}."
            )
        return (
            "Daraja could not be reached or did not answer; a request that may have arrived is "
            f"not sent again {TRANSPORT_ERRORS}."
        )

    @property
    def positional(self) -> tuple[Parameter, ...]:
        return self.parameters[: len(self.arguments)]

    @property
    def keyword(self) -> tuple[Parameter, ...]:
        return self.parameters[len(self.arguments) :]

    @property
    def error_codes(self) -> tuple[str, ...]:
        """The ``errorCode`` values it can answer with, sorted."""
        return tuple(sorted(e.code for e in self.errors))

    @property
    def retry_safe(self) -> bool:
        return self.retry == "safe"

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return self.fields + self.headers

    @property
    def secret_wires(self) -> tuple[str, ...]:
        return tuple(f.wire for f in self.all_fields if f.secret)

    @property
    def phone_wires(self) -> tuple[str, ...]:
        return tuple(f.wire for f in self.all_fields if f.phone)

    @property
    def money_wires(self) -> tuple[str, ...]:
        return tuple(f.wire for f in self.fields if f.money)

    @property
    def id_wires(self) -> tuple[str, ...]:
        return tuple(f.wire for f in self.fields if f.identifies)


# -- codes, callbacks and events -------------------------------------------------------------


@dataclass(frozen=True)
class ResultCode:
    code: str
    description: str
    category: str


@dataclass(frozen=True)
class CodeTable:
    """A ``result_codes`` table: the meaning of ``ResultCode`` values for some products."""

    name: str
    description: str
    codes: tuple[ResultCode, ...]

    @property
    def const(self) -> str:
        """Its constant's name in ``ResultTable``."""
        return constant(self.name)


@dataclass(frozen=True)
class MessageRule:
    """An ``errorCode`` cause told apart by ``errorMessage``; ``contains`` is lower-case."""

    contains: str
    meaning: str
    category: str
    refused: bool


@dataclass(frozen=True)
class ErrorCode:
    """An ``errorCode`` of Daraja's synchronous error envelope."""

    code: str
    message: str
    meaning: str | None
    category: str
    http_status: int | None
    invalid_token: bool
    throttled: bool
    refused: bool
    """A definite refusal before processing (said, or implied by ``invalid_token``/``throttled``)."""
    by_message: tuple[MessageRule, ...]

    @property
    def description(self) -> str:
        return self.meaning or self.message


@dataclass(frozen=True)
class Callback:
    """An inbound body Daraja POSTs to the merchant, and the merchant's reply."""

    name: str
    summary: str
    fields: tuple[Field, ...]
    reply_model: str | None
    reply_fields: tuple[Field, ...]

    @property
    def reply(self) -> dict[str, Any]:
        """The reply's default body: each reply field with a default, by wire name."""
        return {f.wire: f.default for f in self.reply_fields if f.has_default}


@dataclass(frozen=True)
class Event:
    name: str
    description: str

    @property
    def const(self) -> str:
        return constant(self.name)


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str


@dataclass(frozen=True)
class EnumSpec:
    """A str enum of ``mpesa.enums`` whose members are the values of some request fields."""

    name: str
    file: str
    description: str
    wires: tuple[str, ...]
    operations: tuple[str, ...]
    """Only the fields of these operations count; empty for every operation."""
    members: tuple[EnumMember, ...]

    def covers(self, operation: str, wire: str) -> bool:
        """Whether the request field ``wire`` of ``operation`` takes this enum's members."""
        return wire in self.wires and (not self.operations or operation in self.operations)


@dataclass(frozen=True)
class Group:
    """A Daraja product: the operations of one ``group``, and the title they are listed under."""

    name: str
    title: str


@dataclass(frozen=True)
class Info:
    """The API as a whole: its name, version, base URL per environment and its products."""

    title: str
    version: str
    description: str
    servers: Mapping[str, str]
    groups: tuple[Group, ...]
    """In the order every output lists them; operations are ordered by it."""
    callback_sources: tuple[str, ...] = ()
    """The addresses Daraja POSTs callbacks from, in the spec's order."""
    test_msisdns: tuple[str, ...] = ()
    """The customer numbers the public sandbox offers for tests."""


@dataclass(frozen=True)
class ApiSpec:
    """The whole spec, typed."""

    info: Info
    operations: tuple[OperationSpec, ...]
    callbacks: tuple[Callback, ...]
    """Sorted by name."""
    schemas: tuple[ObjectModel, ...]
    """The shared shapes, sorted by name."""
    models: tuple[Model, ...]
    """Every class of ``mpesa.models``, inline objects included."""
    result_codes: tuple[CodeTable, ...]
    """In the spec's order: most specific first, ``generic`` last (the lookup order)."""
    error_codes: tuple[ErrorCode, ...]
    """Sorted by code."""
    events: tuple[Event, ...]
    """Every event name, sorted."""
    enums: tuple[EnumSpec, ...]
    """Sorted by name."""
    categories: tuple[str, ...]
    """Every outcome category a code can have, in the order of the spec format."""

    @property
    def groups(self) -> tuple[Group, ...]:
        return self.info.groups
