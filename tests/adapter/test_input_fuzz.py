"""Hostile input is refused with ``MpesaValidationError`` before anything is sent.

Arbitrary text, numbers and Decimals (huge exponents, control characters, blank text, stray
signs in phone numbers) are given to the validators and to every operation's money, phone and
text arguments. Nothing may raise anything but ``MpesaValidationError``, a refused call sends
nothing, and a value that is accepted is sent in a form that keeps the rules. The default
profile runs a few examples; ``HYPOTHESIS_PROFILE=fuzz`` runs 10,000 per test.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpesa import OPERATIONS, MpesaAdapter, MpesaValidationError
from mpesa._operation import FieldSpec
from mpesa.testing import MockDaraja, mock_adapter
from mpesa.validators import MAX_DIGITS, AmountValidator, PhoneNumberValidator
from tests.spec_strategies import arguments_strategy

Values = st.SearchStrategy[Any]
MSISDN = re.compile(r"254[17][0-9]{8}")
ANY_CHARACTER = st.characters(exclude_categories=())
HUGE_DECIMALS = st.builds(
    lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
    st.integers(-(10**6), 10**6),
    st.integers(-(10**6), 10**6),
)
NUMBERS = st.one_of(
    st.integers(),
    st.integers(-(10**40), 10**40),
    st.decimals(),
    HUGE_DECIMALS,
    st.floats(),
    st.booleans(),
)
MONEY = st.one_of(
    NUMBERS,
    st.from_regex(r"\A\s*-?[0-9]{1,40}(\.[0-9]{1,40})?\s*\Z"),
    st.text(ANY_CHARACTER),
)
PHONES = st.one_of(
    st.from_regex(r"\A[ +\-0-9]{0,20}\Z"),
    st.text("+- 0123456789\u00a0\t\u0660", max_size=20),
    st.integers(),
    st.text(ANY_CHARACTER),
    NUMBERS,
)
TEXT = st.one_of(
    st.text(ANY_CHARACTER),
    st.text(" \t\n\r\x00\x85\u00a0\u2028xX-", max_size=12),
    NUMBERS,
)


CALLED = sorted(
    name for name, op in OPERATIONS.items() if op.auth == "bearer" and op.body != "none"
)


def kind(spec: FieldSpec) -> str:
    return "money" if spec.money else "phone" if spec.msisdn else "text"


@functools.cache
def targets(wanted: str) -> list[tuple[str, FieldSpec]]:
    """``(operation, field)`` for every argument of the kind a caller gives."""
    return [
        (name, spec)
        for name in CALLED
        for spec in OPERATIONS[name].fields + OPERATIONS[name].headers
        if spec.fill != "stk_password" and kind(spec) == wanted
    ]


def arguments_with(
    data: st.DataObject, name: str, spec: FieldSpec, value: object
) -> dict[str, Any]:
    """Valid arguments of ``name`` drawn from the spec, with ``value`` in ``spec``'s place."""
    arguments = data.draw(arguments_strategy(name))
    item_argument = OPERATIONS[name].item_argument
    if item_argument is not None and spec.location == "body":
        arguments[item_argument][0][spec.wire] = value
    else:
        arguments[spec.argument] = value
    return arguments


def sent_value(daraja: MockDaraja, name: str, spec: FieldSpec) -> Any:
    call = daraja.calls(name)[-1]
    if spec.location == "header":
        return call.request.headers[spec.wire]
    body = call.body[0] if isinstance(call.body, list) else call.body
    return body.get(spec.wire)


def keeps_the_text_rules(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return value.strip() != "" and all(unicodedata.category(c) != "Cc" for c in value)


@pytest.fixture(scope="module")
def mocked() -> Iterator[tuple[MockDaraja, MpesaAdapter]]:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as adapter:
        yield daraja, adapter


def call_with(
    mocked: tuple[MockDaraja, MpesaAdapter], data: st.DataObject, wanted: str, values: Values
) -> tuple[FieldSpec, Any]:
    """Call an operation with a drawn value in one of its ``wanted`` arguments: the field and
    the value sent for it, ``None`` when the call was refused (and nothing was sent)."""
    daraja, adapter = mocked
    name, spec = data.draw(st.sampled_from(targets(wanted)), label="target")
    arguments = arguments_with(data, name, spec, data.draw(values, label="value"))
    before = len(daraja.calls(name))
    try:
        getattr(adapter, name)(**arguments)
    except MpesaValidationError:
        assert len(daraja.calls(name)) == before
        return spec, None
    assert len(daraja.calls(name)) == before + 1
    return spec, sent_value(daraja, name, spec)


# The validators


@given(amount=MONEY)
def test_the_amount_validator_refuses_or_returns_a_bounded_whole_number(amount: object) -> None:
    try:
        whole = AmountValidator().validate(amount)
    except MpesaValidationError:
        return
    assert type(whole) is int
    assert 1 <= whole < 10**MAX_DIGITS
    assert not isinstance(amount, float) or (math.isfinite(amount) and amount == whole)


@given(number=PHONES)
def test_the_phone_validator_refuses_or_returns_an_msisdn(number: Any) -> None:
    try:
        msisdn = PhoneNumberValidator.normalize(number)
    except MpesaValidationError:
        return
    assert MSISDN.fullmatch(msisdn)
    text = str(number).strip(" ")
    assert re.fullmatch(r"\+?[0-9]+([ -][0-9]+)*", text)


# Every operation's arguments


@given(data=st.data())
def test_money_arguments_are_refused_or_sent_as_bounded_whole_shillings(
    mocked: tuple[MockDaraja, MpesaAdapter], data: st.DataObject
) -> None:
    spec, sent = call_with(mocked, data, "money", MONEY)
    if sent is not None:
        assert type(sent) is int
        assert (spec.minimum if spec.minimum is not None else 1) <= sent < 10**MAX_DIGITS
        assert spec.maximum is None or sent <= spec.maximum


@given(data=st.data())
def test_phone_arguments_are_refused_or_sent_as_an_msisdn(
    mocked: tuple[MockDaraja, MpesaAdapter], data: st.DataObject
) -> None:
    _, sent = call_with(mocked, data, "phone", PHONES)
    assert sent is None or MSISDN.fullmatch(sent)


@given(data=st.data())
def test_text_arguments_are_refused_or_sent_without_control_characters_or_blanks(
    mocked: tuple[MockDaraja, MpesaAdapter], data: st.DataObject
) -> None:
    _, sent = call_with(mocked, data, "text", TEXT)
    assert keeps_the_text_rules(sent)
