"""B2B: Pay Bill, Buy Goods, B2C Account Top Up, Tax Remittance and B2B Express CheckOut.

Source: D3-BusinessPayBill, D3-BusinessBuyGoods, D3-B2BExpressCheckout
(spec/operations/b2b.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ... import _shapes
from .. import _ids
from ..state import UTILITY, WORKING, SandboxState
from ._common import (
    Call,
    Reply,
    account_line,
    new_ids,
    plausible,
    precheck,
    public_name,
    report,
    send,
    settle_money,
)


def _b2b(call: Call) -> Reply:
    """Pay Bill, Buy Goods, B2C Account Top Up and Tax: Working account to a Utility account."""
    state, fields = call.state, call.fields
    ids = new_ids(call)
    payer, payee = fields["PartyA"], fields["PartyB"]
    reference = fields.get("AccountReference")
    txn = settle_money(
        call,
        ids,
        amount=Decimal(fields["Amount"]),
        debit=(payer, WORKING),
        credit=(payee, UTILITY),
        failure=precheck(call),
        reference=reference,
    )
    balance = amount_text(state, payer, WORKING)
    parameters = {
        "DebitAccountBalance": balance,
        "Amount": f"{txn.amount:.2f}",
        "DebitPartyAffectedAccountBalance": account_line(state, payer, WORKING),
        "TransCompletedTime": int(_ids.compact_time(txn.time)),
        "DebitPartyCharges": "",
        "ReceiverPartyPublicName": public_name(payee, UTILITY),
        "Currency": "KES",
        "InitiatorAccountCurrentBalance": balance,
        "DebitAccountCurrentBalance": balance,
    }
    references: list[tuple[str, Any]] = [("QueueTimeoutURL", fields["QueueTimeOutURL"])]
    if txn.receipt is not None and reference:
        references.insert(0, ("BillReferenceNumber", reference))
    return report(call, ids, txn, parameters, references)


def _b2b_express(call: Call) -> Reply:
    """USSD push to a till: the merchant approves at once and its Working account pays."""
    fields = call.fields
    ids = new_ids(call)
    txn = settle_money(
        call,
        ids,
        amount=Decimal(fields["amount"]),
        debit=(fields["primaryShortCode"], WORKING),
        credit=(fields["receiverShortCode"], UTILITY),
        failure=precheck(call),
        reference=fields["paymentRef"],
    )
    paid = txn.receipt is not None
    values: dict[str, Any] = {
        "requestId": fields["RequestRefID"],
        "amount": f"{txn.amount:.1f}",
        "resultType": "0" if paid else None,
        "conversationID": ids.conversation_id if paid else None,
        "transactionId": txn.receipt,
        "status": "SUCCESS" if paid else None,
        "paymentReference": None if paid else fields["paymentRef"],
    }
    envelope = _shapes.callback(
        call.op, txn.result_code, txn.result_desc, ids=values, parameters=None, leaf=plausible
    )
    send(call, envelope.body)
    return Reply(200, {"code": "0", "status": "USSD Initiated Successfully"})


def amount_text(state: SandboxState, shortcode: str, account: str) -> str:
    """The B2B ``{Amount={CurrencyCode=KES, MinimumAmount=..., BasicAmount=...}}`` balance."""
    amount = state.business_balance(shortcode, account)
    return (
        f"{{Amount={{CurrencyCode=KES, MinimumAmount={int(amount * 100)}, "
        f"BasicAmount={amount:.2f}}}}}"
    )


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    **dict.fromkeys(
        ("business_pay_bill", "business_buy_goods", "b2c_account_top_up", "tax_remittance"), _b2b
    ),
    "b2b_express_checkout": _b2b_express,
}
