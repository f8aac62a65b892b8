"""Transaction status: look up any transaction by its M-Pesa receipt (or the ID it was sent with).

``query_transaction_status`` is a read: Daraja acknowledges at once and POSTs the status to
``ResultURL`` as a result callback. Its parameters are decoded by type with
``TransactionCodec.decode``: money as ``Decimal``, Daraja's times as aware Nairobi datetimes. An
unknown receipt is not an exception: the callback carries ResultCode 2032, which
``ResultCodes.describe`` explains.

Run: ``python examples/transaction_status.py [RECEIPT]``. Without a receipt it first pays out a
small B2C payment and looks that one up.
"""

from __future__ import annotations

import sys

import _local

from mpesa import OPERATIONS, MpesaAdapter, MpesaConfig, ResultCodes, TransactionCodec, models

STATUS_TYPES = {"Amount": "decimal", "InitiatedTime": "datetime", "FinalisedTime": "datetime"}


def next_result(daraja: _local.Session) -> models.ResultCallbackResult | None:
    body = daraja.callback("/result")
    if body is None:
        print("No result callback reached this machine; it went to your MPESA_RESULT_URL.")
        return None
    return models.ResultCallback.model_validate(body).result


def main(argv: list[str]) -> int:
    with _local.daraja(callbacks=True) as daraja, MpesaAdapter(MpesaConfig.from_env()) as mpesa:
        if argv:
            receipt = argv[0]
        else:
            mpesa.b2c_payment("0708374149", 250, "BusinessPayment", "Cashback")
            payout = next_result(daraja)
            if payout is None or payout.transaction_id is None:
                return 0
            receipt = payout.transaction_id
            print(f"Paid out KES 250, receipt {receipt}")

        ack = mpesa.query_transaction_status(transaction_id=receipt)
        print(f"Status query accepted: ConversationID {ack.conversation_id}")
        status = next_result(daraja)
        if status is not None:
            values = TransactionCodec.decode(
                status.result_parameters.result_parameter if status.result_parameters else None,
                STATUS_TYPES,
            )
            print(f"Receipt {receipt}: {values.get('TransactionStatus')}")
            print(f"  amount KES {values.get('Amount')!r}")
            print(f"  finalised {values.get('FinalisedTime')}")

        mpesa.query_transaction_status(transaction_id="NOSUCHRCPT")
        unknown = next_result(daraja)
        if unknown is not None:
            tables = OPERATIONS["query_transaction_status"].result_code_tables
            info = ResultCodes.describe(unknown.result_code, tables)
            print(f"Unknown receipt: ResultCode {info.code} ({info.category}): {info.description}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
