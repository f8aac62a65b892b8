"""A receiver process killed with SIGKILL while the local Daraja streams callbacks to it
loses none of the callbacks it acknowledged."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from mpesa import MpesaAdapter
from mpesa.receiver import new_secret_path
from mpesa.sandbox import LocalDaraja
from tests.receiver.conftest import wait_until

REPO = Path(__file__).resolve().parents[2]
CUSTOMER = "254708374149"


@pytest.fixture
def process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    """The receiver process, its callback base URL and its ledger file; killed at the end."""
    ledger = tmp_path / "ledger.db"
    secret = new_secret_path()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.receiver.receiver_process", str(ledger), secret],
        cwd=REPO,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield child, f"http://127.0.0.1:{port}{secret}", ledger
    finally:
        child.kill()
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()


def recorded(ledger: Path) -> set[str]:
    """The ConversationID of every callback the ledger file holds."""
    with closing(sqlite3.connect(ledger)) as db:
        rows = db.execute("SELECT body FROM callbacks").fetchall()
    return {json.loads(body)["Result"]["ConversationID"] for (body,) in rows}


def acknowledged(daraja: LocalDaraja) -> int:
    """How many callbacks the receiver has answered with 200 so far."""
    return sum(d.status_code == 200 for d in daraja.state.dispatcher.deliveries())


def killed_mid_stream(child: subprocess.Popen[bytes], base_url: str) -> set[str]:
    """Stream B2C results from a local Daraja to the receiver process ``child`` at
    ``base_url``, SIGKILL it once 50 are acknowledged, and return the ConversationIDs of the
    results it acknowledged (checking that some were still unanswered: the kill came mid-stream)."""
    stop = threading.Event()
    with LocalDaraja(callback_delay=0.0) as daraja:
        adapter = MpesaAdapter(daraja.config(callback_base_url=base_url))

        def stream() -> None:
            while not stop.is_set():
                adapter.b2c_payment(CUSTOMER, 10, command_id="BusinessPayment")

        sender = threading.Thread(target=stream)
        sender.start()
        try:
            wait_until(lambda: acknowledged(daraja) >= 50)
            child.kill()
            child.wait(10)
            time.sleep(0.2)
        finally:
            stop.set()
            sender.join(10)
            adapter.close()
        daraja.state.settle()
        deliveries = daraja.state.dispatcher.deliveries()
    answered = {d.body["Result"]["ConversationID"] for d in deliveries if d.status_code == 200}
    unanswered = [d for d in deliveries if d.status_code is None]
    assert len(answered) >= 50 and unanswered, "the kill happened mid-stream"
    return answered


def test_no_acknowledged_callback_is_lost_when_the_receiver_is_killed(
    process: tuple[subprocess.Popen[bytes], str, Path],
) -> None:
    child, base_url, ledger = process
    answered = killed_mid_stream(child, base_url)
    assert answered <= recorded(ledger)
