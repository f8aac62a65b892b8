"""Account balance: ask for the shortcode's balances and read them as exact ``Decimal`` values.

``get_account_balance`` is a read. Daraja acknowledges it and POSTs a result callback whose
``AccountBalance`` parameter packs every account into one string,
``Working Account|KES|700000.00|700000.00|0.00|0.00&Utility Account|KES|…``.
``TransactionCodec.parse_balances`` turns it into ``AccountBalance`` records (account,
currency, current, available, reserved, uncleared), all ``Decimal``: never float for money.

Run: ``python examples/account_balance.py``.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import _local

from mpesa import MpesaAdapter, MpesaConfig, TransactionCodec, models


def main() -> int:
    with _local.daraja(callbacks=True) as daraja, MpesaAdapter(MpesaConfig.from_env()) as mpesa:
        ack = mpesa.get_account_balance()  # identifier type "4": our own shortcode
        print(f"Balance query accepted: ConversationID {ack.conversation_id}")
        body = daraja.callback("/result")
        if body is None:
            print("No result callback reached this machine; it went to your MPESA_RESULT_URL.")
            return 0

    result = models.ResultCallback.model_validate(body).result
    values = TransactionCodec.flatten(
        result.result_parameters.result_parameter if result.result_parameters else None
    )
    balances = TransactionCodec.parse_balances(str(values["AccountBalance"]))
    completed = TransactionCodec.parse_datetime(values["BOCompletedTime"])
    print(f"Balances at {completed:%Y-%m-%d %H:%M:%S %Z}:")
    for account in balances:
        print(f"  {account.account:<32} {account.currency} {account.available:>14,}")
    total = sum((account.available for account in balances), Decimal(0))
    print(f"  {'Total available':<32} KES {total:>14,}  ({type(total).__name__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
