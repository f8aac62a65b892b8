"""The product brief's test helpers, used the way the brief uses them.

``MockMpesaEventEmitter``, ``MockMpesaResponses``, ``MpesaAdapterTestHelper`` and
``MpesaIntegrationTestBase`` are thin names over ``mpesa.testing``'s mock Daraja, canned
answers and the local Daraja.
"""

from __future__ import annotations

import sys
import unittest
from collections.abc import Callable
from typing import Any

import pytest

from mpesa import (
    OPERATIONS,
    MpesaAdapter,
    MpesaAPIException,
    MpesaAuthException,
    RecordingEventEmitter,
)
from mpesa import testing as mpesa_testing
from mpesa.testing import (
    MockDaraja,
    MockMpesaEventEmitter,
    MockMpesaResponses,
    MpesaAdapterTestHelper,
    canned_response,
    mock_config,
)

PHONE = "254712345678"


def stk_push(adapter: MpesaAdapter) -> Any:
    return adapter.initiate_stk_push(
        phone_number=PHONE, amount=100, account_reference="INV001", transaction_desc="Order 1"
    )


def test_the_brief_s_mock_adapter_example_runs_as_written() -> None:
    adapter = MpesaAdapterTestHelper.create_mock_adapter()
    MpesaAdapterTestHelper.mock_stk_push_response(adapter, success=True)
    result = stk_push(adapter)
    assert adapter.event_emitter.assert_event_emitted("mpesa.stk_push.initiated")  # type: ignore[attr-defined]
    assert result["CheckoutRequestID"] == result.checkout_request_id
    adapter.close()


def test_assert_event_emitted_returns_the_matching_event_s_data() -> None:
    emitter = MockMpesaEventEmitter()
    emitter.emit("mpesa.b2c.initiated", {"operation": "b2c_payment", "amount": "100"})
    data = emitter.assert_event_emitted("mpesa.b2c.initiated", amount="100")
    assert data == {"operation": "b2c_payment", "amount": "100"}


def test_assert_event_emitted_says_what_was_emitted_instead() -> None:
    emitter = MockMpesaEventEmitter()
    emitter.emit("mpesa.auth.token_acquired", {})
    with pytest.raises(AssertionError, match=r"emitted: \['mpesa.auth.token_acquired'\]"):
        emitter.assert_event_emitted("mpesa.stk_push.initiated")


def test_the_mock_event_emitter_is_a_recording_event_emitter() -> None:
    assert isinstance(MockMpesaEventEmitter(), RecordingEventEmitter)


def test_an_adapter_exposes_the_emitter_it_was_given_as_event_emitter() -> None:
    emitter = MockMpesaEventEmitter()
    adapter = MpesaAdapter(mock_config(), event_emitter=emitter)
    assert adapter.event_emitter is emitter
    with pytest.raises(AttributeError):
        adapter.event_emitter = MockMpesaEventEmitter()  # type: ignore[misc]
    adapter.close()


def test_a_mock_adapter_publishes_to_the_emitter_it_is_given() -> None:
    emitter = MockMpesaEventEmitter()
    with MpesaAdapterTestHelper.create_mock_adapter(event_emitter=emitter) as adapter:
        stk_push(adapter)
    emitter.assert_event_emitted("mpesa.stk_push.initiated", amount="100")


def test_the_mock_daraja_of_a_mock_adapter_records_its_requests() -> None:
    daraja = MockDaraja()
    with MpesaAdapterTestHelper.create_mock_adapter(daraja=daraja) as adapter:
        stk_push(adapter)
        assert MpesaAdapterTestHelper.mock_daraja(adapter) is daraja
    assert daraja.calls("initiate_stk_push")[0].body["Amount"] == 100


def test_asking_for_the_mock_daraja_of_another_adapter_is_refused() -> None:
    with (
        MpesaAdapter(mock_config()) as adapter,
        pytest.raises(ValueError, match="create_mock_adapter"),
    ):
        MpesaAdapterTestHelper.mock_daraja(adapter)


@pytest.mark.parametrize(
    ("responses", "operation"),
    [
        (MockMpesaResponses.oauth_token, "get_access_token"),
        (MockMpesaResponses.stk_push, "initiate_stk_push"),
        (MockMpesaResponses.stk_query, "query_stk_push_status"),
        (MockMpesaResponses.b2c, "b2c_payment"),
        (MockMpesaResponses.transaction_status, "query_transaction_status"),
        (MockMpesaResponses.account_balance, "get_account_balance"),
    ],
)
def test_each_success_response_is_the_operation_s_canned_answer(
    responses: Callable[[], dict[str, Any]], operation: str
) -> None:
    body = responses()
    assert body == canned_response(operation)
    OPERATIONS[operation].response_model.model_validate(body)


@pytest.mark.parametrize(
    ("response", "code"),
    [
        (MockMpesaResponses.oauth_token(success=False), "400.008.01"),
        (MockMpesaResponses.stk_push(success=False), "400.002.02"),
        (MockMpesaResponses.b2c(success=False), "400.002.02"),
        (MockMpesaResponses.stk_query_pending(), "500.001.1001"),
    ],
)
def test_each_failure_response_is_daraja_s_error_envelope(
    response: dict[str, Any], code: str
) -> None:
    assert set(response) == {"requestId", "errorCode", "errorMessage"}
    assert response["errorCode"] == code


def test_stk_query_reports_the_given_result_code_with_its_meaning() -> None:
    body = MockMpesaResponses.stk_query(1032)
    assert body["ResultCode"] == "1032"
    assert "cancel" in body["ResultDesc"]


def test_callbacks_are_the_canned_callbacks_of_any_operation() -> None:
    callback = MockMpesaResponses.callback("b2c_payment", "2001")
    assert callback["Result"]["ResultCode"] == 2001


def test_a_refused_stk_push_reaches_the_caller_as_an_api_error() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_stk_push_response(adapter, success=False)
        with pytest.raises(MpesaAPIException) as caught:
            stk_push(adapter)
    assert (caught.value.error_code, caught.value.http_status) == ("400.002.02", 400)
    adapter.event_emitter.assert_event_emitted("mpesa.stk_push.failed")  # type: ignore[attr-defined]


def test_refused_credentials_are_an_auth_error_saying_so_once() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_oauth_response(adapter, success=False)
        with pytest.raises(MpesaAuthException) as caught:
            adapter.get_access_token()
    assert str(caught.value) == (
        "get_access_token: Daraja refused the consumer key and secret (HTTP 400, 400.008.01)"
    )
    assert (caught.value.error_code, caught.value.http_status) == ("400.008.01", 400)
    assert caught.value.error_message == "Invalid Authentication passed"


def test_a_mocked_token_is_the_one_the_adapter_uses() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_oauth_response(adapter, success=True)
        stk_push(adapter)
        daraja = MpesaAdapterTestHelper.mock_daraja(adapter)
    (call,) = daraja.calls("initiate_stk_push")
    assert call.request.headers["Authorization"] == "Bearer mock-access-token"


def test_a_mocked_stk_query_result_decides_the_event() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_stk_query_response(adapter, result_code="1032")
        status = adapter.query_stk_push_status("ws_CO_191220191020363925")
    assert status.result_code == "1032"
    adapter.event_emitter.assert_event_emitted("mpesa.stk_push.failed")  # type: ignore[attr-defined]


def test_a_refused_b2c_payment_reaches_the_caller_as_an_api_error() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_b2c_response(adapter, success=False)
        with pytest.raises(MpesaAPIException, match=r"400\.002\.02"):
            adapter.b2c_payment(PHONE, 100, "BusinessPayment", "Refund", "Order 1")


def test_mocked_queries_are_accepted_and_announced() -> None:
    with MpesaAdapterTestHelper.create_mock_adapter() as adapter:
        MpesaAdapterTestHelper.mock_transaction_status_response(adapter)
        MpesaAdapterTestHelper.mock_account_balance_response(adapter)
        assert adapter.query_transaction_status("NLJ7RT61SV").response_code == "0"
        assert adapter.get_account_balance().response_code == "0"
    emitter = adapter.event_emitter
    emitter.assert_event_emitted("mpesa.transaction.status_query")  # type: ignore[attr-defined]
    emitter.assert_event_emitted("mpesa.balance.query")  # type: ignore[attr-defined]


class StkPushOnALocalDaraja(mpesa_testing.MpesaIntegrationTestBase):
    """The brief's integration base, used as a user's own unittest class would."""

    def test_something(self) -> None:
        stk_push(self.adapter)
        self.assert_event_emitted("mpesa.stk_push.initiated")

    def test_callbacks_reach_the_class_s_receiver(self) -> None:
        accepted = stk_push(self.adapter)
        (callback,) = self.callback_receiver.wait_for(1, timeout=10, path="/callback")
        checkout = callback["Body"]["stkCallback"]["CheckoutRequestID"]
        self.assertEqual(checkout, accepted.checkout_request_id)

    def test_each_test_gets_a_fresh_adapter_and_fresh_events(self) -> None:
        self.assertEqual(self.events.names(), [])
        self.assertIs(self.adapter.event_emitter, self.events)


def test_the_integration_base_skips_naming_the_extra_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "mpesa.sandbox", None)

    class NeedsSandbox(mpesa_testing.MpesaIntegrationTestBase):
        pass

    with pytest.raises(unittest.SkipTest, match=r"pip install 'mpesa-adapter\[sandbox\]'"):
        NeedsSandbox.setUpClass()
