"""What an adapter works out once per operation instead of on every call.

A plan depends only on the operation and the adapter's configuration: where the request goes,
the check each argument gets (the amount limits included), whether the body carries an STK
password, which URL fields are checked and which configured URLs already passed, and the
fields kept out of logs. The engine builds one per operation on its first call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import BaseModel

from ._callback_routes import ROUTES, derived_url
from ._operation import FieldSpec, Operation
from .config import MpesaConfig
from .errors import FieldProblem, MpesaValidationError
from .validators import (
    MAX_DIGITS,
    TOO_MANY_DIGITS,
    AmountValidator,
    BrokenRule,
    PhoneNumberValidator,
    text_rule_broken,
    url_rule_broken,
)

Check = Callable[[object], object]
"""Checks one argument: returns the value to send, or raises ``MpesaValidationError``."""

_STK_FILLS = ("stk_password", "stk_timestamp")


@dataclass(frozen=True)
class OperationPlan:
    """One operation as one adapter sends it."""

    op: Operation[Any, Any]
    url: httpx.URL
    params: Mapping[str, str] | None
    request_model: type[BaseModel]
    response_model: type[BaseModel]
    checks: tuple[tuple[str, Check], ...]
    """``(argument, check)`` in field order; a phone number two fields share (``PartyA`` and
    ``PhoneNumber``) is normalised once."""
    fills: Mapping[str, object]
    """Wire name -> the value a field left out is sent with, where that is the same on every
    call: its default, or its configured value (not a URL ending in the request's reference)."""
    stk: bool
    """The body carries an STK password and timestamp."""
    https_only: bool
    url_fields: tuple[FieldSpec, ...]
    valid_urls: Mapping[str, str]
    """Wire name -> the URL the configuration fills it with, already found valid."""
    secret_keys: frozenset[str]
    phone_keys: frozenset[str]

    @classmethod
    def of(cls, op: Operation[Any, Any], config: MpesaConfig) -> OperationPlan:
        """The plan of ``op`` for an adapter configured by ``config``."""
        https_only = config.environment == "production"
        url_fields = tuple(spec for spec in op.fields if spec.url)
        valid_urls = {
            spec.wire: value
            for spec in url_fields
            if isinstance(value := configured_value(config, op, spec, None), str)
            and url_rule_broken(value, https_only=https_only, forbidden_words=spec.forbidden_words)
            is None
        }
        return cls(
            op=op,
            url=httpx.URL(config.resolved_base_url.rstrip("/") + op.path),
            params=dict(op.query) or None,
            request_model=op.request_model,
            response_model=op.response_model,
            checks=_checks(op, config),
            fills={
                spec.wire: configured_value(config, op, spec, None) if spec.fill else spec.default
                for spec in op.fields
                if spec.fill is None
                or (spec.fill.startswith("config.") and not _per_request(config, op, spec))
            },
            stk=any(spec.fill in _STK_FILLS for spec in op.fields),
            https_only=https_only,
            url_fields=url_fields,
            valid_urls=valid_urls,
            secret_keys=frozenset(op.secret_wires),
            phone_keys=frozenset(op.phone_wires),
        )


def configured(config: MpesaConfig, spec: FieldSpec) -> object:
    """The configuration setting a ``config.<attr>`` field is filled from, else None."""
    if spec.fill is None or not spec.fill.startswith("config."):
        return None
    return getattr(config, spec.fill.removeprefix("config."))


def configured_value(
    config: MpesaConfig, op: Operation[Any, Any], spec: FieldSpec, reference: str | None
) -> object:
    """What a ``config.<attr>`` field is filled with: the setting, else the URL derived from
    ``callback_base_url`` (ending in ``reference`` for the operation's own callback URLs),
    else the field's default."""
    value = configured(config, spec)
    setting = (spec.fill or "").removeprefix("config.")
    base = config.callback_base_url
    if value is None and base is not None and setting in ROUTES:
        callback = op.callback
        own = callback is not None and spec.wire in (callback.url_field, callback.timeout_url_field)
        return derived_url(base, setting, reference if own else None)
    return value if value is not None else spec.default


def _per_request(config: MpesaConfig, op: Operation[Any, Any], spec: FieldSpec) -> bool:
    """Whether a ``config.<attr>`` field may be filled with a URL ending in the request's
    reference: the operation's own callback URL, derived from ``callback_base_url``."""
    callback = op.callback
    return (
        configured(config, spec) is None
        and config.callback_base_url is not None
        and callback is not None
        and spec.wire in (callback.url_field, callback.timeout_url_field)
    )


def _checks(op: Operation[Any, Any], config: MpesaConfig) -> tuple[tuple[str, Check], ...]:
    checks: list[tuple[str, Check]] = []
    normalised: set[str] = set()
    for spec in op.fields + op.headers:
        if spec.msisdn:
            # Normalising is idempotent and names the argument: once is enough.
            if spec.argument not in normalised:
                normalised.add(spec.argument)
                checks.append((spec.argument, _phone_check(op, spec)))
        elif spec.money:
            checks.append((spec.argument, _money_check(op, spec, config)))
        else:
            checks.append((spec.argument, _rule_check(op, spec)))
    return tuple(checks)


def _phone_check(op: Operation[Any, Any], spec: FieldSpec) -> Check:
    def check(value: object) -> object:
        return PhoneNumberValidator.normalize(
            _scalar(value), field=spec.argument, operation=op.name
        )

    return check


def _money_check(op: Operation[Any, Any], spec: FieldSpec, config: MpesaConfig) -> Check:
    limits = (config.amount_limits or {}).get(op.name)
    minimum, maximum = (
        limits if limits else (spec.minimum if spec.minimum is not None else 1, spec.maximum)
    )
    validator = AmountValidator(minimum=minimum, maximum=maximum)
    rules = _rule_check(op, spec)

    def check(value: object) -> object:
        if isinstance(value, (list, dict)):
            return rules(value)
        return validator.validate(value, field=spec.argument, operation=op.name)

    return check


def _rule_check(op: Operation[Any, Any], spec: FieldSpec) -> Check:
    def check(value: object) -> object:
        broken = _argument_rule_broken(spec, value)
        if broken is not None:
            problem = FieldProblem(spec.wire, broken.rule, broken.reason)
            raise MpesaValidationError(problem, operation=op.name)
        return value

    return check


def _argument_rule_broken(spec: FieldSpec, value: object) -> BrokenRule | None:
    """What the request model cannot check: a header's text (sent as ASCII) and an int's size
    before it is turned into text (``str()`` of a huge int is refused by Python itself)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_DIGITS:
        return TOO_MANY_DIGITS
    if spec.location != "header" or not isinstance(value, str):
        return None
    if not value.isascii():
        return BrokenRule("ascii", "a header may hold only ASCII characters")
    return text_rule_broken(value)


def _scalar(value: object) -> str | int:
    return value if isinstance(value, int) else str(value)
