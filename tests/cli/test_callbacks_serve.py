"""``mpesa callbacks serve``: the receiver and its ledger as a process, over real HTTP."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from mpesa import SQLiteLedger
from mpesa.ledger import DarajaIds, Ledger, LedgerEntry, Outcome
from mpesa.ledger.postgres import PostgresLedger
from tests.cli.serve_process import ServeProcess
from tests.sandbox.sandbox_process import FAST, SandboxProcess, shell

CHECKOUT = "ws_CO_191220191020363925"
REFERENCE = "5f2b9e0c1d3a4b6c8e7f901234567890"
STK_CALLBACK = {
    "Body": {
        "stkCallback": {
            "MerchantRequestID": "29115-34620561-1",
            "CheckoutRequestID": CHECKOUT,
            "ResultCode": 0,
            "ResultDesc": "The service request is processed successfully.",
            "CallbackMetadata": {
                "Item": [
                    {"Name": "Amount", "Value": 10},
                    {"Name": "MpesaReceiptNumber", "Value": "NLJ7RT61SV"},
                    {"Name": "TransactionDate", "Value": 20191219102115},
                    {"Name": "PhoneNumber", "Value": 254708374149},
                ]
            },
        }
    }
}

StartServe = Callable[..., ServeProcess]


@pytest.fixture
def start_serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartServe]:
    """Start ``mpesa callbacks serve --port 0 <options>``; stopped afterwards."""
    started: list[ServeProcess] = []

    def start(*options: str, env: dict[str, str] | None = None) -> ServeProcess:
        stderr = tmp_path_factory.mktemp("serve") / "stderr.txt"
        started.append(ServeProcess("--port", "0", *options, stderr=stderr, env=env))
        return started[-1]

    yield start
    for process in started:
        process.stop()


@pytest.fixture(scope="module")
def served_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ledger") / "payments.db"


@pytest.fixture(scope="module")
def serving(
    served_ledger: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServeProcess]:
    """One receiver for the module's tests that only send it callbacks."""
    stderr = tmp_path_factory.mktemp("serve") / "stderr.txt"
    process = ServeProcess("--port", "0", "--db", str(served_ledger), stderr=stderr)
    yield process
    process.stop()


def test_it_prints_a_base_url_with_a_secret_path_and_the_ledger_url(
    serving: ServeProcess, served_ledger: Path
) -> None:
    exports = serving.exports

    assert re.fullmatch(
        r"http://127\.0\.0\.1:\d+/hooks/[0-9a-f]{32}", exports["MPESA_CALLBACK_BASE_URL"]
    )
    assert exports["MPESA_LEDGER_URL"] == f"sqlite:///{served_ledger.resolve()}"


def test_each_start_has_a_fresh_secret(
    serving: ServeProcess, start_serve: StartServe, ledger_file: Path
) -> None:
    first = serving.exports["MPESA_CALLBACK_BASE_URL"]
    second = start_serve("--db", str(ledger_file)).exports["MPESA_CALLBACK_BASE_URL"]

    assert first.rsplit("/", 1)[1] != second.rsplit("/", 1)[1]


def test_the_secret_path_starts_at_base_path(start_serve: StartServe, ledger_file: Path) -> None:
    serving = start_serve("--db", str(ledger_file), "--base-path", "/mpesa-hooks/")

    assert "/mpesa-hooks/" in serving.exports["MPESA_CALLBACK_BASE_URL"]


def test_a_callback_base_url_in_the_environment_is_used_as_it_is(
    start_serve: StartServe, ledger_file: Path
) -> None:
    public = "https://shop.example/hooks/0123456789abcdef0123456789abcdef"

    serving = start_serve("--db", str(ledger_file), env={"MPESA_CALLBACK_BASE_URL": public})

    assert serving.exports["MPESA_CALLBACK_BASE_URL"] == public


def callback_applied(ledger: Ledger, serving: ServeProcess) -> LedgerEntry:
    """Record a request in ``ledger``, POST its STK callback to the printed URL (answered 200)
    and return the request's entry."""
    ledger.record_request("initiate_stk_push", reference=REFERENCE, amount=10)
    ledger.update_request(
        REFERENCE, Outcome("accepted", "0"), DarajaIds(checkout_request_id=CHECKOUT)
    )
    base = serving.exports["MPESA_CALLBACK_BASE_URL"]
    answer = httpx.post(f"{base}/callback", json=STK_CALLBACK, timeout=10)
    assert answer.status_code == 200
    entry = ledger.entry(CHECKOUT)
    assert entry is not None
    return entry


def test_a_callback_at_the_printed_url_is_recorded_and_applied_to_its_request(
    serving: ServeProcess, served_ledger: Path
) -> None:
    with SQLiteLedger(served_ledger) as ledger:
        entry = callback_applied(ledger, serving)
    assert (entry.request.status, entry.request.receipt) == ("success", "NLJ7RT61SV")
    assert len(entry.callbacks) == 1


def test_a_callback_is_recorded_in_a_postgresql_ledger_given_as_db(
    start_serve: StartServe, postgres_ledger_url: str
) -> None:
    serving = start_serve("--db", postgres_ledger_url)
    with PostgresLedger(postgres_ledger_url) as ledger:
        entry = callback_applied(ledger, serving)
    assert (entry.request.status, entry.request.receipt) == ("success", "NLJ7RT61SV")
    assert serving.exports["MPESA_LEDGER_URL"] == postgres_ledger_url


def test_a_password_in_the_ledger_url_is_printed_as_stars(
    start_serve: StartServe, postgres_ledger_url: str
) -> None:
    with_password = postgres_ledger_url.replace("postgres@", "postgres:hunter2@", 1)

    serving = start_serve("--db", with_password)

    assert "hunter2" not in serving.printed
    assert serving.exports["MPESA_LEDGER_URL"] == with_password.replace("hunter2", "***")


def test_a_wrong_secret_is_refused_and_nothing_is_recorded(
    serving: ServeProcess, served_ledger: Path
) -> None:
    base = serving.exports["MPESA_CALLBACK_BASE_URL"]
    forged = base.rsplit("/", 1)[0] + "/" + "0" * 32
    with SQLiteLedger(served_ledger) as ledger:
        ledger.record_request("initiate_stk_push", reference="f" * 32, amount=10)
        ledger.update_request(
            "f" * 32, Outcome("accepted"), DarajaIds(checkout_request_id="ws_CO_2")
        )
        body = {
            "Body": {
                "stkCallback": {
                    **STK_CALLBACK["Body"]["stkCallback"],
                    "CheckoutRequestID": "ws_CO_2",
                }
            }
        }

        answer = httpx.post(f"{forged}/callback", json=body, timeout=10)

        assert answer.status_code == 404
        assert ledger.dead_letters() == []
        entry = ledger.entry("ws_CO_2")
    assert entry is not None
    assert (entry.request.status, entry.callbacks) == ("accepted", ())


def test_sigterm_stops_it_cleanly(start_serve: StartServe, ledger_file: Path) -> None:
    serving = start_serve("--db", str(ledger_file))

    status = serving.stop()

    assert status == 0
    assert "# Stopped." in serving.stderr()


def test_without_a_ledger_it_exits_2_saying_how_to_give_one(start_serve: StartServe) -> None:
    serving = start_serve()

    assert serving.process.wait(timeout=15) == 2
    assert "--db PATH" in serving.stderr()


def test_a_port_in_use_exits_2_naming_it(start_serve: StartServe, ledger_file: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        serving = start_serve("--db", str(ledger_file), "--port", port)

        assert serving.process.wait(timeout=15) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in serving.stderr()


@pytest.fixture
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    process = SandboxProcess("--port", "0", *FAST, stderr=tmp_path_factory.mktemp("sb") / "err")
    yield process
    process.stop()


def test_a_payment_made_with_the_printed_settings_is_followed_to_its_ledger_entry(
    sandbox: SandboxProcess, serving: ServeProcess
) -> None:
    """The sandbox's settings, then the receiver's: the B2C result callback reaches the
    receiver, ``--wait`` reads the outcome from the shared ledger."""
    run = shell(
        f"{sandbox.printed}\n{serving.printed}",
        "mpesa b2c --phone 0712345678 --amount 100 --wait 20 && mpesa ledger list",
    )

    assert run.returncode == 0, run.stderr
    assert "outcome: success" in run.stderr
    (entry,) = [  # the ledger's row, after the outcome's table
        line.split()
        for line in run.stdout.splitlines()
        if re.match(r"[0-9a-f]{32} +b2c_payment ", line)
    ]
    assert entry[2:5] == ["success", "100", "2547****678"]


def test_with_outbox_a_callbacks_events_are_stored_for_the_relay(
    start_serve: StartServe, ledger_file: Path
) -> None:
    serving = start_serve("--db", str(ledger_file), "--outbox")
    with SQLiteLedger(ledger_file) as ledger:
        callback_applied(ledger, serving)

        names = [stored.event.name for stored in ledger.pending_events()]

    assert names == ["mpesa.callback.received", "mpesa.stk_push.success"]
