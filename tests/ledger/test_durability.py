"""What the ledger reports committed survives the process being killed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from mpesa.ledger import Outcome

from .conftest import Store

WRITER = Path(__file__).with_name("writer.py")
COMMITTED_BEFORE_KILL = 300


def test_a_writer_killed_mid_stream_loses_no_callback_it_reported_committed(
    store: Store,
) -> None:
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), store.url], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    reported = [writer.stdout.readline().strip() for _ in range(COMMITTED_BEFORE_KILL)]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    reported += writer.stdout.read().split()
    assert writer.returncode == -signal.SIGKILL
    assert len(reported) >= COMMITTED_BEFORE_KILL and all(reported)
    ledger = store.open()  # delivered again, each one is known already
    for key in reported:
        recorded = ledger.record_callback(
            b"{}", kind="stk", dedupe_key=key, outcome=Outcome("success")
        )
        assert recorded.duplicate, f"{key} was reported committed but is missing"
    ledger.close()
