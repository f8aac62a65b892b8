"""What each operation does once the request has passed the gateway checks.

Routing, authentication and validation are generic (see :mod:`.app`, driven by
``mpesa.OPERATIONS``). This module holds behaviour: the operations that move money, answer
asynchronously or keep state have a handler here; every other operation answers with
:func:`build_response`, a plausible success built from its response model.

Money moves at request time for B2C, B2B, reversal and the like (so a dropped connection
leaves the money moved, as on Daraja), and their callbacks follow after ``callback_delay``.
An STK push stays pending for ``stk_delay`` seconds, the customer's time to answer the prompt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

from pydantic import BaseModel

from . import _ids
from .callbacks import CallbackFaults, ratiba_callback, result_callback, stk_callback, validated
from .outcomes import describe_result, magic_result_code
from .state import (
    TEST_MSISDN,
    UTILITY,
    WORKING,
    Biller,
    C2BRegistration,
    Invoice,
    SandboxState,
    StkPush,
    Transaction,
)

if TYPE_CHECKING:
    from .._operation import Operation

__all__ = [
    "HANDLERS",
    "Call",
    "DarajaError",
    "Reply",
    "build_response",
    "flatten_annotation",
    "handle",
]

_ACCEPTED = "Accept the service request successfully."
# A 1x1 white PNG: the sandbox does not draw real QR codes.
_QR_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status and JSON body."""

    status: int
    body: Any


class DarajaError(Exception):
    """A synchronous Daraja error: ``{"requestId", "errorCode", "errorMessage"}`` with a status."""

    def __init__(self, status: int, code: str, message: str, request_id: str | None = None):
        super().__init__(f"{code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id or _ids.numbered_id()

    def envelope(self) -> dict[str, str]:
        """The error body Daraja's gateway sends."""
        return {"requestId": self.request_id, "errorCode": self.code, "errorMessage": self.message}


@dataclass(frozen=True)
class Call:
    """One validated request: the object body's fields or the array body's items, by wire name."""

    state: SandboxState
    op: Operation[Any, Any]
    fields: dict[str, Any] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Ids:
    moment: datetime
    conversation_id: str
    originator_conversation_id: str


def handle(call: Call) -> Reply:
    """Run the operation's behaviour (or the generic success) for a validated request."""
    return HANDLERS.get(call.op.name, _generic)(call)


# Shared steps ------------------------------------------------------------------------------


def _new_ids(call: Call) -> _Ids:
    moment = _ids.now()
    originator = call.fields.get("OriginatorConversationID") or _ids.numbered_id()
    return _Ids(moment, _ids.conversation_id(moment), originator)


def _ack(ids: _Ids) -> Reply:
    """The standard asynchronous acknowledgement."""
    return Reply(
        200,
        {
            "ConversationID": ids.conversation_id,
            "OriginatorConversationID": ids.originator_conversation_id,
            "ResponseCode": "0",
            "ResponseDescription": _ACCEPTED,
        },
    )


def _describe(call: Call, code: str) -> str:
    return describe_result(code, call.op.result_code_tables)


def _field_with_fill(op: Operation[Any, Any], fill: str) -> str | None:
    return next((spec.wire for spec in op.fields if spec.fill == fill), None)


def _precheck(call: Call) -> tuple[str, str] | None:
    """The failure chosen before any money moves: forced outcome, bad credential, magic number.

    A forced ``"0"`` switches the magic numbers off for this request.
    """
    state, op = call.state, call.op
    forced = state.take_outcome(op.name)
    if forced is not None and forced.result_code != "0":
        return forced.result_code, forced.result_desc or _describe(call, forced.result_code)
    credential = _field_with_fill(op, "security_credential")
    initiator = _field_with_fill(op, "config.initiator_name")
    if (
        credential
        and initiator
        and not state.credential_is_valid(call.fields[initiator], call.fields[credential])
    ):
        return "2001", _describe(call, "2001")
    if forced is None:
        for spec in op.fields:
            value = call.fields.get(spec.wire)
            if spec.phone and isinstance(value, str):
                code = magic_result_code(value, op.result_code_tables)
                if code is not None:
                    return code, _describe(call, code)
    return None


def _settle_money(
    call: Call,
    ids: _Ids,
    *,
    amount: Decimal,
    debit: str,
    debit_account: str | None,
    credit: str,
    credit_account: str | None,
    failure: tuple[str, str] | None,
    reference: str | None = None,
    receipt: str | None = None,
) -> Transaction:
    """Move the money unless ``failure`` (from :func:`_precheck`) says otherwise; record it.

    A payer without enough money fails with result ``1``. ``receipt`` is one already shown
    to the merchant (C2B validation); otherwise a new one is made on success.
    """
    state = call.state
    with state.lock:
        if failure is None and not state.transfer(
            amount,
            debit=debit,
            debit_account=debit_account,
            credit=credit,
            credit_account=credit_account,
        ):
            failure = "1", _describe(call, "1")
        code, desc = failure or ("0", _describe(call, "0"))
        return state.record(
            Transaction(
                receipt=(receipt or state.new_receipt(ids.moment)) if failure is None else None,
                operation=call.op.name,
                amount=amount,
                debit_party=debit,
                debit_account=debit_account,
                credit_party=credit,
                credit_account=credit_account,
                status="Completed" if failure is None else "Declined",
                result_code=code,
                result_desc=desc,
                time=ids.moment,
                conversation_id=ids.conversation_id,
                originator_conversation_id=ids.originator_conversation_id,
                reference=reference,
            )
        )


def _send(call: Call, body: dict[str, Any]) -> None:
    """POST the operation's callback to the URL its request named, after ``callback_delay``
    and as the callback faults say."""
    op, state = call.op, call.state
    assert op.callback is not None
    state.dispatcher.deliver(
        op.name,
        call.fields[op.callback.url_field],
        body,
        delay=state.callback_delay,
        faults=state.take_callback_faults(op.name),
    )


def _send_result(
    call: Call,
    ids: _Ids,
    code: str,
    desc: str,
    *,
    transaction_id: str | None,
    parameters: Mapping[str, Any],
    references: list[tuple[str, Any]],
    numeric: bool,
) -> None:
    succeeded = code == "0"
    body = result_callback(
        call.op,
        code=code,
        desc=desc,
        originator_conversation_id=ids.originator_conversation_id,
        conversation_id=ids.conversation_id,
        transaction_id=transaction_id or _ids.placeholder_receipt(ids.moment),
        parameters=parameters if succeeded else None,
        reference_items=references,
        numeric=numeric,
    )
    _send(call, body)


def _customer_name(msisdn: str) -> tuple[str, str, str]:
    return ("John", "", "Doe") if msisdn == TEST_MSISDN else ("Sandbox", "", "Customer")


def _public_name(party: str, account: str | None) -> str:
    if account is None:
        first, _, last = _customer_name(party)
        return f"{party} - {first} {last}"
    return f"{party} - Sandbox Business {party}"


def _account_line(state: SandboxState, shortcode: str, account: str) -> str:
    amount = state.business_balance(shortcode, account)
    return f"{account}|KES|{amount:.2f}|{amount:.2f}|0.00|0.00"


def _amount_text(state: SandboxState, shortcode: str, account: str) -> str:
    """The B2B ``{Amount={CurrencyCode=KES, MinimumAmount=..., BasicAmount=...}}`` balance."""
    amount = state.business_balance(shortcode, account)
    return (
        f"{{Amount={{CurrencyCode=KES, MinimumAmount={int(amount * 100)}, "
        f"BasicAmount={amount:.2f}}}}}"
    )


def _masked(msisdn: str) -> str:
    """Ratiba's masked MSISDN: ``254******867``."""
    return msisdn[:3] + "******" + msisdn[-3:]


# M-Pesa Express ----------------------------------------------------------------------------


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
        push.forced = _precheck(call)
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
    ids = _Ids(moment, _ids.conversation_id(moment), push.merchant_request_id)
    txn = _settle_money(
        call,
        ids,
        amount=push.amount,
        debit=push.party_a,
        debit_account=None,
        credit=push.party_b,
        credit_account=UTILITY,
        failure=push.forced,
        reference=push.account_reference,
    )
    with state.lock:
        push.result_code, push.result_desc = txn.result_code, txn.result_desc
    metadata = None
    if txn.receipt is not None:
        _pay_invoice(state, txn)
        metadata = {
            "Amount": push.amount,
            "MpesaReceiptNumber": txn.receipt,
            "TransactionDate": int(_ids.compact_time(txn.time)),
            "PhoneNumber": int(push.phone_number),
        }
    return stk_callback(
        call.op,
        merchant_request_id=push.merchant_request_id,
        checkout_request_id=push.checkout_request_id,
        code=txn.result_code,
        desc=txn.result_desc,
        metadata=metadata,
    )


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


# Payments out of a business ---------------------------------------------------------------


def _b2c(call: Call) -> Reply:
    """B2C (v1, v3, with ID validation) and B2Pochi: Utility account to a customer wallet."""
    state, fields = call.state, call.fields
    ids = _new_ids(call)
    shortcode, customer = fields["PartyA"], fields["PartyB"]
    txn = _settle_money(
        call,
        ids,
        amount=Decimal(fields["Amount"]),
        debit=shortcode,
        debit_account=UTILITY,
        credit=customer,
        credit_account=None,
        failure=_precheck(call),
    )
    parameters = {
        "TransactionAmount": txn.amount,
        "TransactionReceipt": txn.receipt,
        "ReceiverPartyPublicName": _public_name(customer, None),
        "TransactionCompletedDateTime": f"{txn.time:%d.%m.%Y %H:%M:%S}",
        "B2CUtilityAccountAvailableFunds": state.business_balance(shortcode, UTILITY),
        "B2CWorkingAccountAvailableFunds": state.business_balance(shortcode, WORKING),
        "B2CRecipientIsRegisteredCustomer": "Y",
        "B2CChargesPaidAccountAvailableFunds": state.business_balance(
            shortcode, "Charges Paid Account"
        ),
    }
    _send_result(
        call,
        ids,
        txn.result_code,
        txn.result_desc,
        transaction_id=txn.receipt,
        parameters=parameters,
        references=[("QueueTimeoutURL", fields["QueueTimeOutURL"])],
        numeric=True,
    )
    return _ack(ids)


def _b2b(call: Call) -> Reply:
    """Pay Bill, Buy Goods, B2C Account Top Up and Tax: Working account to a Utility account."""
    state, fields = call.state, call.fields
    ids = _new_ids(call)
    payer, payee = fields["PartyA"], fields["PartyB"]
    reference = fields.get("AccountReference")
    txn = _settle_money(
        call,
        ids,
        amount=Decimal(fields["Amount"]),
        debit=payer,
        debit_account=WORKING,
        credit=payee,
        credit_account=UTILITY,
        failure=_precheck(call),
        reference=reference,
    )
    balance = _amount_text(state, payer, WORKING)
    parameters = {
        "DebitAccountBalance": balance,
        "Amount": f"{txn.amount:.2f}",
        "DebitPartyAffectedAccountBalance": _account_line(state, payer, WORKING),
        "TransCompletedTime": int(_ids.compact_time(txn.time)),
        "DebitPartyCharges": "",
        "ReceiverPartyPublicName": _public_name(payee, UTILITY),
        "Currency": "KES",
        "InitiatorAccountCurrentBalance": balance,
        "DebitAccountCurrentBalance": balance,
    }
    references: list[tuple[str, Any]] = [("QueueTimeoutURL", fields["QueueTimeOutURL"])]
    if txn.receipt is not None and reference:
        references.insert(0, ("BillReferenceNumber", reference))
    _send_result(
        call,
        ids,
        txn.result_code,
        txn.result_desc,
        transaction_id=txn.receipt,
        parameters=parameters,
        references=references,
        numeric=False,
    )
    return _ack(ids)


def _b2b_express(call: Call) -> Reply:
    """USSD push to a till: the merchant approves at once and its Working account pays."""
    fields = call.fields
    ids = _new_ids(call)
    txn = _settle_money(
        call,
        ids,
        amount=Decimal(fields["amount"]),
        debit=fields["primaryShortCode"],
        debit_account=WORKING,
        credit=fields["receiverShortCode"],
        credit_account=UTILITY,
        failure=_precheck(call),
        reference=fields["paymentRef"],
    )
    body: dict[str, Any] = {
        "resultCode": txn.result_code,
        "resultDesc": txn.result_desc,
        "requestId": fields["RequestRefID"],
        "amount": f"{txn.amount:.1f}",
    }
    if txn.receipt is not None:
        body |= {
            "resultType": "0",
            "conversationID": ids.conversation_id,
            "transactionId": txn.receipt,
            "status": "SUCCESS",
        }
    else:
        body["paymentReference"] = fields["paymentRef"]
    assert call.op.callback is not None
    _send(call, validated(call.op.callback.model, body))
    return Reply(200, {"code": "0", "status": "USSD Initiated Successfully"})


# Queries and reversal ----------------------------------------------------------------------

_REASONS = {
    "b2c": "Business Payment to Individual via API",
    "b2b": "Business to Business Transfer via API",
    "mpesa_express": "Pay Bill Online",
    "c2b": "Pay Bill",
    "account": "Reversal",
}


def _transaction_status(call: Call) -> Reply:
    state, fields = call.state, call.fields
    ids = _new_ids(call)
    failure = _precheck(call)
    txn = state.find_transaction(
        receipt=fields.get("TransactionID"),
        originator_conversation_id=fields.get("OriginalConversationID"),
    )
    if failure is None and txn is None:
        failure = "2032", _describe(call, "2032")
    code, desc = failure or ("0", _describe(call, "0"))
    parameters: dict[str, Any] = {}
    if txn is not None:
        from .._generated._operations import OPERATIONS  # generated from spec/

        parameters = {
            "DebitPartyName": _public_name(txn.debit_party, txn.debit_account),
            "CreditPartyName": _public_name(txn.credit_party, txn.credit_account),
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
    _send_result(
        call,
        ids,
        code,
        desc,
        transaction_id=txn.receipt if txn is not None and failure is None else None,
        parameters=parameters,
        references=[("Occasion", fields.get("Occasion"))],
        numeric=True,
    )
    return _ack(ids)


def _account_balance(call: Call) -> Reply:
    ids = _new_ids(call)
    failure = _precheck(call)
    code, desc = failure or ("0", _describe(call, "0"))
    parameters = {
        "AccountBalance": call.state.balance_text(call.fields["PartyA"]),
        "BOCompletedTime": _ids.compact_time(ids.moment),
    }
    _send_result(
        call,
        ids,
        code,
        desc,
        transaction_id=None,
        parameters=parameters,
        references=[("QueueTimeoutURL", call.fields["QueueTimeOutURL"])],
        numeric=False,
    )
    return _ack(ids)


def _reversal(call: Call) -> Reply:
    """Reverse a customer payment into this shortcode (C2B or STK); B2C cannot be reversed."""
    state, fields = call.state, call.fields
    ids = _new_ids(call)
    shortcode = fields["ReceiverParty"]
    with state.lock:
        failure = _precheck(call)
        original = state.find_transaction(receipt=fields["TransactionID"])
        reversible = (
            original is not None
            and original.status == "Completed"
            and original.debit_account is None
            and original.credit_party == shortcode
        )
        if failure is None and (original is None or not reversible):
            failure = "R000002", _describe(call, "R000002")
        elif failure is None and original is not None and original.reversed_by is not None:
            failure = "R000001", _describe(call, "R000001")
        elif failure is None and original is not None and original.amount != fields["Amount"]:
            failure = "25", "Invalid Request Parameters: Amount does not match the transaction"
        amount = original.amount if original is not None else Decimal(fields["Amount"])
        customer = original.debit_party if original is not None else shortcode
        txn = _settle_money(
            call,
            ids,
            amount=amount,
            debit=shortcode,
            debit_account=UTILITY,
            credit=customer,
            credit_account=None,
            failure=failure,
        )
        if original is not None and txn.receipt is not None:
            original.reversed_by = txn.receipt
            txn.reversal_of = original.receipt
    parameters = {
        "DebitAccountBalance": _account_line(state, shortcode, UTILITY),
        "Amount": txn.amount,
        "TransCompletedTime": int(_ids.compact_time(txn.time)),
        "OriginalTransactionID": fields["TransactionID"],
        "Charge": Decimal(0),
        "CreditPartyPublicName": _public_name(customer, None),
        "DebitPartyPublicName": _public_name(shortcode, UTILITY),
    }
    _send_result(
        call,
        ids,
        txn.result_code,
        txn.result_desc,
        transaction_id=txn.receipt,
        parameters=parameters,
        references=[("QueueTimeoutURL", fields["QueueTimeOutURL"])],
        numeric=True,
    )
    return _ack(ids)


# C2B ---------------------------------------------------------------------------------------


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
    ids = _new_ids(call)
    faults = state.take_callback_faults(call.op.name)
    state.dispatcher.schedule(state.callback_delay, lambda: _c2b_payment(call, ids, faults))
    return Reply(
        200,
        {
            "OriginatorCoversationID": ids.originator_conversation_id,
            "ResponseCode": "0",
            "ResponseDescription": _ACCEPTED,
        },
    )


def _c2b_payment(call: Call, ids: _Ids, faults: CallbackFaults) -> None:
    """The customer pays: validation (if registered), the money, then the confirmation."""
    from ..models import C2BConfirmation, C2BValidation  # generated from spec/

    state, fields = call.state, call.fields
    shortcode, msisdn = fields["ShortCode"], fields["Msisdn"]
    amount = Decimal(fields["Amount"])
    with state.lock:
        registration = state.c2b_registrations.get(shortcode)
        receipt = state.new_receipt(ids.moment)
    first, middle, last = _customer_name(msisdn)
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
    failure = None if state.customer_balance(msisdn) >= amount else ("1", _describe(call, "1"))
    if failure is None and registration is not None and state.external_validation:
        delivery = state.dispatcher.post(
            call.op.name, registration.validation_url, validated(C2BValidation, body)
        )
        failure, body["ThirdPartyTransID"] = _validation_verdict(
            delivery.status_code, delivery.reply, registration.response_type
        )
    txn = _settle_money(
        call,
        ids,
        amount=amount,
        debit=msisdn,
        debit_account=None,
        credit=shortcode,
        credit_account=UTILITY,
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
            validated(C2BConfirmation, body),
            delay=0.0,
            faults=faults,
        )
    _pay_invoice(state, txn)


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


# Ratiba ------------------------------------------------------------------------------------


def _standing_order(call: Call) -> Reply:
    state, fields = call.state, call.fields
    response_ref = _ids.reference()
    key = (fields["PartyA"], fields["StandingOrderName"])
    with state.lock:
        failure = _precheck(call)
        if failure is None and key in state.standing_orders:
            failure = "1050", _describe(call, "1050")
        if failure is None:
            state.standing_orders.add(key)
        transaction_id = state.new_receipt(_ids.now())
    code, desc = failure or ("0", _describe(call, "0"))
    body = ratiba_callback(
        call.op,
        request_ref_id=_ids.reference(),
        response_ref_id=response_ref,
        code=code,
        desc=desc,
        values={
            "TransactionID": transaction_id,
            "responseCode": code,
            "Status": "OKAY" if failure is None else "ERROR",
            "Msisdn": _masked(fields["PartyA"]),
        },
    )
    _send(call, body)
    accepted = "Request accepted for processing"
    return Reply(
        200,
        {
            "ResponseHeader": {
                "responseRefID": response_ref,
                "responseCode": "200",
                "responseDescription": accepted,
                "ResultDesc": _describe(call, "0"),
            },
            "ResponseBody": {"responseDescription": accepted, "responseCode": "200"},
        },
    )


# Bill Manager ------------------------------------------------------------------------------


def _biller(call: Call) -> Biller:
    """The biller whose appKey the request carries (the gateway step checked it exists)."""
    app_key = call.headers.get("appKey", "")
    return next(b for b in call.state.billers.values() if b.app_key == app_key)


def _conflict(message: str) -> Reply:
    return Reply(409, {"Status_Message": message, "resmsg": "Conflict", "rescode": "409"})


def _bill_opt_in(call: Call) -> Reply:
    state, fields = call.state, call.fields
    with state.lock:
        if fields["shortcode"] in state.billers:
            return _conflict("Biller already Registered")
        biller = Biller(fields["shortcode"], f"AG_{_ids.numbered_id()}", fields["callbackurl"])
        state.billers[biller.shortcode] = biller
    return Reply(200, {"app_key": biller.app_key, "resmsg": "Success", "rescode": "200"})


def _bill_update_opt_in(call: Call) -> Reply:
    with call.state.lock:
        biller = _biller(call)
        biller.callback_url = call.fields.get("callbackurl") or biller.callback_url
    return Reply(200, {"resmsg": "Success", "rescode": "200"})


def _bill_invoices(call: Call) -> Reply:
    """Single and bulk invoicing: an externalReference may be used once per biller."""
    state = call.state
    invoices = call.items or [call.fields]
    with state.lock:
        biller = _biller(call)
        keys = [(biller.shortcode, invoice["externalReference"]) for invoice in invoices]
        if len(set(keys)) < len(keys) or any(key in state.invoices for key in keys):
            return _conflict("Another entry exist with the same externalReference number")
        for key, invoice in zip(keys, invoices, strict=True):
            state.invoices[key] = Invoice(
                shortcode=biller.shortcode,
                external_reference=invoice["externalReference"],
                account_reference=invoice["accountReference"],
                amount=Decimal(invoice["amount"]),
                phone_number=invoice["billedPhoneNumber"],
            )
    return Reply(
        200, {"Status_Message": "Invoice sent successfully", "resmsg": "Success", "rescode": "200"}
    )


def _bill_cancel(call: Call) -> Reply:
    """Cancel unpaid invoices; a (partly) paid one makes the whole request a conflict."""
    state = call.state
    references = [item["externalReference"] for item in call.items or [call.fields]]
    with state.lock:
        biller = _biller(call)
        keys = [(biller.shortcode, reference) for reference in references]
        if any(key in state.invoices and state.invoices[key].paid for key in keys):
            return _conflict("partially or fully paid invoices cannot be cancelled.")
        for key in keys:
            state.invoices.pop(key, None)
    return Reply(
        200,
        {
            "Status_Message": "Invoice cancelled successfuly.",
            "resmsg": "Success",
            "rescode": "200",
            "errors": [],
        },
    )


def _pay_invoice(state: SandboxState, txn: Transaction) -> None:
    """A customer payment whose account reference matches an open invoice pays it.

    Bill Manager then pushes the payment to the biller's callbackurl.
    """
    from ..models import BillManagerPayment  # generated from spec/

    with state.lock:
        biller = state.billers.get(txn.credit_party)
        invoice = next(
            (
                inv
                for inv in state.invoices.values()
                if inv.shortcode == txn.credit_party
                and inv.account_reference == txn.reference
                and not inv.paid
            ),
            None,
        )
        if biller is None or invoice is None:
            return
        invoice.paid = True
    if biller.callback_url:
        body = {
            "transactionId": txn.receipt,
            "paidAmount": f"{txn.amount:.2f}",
            "msisdn": txn.debit_party,
            "dateCreated": f"{txn.time:%Y-%m-%d %H:%M:%S}",
            "accountReference": invoice.account_reference,
            "shortCode": biller.shortcode,
        }
        state.dispatcher.deliver(
            "bill_manager_opt_in",
            biller.callback_url,
            validated(BillManagerPayment, body),
            delay=0.0,
            faults=state.take_callback_faults("bill_manager_opt_in"),
        )


# Everything else: a plausible success from the response model -----------------------------


def flatten_annotation(annotation: Any) -> list[Any]:
    """The types a field annotation allows (``str | None`` gives ``[str, NoneType]``)."""
    if get_origin(annotation) in (Union, types.UnionType):
        return [arg for part in get_args(annotation) for arg in flatten_annotation(part)]
    return [annotation]


def _wire_name(name: str, info: Any) -> str:
    return str(info.serialization_alias or info.alias or name)


def build_response(
    model: type[BaseModel],
    request: Mapping[str, Any],
    overrides: Mapping[str, Any],
    success_code: str,
) -> dict[str, Any]:
    """A success body for ``model``: given values, else the request's, else plausible ones.

    A field takes its value from ``overrides``, else from the request field of the same wire
    name, else from its name (codes get ``success_code``, descriptions "Success", IDs fresh
    references, dates now) and type. ``overrides`` may add keys the model leaves open, and a
    ``None`` override leaves a key out.
    """
    body: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        wire = _wire_name(name, info)
        if wire in overrides:
            body[wire] = overrides[wire]
        elif wire in request:
            body[wire] = request[wire]
        else:
            body[wire] = _plausible(wire, info.annotation, request, success_code)
    body.update({key: value for key, value in overrides.items() if key not in body})
    return {key: value for key, value in body.items() if value is not None}


def _plausible(wire: str, annotation: Any, request: Mapping[str, Any], code: str) -> Any:
    kinds = [kind for kind in flatten_annotation(annotation) if kind is not type(None)]
    nested = next((k for k in kinds if isinstance(k, type) and issubclass(k, BaseModel)), None)
    if nested is not None:
        return build_response(nested, request, {}, code)
    lower = wire.lower()
    if lower.endswith("code") or lower in ("rescode", "responsestatus"):
        return code
    if any(word in lower for word in ("desc", "message", "resmsg")):
        return "Success"
    if lower.endswith("conversationid"):
        return _ids.conversation_id(_ids.now())
    if lower.endswith(("id", "refid")):
        return _ids.reference()
    if "date" in lower or "time" in lower:
        return f"{_ids.now():%d-%m-%Y %H:%M}"
    if any(get_origin(kind) is list for kind in kinds):
        return []
    if any(kind in (int, Decimal) for kind in kinds):
        return 0
    if kinds == [Any]:
        return None
    return "Sandbox"


def _success_code(op: Operation[Any, Any]) -> str:
    from ..codes import RESULT_CODES  # generated from spec/codes.yaml

    for table in op.result_code_tables:
        for code, info in RESULT_CODES.get(table, {}).items():
            if info.category == "success":
                return code
    return "0"


Overrides = Callable[[Call], dict[str, Any]]


def _identity(call: Call) -> dict[str, Any]:
    """Identity checks: a clean record (no recent SIM swap, ID matches)."""
    number = call.fields.get("customerNumber") or call.fields.get("msisdn") or ""
    documented = {
        _wire_name(name, info) for name, info in call.op.response_model.model_fields.items()
    }
    values = {
        "requestRefID": call.fields.get("requestRefID") or _ids.reference(),
        "responseCode": "200",
        "responseDesc": "Success",
        "lastSwapDate": "01-01-1900 00:00",
        "imsi": hashlib.sha256(f"imsi:{number}".encode()).hexdigest(),
        "msisdnRegistrationDate": "01-01-2019 00:00",
        "status": "true",
    }
    common = {"requestRefID", "responseCode", "responseDesc"}
    return {key: value for key, value in values.items() if key in documented | common}


def _org_info(call: Call) -> dict[str, Any]:
    identifier = call.fields["Identifier"]
    return {
        "ResponseCode": "4000",
        "ResponseMessage": "Success",
        "DetailedMessage": "Organization details retrieved successfully",
        "OrganizationShortCode": identifier,
        "OrganizationName": f"Sandbox Business {identifier}",
        "ChargeProfileID": "1",
    }


def _bonga_header(message: str) -> dict[str, Any]:
    return {
        "requestRefId": _ids.reference(),
        "responseCode": 200,
        "responseMessage": "Success",
        "customerMessage": message,
        "timestamp": _ids.now().isoformat(timespec="seconds"),
    }


def _bonga_points(call: Call) -> dict[str, Any]:
    points = call.fields["points"]
    rate = Decimal("0.2")
    amount = Decimal(points) * rate
    return {
        "header": _bonga_header(f"{points} Bonga points are worth KES {amount}"),
        "body": {"amount": str(amount), "points": points, "rate": str(rate)},
    }


def _bonga_redeem(call: Call) -> dict[str, Any]:
    return {"header": _bonga_header("Request accepted for processing")}


def _qr(call: Call) -> dict[str, Any]:
    return {
        "RequestID": _ids.numbered_id(),
        "ResponseDescription": "QR Code Successfully Generated.",
        "QRCode": _QR_PNG,
    }


def _pull_register(call: Call) -> dict[str, Any]:
    shortcode = call.fields["ShortCode"]
    with call.state.lock:
        known = shortcode in call.state.pull_registrations
        call.state.pull_registrations.add(shortcode)
    return {
        "ResponseStatus": "1001" if known else "1000",
        "ResponseDescription": "Shortcode already Registered"
        if known
        else "Shortcode Registered Successfully",
    }


def _pull_query(call: Call) -> dict[str, Any]:
    """The shortcode's completed customer payments in the window, from the given row offset."""
    fields = call.fields
    window = (fields["StartDate"][:16], fields["EndDate"][:16])
    rows = [
        {
            "transactionId": txn.receipt,
            "trxDate": f"{txn.time.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}",
            "msisdn": int(txn.debit_party),
            "sender": "UNKNOWN",
            "transactiontype": "c2b-pay-bill-debit",
            "billreference": txn.reference or "",
            "amount": f"{txn.amount:.1f}",
            "organizationname": f"Sandbox Business {txn.credit_party}",
        }
        for txn in call.state.transactions()
        if txn.credit_party == fields["ShortCode"]
        and txn.debit_account is None
        and txn.status == "Completed"
        and window[0] <= f"{txn.time:%Y-%m-%d %H:%M}" <= window[1]
    ][int(fields["OffSetValue"]) :]
    if not rows:
        return {
            "ResponseCode": "1001",
            "ResponseMessage": "No transactions found",
            "Response": None,
            "Transaction": "[[]]",
        }
    return {"ResponseCode": "1000", "ResponseMessage": "Success", "Response": [rows]}


_OVERRIDES: Mapping[str, Overrides] = {
    "check_sim_swap": _identity,
    "check_imsi": _identity,
    "check_age_on_network": _identity,
    "validate_kyc_id": _identity,
    "query_org_info": _org_info,
    "bonga_calculate_points": _bonga_points,
    "bonga_redeem_paybill": _bonga_redeem,
    "generate_dynamic_qr": _qr,
    "pull_transactions_register": _pull_register,
    "pull_transactions_query": _pull_query,
}


def _generic(call: Call) -> Reply:
    make = _OVERRIDES.get(call.op.name)
    overrides = make(call) if make is not None else {}
    body = build_response(call.op.response_model, call.fields, overrides, _success_code(call.op))
    return Reply(200, body)


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "initiate_stk_push": _stk_push,
    "query_stk_push_status": _stk_query,
    "b2c_payment": _b2c,
    "b2c_payment_v1": _b2c,
    "b2c_payment_with_validation": _b2c,
    "b2pochi_payment": _b2c,
    "business_pay_bill": _b2b,
    "business_buy_goods": _b2b,
    "b2c_account_top_up": _b2b,
    "tax_remittance": _b2b,
    "b2b_express_checkout": _b2b_express,
    "query_transaction_status": _transaction_status,
    "get_account_balance": _account_balance,
    "reverse_transaction": _reversal,
    "c2b_register_url": _c2b_register,
    "c2b_register_url_v2": _c2b_register,
    "c2b_simulate": _c2b_simulate,
    "c2b_simulate_v2": _c2b_simulate,
    "create_standing_order": _standing_order,
    "bill_manager_opt_in": _bill_opt_in,
    "bill_manager_update_opt_in": _bill_update_opt_in,
    "bill_manager_send_invoice": _bill_invoices,
    "bill_manager_send_bulk_invoices": _bill_invoices,
    "bill_manager_cancel_invoice": _bill_cancel,
    "bill_manager_cancel_bulk_invoices": _bill_cancel,
}
"""Operations with behaviour of their own; every other one answers with :func:`_generic`."""
