"""A body that is not a Daraja callback raises MpesaCallbackError saying why, and nothing else."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpesa import MpesaCallbackError, MpesaException, parse_callback
from mpesa.callbacks import MAX_DEPTH
from mpesa.testing import canned_callback
from tests.callbacks.conftest import C2B_CONFIRMATION, CALLBACK_OPERATIONS, STK_SUCCESS


def test_the_error_is_an_mpesa_exception() -> None:
    assert issubclass(MpesaCallbackError, MpesaException)


@pytest.mark.parametrize("body", [b"", b"{", b"Body=1", "not json", b"{'Body': 1}"])
def test_a_body_that_is_not_json_is_refused(body: bytes | str) -> None:
    with pytest.raises(MpesaCallbackError, match="not JSON"):
        parse_callback(body)


@pytest.mark.parametrize(
    ("body", "named"),
    [(b"[]", "an array"), (b'"Body"', "a string"), (b"1", "a number"), (b"null", "null")],
)
def test_a_body_that_is_not_an_object_is_refused(body: bytes, named: str) -> None:
    with pytest.raises(MpesaCallbackError, match=f"JSON object, not {named}"):
        parse_callback(body)


def test_a_body_of_another_python_type_is_refused() -> None:
    with pytest.raises(MpesaCallbackError, match="not int"):
        parse_callback(1)  # type: ignore[arg-type]


def test_a_body_with_no_callback_s_keys_is_refused_naming_what_each_needs() -> None:
    with pytest.raises(MpesaCallbackError, match=r"stk: Body; result: Result"):
        parse_callback({"ResultCode": 0})


def test_a_body_missing_a_required_key_is_refused_naming_it() -> None:
    body = json.loads(STK_SUCCESS)
    del body["Body"]["stkCallback"]["CheckoutRequestID"]
    with pytest.raises(MpesaCallbackError, match=r"Body\.stkCallback\.CheckoutRequestID"):
        parse_callback(body)


def test_the_error_does_not_repeat_the_body_s_values() -> None:
    body = json.loads(C2B_CONFIRMATION)
    body["TransAmount"] = "254712345678 pays"
    with pytest.raises(MpesaCallbackError) as raised:
        parse_callback(body)
    assert "254712345678" not in str(raised.value)


def test_a_body_over_one_megabyte_is_refused() -> None:
    body = json.dumps({"Result": {}, "padding": "x" * 1024 * 1024})
    for form in (body, body.encode()):
        with pytest.raises(MpesaCallbackError, match="over 1048576 bytes"):
            parse_callback(form)


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 100_000])
def test_a_body_nested_deeper_than_callbacks_need_is_refused(levels: int) -> None:
    body = '{"Body":' + "[" * levels + "]" * levels + "}"
    with pytest.raises(MpesaCallbackError, match="nests deeper than"):
        parse_callback(body)


def test_a_parsed_object_nested_too_deeply_is_refused() -> None:
    nested: dict[str, Any] = {}
    for _ in range(MAX_DEPTH):
        nested = {"x": nested}
    with pytest.raises(MpesaCallbackError, match="nests deeper than"):
        parse_callback({"Result": nested})


def test_the_deepest_callback_shape_is_within_the_limit() -> None:
    assert parse_callback(STK_SUCCESS).kind == "stk"


@pytest.mark.parametrize("body", [b"\xff\xfe{}", b'{"Body": "\xc3\x28"}'])
def test_a_body_that_is_not_utf_8_is_refused(body: bytes) -> None:
    with pytest.raises(MpesaCallbackError, match="not UTF-8"):
        parse_callback(body)


def test_text_with_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(MpesaCallbackError, match="not valid Unicode"):
        parse_callback('{"Body": "\ud800"}')


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_non_finite_number_is_refused(constant: str) -> None:
    with pytest.raises(MpesaCallbackError, match="not a JSON number"):
        parse_callback(STK_SUCCESS.replace('"Value": 1.00', f'"Value": {constant}'))


def test_a_non_finite_amount_in_a_parsed_object_is_refused() -> None:
    body = json.loads(STK_SUCCESS)
    body["Body"]["stkCallback"]["CallbackMetadata"]["Item"][0]["Value"] = float("nan")
    with pytest.raises(MpesaCallbackError, match="finite"):
        parse_callback(body)


# -- junk never raises anything else --------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["0", "", "2001", "20191219102115", "A|KES|1|1|0|0", "{Amount=}"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


@st.composite
def damaged_callbacks(draw: st.DrawFn) -> Any:
    """A real callback with one part replaced by junk (or removed)."""
    body = canned_callback(draw(st.sampled_from(CALLBACK_OPERATIONS)))
    path = draw(st.sampled_from(_paths(body)[1:]))
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(JSON_VALUES)
    return body


def _encoded(body: Any, form: str) -> Any:
    if form == "dict":
        return body
    text = json.dumps(body)
    return text if form == "str" else text.encode()


JUNK = (
    st.binary(max_size=200)
    | st.text(max_size=200)
    | st.tuples(JSON_VALUES, st.sampled_from(["dict", "str", "bytes"])).map(lambda p: _encoded(*p))
    | st.tuples(damaged_callbacks(), st.sampled_from(["dict", "str", "bytes"])).map(
        lambda p: _encoded(*p)
    )
)


@given(JUNK)
def test_junk_bodies_raise_nothing_but_mpesa_callback_error(body: Any) -> None:
    try:
        parse_callback(body)
    except MpesaCallbackError as error:
        assert error.message
