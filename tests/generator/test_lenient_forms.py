"""The other JSON form of a field: read where the spec says Daraja takes it, never sent.

A digit-text field marked ``accepts_number`` reads a non-negative JSON integer as its digits;
an integer field marked ``accepts_text`` reads ASCII digit text as the integer. The request
model converts either to the field's own type, the form the adapter sends. Response and
callback models read both forms for every field.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, get_args, get_origin

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from mpesa import OPERATIONS, MpesaValidationError, models
from mpesa._shapes import field_types, model_body, wire_name
from mpesa._wire import ACCEPTS, InboundModel
from mpesa.testing import MockDaraja, mock_adapter
from tests.spec_strategies import SPEC, request_fields, value_for

Field = dict[str, Any]

OBJECT_BODIES = sorted(
    name for name, op in SPEC.operations.items() if op["request"].get("body", "object") == "object"
)
NUMBER_FIELDS = [
    pytest.param(name, field, id=f"{name}-{field['wire']}")
    for name in OBJECT_BODIES
    for field in request_fields(name)
    if field.get("accepts_number")
]
TEXT_FIELDS = [
    pytest.param(name, field, id=f"{name}-{field['wire']}")
    for name in OBJECT_BODIES
    for field in request_fields(name)
    if field.get("accepts_text")
]
NOT_A_COUNT = [True, False, -1, 1.0, 600000.5, Decimal("600000"), 10**40]
NOT_DIGIT_TEXT = [
    "1.5",
    "1e3",
    " 100",
    "100 ",
    "\u0661\u0660\u0660",  # Arabic-Indic digits
    "+100",
    "1_000",
    "0x10",
    "",
    True,
    b"100",
    "9" * 20,
    "9" * 1_000_000,
]
INBOUND = sorted(
    (
        getattr(models, name)
        for name in models.__all__
        if issubclass(getattr(models, name), InboundModel)
    ),
    key=lambda model: model.__name__,
)


def body_strategy(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """A valid wire body of operation ``name``: each field drawn from its spec constraints."""
    request = SPEC.operations[name]["request"]
    needed = {wires[0] for wires in request.get("at_least_one", [])}
    required, optional = {}, {}
    for field in request.get("fields", []):
        wanted = field.get("required") or field["wire"] in needed
        (required if wanted else optional)[field["wire"]] = value_for(field)
    return st.fixed_dictionaries(required, optional=optional)


@functools.cache
def _simplest_body(name: str) -> dict[str, Any]:
    return dict(find(body_strategy(name), lambda _: True))


def simplest_body(name: str) -> dict[str, Any]:
    return dict(_simplest_body(name))


def request_model(name: str) -> type[BaseModel]:
    model: type[BaseModel] = OPERATIONS[name].request_model
    return model


def refused_fields(name: str, body: dict[str, Any]) -> list[Any]:
    with pytest.raises(ValidationError) as caught:
        request_model(name).model_validate(body)
    return [error["loc"][0] for error in caught.value.errors()]


def digits_without_leading_zero(field: Field) -> st.SearchStrategy[str]:
    return value_for(field).filter(lambda value: value == str(int(value)))


def test_each_request_field_reads_the_other_form_its_spec_names_and_no_other() -> None:
    for name in OBJECT_BODIES:
        marked = {
            wire_name(attribute, info): info.json_schema_extra or {}
            for attribute, info in request_model(name).model_fields.items()
        }
        for field in request_fields(name):
            expected = "number" if field.get("accepts_number") else None
            expected = "text" if field.get("accepts_text") else expected
            assert dict(marked[field["wire"]]).get(ACCEPTS) == expected, (name, field["wire"])


@pytest.mark.parametrize(("name", "field"), NUMBER_FIELDS)
@given(data=st.data())
def test_a_digit_text_field_reads_a_json_number_as_its_digits(
    name: str, field: Field, data: st.DataObject
) -> None:
    body = data.draw(body_strategy(name))
    digits = data.draw(digits_without_leading_zero(field))
    body[field["wire"]] = int(digits)

    assert (
        request_model(name).model_validate(body).model_dump(by_alias=True)[field["wire"]] == digits
    )


@pytest.mark.parametrize(("name", "field"), TEXT_FIELDS)
@given(data=st.data())
def test_an_integer_field_reads_ascii_digit_text_as_the_integer(
    name: str, field: Field, data: st.DataObject
) -> None:
    body = data.draw(body_strategy(name))
    amount = data.draw(value_for(field))
    body[field["wire"]] = str(amount)

    sent = request_model(name).model_validate(body).model_dump(by_alias=True)[field["wire"]]

    assert type(sent) is int
    assert sent == amount


@pytest.mark.parametrize("value", NOT_A_COUNT, ids=repr)
@pytest.mark.parametrize(("name", "field"), NUMBER_FIELDS)
def test_a_digit_text_field_refuses_a_bool_a_fraction_a_negative_or_a_huge_number(
    name: str, field: Field, value: object
) -> None:
    body = simplest_body(name) | {field["wire"]: value}

    assert refused_fields(name, body) == [field["wire"]]


@pytest.mark.parametrize("value", NOT_DIGIT_TEXT, ids=lambda value: repr(value)[:12])
@pytest.mark.parametrize(("name", "field"), TEXT_FIELDS)
def test_an_integer_field_refuses_text_that_is_not_ascii_digits_and_booleans(
    name: str, field: Field, value: object
) -> None:
    body = simplest_body(name) | {field["wire"]: value}

    assert refused_fields(name, body) == [field["wire"]]


def test_a_field_not_marked_keeps_its_one_form() -> None:
    body = simplest_body("initiate_stk_push") | {"AccountReference": 12345}

    assert refused_fields("initiate_stk_push", body) == ["AccountReference"]


def test_the_adapter_sends_the_canonical_form_of_a_value_given_in_the_other() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as adapter:
        adapter.b2c_payment("254712345678", 100, party_a=600000)  # type: ignore[arg-type]

    sent = daraja.calls("b2c_payment")[-1].body
    assert (sent["PartyA"], sent["Amount"]) == ("600000", 100)


def test_a_refused_other_form_is_a_validation_error_naming_field_and_rule() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as adapter, pytest.raises(MpesaValidationError) as caught:
        adapter.b2c_payment("254712345678", 100, party_a=True)  # type: ignore[arg-type]

    assert [problem.field for problem in caught.value.errors] == ["PartyA"]
    assert daraja.calls("b2c_payment") == []


def other_form(wire: str, kinds: Sequence[Any]) -> Any:
    """A value for an inbound field in the form its type does not name, where there is one."""
    kind = kinds[0]
    if kind is str:
        return 600000
    if kind is int:
        return "100"
    if kind is Decimal:
        return "100.50"
    if kind is bool:
        return True
    if get_origin(kind) is Literal:
        return get_args(kind)[0]
    return None


@pytest.mark.parametrize("model", INBOUND, ids=lambda model: model.__name__)
def test_response_and_callback_models_read_a_number_for_text_and_digits_for_an_integer(
    model: type[BaseModel],
) -> None:
    body = model_body(model, {}, other_form)

    read = model.model_validate(body)

    for name, info in model.model_fields.items():
        if field_types(info.annotation) == [str]:
            assert getattr(read, name) == "600000"
        elif field_types(info.annotation) == [int]:
            assert getattr(read, name) == 100
