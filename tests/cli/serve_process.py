"""``mpesa callbacks serve`` run as a user runs it: a process whose printed settings go into a
shell, stopped with SIGTERM as a service manager stops it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.sandbox.sandbox_process import MPESA, clean_environment, read_start, stop

_EXPORT = re.compile(r"^export (\w+)='([^']*)'$", re.MULTILINE)


class ServeProcess:
    """One ``mpesa callbacks serve`` process and what it printed on start."""

    def __init__(self, *options: str, stderr: Path, env: dict[str, str] | None = None) -> None:
        self.stderr_path = stderr
        with stderr.open("wb") as errors:
            self.process = subprocess.Popen(
                [str(MPESA), "callbacks", "serve", *options],
                stdout=subprocess.PIPE,
                stderr=errors,
                env={**clean_environment(), **(env or {})},
                bufsize=0,
            )
        self.printed = read_start(self.process)

    @property
    def exports(self) -> dict[str, str]:
        """The ``export`` lines printed, by variable."""
        return dict(_EXPORT.findall(self.printed))

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8")

    def stop(self) -> int:
        """SIGTERM, then wait; returns the exit status."""
        return stop(self.process)
