"""The ledger a receiver is given by name: a ledger URL is opened as ``open_ledger`` opens it,
a plain path is a SQLite file; either is closed with the receiver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpesa.errors import MpesaValidationError
from mpesa.ledger import DarajaIds, Ledger, Outcome, SQLiteLedger
from mpesa.ledger.postgres import PostgresLedger
from mpesa.receiver import Receiver, Request, new_secret_path
from mpesa.testing import canned_callback

from .conftest import JSON

SECRET = new_secret_path()
CHECKOUT = "ws_CO_191220191020363925"
REFERENCE = "5f2b9e0c1d3a4b6c8e7f901234567890"


def deliver_stk_callback(ledger: str | Path) -> int:
    """Receive one paid STK callback through a receiver given ``ledger``; its reply status."""
    receiver = Receiver(f"https://shop.example{SECRET}", ledger=ledger)
    try:
        body = json.dumps(canned_callback("initiate_stk_push", CheckoutRequestID=CHECKOUT))
        return receiver.handle(
            Request("POST", f"{SECRET}/callback", JSON, body.encode(), "127.0.0.1")
        ).status
    finally:
        receiver.close()


def record_push(ledger: Ledger) -> None:
    ledger.record_request("initiate_stk_push", reference=REFERENCE, amount=10)
    ledger.update_request(
        REFERENCE, Outcome("accepted", "0"), DarajaIds(checkout_request_id=CHECKOUT)
    )


def paid(ledger: Ledger) -> bool:
    entry = ledger.entry(CHECKOUT)
    return entry is not None and entry.request.status == "success" and len(entry.callbacks) == 1


def test_a_postgresql_url_records_into_that_database(postgres_ledger_url: str) -> None:
    with PostgresLedger(postgres_ledger_url) as ledger:
        record_push(ledger)

        assert deliver_stk_callback(postgres_ledger_url) == 200
        assert paid(ledger)


def test_a_sqlite_url_records_into_that_file(tmp_path: Path) -> None:
    path = tmp_path / "payments.db"
    with SQLiteLedger(path) as ledger:
        record_push(ledger)

        assert deliver_stk_callback(f"sqlite:///{path}") == 200
        assert paid(ledger)


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "payments.db"
    with SQLiteLedger(path) as ledger:
        record_push(ledger)

        assert deliver_stk_callback(str(path)) == 200
        assert paid(ledger)


def test_a_url_no_ledger_has_is_refused_naming_the_ledger() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        Receiver(f"https://shop.example{SECRET}", ledger="mysql://db/payments")
    assert raised.value.field == "ledger"
