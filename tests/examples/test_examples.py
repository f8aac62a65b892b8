"""Every script in examples/ runs as a user would run it, on a machine with no configuration.

Each example starts its own local Daraja when ``MPESA_BASE_URL`` is unset, so the scripts run
with every ``MPESA_*`` variable removed, all at once to keep this file fast.
``production_setup.py`` is run the other way, with the ``MPESA_*`` variables of a local Daraja
this test starts, to show that it reads the environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from mpesa.sandbox import LocalDaraja

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SELF_CONTAINED = (
    "basic_stk_push.py",
    "b2c_disbursement.py",
    "transaction_status.py",
    "account_balance.py",
    "input_validation.py",
    "error_handling.py",
    "custom_events.py",
    "retry_configuration.py",
)
Started = dict[str, "subprocess.Popen[str]"]


def clean_environment(**variables: str) -> dict[str, str]:
    """This process's environment without any MPESA_* variable, plus ``variables``."""
    environ = {name: value for name, value in os.environ.items() if not name.startswith("MPESA_")}
    return {**environ, **variables}


def start(name: str, environ: Mapping[str, str]) -> subprocess.Popen[str]:
    """Run ``examples/<name>`` as a script, the way a user would."""
    return subprocess.Popen(
        [sys.executable, str(EXAMPLES / name)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(environ),
    )


def finish(process: subprocess.Popen[str]) -> str:
    """Wait for an example; assert that it exited 0 and return what it printed."""
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stdout + stderr
    return stdout


@pytest.fixture(scope="module")
def examples() -> Iterator[Started]:
    """The self-contained examples, all started at once; each test waits for its own."""
    processes = {name: start(name, clean_environment()) for name in SELF_CONTAINED}
    yield processes
    for process in processes.values():
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.fixture
def daraja_environment(
    local_daraja_variables: tuple[LocalDaraja, dict[str, str]],
) -> tuple[str, dict[str, str]]:
    """A running local Daraja's base URL, and MPESA_* variables that configure a client for it."""
    daraja, variables = local_daraja_variables
    return daraja.base_url, clean_environment(**variables)


def test_basic_stk_push_reads_the_callback_and_the_query(examples: Started) -> None:
    output = finish(examples["basic_stk_push.py"])
    assert "Callback: ResultCode 0" in output
    assert "STK query: ResultCode 0" in output


def test_b2c_disbursement_resolves_a_lost_answer_without_resending(examples: Started) -> None:
    output = finish(examples["b2c_disbursement.py"])
    assert "Outcome unknown, not resent" in output
    assert "TransactionStatus: Completed" in output


def test_transaction_status_decodes_the_status_and_explains_an_unknown_receipt(
    examples: Started,
) -> None:
    output = finish(examples["transaction_status.py"])
    assert ": Completed" in output
    assert "amount KES Decimal('250')" in output
    assert "ResultCode 2032 (failed)" in output


def test_account_balance_parses_the_balance_string_into_decimals(examples: Started) -> None:
    output = finish(examples["account_balance.py"])
    assert "Working Account" in output
    assert "(Decimal)" in output


def test_input_validation_refuses_bad_input_before_any_request(examples: Started) -> None:
    output = finish(examples["input_validation.py"])
    assert "'0712 345-678' -> 254712345678" in output
    assert "Adapter refused: AccountReference (max_length=12)" in output
    assert "Requests sent so far: 0" in output


def test_error_handling_shows_api_and_auth_errors_and_a_cancelled_payment(
    examples: Started,
) -> None:
    output = finish(examples["error_handling.py"])
    assert "        MpesaOutcomeUnknownError" in output
    assert "credentials refused" in output
    assert "error_code=400.002.02" in output
    assert "category=customer_action" in output


def test_custom_events_reach_a_callable_a_bus_a_recorder_and_the_log(examples: Started) -> None:
    output = finish(examples["custom_events.py"])
    assert "callable got mpesa.stk_push.initiated" in output
    assert "to 2547****149 sent" in output
    assert "log: mpesa.events mpesa.balance.query" in output


def test_production_setup_reads_the_environment_and_refuses_http_in_production(
    daraja_environment: tuple[str, dict[str, str]],
) -> None:
    base_url, environ = daraja_environment
    output = finish(start("production_setup.py", environ))
    assert f"Using the Daraja at {base_url} (MPESA_BASE_URL)" in output
    assert f"Token acquired from {base_url}" in output
    assert (
        "with an http callback URL: refused: "
        "MPESA_CALLBACK_URL is invalid: callback_url must use https" in output
    )


def test_retry_configuration_resends_reads_and_never_resends_money(examples: Started) -> None:
    output = finish(examples["retry_configuration.py"])
    assert "get_account_balance  http_503         sent 2x -> accepted" in output
    assert "b2c_payment          drop_connection  sent 1x -> MpesaOutcomeUnknownError" in output
