"""Every callback the local Daraja sends arrives, is recorded and is acknowledged as Daraja
expects; so is every operation's canned callback."""

from __future__ import annotations

import json

import pytest

from mpesa import OPERATIONS, MpesaAdapter
from mpesa._generated.constants import CALLBACK_REPLIES
from mpesa.testing import canned_callback
from tests.callbacks.conftest import CALLBACK_OPERATIONS
from tests.callbacks.test_every_shape import kind_of
from tests.receiver.conftest import Site
from tests.spec_strategies import minimal_arguments

CUSTOMER = "254708374149"
REQUEST_CALLBACKS = sorted(
    name
    for name, op in OPERATIONS.items()
    if op.callback is not None and not name.startswith("bill_manager_")
)
ACKNOWLEDGED = {"ResultCode": 0, "ResultDesc": "Accepted"}


def route_of(operation: str) -> str:
    """The derived URL an operation's callback arrives at."""
    op = OPERATIONS[operation]
    assert op.callback is not None
    fill = op.field(op.callback.url_field).fill
    assert fill is not None
    return fill.removeprefix("config.").removesuffix("_url")


@pytest.mark.parametrize("name", REQUEST_CALLBACKS)
def test_each_request_s_callback_is_recorded_and_handled_as_its_kind(
    name: str, adapter: MpesaAdapter, site: Site
) -> None:
    arguments = minimal_arguments(name)
    if name == "query_transaction_status":
        arguments["transaction_id"] = "NLJ7RT61SV"
    getattr(adapter, name)(**arguments)
    site.wait_answered(1)
    (callback,) = site.handled
    (row,) = site.callbacks()
    assert (callback.kind, row["kind"]) == (kind_of(name), kind_of(name))
    assert name in callback.operations
    assert json.loads(row["reply"]) == ACKNOWLEDGED


def test_a_c2b_payment_s_validation_and_confirmation_are_two_callbacks(
    adapter: MpesaAdapter, site: Site
) -> None:
    adapter.c2b_register_url_v2()
    adapter.c2b_simulate_v2(CUSTOMER, 100, "ACC-1")
    site.wait_answered(2)
    assert [c.kind for c in site.handled] == ["c2b_validation", "c2b_confirmation"]
    replies = [json.loads(row["reply"]) for row in site.callbacks()]
    assert replies == [CALLBACK_REPLIES["C2BValidation"], CALLBACK_REPLIES["C2BConfirmation"]]


@pytest.mark.parametrize("operation", CALLBACK_OPERATIONS)
def test_each_operation_s_canned_callback_is_acknowledged_at_its_url(
    operation: str, site: Site
) -> None:
    response = site.post(route_of(operation), canned_callback(operation))
    assert response.status_code == 200
    assert site.handled[0].kind == kind_of(operation)
    assert site.callbacks()[0]["reply"] == response.content


def test_a_bill_manager_payment_gets_bill_manager_s_acknowledgement(site: Site) -> None:
    response = site.post("callback", canned_callback("bill_manager_opt_in"))
    assert response.json() == CALLBACK_REPLIES["BillManagerPayment"]


def test_a_callback_at_the_url_of_another_kind_is_a_dead_letter(site: Site) -> None:
    response = site.post("validation", canned_callback("initiate_stk_push"))
    assert response.status_code == 400
    (row,) = site.callbacks()
    assert row["kind"] is None and "c2b_validation" in row["dead_letter"]
    assert site.handled == []
