"""``mpesa conformance`` and ``pytest --mpesa-conformance``: the same run, from the shell and
from pytest, configured from the ``MPESA_*`` environment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpesa.cli import main
from mpesa.sandbox import LocalDaraja
from tests.conformance.conftest import StartSandbox

pytest_plugins = ["pytester"]


def test_a_conformant_server_exits_0_after_the_table_of_operations(
    sandbox_environment: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["conformance", "--operations", "check_imsi", "--max-examples", "1"])
    printed = capsys.readouterr().out
    assert status == 0
    assert printed.splitlines()[1].split()[:3] == ["check_imsi", "6", "0"]


def test_a_broken_rule_exits_1_and_prints_the_command_that_reproduces_it(
    sandbox_environment: LocalDaraja,
    start_sandbox: StartSandbox,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flawed = start_sandbox(
        flaws=frozenset({"accept-invalid"}),
        consumer_key=sandbox_environment.consumer_key,
        consumer_secret=sandbox_environment.consumer_secret,
    )
    arguments = ["--base-url", flawed.base_url, "--operations", "check_imsi", "--seed", "3"]
    status = main(["conformance", *arguments, "--max-examples", "1"])
    printed = capsys.readouterr().out
    assert status == 1
    assert "FAILED check_imsi [refuses-invalid]" in printed
    assert f"reproduce: mpesa conformance {' '.join(arguments)} --max-examples 1" in printed


def test_the_json_report_is_written_where_asked(
    sandbox_environment: LocalDaraja, tmp_path: Path
) -> None:
    path = tmp_path / "report.json"
    arguments = ["--operations", "check_imsi", "--max-examples", "1", "--seed", "7"]
    main(["conformance", *arguments, "--json-report", str(path)])
    report = json.loads(path.read_text())
    assert (report["ok"], report["seed"]) == (True, 7)
    assert [entry["operation"] for entry in report["operations"]] == ["check_imsi"]


def test_the_json_report_names_each_broken_rule_and_what_it_says(
    sandbox_environment: LocalDaraja, start_sandbox: StartSandbox, tmp_path: Path
) -> None:
    flawed = start_sandbox(
        flaws=frozenset({"wrong-error-code"}),
        consumer_key=sandbox_environment.consumer_key,
        consumer_secret=sandbox_environment.consumer_secret,
    )
    path = tmp_path / "report.json"
    arguments = ["--base-url", flawed.base_url, "--operations", "check_imsi"]
    main(["conformance", *arguments, "--max-examples", "1", "--json-report", str(path)])
    (entry,) = json.loads(path.read_text())["operations"]
    (failure,) = entry["failures"]
    assert failure["rule"] == "error-code"
    assert failure["says"] == "a refusal's errorCode is one the spec lists for the operation"
    assert failure["reproduce"].startswith(f"mpesa conformance --base-url {flawed.base_url} ")


def test_an_unknown_operation_exits_2_naming_it(
    sandbox_environment: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["conformance", "--operations", "pay_everyone"]) == 2
    assert "no operation named 'pay_everyone'" in capsys.readouterr().err


def test_missing_credentials_exit_2_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MPESA_CONSUMER_KEY", raising=False)
    assert main(["conformance", "--base-url", "http://127.0.0.1:9"]) == 2
    assert "MPESA_CONSUMER_KEY" in capsys.readouterr().err


def test_pytest_runs_one_test_per_operation_with_mpesa_conformance(
    sandbox_environment: LocalDaraja, pytester: pytest.Pytester
) -> None:
    result = pytester.runpytest(
        "-p",
        "no:cacheprovider",
        "--mpesa-conformance",
        sandbox_environment.base_url,
        "--mpesa-conformance-operations",
        "check_imsi,query_org_info",
        "--mpesa-conformance-max-examples",
        "1",
    )
    result.assert_outcomes(passed=2)
