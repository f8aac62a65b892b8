"""Driver for mpesakit's ``MpesaClient`` with its session (one kept-alive ``httpx.Client``).

mpesakit has no setting for the host: it picks Daraja's from ``environment``, so the driver
sets ``http_client.base_url`` after construction. The CA is trusted through ``SSL_CERT_FILE``,
which ``httpx`` reads.
"""

from __future__ import annotations

from typing import Any

from _driver import CALLBACK_URL, KEY, PASSKEY, PHONE, SECRET, SHORTCODE, Options, run
from mpesakit import MpesaClient


def session(options: Options) -> Any:
    client = MpesaClient(KEY, SECRET, environment="sandbox", use_session=True)
    client.http_client.base_url = options.url

    def call(ref: str) -> object:
        return client.stk_push(
            business_short_code=int(SHORTCODE),
            transaction_type="CustomerPayBillOnline",
            amount=10,
            party_a=PHONE,
            party_b=SHORTCODE,
            phone_number=PHONE,
            callback_url=CALLBACK_URL,
            account_reference=ref,
            transaction_desc="Payment",
            passkey=PASSKEY,
        )

    return call, client.http_client.close


if __name__ == "__main__":
    run(sync={"mpesakit": session})
