"""Payments through ``AsyncMpesaAdapter`` over real HTTP to the local Daraja, on each transport."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from mpesa import MpesaConfig, models
from mpesa.sandbox import CallbackReceiver, LocalDaraja
from tests.transports.conftest import OpenAdapter

CUSTOMER = "254708374149"


def test_an_stk_push_is_accepted_and_followed_to_success(
    open_adapter: OpenAdapter, config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    async def pay() -> str:
        async with open_adapter(config) as mpesa:
            push = await mpesa.initiate_stk_push(CUSTOMER, Decimal("10"), "INV-1")
            outcome = await mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)
            return outcome.status

    assert asyncio.run(pay()) == "success"
    (callback,) = receiver.wait_for(1, timeout=10, path="/stk")
    assert models.StkCallback.model_validate(callback).body.stk_callback.result_code == 0


def test_a_b2c_payout_is_accepted_and_its_result_arrives(
    open_adapter: OpenAdapter, config: MpesaConfig, daraja: LocalDaraja, receiver: CallbackReceiver
) -> None:
    async def pay() -> models.B2CPaymentResponse:
        async with open_adapter(config) as mpesa:
            return await mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")

    accepted = asyncio.run(pay())
    (callback,) = receiver.wait_for(1, timeout=10, path="/result")
    result = models.ResultCallback.model_validate(callback).result
    assert result.conversation_id == accepted.conversation_id
    assert str(result.result_code) == "0"
    assert [t.amount for t in daraja.state.transactions()] == [Decimal("100")]


def test_fifty_payments_in_flight_are_each_accepted(
    open_adapter: OpenAdapter, config: MpesaConfig, receiver: CallbackReceiver
) -> None:
    async def pay_all() -> set[str]:
        async with open_adapter(config) as mpesa:
            pushes = await asyncio.gather(
                *(mpesa.initiate_stk_push(f"2547100000{n:02d}", 1, f"INV-{n}") for n in range(50))
            )
        return {push.checkout_request_id for push in pushes}

    assert len(asyncio.run(pay_all())) == 50
    receiver.wait_for(50, timeout=20, path="/stk")
