"""The outcome of a conformance run: per operation, what passed, what failed and why."""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from typing import Any

from .checks import RULES, Finding

__all__ = ["Failure", "OperationResult", "Report"]


@dataclass(frozen=True)
class Failure:
    """A rule broken, with the smallest example found and the command that reproduces it."""

    finding: Finding
    example: str
    reproduce: str


@dataclass
class OperationResult:
    """One operation's checks: how many requests passed, the failures, the warnings."""

    operation: str
    passed: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    skipped: str | None = None
    """Why the operation was not checked (``None`` when it was)."""

    def warn(self, finding: Finding) -> None:
        if finding not in self.warnings:
            self.warnings.append(finding)

    def fail(self, failure: Failure) -> None:
        if all(known.finding != failure.finding for known in self.failures):
            self.failures.append(failure)

    def to_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "passed": self.passed,
            "skipped": self.skipped,
            "failures": [
                {
                    "rule": failure.finding.rule,
                    "says": RULES[failure.finding.rule],
                    "message": failure.finding.message,
                    "example": failure.example,
                    "reproduce": failure.reproduce,
                }
                for failure in self.failures
            ],
            "warnings": [{"rule": w.rule, "message": w.message} for w in self.warnings],
        }


@dataclass
class Report:
    """Every operation's result; :attr:`ok` only when nothing failed."""

    base_url: str
    seed: int
    max_examples: int
    results: list[OperationResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(result.failures for result in self.results)

    @property
    def failures(self) -> list[Failure]:
        return [failure for result in self.results for failure in result.failures]

    def reproduce(self, operation: str) -> str:
        """The command that runs the same examples against the same server for ``operation``."""
        words = ["mpesa", "conformance", "--base-url", self.base_url, "--operations", operation]
        words += ["--seed", str(self.seed), "--max-examples", str(self.max_examples)]
        return shlex.join(words)

    def table(self) -> str:
        """One line per operation (passed, failed, warnings), then each failure in full."""
        width = max([len("operation"), *(len(r.operation) for r in self.results)])
        lines = [f"{'operation':<{width}}  passed  failed  warnings"]
        for result in self.results:
            if result.skipped is not None:
                lines.append(f"{result.operation:<{width}}  skipped: {result.skipped}")
                continue
            counts = f"{result.passed:>6}  {len(result.failures):>6}  {len(result.warnings):>8}"
            lines.append(f"{result.operation:<{width}}  {counts}")
        for failure in self.failures:
            finding = failure.finding
            lines += [
                "",
                f"FAILED {finding.operation} [{finding.rule}]: {finding.message}",
                f"  smallest example: {failure.example}",
                f"  reproduce: {failure.reproduce}",
            ]
        total = len(self.failures)
        lines += ["", f"{'conformant' if self.ok else f'{total} failure(s)'} (seed {self.seed})"]
        return "\n".join(lines)

    def to_json(self) -> str:
        body = {
            "base_url": self.base_url,
            "seed": self.seed,
            "max_examples": self.max_examples,
            "ok": self.ok,
            "operations": [result.to_dict() for result in self.results],
        }
        return json.dumps(body, indent=2)
