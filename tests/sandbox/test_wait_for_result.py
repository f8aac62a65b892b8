"""``wait_for_result`` follows a money-moving call to its outcome; ``reconcile`` settles the
ledger's unresolved entries. Over real HTTP against the local Daraja."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from mpesa import (
    AsyncMpesaAdapter,
    MpesaAdapter,
    MpesaConfig,
    MpesaConfigError,
    MpesaOutcomeUnknownError,
    SQLiteLedger,
)
from mpesa.ledger import Outcome
from mpesa.sandbox import CallbackReceiver, LocalDaraja

CUSTOMER = "254708374149"
CANCELS = "254700001032"


@pytest.fixture(scope="module")
def daraja() -> Iterator[LocalDaraja]:
    with LocalDaraja(stk_delay=0.2, callback_delay=0.0) as server:
        yield server


@pytest.fixture(scope="module")
def receiver() -> Iterator[CallbackReceiver]:
    with CallbackReceiver() as server:
        yield server


@pytest.fixture
def config(daraja: LocalDaraja, receiver: CallbackReceiver) -> Iterator[MpesaConfig]:
    daraja.state.reset()
    yield daraja.config(
        callback_url=receiver.url("/callback"),
        result_url=receiver.url("/result"),
        timeout_url=receiver.url("/timeout"),
        backoff_factor=0.01,
    )
    daraja.state.clear_faults()
    daraja.state.settle()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteLedger]:
    with SQLiteLedger(tmp_path / "ledger.db") as opened:
        yield opened


def test_a_paid_stk_push_is_followed_to_success_by_its_query(config: MpesaConfig) -> None:
    with MpesaAdapter(config) as mpesa:
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        outcome = mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)
    assert (outcome.status, outcome.result_code) == ("success", "0")
    assert outcome.operation == "initiate_stk_push"


def test_a_cancelled_stk_push_is_followed_to_failure(config: MpesaConfig) -> None:
    with MpesaAdapter(config) as mpesa:
        push = mpesa.initiate_stk_push(CANCELS, 10, "INV1")
        outcome = mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)
    assert (outcome.status, outcome.result_code) == ("failed", "1032")


def test_an_unanswered_push_is_still_pending_at_the_deadline(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.stk_delay = 30.0
    try:
        with MpesaAdapter(config) as mpesa:
            push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
            outcome = mpesa.wait_for_result(push, timeout=0.5, poll_interval=0.1)
    finally:
        daraja.state.stk_delay = 0.2
    assert outcome.status == "pending"


def test_the_async_adapter_waits_the_same_way(config: MpesaConfig) -> None:
    async def follow() -> str:
        async with AsyncMpesaAdapter(config) as mpesa:
            push = await mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
            return (await mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)).status

    assert asyncio.run(follow()) == "success"


def test_an_outcome_in_the_ledger_is_returned_without_asking_daraja(
    config: MpesaConfig, ledger: SQLiteLedger, daraja: LocalDaraja
) -> None:
    with MpesaAdapter(config, ledger=ledger) as mpesa:
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        (entry,) = ledger.list_requests()
        ledger.update_request(entry.reference, Outcome("success", "0", "Paid", "SKA1"))
        daraja.state.inject_fault("http_503", operation="query_stk_push_status", count=None)
        outcome = mpesa.wait_for_result(push, timeout=5, poll_interval=0.1)
    assert (outcome.status, outcome.receipt, outcome.reference) == (
        "success",
        "SKA1",
        entry.reference,
    )


def test_a_final_answer_to_the_query_is_written_in_the_ledger(
    config: MpesaConfig, ledger: SQLiteLedger
) -> None:
    with MpesaAdapter(config, ledger=ledger) as mpesa:
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)
    (entry,) = ledger.list_requests()
    assert (entry.status, entry.result_code) == ("success", "0")


def test_a_push_whose_answer_was_lost_stays_unknown_without_a_ledger(
    config: MpesaConfig, daraja: LocalDaraja
) -> None:
    daraja.state.inject_fault("drop_connection", operation="initiate_stk_push")
    with MpesaAdapter(config) as mpesa:
        with pytest.raises(MpesaOutcomeUnknownError) as caught:
            mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        outcome = mpesa.wait_for_result(caught.value, timeout=0.3, poll_interval=0.1)
    assert outcome.status == "unknown"


def test_reconcile_settles_the_ledgers_unresolved_pushes(
    config: MpesaConfig, ledger: SQLiteLedger
) -> None:
    with MpesaAdapter(config, ledger=ledger) as mpesa:
        mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        mpesa.initiate_stk_push(CANCELS, 10, "INV2")
        time.sleep(1.0)  # the customer answers both pushes
        report = mpesa.reconcile(older_than=timedelta(0), poll_interval=0.1)
    assert sorted(item.outcome.status for item in report) == ["failed", "success"]
    assert all(item.changed for item in report)
    assert sorted(entry.status for entry in ledger.list_requests()) == ["failed", "success"]


def test_reconcile_needs_a_ledger(config: MpesaConfig) -> None:
    with MpesaAdapter(config) as mpesa, pytest.raises(MpesaConfigError):
        mpesa.reconcile()


def test_wait_for_result_refuses_what_is_not_a_payment(config: MpesaConfig) -> None:
    with MpesaAdapter(config) as mpesa:
        balance = mpesa.get_account_balance()
        with pytest.raises(TypeError):
            mpesa.wait_for_result(balance)


def test_an_outcome_from_the_query_names_the_ledger_entry(
    config: MpesaConfig, ledger: SQLiteLedger
) -> None:
    with MpesaAdapter(config, ledger=ledger) as mpesa:
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV1")
        outcome = mpesa.wait_for_result(push, timeout=10, poll_interval=0.1)
    (entry,) = ledger.list_requests()
    assert (outcome.reference, outcome.amount) == (entry.reference, entry.amount)
