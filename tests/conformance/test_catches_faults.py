"""The conformance run catches real faults: each deliberately flawed sandbox is reported with
the operation and the rule it breaks, and the run fails.

``drop-callback`` and ``callback-wrong-ids`` break callbacks, so they are run on an operation
that has one; the others on a synchronous one.
"""

from __future__ import annotations

import pytest

from mpesa.conformance import run_conformance
from tests.conformance.conftest import StartSandbox

FAULTS = [
    ("answer-field-type", "query_org_info", "answer-schema"),
    ("accept-invalid", "query_org_info", "refuses-invalid"),
    ("drop-callback", "b2c_payment", "callback-arrives"),
    ("callback-wrong-ids", "initiate_stk_push", "callback-ids"),
    ("wrong-error-code", "query_org_info", "error-code"),
    ("token-never-refused", "query_org_info", "refuses-bad-token"),
]


@pytest.mark.parametrize(("flaw", "operation", "rule"), FAULTS)
def test_a_flawed_sandbox_is_reported_with_its_operation_and_rule(
    flaw: str, operation: str, rule: str, start_sandbox: StartSandbox
) -> None:
    sandbox = start_sandbox(flaws=frozenset({flaw}))
    report = run_conformance(
        sandbox.config(), operations=[operation], max_examples=2, seed=5, callback_timeout=0.5
    )
    assert not report.ok
    assert (operation, rule) in {
        (failure.finding.operation, failure.finding.rule) for failure in report.failures
    }


def test_each_failure_comes_with_its_smallest_example_and_the_command_reproducing_it(
    start_sandbox: StartSandbox,
) -> None:
    sandbox = start_sandbox(flaws=frozenset({"accept-invalid"}))
    report = run_conformance(sandbox.config(), operations=["check_imsi"], max_examples=5, seed=5)
    (failure,) = report.failures
    assert failure.example == (
        "customerNumber removed (breaks required) in a request with phone_number='254708374149'"
    )
    assert failure.reproduce == (
        f"mpesa conformance --base-url {sandbox.base_url} --operations check_imsi "
        "--seed 5 --max-examples 5"
    )
    assert f"  reproduce: {failure.reproduce}" in report.table()
