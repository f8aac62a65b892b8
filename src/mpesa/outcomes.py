"""The final word on a payment: :class:`PaymentOutcome`, what ``wait_for_result`` and
``reconcile`` report, and how it is read from the ledger and from a query's answer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, RootModel

from ._callback_routes import STATUS_ROUTE
from ._codebook import describe
from ._operation import Operation
from .errors import MpesaOutcomeUnknownError
from .ledger import Outcome, RequestEntry, Status

if TYPE_CHECKING:
    from .callbacks import Callback

__all__ = ["PaymentOutcome", "PaymentStatus", "Reconciled", "callback_outcome"]

PaymentStatus = Literal["success", "failed", "pending", "unknown"]
"""``success`` and ``failed`` are final; ``pending``: still in progress when last asked;
``unknown``: nothing said what happened before the deadline."""

_FINAL = {"success": "success", "failed": "failed", "refused": "failed", "pending": "pending"}
_LOOKUP_IDS = (
    "reference",
    "CheckoutRequestID",
    "ConversationID",
    "OriginatorConversationID",
    "MerchantRequestID",
)


@dataclass(frozen=True)
class PaymentOutcome:
    """What became of one money-moving request."""

    status: PaymentStatus
    result_code: str | None = None
    result_desc: str | None = None
    receipt: str | None = None
    """The M-Pesa transaction ID of a success."""
    amount: Decimal | None = None
    operation: str | None = None
    reference: str | None = None
    """The request's own reference in the ledger, when it has one."""

    @property
    def is_final(self) -> bool:
        """Success or failure: asking again will not change it."""
        return self.status in ("success", "failed")


@dataclass(frozen=True)
class Reconciled:
    """One unresolved ledger entry a reconciliation asked about, and what it learnt."""

    reference: str
    operation: str
    before: Status
    """The entry's status before."""
    outcome: PaymentOutcome

    @property
    def changed(self) -> bool:
        """The entry moved to a final outcome or to pending."""
        return self.outcome.status in ("success", "failed") or (
            self.outcome.status == "pending" and self.before != "pending"
        )


@dataclass(frozen=True)
class Awaited:
    """A request whose outcome is awaited: its operation and every ID known of it."""

    operation: Operation[Any, Any]
    ids: Mapping[str, str]

    @classmethod
    def of(cls, target: object, operations: Mapping[str, Operation[Any, Any]]) -> Awaited:
        """From a money-moving call's response, or the ``MpesaOutcomeUnknownError`` it raised."""
        if isinstance(target, MpesaOutcomeUnknownError):
            operation = operations.get(target.operation or "")
            if operation is not None and operation.moves_money:
                return cls(operation, dict(target.ids))
        elif isinstance(target, BaseModel) and not isinstance(target, RootModel):
            for operation in operations.values():
                if operation.moves_money and isinstance(target, operation.response_model):
                    answer = target.model_dump(by_alias=True, exclude_none=True)
                    ids = {key: str(value) for key, value in answer.items() if key.endswith("ID")}
                    return cls(operation, ids)
        raise TypeError(
            "wait_for_result takes a money-moving call's response or the "
            f"MpesaOutcomeUnknownError it raised, not {type(target).__name__}"
        )

    @classmethod
    def of_entry(cls, operation: Operation[Any, Any], entry: RequestEntry) -> Awaited:
        """From a ledger entry: its client IDs, Daraja's IDs and its reference."""
        ids = {**entry.client_ids, **entry.ids.by_wire(), "reference": entry.reference}
        return cls(operation, ids)

    def lookup_ids(self) -> Iterator[str]:
        """The IDs that find the request in a ledger, most specific first."""
        return (self.ids[key] for key in _LOOKUP_IDS if self.ids.get(key))

    def query(self) -> tuple[str, dict[str, str]] | None:
        """The query that finds the outcome, and its arguments, if the IDs allow one."""
        resolution = self.operation.resolution
        if resolution is None:
            return None
        arguments = resolution.arguments_from(self.ids)
        return (resolution.operation, arguments) if arguments else None


def from_entry(entry: RequestEntry) -> PaymentOutcome:
    """What a ledger entry says; ``unknown`` until a callback or query settled it."""
    status = _FINAL.get(entry.status, "unknown")
    return PaymentOutcome(
        status,  # type: ignore[arg-type]
        entry.result_code,
        entry.result_desc,
        entry.receipt,
        entry.amount,
        entry.operation,
        entry.reference,
    )


def from_query_answer(
    query: Operation[Any, Any], answer: BaseModel, awaited: Awaited
) -> PaymentOutcome | None:
    """What a query that answers at once (the STK query) says; None for one whose answer
    comes later as a callback."""
    if query.callback is not None:
        return None
    fields = answer.model_dump(by_alias=True)
    code = fields.get("ResultCode")
    if code is None:
        return None
    category = describe(code, query.result_codes).category
    status: PaymentStatus = (
        "success" if category == "success" else "pending" if category == "pending" else "failed"
    )
    return PaymentOutcome(
        status,
        str(code),
        fields.get("ResultDesc"),
        operation=awaited.operation.name,
        reference=awaited.ids.get("reference"),
    )


def callback_outcome(callback: Callback, route: str) -> Outcome:
    """What a callback that arrived on ``route`` says of the request it names.

    A status query's answer (route ``status``) speaks for the transaction asked about through
    the parameter whose ``states`` the spec lists (``TransactionStatus: Completed`` is a
    success); a query that found nothing, or failed, leaves the request pending. A queue
    timeout notice says nothing certain. Any other callback is the request's own result, read
    by its code's category: an uncertain code stays unknown, never failed.
    """
    code, desc = callback.result_code, callback.result_desc
    if route == STATUS_ROUTE:
        for key, states in _states(callback):
            if key in callback.parameters:
                state: Status = states.get(str(callback.parameters[key]), "pending")
                receipt = callback.parameters.get("ReceiptNo") if state == "success" else None
                return Outcome(state, code, desc, None if receipt is None else str(receipt))
        return Outcome("pending", code, desc)
    if route == "timeout":
        return Outcome("unknown", code, desc)
    category = callback.category
    status: Status = (
        "success"
        if category == "success"
        else "pending"
        if category == "pending"
        else "unknown"
        if category == "unknown_outcome"
        else "failed"
    )
    return Outcome(status, code, desc, callback.receipt if status == "success" else None)


def _states(
    callback: Callback,
) -> Iterator[tuple[str, Mapping[str, Literal["success", "failed", "pending"]]]]:
    from ._generated._operations import OPERATIONS

    for name in callback.operations:
        spec = OPERATIONS[name].callback
        for parameter in spec.result_parameters if spec else ():
            if parameter.states:
                yield parameter.key, parameter.states
