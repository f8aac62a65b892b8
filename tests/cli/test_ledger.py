"""``mpesa ledger list`` / ``show`` read the payment ledger; ``mpesa reconcile`` settles it
against the local Daraja over real HTTP."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from mpesa import MpesaAdapter, SQLiteLedger
from mpesa.cli import main
from mpesa.ledger import DarajaIds, Outcome
from mpesa.ledger.postgres import PostgresLedger
from mpesa.sandbox import LocalDaraja
from tests.servers import free_port

CHECKOUT = "ws_CO_191220191020363925"
REFERENCE = "5f2b9e0c1d3a4b6c8e7f901234567890"
OLD_REFERENCE = "0123456789abcdef0123456789abcdef"
STK_CALLBACK = b"""{"Body": {"stkCallback": {
    "MerchantRequestID": "29115-34620561-1",
    "CheckoutRequestID": "ws_CO_191220191020363925",
    "ResultCode": 0,
    "ResultDesc": "The service request is processed successfully.",
    "CallbackMetadata": {"Item": [
        {"Name": "Amount", "Value": 10.50},
        {"Name": "MpesaReceiptNumber", "Value": "NLJ7RT61SV"},
        {"Name": "TransactionDate", "Value": 20191219102115},
        {"Name": "PhoneNumber", "Value": 254708374149}]}}}}"""


class Clock:
    """The ledger's clock, set by the test."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc) - timedelta(hours=1)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ledger(ledger_file: Path) -> Path:
    """A ledger with an STK push an hour old, paid by its callback, and a B2C just accepted."""
    clock = Clock()
    with SQLiteLedger(ledger_file, clock=clock) as opened:
        opened.record_request(
            "initiate_stk_push",
            reference=REFERENCE,
            amount=Decimal("10.50"),
            phone="254708374149",
            client_ids={"AccountReference": "INV001"},
        )
        opened.update_request(
            REFERENCE, Outcome("accepted", "0"), DarajaIds(checkout_request_id=CHECKOUT)
        )
        opened.record_callback(
            STK_CALLBACK,
            kind="stk",
            dedupe_key=f"stk:{CHECKOUT}:0",
            ids=DarajaIds(checkout_request_id=CHECKOUT),
            outcome=Outcome("success", "0", "Processed", "NLJ7RT61SV"),
            source="196.201.214.200",
        )
        clock.now += timedelta(hours=1)
        opened.record_request(
            "b2c_payment", reference=OLD_REFERENCE, amount=Decimal("100"), phone="254712345678"
        )
        opened.update_request(
            OLD_REFERENCE, Outcome("accepted", "0"), DarajaIds(conversation_id="AG_1")
        )
    return ledger_file


def rows(out: str) -> list[list[str]]:
    return [line.split() for line in out.splitlines()]


def test_list_shows_a_table_of_the_requests_oldest_first(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["ledger", "list", "--db", str(ledger)])

    assert status == 0
    header, first, second = rows(capsys.readouterr().out)
    assert header == ["reference", "operation", "status", "amount", "phone", "result", "created"]
    assert first[:6] == [REFERENCE, "initiate_stk_push", "success", "10.50", "2547****149", "0"]
    assert second[:3] == [OLD_REFERENCE, "b2c_payment", "accepted"]


def test_list_never_shows_a_whole_phone_number(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ledger", "list", "--db", str(ledger), "--json"])

    assert "254708374149" not in capsys.readouterr().out


def test_list_as_json_keeps_amounts_exact(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ledger", "list", "--db", str(ledger), "--json"])

    first, _ = json.loads(capsys.readouterr().out)["requests"]
    assert first["amount"] == "10.50"
    assert first["ids"]["checkout_request_id"] == CHECKOUT
    assert first["client_ids"] == {"AccountReference": "INV001"}


def test_list_filters_by_status(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ledger", "list", "--db", str(ledger), "--status", "accepted", "pending"])

    _, only = rows(capsys.readouterr().out)
    assert only[0] == OLD_REFERENCE


def test_list_filters_by_age(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ledger", "list", "--db", str(ledger), "--older-than", "30m"])

    _, only = rows(capsys.readouterr().out)
    assert only[0] == REFERENCE


def test_list_stops_at_the_limit(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ledger", "list", "--db", str(ledger), "--limit", "1"])

    assert len(rows(capsys.readouterr().out)) == 2


def test_list_reads_the_file_of_mpesa_ledger_url(
    ledger: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MPESA_LEDGER_URL", f"sqlite:///{ledger}")

    status = main(["ledger", "list"])

    assert status == 0
    assert REFERENCE in capsys.readouterr().out


def test_list_reads_a_sqlite_url_given_as_db(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["ledger", "list", "--db", f"sqlite:///{ledger}"])

    assert status == 0
    assert REFERENCE in capsys.readouterr().out


def test_list_reads_a_postgresql_ledger_given_as_db(
    postgres_ledger_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with PostgresLedger(postgres_ledger_url) as opened:
        opened.record_request(
            "b2c_payment", reference=OLD_REFERENCE, amount=Decimal("100"), phone="254712345678"
        )

    status = main(["ledger", "list", "--db", postgres_ledger_url])

    assert status == 0
    _, only = rows(capsys.readouterr().out)
    assert (only[0], only[1], only[3], only[4]) == (
        OLD_REFERENCE,
        "b2c_payment",
        "100",
        "2547****678",
    )


def test_an_unreachable_postgresql_ledger_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["ledger", "list", "--db", f"postgresql://postgres@127.0.0.1:{free_port()}/x"])

    assert status == 2
    assert "cannot read the ledger" in capsys.readouterr().err


def test_without_a_ledger_exits_2_saying_how_to_give_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["ledger", "list"])

    assert status == 2
    err = capsys.readouterr().err
    assert "--db PATH" in err
    assert "MPESA_LEDGER_URL" in err


def test_a_ledger_url_of_another_database_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MPESA_LEDGER_URL", "mysql://db/payments")

    status = main(["ledger", "list"])

    assert status == 2
    assert "sqlite:///" in capsys.readouterr().err


def test_a_missing_file_exits_2_and_is_not_created(
    ledger_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["ledger", "list", "--db", str(ledger_file)])

    assert status == 2
    assert "no ledger at" in capsys.readouterr().err
    assert not ledger_file.exists()


def test_a_file_that_is_not_a_ledger_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, " * 100, encoding="utf-8")

    status = main(["ledger", "list", "--db", str(path)])

    assert status == 2
    assert "cannot read the ledger" in capsys.readouterr().err


def test_an_age_that_cannot_be_read_is_a_usage_error(ledger: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ledger", "list", "--db", str(ledger), "--older-than", "soon"])

    assert exit_info.value.code == 2


def test_show_finds_a_request_by_a_daraja_id_with_its_callbacks(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["ledger", "show", CHECKOUT, "--db", str(ledger)])

    assert status == 0
    out = capsys.readouterr().out
    assert ["reference", REFERENCE] in rows(out)
    assert ["receipt", "NLJ7RT61SV"] in rows(out)
    callback = next(row for row in rows(out) if "196.201.214.200" in row)
    assert callback[2:6] == ["stk", "196.201.214.200", "success", "0"]
    assert callback[-1] == "1"  # deliveries


def test_show_without_json_leaves_the_raw_body_out(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ledger", "show", REFERENCE, "--db", str(ledger)])

    assert "stkCallback" not in capsys.readouterr().out


def test_show_as_json_has_the_raw_body_with_phone_numbers_masked(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ledger", "show", REFERENCE, "--db", str(ledger), "--json"])

    out = capsys.readouterr().out
    assert "254708374149" not in out
    (callback,) = json.loads(out)["callbacks"]
    items = callback["body"]["Body"]["stkCallback"]["CallbackMetadata"]["Item"]
    assert {"Name": "PhoneNumber", "Value": "2547****149"} in items
    assert {"Name": "Amount", "Value": "10.50"} in items  # exact, never a float


def test_show_of_an_unknown_id_exits_2(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ledger", "show", "ws_CO_unknown", "--db", str(ledger)])

    assert status == 2
    assert "ws_CO_unknown" in capsys.readouterr().err


# Reconciling, against the local Daraja -------------------------------------------------------


@pytest.fixture
def two_pushes(sandbox_env: LocalDaraja, ledger_file: Path) -> Path:
    """A ledger with a push the customer paid and one the customer cancelled, both answered."""
    config = sandbox_env.config(callback_url=sandbox_env.inbox_url("callback"))
    with SQLiteLedger(ledger_file) as ledger, MpesaAdapter(config, ledger=ledger) as mpesa:
        mpesa.initiate_stk_push("254708374149", 10, "INV1")
        mpesa.initiate_stk_push("254700001032", 10, "INV2")
    time.sleep(1.0)  # the customers answer both prompts
    return ledger_file


def test_reconcile_settles_the_unresolved_entries_and_prints_what_changed(
    two_pushes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["reconcile", "--db", str(two_pushes), "--older-than", "0"])

    assert status == 0
    out = capsys.readouterr().out
    now = sorted(row[3] for row in rows(out)[1:-1])
    assert now == ["failed", "success"]
    assert out.splitlines()[-1] == "2 unresolved entries asked about, 2 changed"
    with SQLiteLedger(two_pushes) as ledger:
        assert sorted(entry.status for entry in ledger.list_requests()) == ["failed", "success"]


def test_reconcile_leaves_entries_younger_than_older_than(
    two_pushes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["reconcile", "--db", str(two_pushes), "--older-than", "1h"])

    assert status == 0
    assert capsys.readouterr().out == "0 unresolved entries asked about, 0 changed\n"


def test_reconcile_as_json_reports_each_entry_before_and_after(
    two_pushes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["reconcile", "--db", str(two_pushes), "--older-than", "0", "--json"])

    report = json.loads(capsys.readouterr().out)["reconciled"]
    assert sorted((item["before"], item["outcome"]["status"]) for item in report) == [
        ("accepted", "failed"),
        ("accepted", "success"),
    ]
    assert all(item["changed"] for item in report)


def test_reconcile_settles_the_entries_of_a_postgresql_ledger(
    sandbox_env: LocalDaraja, postgres_ledger_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = sandbox_env.config(callback_url=sandbox_env.inbox_url("callback"))
    with (
        PostgresLedger(postgres_ledger_url) as ledger,
        MpesaAdapter(config, ledger=ledger) as mpesa,
    ):
        mpesa.initiate_stk_push("254708374149", 10, "INV1")
        mpesa.initiate_stk_push("254700001032", 10, "INV2")
    time.sleep(1.0)  # the customers answer both prompts

    status = main(["reconcile", "--db", postgres_ledger_url, "--older-than", "0"])

    assert status == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 unresolved entries asked about, 2 changed"
    with PostgresLedger(postgres_ledger_url) as ledger:
        assert sorted(entry.status for entry in ledger.list_requests()) == ["failed", "success"]


def test_reconcile_without_daraja_settings_exits_2_naming_the_variable(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["reconcile", "--db", str(ledger)])

    assert status == 2
    assert "MPESA_CONSUMER_KEY" in capsys.readouterr().err
