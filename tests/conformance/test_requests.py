"""The requests a conformance run sends: valid ones the adapter itself accepts, broken ones
the spec's request model refuses, and no phone number but the spec's test numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mpesa import OPERATIONS, MpesaAdapter
from mpesa.conformance.runner import wire_request
from mpesa.conformance.strategies import Breakage, arguments, breakages
from mpesa.constants import TEST_MSISDNS
from mpesa.sandbox import LocalDaraja
from tests.conformance.conftest import examples

PHONE_LIKE = re.compile(r"(\+?254|0)?[17][0-9]{8}")
WITH_BODIES = sorted(name for name, op in OPERATIONS.items() if op.body != "none")


@pytest.fixture(scope="module")
def adapter(sandbox: LocalDaraja) -> Iterator[MpesaAdapter]:
    """An adapter with every setting a request may be filled from."""
    config = sandbox.config(
        callback_url="https://shop.example/cb",
        result_url="https://shop.example/result",
        timeout_url="https://shop.example/timeout",
        confirmation_url="https://shop.example/confirm",
        validation_url="https://shop.example/validate",
        bill_manager_app_key="AG_1",
    )
    with MpesaAdapter(config) as mpesa:
        yield mpesa


def wire_body(adapter: MpesaAdapter, name: str, drawn: dict[str, Any]) -> Any:
    body, _ = wire_request(adapter, OPERATIONS[name], drawn)
    return body


def strings(value: Any) -> Iterator[tuple[str, str]]:
    """Every (key, text) pair in a wire body, at any depth."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(item, (dict, list)):
            yield from strings(item)
        elif isinstance(item, str):
            yield str(key), item


@pytest.mark.parametrize("name", WITH_BODIES)
@settings(max_examples=examples(3))
@given(data=st.data())
def test_every_drawn_request_passes_the_adapters_own_validation(
    name: str, data: st.DataObject, adapter: MpesaAdapter
) -> None:
    wire_body(adapter, name, data.draw(arguments(OPERATIONS[name])))


@pytest.mark.parametrize("name", WITH_BODIES)
@settings(max_examples=examples(3))
@given(data=st.data())
def test_the_only_phone_numbers_sent_are_the_specs_test_numbers(
    name: str, data: st.DataObject, adapter: MpesaAdapter
) -> None:
    body = wire_body(adapter, name, data.draw(arguments(OPERATIONS[name])))
    phones = set(OPERATIONS[name].phone_wires)
    for key, text in strings(body):
        if key in phones:
            assert text in TEST_MSISDNS
        else:
            assert not PHONE_LIKE.fullmatch(text), key


@pytest.mark.parametrize("name", WITH_BODIES)
@settings(max_examples=examples(3))
@given(data=st.data())
def test_every_broken_request_is_one_the_request_model_refuses(
    name: str, data: st.DataObject, adapter: MpesaAdapter
) -> None:
    op = OPERATIONS[name]
    body = wire_body(adapter, name, data.draw(arguments(op)))
    breakage = data.draw(st.sampled_from(breakages(op, body)))
    with pytest.raises(ValidationError):
        op.request_model.model_validate(breakage.apply(body))


@pytest.mark.parametrize("name", ["initiate_stk_push", "b2c_payment"])
@settings(max_examples=examples(2))
@given(data=st.data())
def test_the_breakages_of_a_secret_field_are_marked_secret(
    name: str, data: st.DataObject, adapter: MpesaAdapter
) -> None:
    op = OPERATIONS[name]
    body = wire_body(adapter, name, data.draw(arguments(op)))
    (secret,) = op.secret_wires
    broken = [b for b in breakages(op, body) if b.wire == secret and not b.removes]
    assert broken
    assert all(breakage.secret for breakage in broken)


def test_a_secret_field_s_broken_value_is_never_described() -> None:
    breakage = Breakage("Password", "max_length", "MTc0Mzc5YmZiMjc5" + "x" * 200, secret=True)
    assert "MTc0" not in breakage.describe()
