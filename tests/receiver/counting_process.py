"""A receiver in a process of its own on a PostgreSQL ledger, as one of several workers.

``python -m tests.receiver.counting_process LEDGER_URL SECRET_PATH`` listens on a free port of
127.0.0.1 and prints the port once it is bound. Its STK handler and its event emitter write
each call to the tables ``checks.handled`` and ``checks.published`` of the ledger's database,
so that a test counts them across processes. With a third argument ``outbox`` its events go
to the ledger's outbox instead of that table.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from typing import Any

import uvicorn
from psycopg_pool import ConnectionPool

from mpesa.callbacks import Callback
from mpesa.ledger import open_ledger
from mpesa.receiver import Receiver


def main(url: str, secret_path: str, events: str = "emitter") -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(256)
    port = sock.getsockname()[1]
    checks = ConnectionPool(url, min_size=1, max_size=4, open=True, kwargs={"autocommit": True})

    def handled(callback: Callback) -> None:
        with checks.connection() as db:
            db.execute(
                "INSERT INTO checks.handled VALUES (%s, %s)",
                (callback.checkout_request_id, os.getpid()),
            )

    def published(name: str, data: Mapping[str, Any]) -> None:
        with checks.connection() as db:
            db.execute(
                "INSERT INTO checks.published VALUES (%s, %s)",
                (name, data["correlation"].get("CheckoutRequestID")),
            )

    base_url = f"http://127.0.0.1:{port}{secret_path}"
    if events == "outbox":
        receiver = Receiver(base_url, ledger=open_ledger(url), outbox=True)
    else:
        receiver = Receiver(base_url, ledger=open_ledger(url), event_emitter=published)
    receiver.on("stk", handled)
    config = uvicorn.Config(
        receiver.asgi_app(in_thread=True),
        log_config=None,
        access_log=False,
        lifespan="off",
        proxy_headers=False,
    )
    print(port, flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main(*sys.argv[1:])
