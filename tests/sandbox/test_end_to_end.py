"""End to end over real HTTP on 127.0.0.1: both adapters against the local Daraja.

Every operation in ``OPERATIONS`` succeeds through ``MpesaAdapter`` and ``AsyncMpesaAdapter``;
every callback shape arrives at a local receiver and parses into its model; every magic
customer number yields its result code; every injected fault reaches the client as the right
error.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from mpesa import (
    OPERATIONS,
    AsyncMpesaAdapter,
    MpesaAdapter,
    MpesaAPIException,
    MpesaConfig,
    MpesaOutcomeUnknownError,
    MpesaTransportError,
    RecordingEventEmitter,
    models,
)
from mpesa.constants import EventNameConstants
from mpesa.sandbox import MAGIC, CallbackReceiver, LocalDaraja
from tests.spec_strategies import minimal_arguments

CUSTOMER = "254708374149"


@pytest.fixture(scope="module")
def daraja() -> Iterator[LocalDaraja]:
    with LocalDaraja(stk_delay=0.05) as server:
        yield server


@pytest.fixture(scope="module")
def receiver() -> Iterator[CallbackReceiver]:
    with CallbackReceiver() as server:
        yield server


@pytest.fixture
def config(daraja: LocalDaraja, receiver: CallbackReceiver) -> Iterator[MpesaConfig]:
    daraja.state.reset()
    receiver.clear()
    yield daraja.config(
        callback_url=receiver.url("/callback"),
        result_url=receiver.url("/result"),
        timeout_url=receiver.url("/timeout"),
        confirmation_url=receiver.url("/confirm"),
        validation_url=receiver.url("/validate"),
        backoff_factor=0.01,
    )
    daraja.state.clear_faults()
    daraja.state.settle()


def arguments_for(name: str, mpesa: MpesaAdapter) -> dict[str, Any]:
    """Valid arguments for one call; stateful operations first make what they refer to."""
    arguments = minimal_arguments(name)
    if name.startswith("bill_manager_") and name != "bill_manager_opt_in":
        opted_in = mpesa.bill_manager_opt_in(**minimal_arguments("bill_manager_opt_in"))
        arguments["app_key"] = opted_in["app_key"]
    if name == "query_stk_push_status":
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "E2E")
        arguments["checkout_request_id"] = push.checkout_request_id
        time.sleep(0.2)
    return arguments


def returned_type(name: str) -> Any:
    """What the method returns: the response model, or the type of the field it ``returns``."""
    op = OPERATIONS[name]
    if op.returns is None:
        return op.response_model
    return op.response_model.model_fields[op.returns].annotation


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_succeeds_through_the_sync_adapter(name: str, config: MpesaConfig) -> None:
    with MpesaAdapter(config) as mpesa:
        result = getattr(mpesa, name)(**arguments_for(name, mpesa))
    assert isinstance(result, returned_type(name))


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_succeeds_through_the_async_adapter(name: str, config: MpesaConfig) -> None:
    with MpesaAdapter(config) as helper:
        arguments = arguments_for(name, helper)

    async def call() -> Any:
        async with AsyncMpesaAdapter(config) as mpesa:
            return await getattr(mpesa, name)(**arguments)

    assert isinstance(asyncio.run(call()), returned_type(name))


CALLBACK_OPERATIONS = sorted(
    name
    for name, op in OPERATIONS.items()
    if op.callback is not None and not name.startswith("bill_manager_")
)


@pytest.mark.parametrize("name", CALLBACK_OPERATIONS)
def test_each_callback_arrives_at_the_receiver_and_parses_into_its_model(
    name: str, config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    op = OPERATIONS[name]
    assert op.callback is not None
    url_argument = op.field(op.callback.url_field).argument
    with MpesaAdapter(config) as mpesa:
        arguments = arguments_for(name, mpesa)
        arguments[url_argument] = receiver.url(f"/{name}")
        getattr(mpesa, name)(**arguments)
    (body,) = receiver.wait_for(1, timeout=10, path=f"/{name}")
    op.callback.model.model_validate(body)


def test_c2b_simulate_calls_validation_then_confirmation_and_both_parse(
    config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    with MpesaAdapter(config) as mpesa:
        mpesa.c2b_register_url_v2()
        mpesa.c2b_simulate_v2(CUSTOMER, 100, "ACC-1")
    (validation,) = receiver.wait_for(1, timeout=10, path="/validate")
    (confirmation,) = receiver.wait_for(1, timeout=10, path="/confirm")
    assert (
        models.C2BValidation.model_validate(validation).trans_id
        == models.C2BConfirmation.model_validate(confirmation).trans_id
    )


def test_a_rejecting_validation_reply_stops_the_confirmation(
    config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    receiver.reply("/validate", {"ResultCode": "C2B00012", "ResultDesc": "Rejected"})
    try:
        with MpesaAdapter(config) as mpesa:
            mpesa.c2b_register_url_v2()
            mpesa.c2b_simulate_v2(CUSTOMER, 100, "ACC-2")
        receiver.wait_for(1, timeout=10, path="/validate")
        time.sleep(0.3)
        assert receiver.bodies_for("/confirm") == []
    finally:
        receiver.reply("/validate", {"ResultCode": "0", "ResultDesc": "Accepted"})


STK_MAGIC = sorted(
    (number, code)
    for number, code in MAGIC.items()
    if code in {"1", "17", "1001", "1019", "1032", "1037", "2001"}
)


@pytest.mark.parametrize(("number", "code"), STK_MAGIC)
def test_each_magic_customer_number_yields_its_result_code(
    number: str, code: str, config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    with MpesaAdapter(config) as mpesa:
        mpesa.initiate_stk_push(number, 10, "MAGIC")
    (body,) = receiver.wait_for(1, timeout=10, path="/callback")
    assert str(models.StkCallback.model_validate(body).body.stk_callback.result_code) == code


def test_a_forced_outcome_sets_the_next_result(
    config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    daraja.state.set_next_outcome("b2c_payment", "2040")
    with MpesaAdapter(config) as mpesa:
        mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    (body,) = receiver.wait_for(1, timeout=10, path="/result")
    assert str(models.ResultCallback.model_validate(body).result.result_code) == "2040"


def test_a_wrong_initiator_password_gives_result_2001(
    config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    with MpesaAdapter(config.replace(initiator_password="not-the-password")) as mpesa:
        mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    (body,) = receiver.wait_for(1, timeout=10, path="/result")
    assert str(models.ResultCallback.model_validate(body).result.result_code) == "2001"


def test_latency_beyond_the_timeout_is_a_timeout_for_a_read(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault(
        "latency", operation="query_transaction_status", count=None, seconds=1.0
    )
    with (
        MpesaAdapter(config.replace(timeout=0.3, max_retries=1)) as mpesa,
        pytest.raises(MpesaTransportError),
    ):
        mpesa.query_transaction_status("SKA0000001")


def test_a_503_on_a_read_is_retried_and_then_succeeds(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("http_503", operation="query_transaction_status", count=2)
    with MpesaAdapter(config) as mpesa:
        assert mpesa.query_transaction_status("SKA0000001").response_code is not None


def test_spike_arrest_on_a_payout_is_resent_because_nothing_was_processed(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("spike_arrest", operation="b2c_payment", count=1)
    with MpesaAdapter(config) as mpesa:
        assert mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test").conversation_id


def test_persistent_spike_arrest_raises_the_api_error(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("spike_arrest", operation="b2c_payment", count=None)
    with (
        MpesaAdapter(config.replace(max_retries=1)) as mpesa,
        pytest.raises(MpesaAPIException) as caught,
    ):
        mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    assert caught.value.error_code == "500.003.02"


def test_a_503_on_a_payout_is_an_unknown_outcome_and_never_resent(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("http_503", operation="b2c_payment", count=None)
    before = len(daraja.state.transactions())
    with MpesaAdapter(config) as mpesa, pytest.raises(MpesaOutcomeUnknownError):
        mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    assert len(daraja.state.transactions()) == before


def test_a_connection_dropped_after_processing_a_payout_is_an_unknown_outcome(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("drop_connection", operation="b2c_payment", count=1)
    before = len(daraja.state.transactions())
    with MpesaAdapter(config) as mpesa, pytest.raises(MpesaOutcomeUnknownError) as caught:
        mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
    assert len(daraja.state.transactions()) == before + 1
    assert caught.value.resolved_by == "query_transaction_status"
    assert "original_conversation_id" in caught.value.resolve_with


def test_a_duplicate_callback_arrives_twice(
    config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    daraja.state.inject_fault("duplicate_callback", operation="initiate_stk_push")
    with MpesaAdapter(config) as mpesa:
        mpesa.initiate_stk_push(CUSTOMER, 10, "DUP")
    first, second = receiver.wait_for(2, timeout=10, path="/callback")
    assert first == second


def test_a_lost_callback_never_arrives(
    config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    daraja.state.inject_fault("lost_callback", operation="initiate_stk_push")
    with MpesaAdapter(config) as mpesa:
        mpesa.initiate_stk_push(CUSTOMER, 10, "LOST")
    daraja.state.settle()
    time.sleep(0.3)
    assert receiver.bodies_for("/callback") == []


def test_a_late_callback_arrives_after_its_delay(
    config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    daraja.state.inject_fault("late_callback", operation="initiate_stk_push", seconds=0.5)
    with MpesaAdapter(config) as mpesa:
        started = time.monotonic()
        mpesa.initiate_stk_push(CUSTOMER, 10, "LATE")
    receiver.wait_for(1, timeout=10, path="/callback")
    assert time.monotonic() - started >= 0.5


def test_a_payout_cancelled_in_flight_is_resolved_from_the_ids_published_before_it_left(
    config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    events = RecordingEventEmitter()
    daraja.state.inject_fault("latency", operation="b2c_payment", seconds=1.5)

    async def cancelled_payout() -> None:
        async with AsyncMpesaAdapter(config, event_emitter=events) as mpesa:
            await mpesa.get_access_token()  # so the payout leaves at once
            payout = mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(payout, timeout=0.75)

    asyncio.run(cancelled_payout())
    sending = events.of(EventNameConstants.PAYMENT_SENDING)[0].data
    time.sleep(1.5)  # Daraja goes on with a request whose caller went away
    with MpesaAdapter(config) as mpesa:
        mpesa.query_transaction_status(**sending["extra"]["resolve_with"])
    results = [
        models.ResultCallback.model_validate(body).result
        for body in receiver.wait_for(2, timeout=10, path="/result")
    ]
    (status,) = [
        {item.key: item.value for item in result.result_parameters.result_parameter}
        for result in results
        if result.result_parameters and "TransactionStatus" in str(result.result_parameters)
    ]
    assert status["OriginatorConversationID"] == sending["correlation"]["OriginatorConversationID"]
    assert status["TransactionStatus"] == "Completed"
