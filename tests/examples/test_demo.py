"""`make demo` runs the narrated end-to-end session against the local Daraja and exits 0."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


@pytest.fixture(scope="module")
def output() -> str:
    """What the demo printed; it must have exited 0."""
    result = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def steps(output: str) -> dict[str, dict[str, str]]:
    """Each ``== title`` step of the demo with its facts, by name."""
    found: dict[str, dict[str, str]] = {}
    for block in output.split("\n== ")[1:]:
        title, *lines = block.strip().splitlines()
        facts = (re.split(r" {2,}", line.strip(), maxsplit=1) for line in lines)
        found[title] = {fact[0]: fact[1] for fact in facts if len(fact) == 2}
    return found


def test_the_demo_runs_end_to_end_against_the_local_sandbox(output: str) -> None:
    for step in (
        "STK callback received",
        "B2C result received",
        "Balance: Working Account",
        "C2B register + simulate",
        "1032 Request cancelled by user",
        "R000002",
    ):
        assert step in output


def test_each_step_lists_the_events_its_own_calls_published(output: str) -> None:
    narrated = steps(output)
    assert narrated["STK push sent"]["events"] == (
        "mpesa.auth.token_acquired, mpesa.payment.sending, mpesa.stk_push.initiated"
    )
    assert narrated["A payment the customer cancels"]["events"] == (
        "mpesa.payment.sending, mpesa.stk_push.initiated"
    )
    assert narrated["B2C payout sent"]["events"] == "mpesa.payment.sending, mpesa.b2c.initiated"
    assert narrated["Account balance requested"]["events"] == "mpesa.balance.query"
    assert narrated["C2B register + simulate"]["events"] == (
        "mpesa.payment.sending, mpesa.c2b_simulate.initiated"
    )
    assert narrated["Reversal of the STK payment"]["events"] == (
        "mpesa.payment.sending, mpesa.reversal.initiated"
    )
    assert "events" not in narrated["STK callback received"]


def test_the_b2c_step_shows_its_amount(output: str) -> None:
    assert steps(output)["B2C payout sent"]["amount"] == "KES 150.00"


def test_every_amount_is_written_the_same_way(output: str) -> None:
    amounts = re.findall(r"KES \S+", output)
    assert "KES 1,000,000.00" in amounts
    for amount in amounts:
        assert re.fullmatch(r"KES -?\d{1,3}(,\d{3})*\.\d\d", amount), amount


def test_the_demo_follows_a_payment_to_its_ledger_entry(output: str) -> None:
    followed = steps(output)["A payment followed to its ledger entry"]
    assert (followed["outcome"], followed["status"]) == ("success", "success")
    assert followed["callbacks"] == "stk"
    assert followed["phone"] == "2547****149"
