"""A failed exchange means the same to the adapter on either transport.

Mirrors ``tests/adapter/test_uncertain_outcomes.py`` over real connections: a payment whose
request may have reached Daraja raises ``MpesaOutcomeUnknownError`` and is sent once; a read is
resent; a request that provably never left (connection refused) is resent, then raises
``MpesaConnectionError``.
"""

from __future__ import annotations

import asyncio

import pytest

from mpesa import (
    MpesaConfig,
    MpesaConnectionError,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaTransportError,
)
from mpesa.sandbox import LocalDaraja
from tests.transports.conftest import OpenAdapter
from tests.transports.servers import Breakage, BrokenDaraja

CUSTOMER = "254708374149"
PAYOUT = "/mpesa/b2c/v3/paymentrequest"
STATUS_QUERY = "/mpesa/transactionstatus/v1/query"
BREAKAGES: list[Breakage] = ["close", "reset", "garbage"]


async def payout(open_adapter: OpenAdapter, config: MpesaConfig) -> None:
    async with open_adapter(config) as mpesa:
        await mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")


async def status_query(open_adapter: OpenAdapter, config: MpesaConfig) -> None:
    async with open_adapter(config) as mpesa:
        await mpesa.query_transaction_status("SKA0000001")


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_payout_whose_request_was_read_but_not_answered_is_unknown_and_sent_once(
    open_adapter: OpenAdapter, breakage: Breakage
) -> None:
    with BrokenDaraja(breakage) as daraja, pytest.raises(MpesaOutcomeUnknownError) as caught:
        asyncio.run(payout(open_adapter, daraja.config()))
    assert daraja.received == [PAYOUT]
    assert caught.value.resolved_by == "query_transaction_status"


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_read_whose_request_was_read_but_not_answered_is_resent_then_a_connection_error(
    open_adapter: OpenAdapter, breakage: Breakage
) -> None:
    with BrokenDaraja(breakage) as daraja, pytest.raises(MpesaConnectionError) as caught:
        asyncio.run(status_query(open_adapter, daraja.config(max_retries=2)))
    assert daraja.received == [STATUS_QUERY] * 3
    assert type(caught.value) is MpesaConnectionError


def test_a_payout_not_answered_within_the_timeout_is_unknown_and_sent_once(
    open_adapter: OpenAdapter,
) -> None:
    with BrokenDaraja("silent") as daraja, pytest.raises(MpesaOutcomeUnknownError):
        asyncio.run(payout(open_adapter, daraja.config(timeout=0.3)))
    assert daraja.received == [PAYOUT]


def test_a_read_not_answered_within_the_timeout_is_resent_then_a_timeout_error(
    open_adapter: OpenAdapter,
) -> None:
    with BrokenDaraja("silent") as daraja, pytest.raises(MpesaTimeoutError):
        asyncio.run(status_query(open_adapter, daraja.config(timeout=0.3, max_retries=1)))
    assert daraja.received == [STATUS_QUERY] * 2


def test_a_payout_processed_then_cut_off_mid_answer_is_unknown_and_sent_once(
    open_adapter: OpenAdapter, config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("drop_connection", operation="b2c_payment", count=None)
    with pytest.raises(MpesaOutcomeUnknownError):
        asyncio.run(payout(open_adapter, config))
    assert len(daraja.state.transactions()) == 1


def test_a_refused_connection_is_resent_then_a_connection_error(
    open_adapter: OpenAdapter,
) -> None:
    """The token comes first; then the server is gone and every payout attempt is refused."""

    async def payout_after_shutdown(sandbox: LocalDaraja, config: MpesaConfig) -> None:
        async with open_adapter(config) as mpesa:
            await mpesa.get_access_token()
            await asyncio.to_thread(sandbox.stop)
            await mpesa.b2c_payment(CUSTOMER, 100, "BusinessPayment", "Payout", "Test")

    with LocalDaraja() as sandbox, pytest.raises(MpesaTransportError) as caught:
        config = sandbox.config(
            result_url="http://127.0.0.1:9/result",
            timeout_url="http://127.0.0.1:9/timeout",
            backoff_factor=0.0,
        )
        asyncio.run(payout_after_shutdown(sandbox, config))
    assert type(caught.value) is MpesaConnectionError
