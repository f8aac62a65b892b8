"""M-Pesa Express: the STK push waits ``stk_delay`` seconds for the customer, then pays.

Source: D3-MpesaExpressSimulate and D3-MpesaExpressQuery (spec/operations/mpesa_express.yaml).
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from ... import _shapes
from .. import _ids
from ..state import UTILITY, StkPush
from ._common import Call, DarajaError, Ids, Reply, plausible, precheck, settle_money
from .bill_manager import pay_invoice


def _check_password(call: Call) -> None:
    """``Password`` must be base64(BusinessShortCode + passkey + Timestamp)."""
    timestamp = call.fields["Timestamp"]
    try:
        datetime.strptime(timestamp, "%Y%m%d%H%M%S")
    except ValueError:
        raise DarajaError(400, "400.002.02", "Bad Request - Invalid Timestamp") from None
    text = f"{call.fields['BusinessShortCode']}{call.state.passkey}{timestamp}"
    expected = base64.b64encode(text.encode()).decode()
    if not hmac.compare_digest(call.fields["Password"].encode(), expected.encode()):
        raise DarajaError(500, "500.001.1001", "Wrong credentials")


def _stk_push(call: Call) -> Reply:
    _check_password(call)
    state, fields = call.state, call.fields
    moment = _ids.now()
    push = StkPush(
        checkout_request_id=_ids.checkout_request_id(moment),
        merchant_request_id=_ids.numbered_id(),
        business_shortcode=fields["BusinessShortCode"],
        party_a=fields["PartyA"],
        party_b=fields["PartyB"],
        phone_number=fields["PhoneNumber"],
        amount=Decimal(fields["Amount"]),
        account_reference=fields["AccountReference"],
        callback_url=fields["CallBackURL"],
        forced=None,
    )
    with state.lock:
        busy = any(
            open_push.result_code is None and open_push.phone_number == push.phone_number
            for open_push in state.stk_pushes.values()
        )
        if busy and state.lock_subscriber:
            raise DarajaError(
                500,
                "500.001.1001",
                "Unable to lock subscriber, a transaction is already in process for the "
                "current subscriber",
            )
        push.forced = precheck(call)
        state.stk_pushes[push.checkout_request_id] = push
    faults = state.take_callback_faults(call.op.name)
    state.dispatcher.schedule(
        state.stk_delay,
        lambda: state.dispatcher.deliver(
            call.op.name, push.callback_url, _answer_stk(call, push), delay=0.0, faults=faults
        ),
    )
    return Reply(
        200,
        {
            "MerchantRequestID": push.merchant_request_id,
            "CheckoutRequestID": push.checkout_request_id,
            "ResponseCode": "0",
            "ResponseDescription": "Success. Request accepted for processing",
            "CustomerMessage": "Success. Request accepted for processing",
        },
    )


def _answer_stk(call: Call, push: StkPush) -> dict[str, Any]:
    """The customer answers the prompt: money moves (or not) and the callback body is built."""
    state = call.state
    moment = _ids.now()
    ids = Ids(moment, _ids.conversation_id(moment), push.merchant_request_id)
    txn = settle_money(
        call,
        ids,
        amount=push.amount,
        debit=(push.party_a, None),
        credit=(push.party_b, UTILITY),
        failure=push.forced,
        reference=push.account_reference,
    )
    with state.lock:
        push.result_code, push.result_desc = txn.result_code, txn.result_desc
    metadata = None
    if txn.receipt is not None:
        pay_invoice(state, txn)
        metadata = {
            "Amount": push.amount,
            "MpesaReceiptNumber": txn.receipt,
            "TransactionDate": int(_ids.compact_time(txn.time)),
            "PhoneNumber": int(push.phone_number),
        }
    ids_sent = {
        "MerchantRequestID": push.merchant_request_id,
        "CheckoutRequestID": push.checkout_request_id,
    }
    return _shapes.callback(
        call.op,
        txn.result_code,
        txn.result_desc,
        ids=ids_sent,
        parameters=metadata,
        leaf=plausible,
    ).body


def _stk_query(call: Call) -> Reply:
    _check_password(call)
    checkout = call.fields["CheckoutRequestID"]
    with call.state.lock:
        push = call.state.stk_pushes.get(checkout)
        if push is None:
            raise DarajaError(400, "400.002.02", "Bad Request - Invalid CheckoutRequestID")
        if push.result_code is None:
            raise DarajaError(
                500, "500.001.1001", "The transaction is being processed", request_id=checkout
            )
        return Reply(
            200,
            {
                "ResponseCode": "0",
                "ResponseDescription": "The service request has been accepted successfully",
                "MerchantRequestID": push.merchant_request_id,
                "CheckoutRequestID": push.checkout_request_id,
                "ResultCode": push.result_code,
                "ResultDesc": push.result_desc,
            },
        )


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "initiate_stk_push": _stk_push,
    "query_stk_push_status": _stk_query,
}
