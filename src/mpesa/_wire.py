"""Base classes of every generated model.

Daraja's wire names (``BusinessShortCode``, ``Occassion``) are the aliases; the attributes are
snake_case. Both are accepted on input. Outbound models (requests) refuse unknown keys so a typo
fails before any network call; inbound models (responses, callbacks) keep unknown keys because
Daraja adds fields without notice and nothing received may be lost.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from types import UnionType
from typing import Any, ClassVar, Literal, TypeVar, Union, cast, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .validators import (
    _CEILING,
    MAX_DIGITS,
    TOO_MANY_DIGITS,
    BrokenRule,
    missing_group,
    text_rule_broken,
    whole_number,
)

_T = TypeVar("_T")

AT_LEAST_ONE = "x-at-least-one"
"""The key of a request model's ``json_schema_extra`` listing its groups of optional wire
names of which a body must give at least one (the spec's ``request.at_least_one``)."""

ACCEPTS = "x-accepts"
"""The key of a request field's ``json_schema_extra`` naming the other JSON form it reads:
``number`` (digit text also given as a JSON number) or ``text`` (an integer also given as
digit text). The generator writes it from the spec's ``accepts_number`` / ``accepts_text``."""
BOOLEAN = BrokenRule("type", "must be a number, not true or false")
NOT_DIGITS = BrokenRule("digits", "must be a whole number written in ASCII digits")
TEXT = BrokenRule("type", "must be a JSON number, not text")


class WireModel(BaseModel):
    """A Daraja JSON object: snake_case attributes, Daraja's names as aliases."""

    model_config = ConfigDict(
        populate_by_name=True,
        use_enum_values=True,
        # Models are built on first use, so importing the package stays cheap.
        defer_build=True,
    )

    def to_dict(self) -> dict[str, Any]:
        """Return the object with Daraja's wire names, as it travels (unset fields left out)."""
        return self.model_dump(by_alias=True, exclude_none=True)

    def __getitem__(self, key: str) -> Any:
        """Read a field by its wire name (``result["CheckoutRequestID"]``) or attribute name."""
        for name, field in type(self).model_fields.items():
            if key in (name, field.alias):
                return getattr(self, name)
        extra = self.model_extra or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        """Like ``dict.get``: the field by wire or attribute name, or ``default``."""
        try:
            return self[key]
        except KeyError:
            return default


class RequestModel(WireModel):
    """A body the adapter sends: unknown keys and constraint violations are refused.

    Every field, in every request, also refuses text holding control characters or only
    blanks, and numbers of more than ``MAX_DIGITS`` digits (a ``Decimal`` before any
    conversion: every number Daraja takes is whole), and a body that gives none of an
    ``AT_LEAST_ONE`` group.

    A field is read in one other JSON form only where the spec says Daraja takes it
    (``ACCEPTS``), and converted to the form the adapter sends: a non-negative integer to its
    digits, ASCII digit text to an integer. A boolean or other text is never read as an integer.

    A body whose every value is plainly good (text where the field is text and breaks no text
    rule, a small ``int`` where it is an integer: what the adapter builds) is checked in one
    pass and then by pydantic's own constraints. Any other body is first validated field by
    field by the model's checking twin (:func:`_field_by_field`), which converts the other
    forms and names each broken rule.
    """

    model_config = ConfigDict(extra="forbid")
    _checks_each_field: ClassVar[bool] = False

    @model_validator(mode="before")
    @classmethod
    def _check_values(cls, data: Any) -> Any:
        if cls._checks_each_field or type(data) is not dict:
            return data
        if not _plainly_valid(_plain_kinds(cls), data):
            data = _field_by_field(cls).model_validate(data).model_dump(exclude_unset=True)
        groups = _groups(cls)
        if groups:
            _check_at_least_one(cls, data, groups)
        return data


def _check_text_and_numbers(
    cls: type[BaseModel], value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    """The checking twin's validator of every field: the other forms converted, then the
    field's own type and constraints, then the text and digit rules."""
    accepts = _accepts(cls, info.field_name)
    if type(value) is not str or accepts == "text":  # text as text, the usual case, as it is
        value = _other_form(value, accepts)
        if isinstance(value, Decimal):
            value = _refuse_broken(whole_number(value))
    result = handler(value)
    if isinstance(result, str):
        if (broken := text_rule_broken(result)) is not None:
            _refuse_broken(broken)
    elif isinstance(result, int) and not isinstance(result, bool):
        if isinstance(value, bool):
            _refuse_broken(BOOLEAN)
        if isinstance(value, (str, bytes, bytearray)):
            _refuse_broken(TEXT)
        if abs(result) >= 10**MAX_DIGITS:
            _refuse_broken(TOO_MANY_DIGITS)
    return result


@functools.cache
def _field_by_field(model: type[RequestModel]) -> type[RequestModel]:
    """``model``'s checking twin: the same fields, each checked by
    :func:`_check_text_and_numbers` (built on the first body that needs it)."""
    check = field_validator("*", mode="wrap")(classmethod(_check_text_and_numbers))
    twin: type[RequestModel] = create_model(
        model.__name__,
        __base__=model,
        __module__=model.__module__,
        __validators__={"_check_text_and_numbers": cast(Callable[..., Any], check)},
    )
    twin._checks_each_field = True
    return twin


@functools.cache
def _plain_kinds(model: type[RequestModel]) -> dict[str, type]:
    """The plain type (``str`` or ``int``) of each field whose type is one, by wire and
    attribute name; fields of other types (models, lists) are left out."""
    kinds: dict[str, type] = {}
    for name, field in model.model_fields.items():
        kind = _plain_kind(field.annotation)
        if kind is not None:
            kinds[name] = kind
            if field.alias is not None:
                kinds[field.alias] = kind
    return kinds


def _plain_kind(annotation: object) -> type | None:
    arguments = [part for part in get_args(annotation) if part is not type(None)]
    if annotation is str or annotation is int:
        return annotation
    if get_origin(annotation) is Literal and all(type(part) is str for part in arguments):
        return str
    if get_origin(annotation) in (Union, UnionType) and len(arguments) == 1:
        return _plain_kind(arguments[0])
    return None


def _plainly_valid(kinds: dict[str, type], data: dict[Any, Any]) -> bool:
    """Whether every value is of its field's plain type and breaks no text or digit rule."""
    for key, value in data.items():
        kind = kinds.get(key)
        if kind is str:
            # Printable text holds no control character; text that is not goes the long way.
            if type(value) is not str or not value.isprintable() or value.isspace() or not value:
                return False
        elif kind is not int or type(value) is not int or not -_CEILING < value < _CEILING:
            return False
    return True


@functools.cache
def _groups(model: type[BaseModel]) -> list[list[str]]:
    extra = model.model_config.get("json_schema_extra")
    groups = extra.get(AT_LEAST_ONE, []) if isinstance(extra, dict) else []
    return list(groups)  # type: ignore[arg-type]


def _check_at_least_one(
    model: type[BaseModel], data: dict[Any, Any], groups: list[list[str]]
) -> None:
    """Refuse a body that gives none of an ``AT_LEAST_ONE`` group (named by wire)."""
    wires = _wire_names(model)
    given = {wires.get(key, key) for key, value in data.items() if value is not None}
    group = missing_group(groups, given)
    if group is not None:
        raise PydanticCustomError(
            "at_least_one",
            "at least one of {names} is required",
            {"wires": list(group), "names": ", ".join(group)},
        )


@functools.cache
def _wire_names(model: type[BaseModel]) -> dict[str, str]:
    """Each field's wire name by its attribute name."""
    return {
        name: info.serialization_alias or info.alias or name
        for name, info in model.model_fields.items()
    }


class InboundModel(WireModel):
    """A body Daraja sends: unknown keys are kept, numbers are read where text is declared."""

    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)


@functools.cache
def _accepts(model: type[BaseModel], name: str | None) -> object:
    """The other JSON form the spec lets field ``name`` of ``model`` be read in, if any
    (looked up once per model field: it is asked for every value validated)."""
    field = model.model_fields.get(name) if name is not None else None
    extra = field.json_schema_extra if field is not None else None
    return extra.get(ACCEPTS) if isinstance(extra, dict) else None


def _other_form(value: Any, accepts: object) -> Any:
    """``value`` in the form the adapter sends when it is the other form ``accepts`` allows;
    any other value unchanged (the field's own type then judges it)."""
    if isinstance(value, bool):
        return _refuse_broken(BOOLEAN) if accepts == "text" else value
    if accepts == "number" and isinstance(value, int) and value >= 0:
        if value >= 10**MAX_DIGITS:
            _refuse_broken(TOO_MANY_DIGITS)
        return str(int(value))
    if accepts == "text" and isinstance(value, str):
        if len(value) > MAX_DIGITS:
            _refuse_broken(TOO_MANY_DIGITS)
        if not (value.isascii() and value.isdigit()):
            _refuse_broken(NOT_DIGITS)
        return int(value)
    return value


def _refuse_broken(checked: _T | BrokenRule) -> _T:
    """``checked`` unless it is a broken rule, which becomes pydantic's error of that name."""
    if isinstance(checked, BrokenRule):
        raise PydanticCustomError(checked.rule, checked.reason)
    return checked
