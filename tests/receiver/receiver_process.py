"""A receiver in a process of its own, as deployed: uvicorn, a SQLite ledger file.

``python -m tests.receiver.receiver_process LEDGER SECRET_PATH`` listens on a free port of
127.0.0.1 and prints the port once it is bound.
"""

from __future__ import annotations

import socket
import sys

import uvicorn

from mpesa.receiver import Receiver


def main(ledger: str, secret_path: str) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    receiver = Receiver(f"http://127.0.0.1:{port}{secret_path}", ledger=ledger)
    config = uvicorn.Config(
        receiver.asgi_app(), log_config=None, access_log=False, lifespan="off", proxy_headers=False
    )
    print(port, flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main(*sys.argv[1:])
