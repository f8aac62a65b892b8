"""A B2C payout to a customer, its result callback, and what to do when the answer is lost.

``b2c_payment`` moves money, so the adapter never sends it twice. If the connection breaks
after the request went out, Daraja may have paid the customer, and the adapter raises
``MpesaOutcomeUnknownError`` instead of guessing. Never resend then: a resend could pay twice.
Find the outcome with ``query_transaction_status`` using the ``OriginatorConversationID`` the
adapter generated for the payout (the error carries it in ``resolve_with``), and read the result
callback.

Run: ``python examples/b2c_disbursement.py``. The lost answer is staged with the local
sandbox's ``drop_connection`` fault, which processes the payout and then cuts the connection.
"""

from __future__ import annotations

import sys

import _local

from mpesa import (
    MpesaAdapter,
    MpesaConfig,
    MpesaOutcomeUnknownError,
    TransactionCodec,
    models,
)

CUSTOMER = "0708374149"


def print_result(daraja: _local.Session) -> None:
    """Print the next result callback: a payout's result or a transaction status."""
    body = daraja.callback("/result")
    if body is None:
        print("No result callback reached this machine")
        return
    result = models.ResultCallback.model_validate(body).result
    values = TransactionCodec.decode(
        result.result_parameters.result_parameter if result.result_parameters else None,
        {"TransactionAmount": "decimal", "Amount": "decimal"},  # money as Decimal
    )
    print(f"Result callback: ResultCode {result.result_code} {result.result_desc}")
    for key in ("TransactionReceipt", "TransactionAmount", "ReceiptNo", "TransactionStatus"):
        if key in values:
            print(f"  {key}: {values[key]}")


def main() -> int:
    with _local.daraja(callbacks=True) as daraja, MpesaAdapter(MpesaConfig.from_env()) as mpesa:
        payout = mpesa.b2c_payment(CUSTOMER, 1500, "BusinessPayment", "Refund ORD-17", "Refund")
        print(f"Payout accepted: OriginatorConversationID {payout.originator_conversation_id}")
        print_result(daraja)

        if not daraja.inject_fault("drop_connection", operation="b2c_payment"):
            print("This Daraja cannot drop connections on request; done.")
            return 0
        try:
            mpesa.b2c_payment(CUSTOMER, 2000, "BusinessPayment", "Refund ORD-18", "Refund")
        except MpesaOutcomeUnknownError as exc:
            # Do NOT call b2c_payment again: the customer may already have the money.
            print(f"Outcome unknown, not resent: {exc.ids['OriginatorConversationID']}")
            print(f"  resolve with {exc.resolved_by}({exc.resolve_with})")
            mpesa.query_transaction_status(**exc.resolve_with)
            # Two callbacks follow, in either order: the lost payout's own result (Daraja did
            # process it) and the transaction status, which says the same.
            print_result(daraja)
            print_result(daraja)
    return 0


if __name__ == "__main__":
    sys.exit(main())
