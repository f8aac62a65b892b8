"""`make demo` runs the narrated end-to-end session against the local Daraja and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


def test_the_demo_runs_end_to_end_against_the_local_sandbox() -> None:
    result = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    for step in (
        "STK callback received",
        "B2C result received",
        "Balance: Working Account",
        "C2B register + simulate",
        "1032 Request cancelled by user",
        "R000002",
    ):
        assert step in result.stdout
