"""Driver for daraja-sdk-py's ``Mpesa`` client (one pooled ``httpx.Client``).

daraja-sdk-py builds every URL from the module constant ``daraja.environment.SANDBOX_BASE_URL``
and has no setting for it, so the driver replaces the constant before making the client.
The CA is trusted through ``SSL_CERT_FILE``, which ``httpx`` reads.
"""

from __future__ import annotations

from typing import Any

import daraja.environment
from _driver import CALLBACK_URL, KEY, PASSKEY, PHONE, SECRET, SHORTCODE, Options, run
from daraja import Mpesa


def client(options: Options) -> Any:
    daraja.environment.SANDBOX_BASE_URL = options.url
    mpesa = Mpesa(
        {
            "consumer_key": KEY,
            "consumer_secret": SECRET,
            "environment": "sandbox",
            "passkey": PASSKEY,
        }
    )

    def call(ref: str) -> object:
        return mpesa.stk_push(
            {
                "BusinessShortCode": int(SHORTCODE),
                "TransactionType": "CustomerPayBillOnline",
                "Amount": 10,
                "PartyA": int(PHONE),
                "PartyB": int(SHORTCODE),
                "PhoneNumber": int(PHONE),
                "CallBackURL": CALLBACK_URL,
                "AccountReference": ref,
                "TransactionDesc": "Payment",
            }
        )

    return call, mpesa.close


if __name__ == "__main__":
    run(sync={"daraja-sdk-py": client})
