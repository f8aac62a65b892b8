"""Bill Manager: opt-in, invoices (an externalReference once per biller) and their payment.

Source: D3-BillManager (spec/operations/bill_manager.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from ... import _shapes
from .. import _ids
from ..state import Biller, Invoice, SandboxState, Transaction
from ._common import Call, Reply, plausible


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


def pay_invoice(state: SandboxState, txn: Transaction) -> None:
    """A customer payment whose account reference matches an open invoice pays it.

    Bill Manager then pushes the payment to the biller's callbackurl.
    """
    from ..._generated._operations import OPERATIONS  # generated from spec/

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
        envelope = _shapes.callback(
            OPERATIONS["bill_manager_opt_in"], "0", "", ids=body, parameters=None, leaf=plausible
        )
        state.dispatcher.deliver(
            "bill_manager_opt_in",
            biller.callback_url,
            envelope.body,
            delay=0.0,
            faults=state.take_callback_faults("bill_manager_opt_in"),
        )


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "bill_manager_opt_in": _bill_opt_in,
    "bill_manager_update_opt_in": _bill_update_opt_in,
    "bill_manager_send_invoice": _bill_invoices,
    "bill_manager_send_bulk_invoices": _bill_invoices,
    "bill_manager_cancel_invoice": _bill_cancel,
    "bill_manager_cancel_bulk_invoices": _bill_cancel,
}
