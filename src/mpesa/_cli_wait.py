"""``--wait`` on the money-moving commands: follow the call to its outcome, showing progress.

The outcome is asked for once per poll (``wait_for_result`` with no time of its own), with a
pause doubling from one second, so that each poll can be shown: a line on stderr per poll, or
one spinner line redrawn in place when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from .cli import EXIT_API_ERROR, EXIT_PENDING, _render

if TYPE_CHECKING:
    from ._generated._client import MpesaAdapter
    from .outcomes import PaymentOutcome, PaymentStatus

__all__ = ["add_wait_flag", "wait_and_report"]

DEFAULT_WAIT = 60.0
"""Seconds ``--wait`` waits when given without a number."""

_FIRST_PAUSE = 1.0
_LONGEST_PAUSE = 10.0
_TICK = 0.1
_SPINNER = "|/-\\"
_SHOWN = {"unknown": "not known yet"}
_EXIT_STATUS: Mapping[PaymentStatus, int] = {
    "success": 0,
    "failed": EXIT_API_ERROR,
    "pending": EXIT_PENDING,
    "unknown": EXIT_PENDING,
}


def add_wait_flag(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--wait",
        nargs="?",
        type=_seconds,
        const=DEFAULT_WAIT,
        default=None,
        metavar="SECONDS",
        help=(
            "then follow the payment to its outcome for up to SECONDS (default "
            f"{DEFAULT_WAIT:g}); exit status 0 success, 1 failed, 5 still pending or unknown"
        ),
    )


def wait_and_report(
    adapter: MpesaAdapter,
    target: object,
    timeout: float,
    *,
    response: Mapping[str, Any] | None,
    as_json: bool,
) -> int:
    """Print the response (the table at once), wait for the outcome, print it; the exit status."""
    if response is not None and not as_json:
        print(_render(response, as_json=False), flush=True)
    outcome = follow(adapter, target, timeout, sys.stderr)
    fields = dataclasses.asdict(outcome)
    if as_json:
        shown = (
            {"outcome": fields} if response is None else {"response": response, "outcome": fields}
        )
        print(_render(shown, as_json=True))
    else:
        if response is not None:
            print()
        print(
            _render(
                {key: value for key, value in fields.items() if value is not None}, as_json=False
            )
        )
    return _EXIT_STATUS[outcome.status]


def follow(
    adapter: MpesaAdapter, target: object, timeout: float, progress: TextIO
) -> PaymentOutcome:
    """Poll until the outcome is final or ``timeout`` seconds have passed (or Ctrl+C)."""
    from .outcomes import PaymentOutcome

    show = _Progress(progress)
    deadline = time.monotonic() + timeout
    pause = _FIRST_PAUSE
    outcome = PaymentOutcome("unknown")
    try:
        while True:
            outcome = adapter.wait_for_result(target, timeout=0)
            remaining = deadline - time.monotonic()
            if outcome.is_final or remaining <= 0:
                return outcome
            show.waiting(_SHOWN.get(outcome.status, outcome.status), min(pause, remaining))
            pause = min(pause * 2, _LONGEST_PAUSE)
    except KeyboardInterrupt:
        return outcome
    finally:
        show.end(outcome.status)


class _Progress:
    """Progress on stderr: a line per poll, or a spinner redrawn in place on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.started = time.monotonic()
        self.turn = 0

    def waiting(self, status: str, seconds: float) -> None:
        if not self.live:
            print(f"waiting for the outcome... {status}", file=self.stream, flush=True)
            time.sleep(seconds)
            return
        until = time.monotonic() + seconds
        while (left := until - time.monotonic()) > 0:
            elapsed = time.monotonic() - self.started
            spin = _SPINNER[self.turn % len(_SPINNER)]
            self.turn += 1
            self.stream.write(f"\r{spin} waiting for the outcome... {status} ({elapsed:.0f}s)")
            self.stream.flush()
            time.sleep(min(_TICK, left))

    def end(self, status: str) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        print(f"outcome: {status}", file=self.stream, flush=True)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds, at least 0")
    return value
