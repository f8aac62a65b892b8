"""Driver for daraja-v3: ``MpesaClient`` (``urllib``, a connection per call) and
``MpesaAsyncClient`` (one ``aiohttp`` session).

Both take ``base_url``. The CA is trusted through ``SSL_CERT_FILE``, which Python's default
SSL context (used by ``urllib`` and ``aiohttp``) reads.
"""

from __future__ import annotations

from typing import Any

from _driver import CALLBACK_URL, KEY, PASSKEY, PHONE, SECRET, SHORTCODE, Options, run

from mpesa import MpesaClient


def sync(options: Options) -> Any:
    client = MpesaClient(KEY, SECRET, SHORTCODE, PASSKEY, base_url=options.url)

    def call(ref: str) -> object:
        return client.stk_push(phone=PHONE, amount=10, reference=ref, callback_url=CALLBACK_URL)

    return call, lambda: None


async def asynchronous(options: Options) -> Any:
    from mpesa.async_client import MpesaAsyncClient

    client = MpesaAsyncClient(KEY, SECRET, SHORTCODE, PASSKEY, base_url=options.url)

    async def call(ref: str) -> object:
        return await client.stk_push(
            phone=PHONE, amount=10, reference=ref, callback_url=CALLBACK_URL
        )

    return call, client.aclose


if __name__ == "__main__":
    run(sync={"daraja-v3": sync}, asynchronous={"daraja-v3 aiohttp": asynchronous})
