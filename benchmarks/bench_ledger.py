"""The ledger's speed: STK callbacks recorded per second into ``SQLiteLedger``.

Each callback is one committed transaction that checks its dedupe key, finds its request by
``CheckoutRequestID``, stores the raw body and resolves the request. The baseline is the least
a durable callback store does: one plain ``INSERT`` and ``COMMIT`` per body into a SQLite file
with the same settings (WAL, ``synchronous=NORMAL``), in the same run.
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from mpesa.ledger import DarajaIds, Outcome, SQLiteLedger

CALLBACKS = 5000
THREADS = 4
BODY = b'{"Body": {"stkCallback": {"MerchantRequestID": "29115-34620561-1", ' + b"x" * 600 + b"}}}"
PAID = Outcome("success", "0", "The service request is processed successfully.", "NLJ7RT61SV")


def raw_sqlite(directory: Path) -> float:
    """Plain inserts, one transaction each: callbacks per second."""
    db = sqlite3.connect(directory / "raw.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE callbacks (id INTEGER PRIMARY KEY, key TEXT UNIQUE, body BLOB)")
    started = time.perf_counter()
    for number in range(CALLBACKS):
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO callbacks (key, body) VALUES (?, ?)", (f"k{number}", BODY))
        db.execute("COMMIT")
    rate = CALLBACKS / (time.perf_counter() - started)
    db.close()
    return rate


def ledger_callbacks(directory: Path, threads: int) -> float:
    """``record_callback`` from ``threads`` threads sharing one ledger: callbacks per second."""
    with SQLiteLedger(directory / f"ledger-{threads}.db") as ledger:
        for number in range(CALLBACKS):
            ledger.record_request("initiate_stk_push", reference=f"r{number}", amount=1)
            checkout = DarajaIds(checkout_request_id=f"ws_CO_{number}")
            ledger.update_request(f"r{number}", Outcome("accepted", "0"), checkout)

        def deliver(numbers: range) -> None:
            for number in numbers:
                ledger.record_callback(
                    BODY,
                    kind="stk",
                    dedupe_key=f"stk:ws_CO_{number}:0",
                    outcome=PAID,
                    ids=DarajaIds(checkout_request_id=f"ws_CO_{number}"),
                    source="196.201.214.200",
                )

        workers = [
            threading.Thread(target=deliver, args=(range(start, CALLBACKS, threads),))
            for start in range(threads)
        ]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return CALLBACKS / (time.perf_counter() - started)


def run() -> dict[str, float]:
    """Callbacks per second: plain SQLite inserts (``raw``), the ledger on one thread
    (``ledger``) and on ``THREADS`` threads (``threads``)."""
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        return {
            "raw": raw_sqlite(directory),
            "ledger": ledger_callbacks(directory, 1),
            "threads": ledger_callbacks(directory, THREADS),
        }


def main() -> None:
    figures = run()
    baseline, one = figures["raw"], figures["ledger"]
    print(
        f"ledger          raw sqlite {baseline:8.0f} /s   ledger {one:8.0f} /s   ratio {baseline / one:5.2f}x slower"
        f"   ({THREADS} threads: {figures['threads']:.0f} /s)"
    )


if __name__ == "__main__":
    main()
