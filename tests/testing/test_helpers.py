"""``mpesa.testing``: canned Daraja answers and callbacks, ``MockDaraja``, ``mock_adapter`` and
the pytest plugin's fixtures, as an application's test suite would use them."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import mpesa
from mpesa import (
    OPERATIONS,
    AsyncMpesaAdapter,
    MpesaAdapter,
    MpesaAPIException,
    MpesaOutcomeUnknownError,
    ResultCodes,
    TransactionCodec,
)
from mpesa.testing import (
    MockDaraja,
    RecordingEventEmitter,
    canned_callback,
    canned_response,
    mock_adapter,
    mock_config,
)

if TYPE_CHECKING:
    from mpesa.sandbox import CallbackReceiver, LocalDaraja

pytest_plugins = ["pytester"]

WITH_CALLBACK = sorted(name for name, op in OPERATIONS.items() if op.callback is not None)
# Callback shapes that carry a result code (Bill Manager's payment notice does not).
WITH_RESULT_CODE = [
    name
    for name in WITH_CALLBACK
    if OPERATIONS[name].callback.model.__name__ != "BillManagerPayment"
]
CODE_FIELDS = ("ResponseCode", "ResultCode", "responseCode", "rescode", "code", "ResponseStatus")
STK_ARGUMENTS: dict[str, Any] = {
    "phone_number": "0708374149",
    "amount": 10,
    "account_reference": "INV001",
    "transaction_desc": "Invoice 1",
}
B2C_ARGUMENTS: dict[str, Any] = {
    "phone_number": "254708374149",
    "amount": 100,
    "command_id": "BusinessPayment",
    "remarks": "Refund",
    "occasion": "INV001",
}


def post(daraja: MockDaraja, path: str, body: Any = None) -> httpx.Response:
    with httpx.Client(transport=daraja.transport(), base_url="https://daraja.test") as client:
        return client.post(path, json=body)


def codes_in(body: dict[str, Any]) -> list[Any]:
    """Every code field of an answer, nested objects included."""
    found = [body[key] for key in CODE_FIELDS if key in body]
    for value in body.values():
        if isinstance(value, dict):
            found += codes_in(value)
    return found


# -- canned_response -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_canned_response_validates_against_the_response_model_of_every_operation(
    name: str,
) -> None:
    OPERATIONS[name].response_model.model_validate(canned_response(name))


@pytest.mark.parametrize("name", sorted(n for n in OPERATIONS if codes_in(canned_response(n))))
def test_canned_response_codes_mean_success_in_the_operation_s_code_tables(name: str) -> None:
    tables = OPERATIONS[name].result_code_tables or ("generic",)
    codes = codes_in(canned_response(name))

    assert all(ResultCodes.describe(code, tables).category == "success" for code in codes)


def test_canned_response_uses_the_product_s_own_success_code() -> None:
    assert canned_response("initiate_stk_push")["ResponseCode"] == "0"
    assert canned_response("bill_manager_send_invoice")["rescode"] == "200"
    assert canned_response("pull_transactions_query")["ResponseCode"] == "1000"


def test_canned_response_gives_daraja_shaped_ids() -> None:
    stk = canned_response("initiate_stk_push")
    b2c = canned_response("b2c_payment")

    assert stk["CheckoutRequestID"].startswith("ws_CO_")
    assert b2c["ConversationID"].startswith("AG_")


def test_canned_response_overrides_win_by_wire_name() -> None:
    body = canned_response("initiate_stk_push", ResponseCode="1", CheckoutRequestID="ws_CO_X")

    assert body["ResponseCode"] == "1"
    assert body["CheckoutRequestID"] == "ws_CO_X"


def test_canned_response_override_of_none_removes_the_field() -> None:
    assert "CustomerMessage" not in canned_response("initiate_stk_push", CustomerMessage=None)


def test_canned_response_dict_override_merges_into_the_nested_object() -> None:
    body = canned_response("create_standing_order", ResponseHeader={"responseCode": "1001"})

    assert body["ResponseHeader"]["responseCode"] == "1001"
    assert body["ResponseHeader"]["responseRefID"]


def test_canned_response_returns_a_fresh_dict_each_time() -> None:
    canned_response("b2c_payment")["ResponseCode"] = "changed"

    assert canned_response("b2c_payment")["ResponseCode"] == "0"


def test_canned_response_refuses_an_unknown_operation_naming_close_ones() -> None:
    with pytest.raises(ValueError, match="did you mean b2c_payment"):
        canned_response("b2c_paymnt")


# -- canned_callback -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", WITH_CALLBACK)
def test_canned_callback_validates_against_the_callback_model(name: str) -> None:
    callback = OPERATIONS[name].callback
    assert callback is not None

    callback.model.model_validate(canned_callback(name))


@pytest.mark.parametrize("name", WITH_RESULT_CODE)
def test_canned_failed_callback_validates_against_the_callback_model(name: str) -> None:
    callback = OPERATIONS[name].callback
    assert callback is not None

    callback.model.model_validate(canned_callback(name, result_code="2001"))


@pytest.mark.parametrize(
    "name", [name for name in WITH_CALLBACK if OPERATIONS[name].callback.result_parameters]
)
def test_canned_callback_parameters_decode_with_the_spec_s_types(name: str) -> None:
    callback = OPERATIONS[name].callback
    assert callback is not None
    body = canned_callback(name)
    items = (
        body.get("Result", {}).get("ResultParameters", {}).get("ResultParameter")
        or body.get("Body", {}).get("stkCallback", {}).get("CallbackMetadata", {}).get("Item")
        or body["ResponseBody"]["ResponseData"]
    )
    types = {spec.key: spec.type for spec in callback.result_parameters}

    decoded = TransactionCodec.decode(items, types)

    assert set(decoded) == set(types)


def test_canned_stk_callback_carries_the_metadata_of_a_payment() -> None:
    body = canned_callback("initiate_stk_push")
    items = body["Body"]["stkCallback"]["CallbackMetadata"]["Item"]

    assert TransactionCodec.flatten(items)["MpesaReceiptNumber"]
    assert body["Body"]["stkCallback"]["ResultCode"] == 0


def test_canned_failed_callback_leaves_out_the_metadata_and_describes_the_code() -> None:
    stk = canned_callback("initiate_stk_push", result_code="1032")["Body"]["stkCallback"]

    assert "CallbackMetadata" not in stk
    assert stk["ResultCode"] == 1032
    assert stk["ResultDesc"] == ResultCodes.describe("1032", ("stk",)).description


def test_canned_callback_matches_the_canned_response_of_its_request() -> None:
    answer = canned_response("initiate_stk_push")
    stk = canned_callback("initiate_stk_push")["Body"]["stkCallback"]

    assert stk["CheckoutRequestID"] == answer["CheckoutRequestID"]
    assert stk["MerchantRequestID"] == answer["MerchantRequestID"]


def test_canned_callback_overrides_apply_to_the_object_carrying_the_result_code() -> None:
    body = canned_callback("b2c_payment", ConversationID="AG_X", TransactionID=None)

    assert body["Result"]["ConversationID"] == "AG_X"
    assert "TransactionID" not in body["Result"]


def test_canned_callback_parameters_replace_the_sample_values() -> None:
    body = canned_callback(
        "initiate_stk_push", parameters={"Amount": 250, "PhoneNumber": 254712345678}
    )
    items = TransactionCodec.flatten(body["Body"]["stkCallback"]["CallbackMetadata"]["Item"])

    assert items["Amount"] == 250
    assert items["PhoneNumber"] == 254712345678


def test_canned_callback_refuses_an_operation_without_a_callback() -> None:
    with pytest.raises(ValueError, match="query_stk_push_status has no callback"):
        canned_callback("query_stk_push_status")


def test_canned_callback_refuses_a_result_code_its_shape_cannot_carry() -> None:
    with pytest.raises(ValueError, match="carries no result code"):
        canned_callback("bill_manager_opt_in", result_code="1")


# -- MockDaraja ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(n for n, op in OPERATIONS.items() if op.auth == "bearer"))
def test_mock_daraja_answers_every_operation_path_with_its_canned_response(name: str) -> None:
    op = OPERATIONS[name]
    command = next((spec.default for spec in op.fields if spec.wire == "CommandID"), None)
    body = {"CommandID": command} if command else {}

    response = post(MockDaraja(), op.path, body)

    assert response.status_code == 200
    assert response.json() == canned_response(name)


def test_mock_daraja_hands_out_a_new_token_per_token_request() -> None:
    daraja = MockDaraja()
    path = OPERATIONS["get_access_token"].path

    tokens = [post(daraja, path).json()["access_token"] for _ in range(2)]

    assert tokens == ["mock-token-1", "mock-token-2"]


def test_mock_daraja_tokens_last_the_given_lifetime() -> None:
    path = OPERATIONS["get_access_token"].path

    answer = post(MockDaraja(token_lifetime=300), path).json()

    assert answer["expires_in"] == "300"


def test_mock_daraja_delays_token_answers_of_an_async_client_without_blocking() -> None:
    daraja = MockDaraja(token_delay=0.05)
    path = OPERATIONS["get_access_token"].path

    async def run() -> list[str]:
        transport = daraja.async_transport()
        async with httpx.AsyncClient(transport=transport, base_url="https://daraja.test") as http:
            answers = await asyncio.gather(*(http.get(path) for _ in range(2)))
        return [answer.json()["access_token"] for answer in answers]

    assert sorted(asyncio.run(run())) == ["mock-token-1", "mock-token-2"]


def test_mock_daraja_records_each_operation_s_requests_with_their_bodies() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as mpesa_client:
        mpesa_client.initiate_stk_push(**STK_ARGUMENTS)

    (call,) = daraja.calls("initiate_stk_push")
    assert call.body["Amount"] == 10
    assert call.request.headers["Authorization"] == "Bearer mock-token-1"
    assert [request.url.path for request in daraja.requests] == [
        OPERATIONS["get_access_token"].path,
        OPERATIONS["initiate_stk_push"].path,
    ]


def test_mock_daraja_tells_apart_operations_sharing_a_path_by_command_id() -> None:
    daraja = MockDaraja()
    path = OPERATIONS["business_buy_goods"].path

    post(daraja, path, {"CommandID": "BusinessBuyGoods"})

    assert len(daraja.calls("business_buy_goods")) == 1
    assert daraja.calls("business_pay_bill") == []


def test_mock_daraja_echoes_the_request_ids_its_answer_carries() -> None:
    with mock_adapter() as mpesa_client:
        status = mpesa_client.query_stk_push_status("ws_CO_260520261200001")

    assert status.checkout_request_id == "ws_CO_260520261200001"


def test_queued_answers_play_in_order_then_canned_answers_resume() -> None:
    daraja = MockDaraja()
    daraja.respond(
        "get_account_balance", json=canned_response("get_account_balance", ConversationID="AG_1")
    )
    daraja.respond(
        "get_account_balance", json=canned_response("get_account_balance", ConversationID="AG_2")
    )

    with mock_adapter(daraja=daraja) as mpesa_client:
        ids = [mpesa_client.get_account_balance().conversation_id for _ in range(3)]

    assert ids == ["AG_1", "AG_2", canned_response("get_account_balance")["ConversationID"]]


def test_respond_with_a_refusing_code_reaches_the_caller_as_an_api_error() -> None:
    daraja = MockDaraja()
    daraja.respond("initiate_stk_push", json=canned_response("initiate_stk_push", ResponseCode="1"))

    with mock_adapter(daraja=daraja) as mpesa_client, pytest.raises(MpesaAPIException) as caught:
        mpesa_client.initiate_stk_push(**STK_ARGUMENTS)

    assert caught.value.error_code == "1"


def test_respond_error_sends_daraja_s_envelope_with_the_code_s_status_and_message() -> None:
    daraja = MockDaraja()
    daraja.respond_error("initiate_stk_push", "500.001.1001")

    response = post(daraja, OPERATIONS["initiate_stk_push"].path, {})

    info = mpesa.ERROR_CODES["500.001.1001"]
    assert response.status_code == info.http_status
    assert response.json()["errorCode"] == "500.001.1001"
    assert response.json()["errorMessage"] == info.message


def test_respond_error_carries_the_given_request_id() -> None:
    daraja = MockDaraja()
    daraja.respond_error("initiate_stk_push", "400.002.02", request_id="16813-1590513-1")

    response = post(daraja, OPERATIONS["initiate_stk_push"].path, {})

    assert response.json()["requestId"] == "16813-1590513-1"


def test_respond_with_answers_with_a_function_of_the_request() -> None:
    daraja = MockDaraja()
    daraja.respond_with(
        "initiate_stk_push", lambda request: httpx.Response(202, text=request.url.path)
    )

    response = post(daraja, OPERATIONS["initiate_stk_push"].path, {})

    assert (response.status_code, response.text) == (202, OPERATIONS["initiate_stk_push"].path)


def test_fail_with_a_timeout_on_a_payout_is_an_unknown_outcome_never_resent() -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout)

    with mock_adapter(daraja=daraja) as mpesa_client, pytest.raises(MpesaOutcomeUnknownError):
        mpesa_client.b2c_payment(**B2C_ARGUMENTS)

    assert len(daraja.calls("b2c_payment")) == 1


def test_fail_raises_the_given_exception_instance_from_the_transport() -> None:
    daraja = MockDaraja()
    error = httpx.ConnectError("refused")
    daraja.fail("initiate_stk_push", error)

    with pytest.raises(httpx.ConnectError) as caught:
        post(daraja, OPERATIONS["initiate_stk_push"].path, {})

    assert caught.value is error


def test_mock_daraja_answers_an_unknown_path_with_daraja_s_404_envelope() -> None:
    response = post(MockDaraja(), "/mpesa/nothing/v1/here", {})

    assert response.status_code == 404
    assert response.json()["errorCode"] == "404.001.01"


def test_queueing_an_answer_for_an_unknown_operation_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown operation 'stk_push'"):
        MockDaraja().respond("stk_push", json={})


# -- mock_adapter and mock_config ----------------------------------------------------------------


@pytest.mark.parametrize(
    "setting",
    sorted(
        {
            spec.fill.removeprefix("config.")
            for op in OPERATIONS.values()
            for spec in op.fields + op.headers
            if spec.fill is not None and spec.fill.startswith("config.")
        }
    ),
)
def test_mock_config_sets_every_setting_an_operation_fills_in(setting: str) -> None:
    assert getattr(mock_config(), setting)


def test_mock_config_applies_overrides() -> None:
    assert mock_config(business_shortcode="600000").business_shortcode == "600000"


def test_mock_adapter_fills_requests_from_the_test_configuration() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as mpesa_client:
        mpesa_client.initiate_stk_push(**STK_ARGUMENTS)

    (call,) = daraja.calls("initiate_stk_push")
    assert call.body["BusinessShortCode"] == "174379"
    assert call.body["PhoneNumber"] == "254708374149"
    assert call.body["CallBackURL"].startswith("https://")
    assert call.body["Password"]


def test_mock_adapter_sends_security_credential_without_a_certificate() -> None:
    daraja = MockDaraja()
    with mock_adapter(daraja=daraja) as mpesa_client:
        mpesa_client.b2c_payment(**B2C_ARGUMENTS)

    assert daraja.calls("b2c_payment")[0].body["SecurityCredential"] == "mock-security-credential"


def test_mock_adapter_retries_reads_without_sleeping() -> None:
    daraja = MockDaraja()
    daraja.respond("get_account_balance", status=503)
    # A real sleep of up to an hour would hang the test instead of passing it.
    config = mock_config(backoff_factor=3600.0)

    with mock_adapter(config, daraja=daraja) as mpesa_client:
        mpesa_client.get_account_balance()

    assert len(daraja.calls("get_account_balance")) == 2


def test_mock_adapter_publishes_events_to_the_given_emitter() -> None:
    events = RecordingEventEmitter()
    with mock_adapter(event_emitter=events) as mpesa_client:
        mpesa_client.initiate_stk_push(**STK_ARGUMENTS)

    events.assert_emitted("mpesa.stk_push.initiated", amount="10", phone="2547****149")


def test_mock_adapter_builds_an_async_adapter_on_request() -> None:
    daraja = MockDaraja()
    adapter = mock_adapter(daraja=daraja, async_=True)

    result = asyncio.run(adapter.initiate_stk_push(**STK_ARGUMENTS))

    assert isinstance(adapter, AsyncMpesaAdapter)
    assert result.checkout_request_id == canned_response("initiate_stk_push")["CheckoutRequestID"]


# -- the pytest plugin ---------------------------------------------------------------------------


def test_the_plugin_is_registered_through_its_entry_point(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("mpesa")


def test_loading_the_plugin_imports_neither_the_sandbox_nor_its_extra() -> None:
    code = (
        "import sys, mpesa.testing.plugin; "
        "print(json.dumps([m for m in ('mpesa.sandbox', 'starlette', 'uvicorn') if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import json; " + code],
        capture_output=True,
        text=True,
        check=True,
    )

    assert json.loads(result.stdout) == []


def test_sandbox_fixtures_skip_naming_the_extra_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mpesa.testing import plugin

    monkeypatch.delattr(mpesa, "sandbox", raising=False)
    monkeypatch.setitem(sys.modules, "mpesa.sandbox", None)

    with pytest.raises(pytest.skip.Exception, match=r"pip install 'mpesa-adapter\[sandbox\]'"):
        plugin._sandbox()


def test_mpesa_adapter_fixture_talks_to_mpesa_daraja_and_reports_to_mpesa_events(
    mpesa_adapter: MpesaAdapter,
    mpesa_daraja: MockDaraja,
    mpesa_events: RecordingEventEmitter,
) -> None:
    mpesa_daraja.respond(
        "query_stk_push_status", json=canned_response("query_stk_push_status", ResultCode="1032")
    )

    mpesa_adapter.query_stk_push_status("ws_CO_1")

    assert len(mpesa_daraja.calls("query_stk_push_status")) == 1
    mpesa_events.assert_emitted("mpesa.stk_push.failed", result_code="1032")


def test_mpesa_async_adapter_fixture_talks_to_mpesa_daraja(
    mpesa_async_adapter: AsyncMpesaAdapter, mpesa_daraja: MockDaraja
) -> None:
    asyncio.run(mpesa_async_adapter.get_account_balance())

    assert len(mpesa_daraja.calls("get_account_balance")) == 1


def test_local_mpesa_adapter_delivers_callbacks_to_callback_receiver(
    local_mpesa_adapter: MpesaAdapter, callback_receiver: CallbackReceiver
) -> None:
    accepted = local_mpesa_adapter.initiate_stk_push(**STK_ARGUMENTS)

    (callback,) = callback_receiver.wait_for(1, path="/callback")

    assert callback["Body"]["stkCallback"]["CheckoutRequestID"] == accepted.checkout_request_id


def test_local_daraja_fixture_is_a_running_server(local_daraja: LocalDaraja) -> None:
    response = httpx.get(
        local_daraja.base_url + OPERATIONS["get_access_token"].path,
        params={"grant_type": "client_credentials"},
        auth=(local_daraja.consumer_key, local_daraja.consumer_secret),
    )

    assert response.status_code == 200


def test_a_user_test_file_can_use_the_fixtures_without_any_setup(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from mpesa.testing import canned_response

        def test_checkout(mpesa_adapter, mpesa_daraja, mpesa_events):
            mpesa_daraja.respond_error("initiate_stk_push", "500.003.02")
            result = mpesa_adapter.initiate_stk_push(
                phone_number="0708374149", amount=10, account_reference="A1"
            )
            assert result.checkout_request_id.startswith("ws_CO_")
            assert len(mpesa_daraja.calls("initiate_stk_push")) == 2
            mpesa_events.assert_emitted("mpesa.stk_push.initiated")
        """
    )

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=1)
