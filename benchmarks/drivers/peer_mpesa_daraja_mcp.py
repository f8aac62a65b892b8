"""Driver for mpesa-daraja-mcp's ``stk_push`` tool (async ``DarajaClient`` on ``httpx``).

Its ``Config`` sets ``base_url`` from the environment name, so the driver replaces it after
construction and installs the client as the server's. The tool records every request in its
SQLite store (a temporary file here), as it does when serving. The CA is trusted through
``SSL_CERT_FILE``, which ``httpx`` reads.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

from _driver import CALLBACK_URL, KEY, PASSKEY, PHONE, SECRET, SHORTCODE, Options, run


async def tool(options: Options) -> Any:
    scratch = tempfile.TemporaryDirectory()
    os.environ["DARAJA_STATE_DB"] = os.path.join(scratch.name, "state.db")
    from mpesa_mcp import server
    from mpesa_mcp.client import Config, DarajaClient

    config = Config(
        env="sandbox",
        consumer_key=KEY,
        consumer_secret=SECRET,
        shortcode=SHORTCODE,
        passkey=PASSKEY,
    )
    config.base_url = options.url
    server._client = DarajaClient(config)

    async def call(ref: str) -> object:
        return await server.stk_push(PHONE, 10, ref, callback_url=CALLBACK_URL)

    async def close() -> None:
        await server.client().aclose()
        scratch.cleanup()

    return call, close


if __name__ == "__main__":
    run(asynchronous={"mpesa-daraja-mcp": tool})
