"""The end-to-end demo: a narrated session against a local Daraja on 127.0.0.1.

Run it with ``make demo``. It needs no credentials and no internet: ``LocalDaraja`` serves the
API, ``CallbackReceiver`` plays the merchant's callback URLs, and every call goes through the
real ``MpesaAdapter`` over real HTTP.
"""

from __future__ import annotations

import sys
from typing import Any

from mpesa import MpesaAdapter, MpesaAPIException, RecordingEventEmitter, TransactionCodec, models
from mpesa.sandbox import CallbackReceiver, LocalDaraja

CUSTOMER = "0708374149"
CANCELLING_CUSTOMER = "254700001032"  # a magic number: the customer cancels the prompt (1032)


def say(title: str, **facts: Any) -> None:
    print(f"\n== {title}")
    for key, value in facts.items():
        print(f"   {key:<22} {value}")


def events(recorder: RecordingEventEmitter) -> str:
    names = ", ".join(recorder.names()) or "none"
    recorder.clear()
    return names


def stk_callback(receiver: CallbackReceiver, count: int) -> models.StkCallback:
    body = receiver.wait_for(count, timeout=10, path="/stk")[-1]
    return models.StkCallback.model_validate(body)


def result_callback(receiver: CallbackReceiver, count: int) -> models.ResultCallback:
    body = receiver.wait_for(count, timeout=10, path="/result")[-1]
    return models.ResultCallback.model_validate(body)


def main() -> int:
    recorder = RecordingEventEmitter()
    with LocalDaraja(stk_delay=0.2) as daraja, CallbackReceiver() as receiver:
        config = daraja.config(
            callback_url=receiver.url("/stk"),
            result_url=receiver.url("/result"),
            timeout_url=receiver.url("/timeout"),
            confirmation_url=receiver.url("/confirm"),
            validation_url=receiver.url("/validate"),
        )
        print(f"Local Daraja at {daraja.base_url}; merchant callbacks at {receiver.base_url}")
        with MpesaAdapter(config, event_emitter=recorder) as mpesa:
            push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV001", "Invoice 1")
            say(
                "STK push sent",
                phone=CUSTOMER,
                amount="KES 10",
                checkout=push.checkout_request_id,
                events=events(recorder),
            )
            callback = stk_callback(receiver, 1).body.stk_callback
            paid = TransactionCodec.flatten(
                callback.callback_metadata.item if callback.callback_metadata else []
            )
            say(
                "STK callback received",
                result=f"{callback.result_code} {callback.result_desc}",
                receipt=paid.get("MpesaReceiptNumber"),
                amount=paid.get("Amount"),
            )
            status = mpesa.query_stk_push_status(push.checkout_request_id)
            say(
                "STK query",
                result=f"{status.result_code} {status.result_desc}",
                events=events(recorder),
            )

            cancelled = mpesa.initiate_stk_push(CANCELLING_CUSTOMER, 25, "INV002")
            callback = stk_callback(receiver, 2).body.stk_callback
            say(
                "A payment the customer cancels",
                checkout=cancelled.checkout_request_id,
                result=f"{callback.result_code} {callback.result_desc}",
            )

            payout = mpesa.b2c_payment(CUSTOMER, 150, "BusinessPayment", "Refund", "Demo")
            say(
                "B2C payout sent",
                conversation=payout.conversation_id,
                originator=payout.originator_conversation_id,
                events=events(recorder),
            )
            result = result_callback(receiver, 1).result
            say(
                "B2C result received",
                result=f"{result.result_code} {result.result_desc}",
                receipt=result.transaction_id,
            )

            mpesa.get_account_balance()
            balance = result_callback(receiver, 2).result
            values = TransactionCodec.flatten(
                balance.result_parameters.result_parameter if balance.result_parameters else []
            )
            for account in TransactionCodec.parse_balances(str(values.get("AccountBalance", ""))):
                say(
                    f"Balance: {account.account}",
                    available=f"{account.currency} {account.available}",
                )
            print(f"   events                 {events(recorder)}")

            mpesa.query_transaction_status(result.transaction_id)
            status_result = result_callback(receiver, 3).result
            say(
                "Transaction status",
                receipt=result.transaction_id,
                result=f"{status_result.result_code} {status_result.result_desc}",
                events=events(recorder),
            )

            mpesa.c2b_register_url_v2()
            mpesa.c2b_simulate_v2(CUSTOMER, 200, "ACC-7")
            validation = receiver.wait_for(1, timeout=10, path="/validate")[-1]
            confirmation = receiver.wait_for(1, timeout=10, path="/confirm")[-1]
            say(
                "C2B register + simulate",
                validated=validation["TransID"],
                confirmed=confirmation["TransID"],
                amount=confirmation["TransAmount"],
            )

            paid_receipt = str(paid.get("MpesaReceiptNumber"))
            mpesa.reverse_transaction(paid_receipt, 10, "Refund INV001")
            reversal = result_callback(receiver, 4).result
            say(
                "Reversal of the STK payment",
                receipt=paid_receipt,
                result=f"{reversal.result_code} {reversal.result_desc}",
                events=events(recorder),
            )

            try:
                mpesa.initiate_stk_push(CUSTOMER, 10, "X" * 13)
            except Exception as exc:
                say("Bad input is refused before any request", error=f"{type(exc).__name__}: {exc}")
            try:
                mpesa.reverse_transaction("NOSUCH0000", 10, "Unknown")
                unknown = result_callback(receiver, 5).result
                say(
                    "Reversing an unknown receipt",
                    result=f"{unknown.result_code} {unknown.result_desc}",
                )
            except MpesaAPIException as exc:
                say("Reversing an unknown receipt", error=str(exc))
    print("\nDemo finished: every call went over real HTTP to the local Daraja.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
