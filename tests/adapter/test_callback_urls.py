"""A URL given on one call obeys the rules of a configured one, checked before anything is sent.

Callback, result, timeout, confirmation and validation URLs must be absolute http(s) URLs,
https in production; C2B register URLs must also avoid the words Daraja refuses in them
(``forbidden_words`` in ``spec/operations/c2b.yaml``). Configured URLs that reach C2B register
are held to the same words. No message quotes the URL: it may carry a secret.
"""

from __future__ import annotations

import copy

import pytest

from mpesa import OPERATIONS, MpesaConfigError, MpesaValidationError
from mpesa.testing import MockDaraja, mock_adapter, mock_config
from tests.spec_strategies import minimal_arguments

URL_FIELDS = [
    (name, spec.argument, spec.wire)
    for name, op in OPERATIONS.items()
    for spec in op.fields
    if spec.url and op.auth == "bearer"
]
C2B_REGISTER = [
    name for name, op in OPERATIONS.items() if any(spec.forbidden_words for spec in op.fields)
]
SECRET_PATH = "https://merchant.example/hooks/s3cr3t-token"


def refused(operation: str, **overrides: object) -> MpesaValidationError:
    daraja = MockDaraja()
    arguments = {**copy.deepcopy(minimal_arguments(operation)), **overrides}
    with mock_adapter(daraja=daraja) as client, pytest.raises(MpesaValidationError) as caught:
        getattr(client, operation)(**arguments)
    assert daraja.calls(operation) == []
    return caught.value


@pytest.mark.parametrize(("operation", "argument", "wire"), URL_FIELDS)
def test_a_relative_url_given_on_a_call_is_refused_before_sending(
    operation: str, argument: str, wire: str
) -> None:
    error = refused(operation, **{argument: "merchant.example/hook"})
    assert [(p.field, p.rule) for p in error.errors] == [(wire, "url")]


@pytest.mark.parametrize(("operation", "argument", "wire"), URL_FIELDS)
def test_a_url_with_a_space_given_on_a_call_is_refused(
    operation: str, argument: str, wire: str
) -> None:
    error = refused(operation, **{argument: "https://merchant.example/a hook"})
    assert [p.rule for p in error.errors] == ["url"]


def test_a_non_http_scheme_given_on_a_call_is_refused() -> None:
    error = refused("b2c_payment", result_url="ftp://merchant.example/result")
    assert [p.rule for p in error.errors] == ["url"]


def test_production_refuses_a_plain_http_url_given_on_a_call() -> None:
    config = mock_config(environment="production")
    daraja = MockDaraja()
    with (
        mock_adapter(config, daraja=daraja) as client,
        pytest.raises(MpesaValidationError) as caught,
    ):
        client.initiate_stk_push(
            **{
                **minimal_arguments("initiate_stk_push"),
                "callback_url": "http://merchant.example/stk",
            }
        )
    assert [(p.field, p.rule) for p in caught.value.errors] == [("CallBackURL", "https")]
    assert daraja.calls("initiate_stk_push") == []


def test_the_sandbox_accepts_a_plain_http_url_given_on_a_call() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client:
        client.initiate_stk_push(
            **{
                **minimal_arguments("initiate_stk_push"),
                "callback_url": "http://127.0.0.1:8000/stk",
            }
        )
    assert daraja.calls("initiate_stk_push")[0].body["CallBackURL"] == "http://127.0.0.1:8000/stk"


@pytest.mark.parametrize("operation", C2B_REGISTER)
@pytest.mark.parametrize("word", ["M-PESA", "MPesa", "safaricom", "Exec", "cmd", "sql", "QUERY"])
def test_c2b_register_refuses_a_forbidden_word_in_any_case(operation: str, word: str) -> None:
    error = refused(operation, confirmation_url=f"https://merchant.example/{word}/confirm")
    assert [(p.field, p.rule) for p in error.errors] == [("ConfirmationURL", "forbidden_word")]


@pytest.mark.parametrize("operation", C2B_REGISTER)
def test_c2b_register_refuses_a_forbidden_word_in_a_configured_url(operation: str) -> None:
    config = mock_config(validation_url="https://merchant.example/mpesa/validate")
    daraja = MockDaraja()
    arguments = copy.deepcopy(minimal_arguments(operation))
    arguments.pop("validation_url", None)
    with (
        mock_adapter(config, daraja=daraja) as client,
        pytest.raises(MpesaValidationError) as caught,
    ):
        getattr(client, operation)(**arguments)
    assert [(p.field, p.rule) for p in caught.value.errors] == [("ValidationURL", "forbidden_word")]
    assert daraja.calls(operation) == []


def test_forbidden_words_apply_only_where_daraja_forbids_them() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as client:
        client.b2c_payment(
            **{
                **minimal_arguments("b2c_payment"),
                "result_url": "https://merchant.example/mpesa/result",
            }
        )
    assert len(daraja.calls("b2c_payment")) == 1


def test_a_refused_url_is_never_quoted_in_the_error() -> None:
    error = refused("b2c_payment", result_url=SECRET_PATH.replace("https", "ftp"))
    assert "s3cr3t" not in str(error)
    assert "s3cr3t" not in repr(error)


def test_a_refused_configured_url_is_never_quoted_in_the_error() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        mock_config(environment="production", result_url=SECRET_PATH.replace("https", "http"))
    assert "s3cr3t" not in str(caught.value)
    assert "result_url must use https in production" in str(caught.value)
