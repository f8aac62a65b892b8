"""An STK push (M-Pesa Express): prompt a customer to pay, then learn the outcome.

Daraja acknowledges the push at once; the customer's answer arrives later as a callback to
``CallBackURL``. Read the callback, and ask ``query_stk_push_status`` when it is late or lost
(Daraja does not resend callbacks). While the prompt is open, the query is answered with
``500.001.1001 The transaction is being processed``.

Run: ``python examples/basic_stk_push.py`` (a local Daraja unless ``MPESA_BASE_URL`` is set).
"""

from __future__ import annotations

import sys
import time

import _local

from mpesa import MpesaAdapter, MpesaAPIException, MpesaConfig, TransactionCodec, models

CUSTOMER = "0708374149"  # the public sandbox test customer; 07…, +254…, 254… all work


def query_until_answered(mpesa: MpesaAdapter, checkout_request_id: str) -> models.StkQueryResponse:
    """Ask for the outcome until the customer has answered the prompt (about two minutes)."""
    for _ in range(24):
        try:
            return mpesa.query_stk_push_status(checkout_request_id)
        except MpesaAPIException as exc:
            if exc.category != "pending":  # 500.001.1001 "The transaction is being processed"
                raise
        time.sleep(5)
    raise TimeoutError(f"no answer to {checkout_request_id} yet")


def main() -> int:
    with _local.daraja(callbacks=True) as daraja, MpesaAdapter(MpesaConfig.from_env()) as mpesa:
        push = mpesa.initiate_stk_push(CUSTOMER, 10, "INV001", "Invoice 1")
        print(f"STK push accepted: {push.checkout_request_id} ({push.customer_message})")

        body = daraja.callback("/stk")
        if body is None:
            print("No callback reached this machine; querying the outcome instead.")
        else:
            callback = models.StkCallback.model_validate(body).body.stk_callback
            print(f"Callback: ResultCode {callback.result_code} {callback.result_desc}")
            if callback.callback_metadata is not None:
                paid = TransactionCodec.decode(
                    callback.callback_metadata.item,
                    {"Amount": "decimal", "TransactionDate": "datetime"},
                )
                print(
                    f"Paid KES {paid['Amount']} (a Decimal), receipt "
                    f"{paid['MpesaReceiptNumber']}, at {paid['TransactionDate']:%Y-%m-%d %H:%M %Z}"
                )

        status = query_until_answered(mpesa, push.checkout_request_id)
        print(f"STK query: ResultCode {status.result_code} {status.result_desc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
