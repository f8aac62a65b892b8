"""What every operation with behaviour shares: the request, the answer, money and callbacks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ... import _shapes
from .. import _ids
from ..outcomes import describe_result, magic_result_code
from ..state import TEST_MSISDN, SandboxState, Transaction

if TYPE_CHECKING:
    from ..._operation import Operation

ACCEPTED = "Accept the service request successfully."


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
        return _shapes.error_envelope(self.code, self.message, request_id=self.request_id)


@dataclass(frozen=True)
class Call:
    """One validated request: the object body's fields or the array body's items, by wire name."""

    state: SandboxState
    op: Operation[Any, Any]
    fields: dict[str, Any] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ids:
    """When a request was taken and the conversation IDs its acknowledgement gives."""

    moment: datetime
    conversation_id: str
    originator_conversation_id: str


def new_ids(call: Call) -> Ids:
    moment = _ids.now()
    originator = call.fields.get("OriginatorConversationID") or _ids.numbered_id()
    return Ids(moment, _ids.conversation_id(moment), originator)


def ack(ids: Ids) -> Reply:
    """The standard asynchronous acknowledgement."""
    return Reply(
        200,
        {
            "ConversationID": ids.conversation_id,
            "OriginatorConversationID": ids.originator_conversation_id,
            "ResponseCode": "0",
            "ResponseDescription": ACCEPTED,
        },
    )


def describe(call: Call, code: str) -> str:
    return describe_result(code, call.op.result_code_tables)


def _field_with_fill(op: Operation[Any, Any], fill: str) -> str | None:
    return next((spec.wire for spec in op.fields if spec.fill == fill), None)


def precheck(call: Call) -> tuple[str, str] | None:
    """The failure chosen before any money moves: forced outcome, bad credential, magic number.

    A forced ``"0"`` switches the magic numbers off for this request.
    """
    state, op = call.state, call.op
    forced = state.take_outcome(op.name)
    if forced is not None and forced.result_code != "0":
        return forced.result_code, forced.result_desc or describe(call, forced.result_code)
    credential = _field_with_fill(op, "security_credential")
    initiator = _field_with_fill(op, "config.initiator_name")
    if (
        credential
        and initiator
        and not state.credential_is_valid(call.fields[initiator], call.fields[credential])
    ):
        return "2001", describe(call, "2001")
    if forced is None:
        for spec in op.fields:
            value = call.fields.get(spec.wire)
            if spec.phone and isinstance(value, str):
                code = magic_result_code(value, op.result_code_tables)
                if code is not None:
                    return code, describe(call, code)
    return None


def settle_money(
    call: Call,
    ids: Ids,
    *,
    amount: Decimal,
    debit: tuple[str, str | None],
    credit: tuple[str, str | None],
    failure: tuple[str, str] | None,
    reference: str | None = None,
    receipt: str | None = None,
) -> Transaction:
    """Move the money unless ``failure`` (from :func:`precheck`) says otherwise; record it.

    ``debit`` and ``credit`` are (party, account): a business account, or ``None`` for a
    customer wallet.
    A payer without enough money fails with result ``1``. ``receipt`` is one already shown
    to the merchant (C2B validation); otherwise a new one is made on success.
    """
    state = call.state
    (debit_party, debit_account), (credit_party, credit_account) = debit, credit
    with state.lock:
        if failure is None and not state.transfer(
            amount,
            debit=debit_party,
            debit_account=debit_account,
            credit=credit_party,
            credit_account=credit_account,
        ):
            failure = "1", describe(call, "1")
        code, desc = failure or ("0", describe(call, "0"))
        return state.record(
            Transaction(
                receipt=(receipt or state.new_receipt(ids.moment)) if failure is None else None,
                operation=call.op.name,
                amount=amount,
                debit_party=debit_party,
                debit_account=debit_account,
                credit_party=credit_party,
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


def send(call: Call, body: dict[str, Any]) -> None:
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


def send_result(
    call: Call,
    ids: Ids,
    code: str,
    desc: str,
    *,
    transaction_id: str | None,
    parameters: Mapping[str, Any],
    references: list[tuple[str, Any]],
) -> None:
    """POST the ``{"Result": ...}`` callback; its parameters go on success only."""
    envelope = _shapes.callback(
        call.op,
        code,
        desc,
        ids={
            "OriginatorConversationID": ids.originator_conversation_id,
            "ConversationID": ids.conversation_id,
            "TransactionID": transaction_id or _ids.placeholder_receipt(ids.moment),
        },
        parameters=parameters if code == "0" else None,
        leaf=plausible,
        references=references,
    )
    send(call, envelope.body)


def plausible(wire: str, kinds: Sequence[Any]) -> Any:
    """A value for a field the sandbox has nothing to say about, by its name and type."""
    lower = wire.lower()
    if any(word in lower for word in ("desc", "message", "resmsg")):
        return "Success"
    if lower.endswith("conversationid"):
        return _ids.conversation_id(_ids.now())
    if lower.endswith(("id", "refid")):
        return _ids.reference()
    if "date" in lower or "time" in lower:
        return f"{_ids.now():%d-%m-%Y %H:%M}"
    if any(kind in (int, Decimal) for kind in kinds):
        return 0
    return "Sandbox"


def customer_name(msisdn: str) -> tuple[str, str, str]:
    return ("John", "", "Doe") if msisdn == TEST_MSISDN else ("Sandbox", "", "Customer")


def public_name(party: str, account: str | None) -> str:
    if account is None:
        first, _, last = customer_name(party)
        return f"{party} - {first} {last}"
    return f"{party} - Sandbox Business {party}"


def account_line(state: SandboxState, shortcode: str, account: str) -> str:
    amount = state.business_balance(shortcode, account)
    return f"{account}|KES|{amount:.2f}|{amount:.2f}|0.00|0.00"


def answering(overrides: Callable[[Call], dict[str, Any]] | None = None) -> Callable[[Call], Reply]:
    """A handler that answers with the operation's success body (spec's response model).

    Fields take the ``overrides`` values, else the request's of the same wire name, else
    :func:`plausible` ones.
    """

    def handler(call: Call) -> Reply:
        values = overrides(call) if overrides is not None else {}
        body = _shapes.answer(call.op, plausible, values=call.fields, overrides=values)
        return Reply(200, body)

    return handler


def report(
    call: Call,
    ids: Ids,
    txn: Transaction,
    parameters: Mapping[str, Any],
    references: list[tuple[str, Any]] | None = None,
) -> Reply:
    """POST the result callback of a settled transaction and acknowledge the request.

    ``references`` default to the request's ``QueueTimeoutURL``.
    """
    send_result(
        call,
        ids,
        txn.result_code,
        txn.result_desc,
        transaction_id=txn.receipt,
        parameters=parameters,
        references=references or [("QueueTimeoutURL", call.fields["QueueTimeOutURL"])],
    )
    return ack(ids)
