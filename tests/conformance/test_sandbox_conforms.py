"""The local sandbox passes the whole conformance run: every operation, every rule."""

from __future__ import annotations

import json

import pytest

from mpesa import OPERATIONS
from mpesa.conformance import Report, run_conformance
from mpesa.sandbox import LocalDaraja
from tests.conformance.conftest import opted_in


@pytest.fixture(scope="module")
def report(sandbox: LocalDaraja, max_examples: int) -> Report:
    """One run over the whole registry (one example per property by default)."""
    return run_conformance(
        opted_in(sandbox), max_examples=max_examples, seed=11, callback_timeout=5.0
    )


def test_the_local_sandbox_breaks_no_rule(report: Report) -> None:
    assert report.ok, report.table()


def test_every_operation_is_checked(report: Report) -> None:
    assert [result.operation for result in report.results] == list(OPERATIONS)
    assert [r.operation for r in report.results if r.skipped is not None] == []


def test_every_operation_passes_some_checks(report: Report) -> None:
    assert all(result.passed > 0 for result in report.results)


def test_the_table_has_one_line_per_operation_and_ends_with_the_verdict(report: Report) -> None:
    lines = report.table().splitlines()
    assert lines[0].split() == ["operation", "passed", "failed", "warnings"]
    assert [line.split()[0] for line in lines[1 : len(OPERATIONS) + 1]] == list(OPERATIONS)
    assert lines[-1] == "conformant (seed 11)"


def test_the_json_report_says_the_same(report: Report) -> None:
    data = json.loads(report.to_json())
    assert data["ok"] is True
    assert data["seed"] == 11
    assert [entry["operation"] for entry in data["operations"]] == list(OPERATIONS)
