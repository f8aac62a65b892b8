"""One quick benchmark run (``python -m benchmarks --quick``), shared by the tests of this folder."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class QuickRun:
    """The finished run: its exit status, what it printed, and the folder it wrote to."""

    returncode: int
    output: str
    folder: Path

    def results(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((self.folder / "results.json").read_text())
        return loaded


@pytest.fixture(scope="package")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> QuickRun:
    """The suite on tiny counts, without the peers, writing into a temporary folder."""
    folder = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--no-peers", "--out", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return QuickRun(done.returncode, done.stdout + done.stderr, folder)
