"""The end-to-end demo: a narrated session against a local Daraja on 127.0.0.1.

Run it with ``make demo``. It needs no credentials and no internet: ``LocalDaraja`` serves the
API, ``CallbackReceiver`` plays the merchant's callback URLs, and every call goes through the
real ``MpesaAdapter`` over real HTTP.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from mpesa import (
    OPERATIONS,
    MpesaAdapter,
    MpesaAPIException,
    MpesaValidationError,
    RecordingEventEmitter,
    SQLiteLedger,
    TransactionCodec,
    models,
)
from mpesa.ledger import LedgerEntry
from mpesa.receiver import Receiver, new_secret_path
from mpesa.sandbox import CallbackReceiver, LocalDaraja

CUSTOMER = "0708374149"
CANCELLING_CUSTOMER = "254700001032"  # a magic number: the customer cancels the prompt (1032)


def kes(amount: object) -> str:
    """An amount as ``KES 1,000.00``: exact (Decimal), grouped, two decimals."""
    return f"KES {Decimal(str(amount)):,.2f}"


class Narrator:
    """Prints each step with its facts and the events the step's calls published."""

    def __init__(self) -> None:
        self.recorder = RecordingEventEmitter()

    def step(self, title: str, **facts: Any) -> None:
        print(f"\n== {title}")
        names = self.recorder.names()
        self.recorder.clear()
        if names:
            facts["events"] = ", ".join(names)
        for key, value in facts.items():
            print(f"   {key:<22} {value}")


def parameters(operation: str, items: object) -> dict[str, Any]:
    """A callback's result items, decoded with the types the spec gives them."""
    callback = OPERATIONS[operation].callback
    assert callback is not None
    types = {parameter.key: parameter.type for parameter in callback.result_parameters}
    return TransactionCodec.decode(items, types)


def stk_callback(receiver: CallbackReceiver, count: int) -> models.StkCallback:
    body = receiver.wait_for(count, timeout=10, path="/stk")[-1]
    return models.StkCallback.model_validate(body)


def result_callback(receiver: CallbackReceiver, count: int) -> models.ResultCallback:
    body = receiver.wait_for(count, timeout=10, path="/result")[-1]
    return models.ResultCallback.model_validate(body)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """The narration says what happened; no access log."""


@contextmanager
def merchant_site(ledger: SQLiteLedger, events: RecordingEventEmitter) -> Iterator[str]:
    """The merchant's callback receiver on 127.0.0.1 (a WSGI server on a thread), recording
    into ``ledger``; yields the ``callback_base_url`` to configure."""
    server: WSGIServer = make_server(
        "127.0.0.1", 0, lambda environ, start: [], handler_class=_QuietHandler
    )
    base_url = f"http://127.0.0.1:{server.server_port}{new_secret_path()}"
    receiver = Receiver(base_url, ledger=ledger, event_emitter=events)
    server.set_app(receiver.wsgi_app())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url
    finally:
        server.shutdown()
        server.server_close()
        receiver.close()


def settled_entry(ledger: SQLiteLedger, checkout_request_id: str) -> LedgerEntry:
    """The ledger entry once its callback is in (the receiver commits it before answering)."""
    deadline = time.monotonic() + 10
    while True:
        entry = ledger.entry(checkout_request_id)
        if (entry is not None and entry.callbacks) or time.monotonic() > deadline:
            assert entry is not None
            return entry
        time.sleep(0.05)


def follow_a_payment(daraja: LocalDaraja, step: Callable[..., None], narrator: Narrator) -> None:
    """An STK push recorded in a ledger before it leaves, its callback received and matched by
    the merchant's receiver, and its outcome waited for."""
    with (
        tempfile.TemporaryDirectory() as folder,
        SQLiteLedger(Path(folder) / "payments.db") as ledger,
    ):
        with merchant_site(ledger, narrator.recorder) as base_url:
            config = daraja.config(callback_base_url=base_url)
            with MpesaAdapter(config, ledger=ledger, event_emitter=narrator.recorder) as mpesa:
                push = mpesa.initiate_stk_push(CUSTOMER, 500, "INV003")
                outcome = mpesa.wait_for_result(push, timeout=15, poll_interval=0.2)
            entry = settled_entry(ledger, push.checkout_request_id)
        request = entry.request
        step(
            "A payment followed to its ledger entry",
            outcome=outcome.status,
            reference=request.reference,
            status=request.status,
            receipt=request.receipt,
            amount=kes(request.amount),
            phone=request.phone,
            callbacks=", ".join(callback.kind or "dead letter" for callback in entry.callbacks),
        )


def main() -> int:
    narrator = Narrator()
    step = narrator.step
    with LocalDaraja(stk_delay=0.2) as daraja, CallbackReceiver() as receiver:
        config = daraja.config(
            callback_url=receiver.url("/stk"),
            result_url=receiver.url("/result"),
            timeout_url=receiver.url("/timeout"),
            confirmation_url=receiver.url("/confirm"),
            validation_url=receiver.url("/validate"),
        )
        print(f"Local Daraja at {daraja.base_url}; merchant callbacks at {receiver.base_url}")
        with MpesaAdapter(config, event_emitter=narrator.recorder) as mpesa:
            push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV001", "Invoice 1")
            step(
                "STK push sent",
                phone=CUSTOMER,
                amount=kes(10),
                checkout=push.checkout_request_id,
            )
            callback = stk_callback(receiver, 1).body.stk_callback
            paid = parameters(
                "initiate_stk_push",
                callback.callback_metadata.item if callback.callback_metadata else [],
            )
            step(
                "STK callback received",
                result=f"{callback.result_code} {callback.result_desc}",
                receipt=paid.get("MpesaReceiptNumber"),
                amount=kes(paid["Amount"]),
            )
            status = mpesa.query_stk_push_status(push.checkout_request_id)
            step("STK query", result=f"{status.result_code} {status.result_desc}")

            cancelled = mpesa.initiate_stk_push(CANCELLING_CUSTOMER, 25, "INV002")
            callback = stk_callback(receiver, 2).body.stk_callback
            step(
                "A payment the customer cancels",
                amount=kes(25),
                checkout=cancelled.checkout_request_id,
                result=f"{callback.result_code} {callback.result_desc}",
            )

            payout = mpesa.b2c_payment(CUSTOMER, 150, "BusinessPayment", "Refund", "Demo")
            step(
                "B2C payout sent",
                phone=CUSTOMER,
                amount=kes(150),
                conversation=payout.conversation_id,
                originator=payout.originator_conversation_id,
            )
            result = result_callback(receiver, 1).result
            step(
                "B2C result received",
                result=f"{result.result_code} {result.result_desc}",
                receipt=result.transaction_id,
            )

            asked = mpesa.get_account_balance()
            step("Account balance requested", conversation=asked.conversation_id)
            balance = result_callback(receiver, 2).result
            values = TransactionCodec.flatten(
                balance.result_parameters.result_parameter if balance.result_parameters else []
            )
            for account in TransactionCodec.parse_balances(str(values.get("AccountBalance", ""))):
                step(f"Balance: {account.account}", available=kes(account.available))

            mpesa.query_transaction_status(result.transaction_id)
            status_result = result_callback(receiver, 3).result
            step(
                "Transaction status",
                receipt=result.transaction_id,
                result=f"{status_result.result_code} {status_result.result_desc}",
            )

            mpesa.c2b_register_url_v2()
            mpesa.c2b_simulate_v2(CUSTOMER, 200, "ACC-7")
            validation = receiver.wait_for(1, timeout=10, path="/validate")[-1]
            confirmation = receiver.wait_for(1, timeout=10, path="/confirm")[-1]
            step(
                "C2B register + simulate",
                validated=validation["TransID"],
                confirmed=confirmation["TransID"],
                amount=kes(confirmation["TransAmount"]),
            )

            paid_receipt = str(paid.get("MpesaReceiptNumber"))
            mpesa.reverse_transaction(paid_receipt, 10, "Refund INV001")
            reversal = result_callback(receiver, 4).result
            step(
                "Reversal of the STK payment",
                receipt=paid_receipt,
                amount=kes(10),
                result=f"{reversal.result_code} {reversal.result_desc}",
            )

            try:
                mpesa.initiate_stk_push(CUSTOMER, 10, "X" * 13)
            except MpesaValidationError as exc:
                step(
                    "Bad input is refused before any request", error=f"{type(exc).__name__}: {exc}"
                )
            try:
                mpesa.reverse_transaction("NOSUCH0000", 10, "Unknown")
                unknown = result_callback(receiver, 5).result
                step(
                    "Reversing an unknown receipt",
                    result=f"{unknown.result_code} {unknown.result_desc}",
                )
            except MpesaAPIException as exc:
                step("Reversing an unknown receipt", error=str(exc))
        follow_a_payment(daraja, step, narrator)
    print("\nDemo finished: every call went over real HTTP to the local Daraja.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
