"""C2B: URL registration, and the simulated customer payment with validation and confirmation.

Source: D3-CustomerToBusinessRegisterURL, D3-CustomerToBusiness (spec/operations/c2b.yaml).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ... import _shapes
from .. import _ids
from ..callbacks import CallbackFaults
from ..state import UTILITY, C2BRegistration
from ._common import (
    ACCEPTED,
    Call,
    Ids,
    Reply,
    customer_name,
    describe,
    new_ids,
    settle_money,
)
from .bill_manager import pay_invoice


def _c2b_register(call: Call) -> Reply:
    fields = call.fields
    masked = "/v2/" in call.op.path
    with call.state.lock:
        call.state.c2b_registrations[fields["ShortCode"]] = C2BRegistration(
            confirmation_url=fields["ConfirmationURL"],
            validation_url=fields["ValidationURL"],
            response_type=fields["ResponseType"],
            masked=masked,
        )
    return Reply(
        200,
        {
            "OriginatorCoversationID": _ids.numbered_id(),
            "ResponseCode": "0",
            "ResponseDescription": "Success" if masked else "success",
        },
    )


def _c2b_simulate(call: Call) -> Reply:
    state = call.state
    ids = new_ids(call)
    faults = state.take_callback_faults(call.op.name)
    state.dispatcher.schedule(state.callback_delay, lambda: _c2b_payment(call, ids, faults))
    return Reply(
        200,
        {
            "OriginatorCoversationID": ids.originator_conversation_id,
            "ResponseCode": "0",
            "ResponseDescription": ACCEPTED,
        },
    )


def _c2b_payment(call: Call, ids: Ids, faults: CallbackFaults) -> None:
    """The customer pays: validation (if registered), the money, then the confirmation."""
    from ...models import C2BConfirmation, C2BValidation  # generated from spec/

    state, fields = call.state, call.fields
    shortcode, msisdn = fields["ShortCode"], fields["Msisdn"]
    amount = Decimal(fields["Amount"])
    with state.lock:
        registration = state.c2b_registrations.get(shortcode)
        receipt = state.new_receipt(ids.moment)
    first, middle, last = customer_name(msisdn)
    payer = (
        msisdn[:4] + " ***** " + msisdn[-3:]
        if registration is None or registration.masked
        else hashlib.sha256(msisdn.encode()).hexdigest()
    )
    body: dict[str, Any] = {
        "TransactionType": "Pay Bill"
        if fields["CommandID"] == "CustomerPayBillOnline"
        else "Buy Goods",
        "TransID": receipt,
        "TransTime": _ids.compact_time(ids.moment),
        "TransAmount": f"{amount:.2f}",
        "BusinessShortCode": shortcode,
        "BillRefNumber": fields.get("BillRefNumber") or "",
        "InvoiceNumber": "",
        "OrgAccountBalance": "",
        "ThirdPartyTransID": "",
        "MSISDN": payer,
        "FirstName": first,
        "MiddleName": middle,
        "LastName": last,
    }
    failure = None if state.customer_balance(msisdn) >= amount else ("1", describe(call, "1"))
    if failure is None and registration is not None and state.external_validation:
        delivery = state.dispatcher.post(
            call.op.name, registration.validation_url, _shapes.validated(C2BValidation, body)
        )
        failure, body["ThirdPartyTransID"] = _validation_verdict(
            delivery.status_code, delivery.reply, registration.response_type
        )
    txn = settle_money(
        call,
        ids,
        amount=amount,
        debit=(msisdn, None),
        credit=(shortcode, UTILITY),
        failure=failure,
        reference=fields.get("BillRefNumber"),
        receipt=receipt,
    )
    if txn.receipt is None:
        return
    with state.lock:
        body["OrgAccountBalance"] = f"{state.business_balance(shortcode, UTILITY):.2f}"
    if registration is not None:
        state.dispatcher.deliver(
            call.op.name,
            registration.confirmation_url,
            _shapes.validated(C2BConfirmation, body),
            delay=0.0,
            faults=faults,
        )
    pay_invoice(state, txn)


def _validation_verdict(
    status: int | None, reply: Any, response_type: str
) -> tuple[tuple[str, str] | None, str]:
    """The merchant's validation answer: (failure or ``None``, ThirdPartyTransID).

    ``ResultCode`` 0 accepts and a C2B000xx code rejects; no usable answer leaves the
    decision to the registered ResponseType.
    """
    if status is not None and 200 <= status < 300 and isinstance(reply, dict):
        code = str(reply.get("ResultCode", "")).strip()
        third_party = str(reply.get("ThirdPartyTransID") or "")
        if code == "0":
            return None, third_party
        if code:
            return (code, str(reply.get("ResultDesc") or "Rejected")), third_party
    if response_type == "Completed":
        return None, ""
    return ("C2B00016", "Validation URL did not answer; ResponseType is Cancelled"), ""


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    **dict.fromkeys(("c2b_register_url", "c2b_register_url_v2"), _c2b_register),
    **dict.fromkeys(("c2b_simulate", "c2b_simulate_v2"), _c2b_simulate),
}
