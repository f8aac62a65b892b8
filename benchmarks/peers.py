"""The public M-Pesa clients measured beside this one, each in an environment of its own.

Each peer is installed at a pinned version into ``benchmarks/.peers/<name>/`` (a ``venv``,
never a dependency of this package) the first time ``make bench`` runs, and measured by its
driver in ``drivers/`` running on that environment's interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HOME = Path(__file__).resolve().parent / ".peers"


@dataclass(frozen=True)
class Peer:
    """A client on PyPI: its environment's name and the pinned requirement installed there."""

    name: str
    requirement: str

    @property
    def python(self) -> Path:
        return HOME / self.name / "bin" / "python"

    @property
    def _stamp(self) -> Path:
        return HOME / self.name / "installed.txt"

    def installed(self) -> bool:
        stamp = self._stamp
        return stamp.exists() and stamp.read_text() == self.requirement

    def install(self) -> str | None:
        """Make the environment and install the peer; ``None``, or why it could not be."""
        directory = HOME / self.name
        steps = [
            [sys.executable, "-m", "venv", "--clear", str(directory)],
            [str(self.python), "-m", "pip", "install", "--quiet", self.requirement],
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
                return f"{' '.join(step[-2:])} failed: {lines[-1][:200]}"
        self._stamp.write_text(self.requirement)
        return None


MPESAKIT = Peer("mpesakit", "mpesakit==2.2.0")
DARAJA_SDK_PY = Peer("daraja-sdk-py", "daraja-sdk-py==2.0.0")
DARAJA_V3 = Peer("daraja-v3", "daraja-v3[async]==0.2.1")
MPESA_DARAJA_MCP = Peer("mpesa-daraja-mcp", "mpesa-daraja-mcp==0.1.4")
PEERS = (MPESAKIT, DARAJA_SDK_PY, DARAJA_V3, MPESA_DARAJA_MCP)


def prepare(install: bool) -> dict[str, str]:
    """Install the peers not yet installed when ``install``; the reason for each peer that
    cannot be measured."""
    missing: dict[str, str] = {}
    for peer in PEERS:
        if peer.installed():
            continue
        if not install:
            missing[peer.name] = "not installed (make bench installs it)"
            continue
        print(f"installing {peer.requirement} into {HOME.name}/{peer.name} ...", flush=True)
        problem = peer.install()
        if problem is not None:
            missing[peer.name] = problem
    return missing
