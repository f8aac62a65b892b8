"""Account services: transaction status, account balance and reversal.

Source: D3-TransactionStatus, D3-AccountBalance, D3-Reversal (spec/operations/account.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .. import _ids
from ..state import UTILITY
from ._common import (
    Call,
    Reply,
    account_line,
    ack,
    describe,
    new_ids,
    precheck,
    public_name,
    report,
    send_result,
    settle_money,
)

_REASONS = {
    "b2c": "Business Payment to Individual via API",
    "b2b": "Business to Business Transfer via API",
    "mpesa_express": "Pay Bill Online",
    "c2b": "Pay Bill",
    "account": "Reversal",
}


def _transaction_status(call: Call) -> Reply:
    state, fields = call.state, call.fields
    ids = new_ids(call)
    failure = precheck(call)
    txn = state.find_transaction(
        receipt=fields.get("TransactionID"),
        originator_conversation_id=fields.get("OriginalConversationID"),
    )
    if failure is None and txn is None:
        failure = "2032", describe(call, "2032")
    code, desc = failure or ("0", describe(call, "0"))
    parameters: dict[str, Any] = {}
    if txn is not None:
        from ..._generated._operations import OPERATIONS  # generated from spec/

        parameters = {
            "DebitPartyName": public_name(txn.debit_party, txn.debit_account),
            "CreditPartyName": public_name(txn.credit_party, txn.credit_account),
            "OriginatorConversationID": txn.originator_conversation_id,
            "InitiatedTime": int(_ids.compact_time(txn.time)),
            "DebitAccountType": txn.debit_account or "Customer Account",
            "DebitPartyCharges": "",
            "ReasonType": _REASONS.get(OPERATIONS[txn.operation].group, "Transaction"),
            "TransactionStatus": txn.status,
            "FinalisedTime": int(_ids.compact_time(txn.time)),
            "Amount": txn.amount,
            "ConversationID": txn.conversation_id,
            "ReceiptNo": txn.receipt,
        }
    send_result(
        call,
        ids,
        code,
        desc,
        transaction_id=txn.receipt if txn is not None and failure is None else None,
        parameters=parameters,
        references=[("Occasion", fields.get("Occasion"))],
    )
    return ack(ids)


def _account_balance(call: Call) -> Reply:
    ids = new_ids(call)
    failure = precheck(call)
    code, desc = failure or ("0", describe(call, "0"))
    parameters = {
        "AccountBalance": call.state.balance_text(call.fields["PartyA"]),
        "BOCompletedTime": _ids.compact_time(ids.moment),
    }
    send_result(
        call,
        ids,
        code,
        desc,
        transaction_id=None,
        parameters=parameters,
        references=[("QueueTimeoutURL", call.fields["QueueTimeOutURL"])],
    )
    return ack(ids)


def _reversal(call: Call) -> Reply:
    """Reverse a customer payment into this shortcode (C2B or STK); B2C cannot be reversed."""
    state, fields = call.state, call.fields
    ids = new_ids(call)
    shortcode = fields["ReceiverParty"]
    with state.lock:
        failure = precheck(call)
        original = state.find_transaction(receipt=fields["TransactionID"])
        reversible = (
            original is not None
            and original.status == "Completed"
            and original.debit_account is None
            and original.credit_party == shortcode
        )
        if failure is None and (original is None or not reversible):
            failure = "R000002", describe(call, "R000002")
        elif failure is None and original is not None and original.reversed_by is not None:
            failure = "R000001", describe(call, "R000001")
        elif failure is None and original is not None and original.amount != fields["Amount"]:
            failure = "25", "Invalid Request Parameters: Amount does not match the transaction"
        amount = original.amount if original is not None else Decimal(fields["Amount"])
        customer = original.debit_party if original is not None else shortcode
        txn = settle_money(
            call,
            ids,
            amount=amount,
            debit=(shortcode, UTILITY),
            credit=(customer, None),
            failure=failure,
        )
        if original is not None and txn.receipt is not None:
            original.reversed_by = txn.receipt
            txn.reversal_of = original.receipt
    parameters = {
        "DebitAccountBalance": account_line(state, shortcode, UTILITY),
        "Amount": txn.amount,
        "TransCompletedTime": int(_ids.compact_time(txn.time)),
        "OriginalTransactionID": fields["TransactionID"],
        "Charge": Decimal(0),
        "CreditPartyPublicName": public_name(customer, None),
        "DebitPartyPublicName": public_name(shortcode, UTILITY),
    }
    return report(call, ids, txn, parameters)


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "query_transaction_status": _transaction_status,
    "get_account_balance": _account_balance,
    "reverse_transaction": _reversal,
}
