"""``mpesa sandbox`` run as a user runs it: a process whose printed settings go into a shell.

The command-line tests start the sandbox with the installed ``mpesa`` script, read what it
prints, and paste that into ``bash -c`` before each ``mpesa`` subcommand, in an environment
with no ``MPESA_*`` variable of its own: only what was printed configures the client.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

MPESA = Path(sys.executable).with_name("mpesa")
"""The ``mpesa`` script installed next to this interpreter."""

FAST = ("--stk-delay", "0.05", "--callback-delay", "0")
"""Quick STK answers and callbacks: a command's callback has arrived by the next command."""

_START_TIMEOUT = 30.0
_LAST_LINE = b"Ctrl+C stops.\n"


def stop(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM, as a service manager stops it, then wait; returns the exit status."""
    if process.poll() is None:
        process.terminate()
    try:
        return process.wait(timeout=15)
    finally:
        if process.stdout is not None:
            process.stdout.close()


def read_start(process: subprocess.Popen[bytes]) -> str:
    """What ``process`` printed up to its last start-up line ('' if it ended first)."""
    assert process.stdout is not None
    descriptor = process.stdout.fileno()
    printed = b""
    deadline = time.monotonic() + _START_TIMEOUT
    while _LAST_LINE not in printed and time.monotonic() < deadline:
        ready, _, _ = select.select([descriptor], [], [], 0.1)
        if ready:
            chunk = os.read(descriptor, 65536)
            if not chunk:
                break
            printed += chunk
    return printed.decode("utf-8")


_LISTENING = re.compile(r"^# Local Daraja listening on (\S+)$", re.MULTILINE)


def clean_environment() -> dict[str, str]:
    """This process's environment without any ``MPESA_*`` variable, ``mpesa`` on the PATH."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("MPESA_")}
    env["PATH"] = f"{MPESA.parent}{os.pathsep}{env.get('PATH', '')}"
    return env


class SandboxProcess:
    """One ``mpesa sandbox`` process; :meth:`stop` ends it with SIGTERM, as a service manager."""

    def __init__(self, *options: str, stderr: Path) -> None:
        self.stderr_path = stderr
        with stderr.open("wb") as errors:
            self.process = subprocess.Popen(
                [str(MPESA), "sandbox", *options],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=clean_environment(),
                bufsize=0,
            )
        self.printed = read_start(self.process)

    @property
    def base_url(self) -> str:
        match = _LISTENING.search(self.printed)
        assert match, f"the sandbox printed no address: {self.printed!r}, {self.stderr()!r}"
        return match.group(1)

    def variable(self, name: str) -> str:
        """The value the printed settings give ``name``, read back through a shell."""
        return shell(self.printed, f'printf %s "${name}"').stdout

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8")

    def mpesa(self, command: str) -> subprocess.CompletedProcess[str]:
        """Run ``command`` (a shell line using ``mpesa``) after pasting the printed settings."""
        return shell(self.printed, command)

    def get(self, path: str) -> Any:
        """A test control of this sandbox (``/sandbox/...``), as JSON."""
        return httpx.get(self.base_url + path, timeout=10.0).json()

    def settle(self) -> None:
        """Deliver every pending callback now."""
        httpx.post(self.base_url + "/sandbox/control/settle", timeout=10.0).raise_for_status()

    def reset(self) -> None:
        httpx.post(self.base_url + "/sandbox/control/reset", timeout=10.0).raise_for_status()

    def inbox(self, route: str) -> list[Any]:
        """The callbacks the sandbox's inbox received on ``route`` (``result``), whether or
        not their URL carried a request's reference (``/sandbox/inbox/result/<reference>``)."""
        self.settle()
        received = self.get("/sandbox/inbox")["received"]
        prefix = f"/sandbox/inbox/{route}"
        return [
            item["body"]
            for item in received
            if item["path"] == prefix or item["path"].startswith(prefix + "/")
        ]

    def result_codes(self) -> list[str]:
        """The ``ResultCode`` of each result callback in the inbox (``/sandbox/inbox/result``)."""
        return [str(body["Result"]["ResultCode"]) for body in self.inbox("result")]

    def stop(self) -> int:
        """SIGTERM, then wait; returns the exit status."""
        return stop(self.process)


StartSandbox = Callable[..., SandboxProcess]
"""The ``start_sandbox`` fixture: ``start_sandbox("--env-file", path)`` -> a running sandbox."""


def shell(printed: str, command: str) -> subprocess.CompletedProcess[str]:
    """``bash -c`` with ``printed`` pasted before ``command``, in a clean environment."""
    return subprocess.run(
        ["bash", "-c", f"{printed}\n{command}"],
        capture_output=True,
        text=True,
        env=clean_environment(),
        timeout=60,
        check=False,
    )
