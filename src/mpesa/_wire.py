"""Base classes of every generated model.

Daraja's wire names (``BusinessShortCode``, ``Occassion``) are the aliases; the attributes are
snake_case. Both are accepted on input. Outbound models (requests) refuse unknown keys so a typo
fails before any network call; inbound models (responses, callbacks) keep unknown keys because
Daraja adds fields without notice and nothing received may be lost.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidatorFunctionWrapHandler, field_validator
from pydantic_core import PydanticCustomError

from .validators import MAX_DIGITS, TOO_MANY_DIGITS, BrokenRule, text_rule_broken, whole_number

_T = TypeVar("_T")


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
    conversion: every number Daraja takes is whole).
    """

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="wrap")
    @classmethod
    def _check_text_and_numbers(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if isinstance(value, Decimal):
            value = _refuse_broken(whole_number(value))
        result = handler(value)
        if isinstance(result, str):
            _refuse_broken(text_rule_broken(result))
        elif isinstance(result, int) and abs(result) >= 10**MAX_DIGITS:
            _refuse_broken(TOO_MANY_DIGITS)
        return result


class InboundModel(WireModel):
    """A body Daraja sends: unknown keys are kept, numbers are read where text is declared."""

    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)


def _refuse_broken(checked: _T | BrokenRule) -> _T:
    """``checked`` unless it is a broken rule, which becomes pydantic's error of that name."""
    if isinstance(checked, BrokenRule):
        raise PydanticCustomError(checked.rule, checked.reason)
    return checked
