"""Base classes of every generated model.

Daraja's wire names (``BusinessShortCode``, ``Occassion``) are the aliases; the attributes are
snake_case. Both are accepted on input. Outbound models (requests) refuse unknown keys so a typo
fails before any network call; inbound models (responses, callbacks) keep unknown keys because
Daraja adds fields without notice and nothing received may be lost.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .validators import (
    MAX_DIGITS,
    TOO_MANY_DIGITS,
    BrokenRule,
    missing_group,
    text_rule_broken,
    whole_number,
)

_T = TypeVar("_T")
_Request = TypeVar("_Request", bound="RequestModel")

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
    """

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="wrap")
    @classmethod
    def _check_text_and_numbers(
        cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
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

    @model_validator(mode="after")
    def _check_at_least_one(self: _Request) -> _Request:
        """Refuse a body that gives none of an ``AT_LEAST_ONE`` group (named by wire)."""
        extra = type(self).model_config.get("json_schema_extra")
        groups = extra.get(AT_LEAST_ONE, []) if isinstance(extra, dict) else []
        if not groups:
            return self
        given = {
            info.serialization_alias or info.alias or name
            for name, info in type(self).model_fields.items()
            if getattr(self, name) is not None
        }
        group = missing_group(groups, given)  # type: ignore[arg-type]
        if group is not None:
            raise PydanticCustomError(
                "at_least_one",
                "at least one of {names} is required",
                {"wires": list(group), "names": ", ".join(group)},
            )
        return self


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
