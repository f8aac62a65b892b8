"""The handling hold: two deliveries of one callback never run its handlers at once."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mpesa.ledger import Ledger

from .conftest import PostgresStore

HOLDER = Path(__file__).with_name("holder.py")
REPO = Path(__file__).resolve().parents[2]


def held_in_thread(ledger: Ledger, key: str, release: threading.Event) -> threading.Thread:
    """A thread that holds ``key`` until ``release`` is set; returned once it holds it."""
    holding = threading.Event()

    def hold() -> None:
        with ledger.handling(key):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(10)
    return thread


class Attempt:
    """Another thread trying to hold ``key`` for a moment."""

    def __init__(self, ledger: Ledger, key: str) -> None:
        self.held = threading.Event()
        self.thread = threading.Thread(target=self._hold, args=(ledger, key))
        self.thread.start()

    def _hold(self, ledger: Ledger, key: str) -> None:
        with ledger.handling(key):
            self.held.set()

    def succeeds_within(self, seconds: float) -> bool:
        held = self.held.wait(seconds)
        if held:
            self.thread.join(10)
        return held


def acquired_within(ledger: Ledger, key: str, seconds: float) -> bool:
    """Whether ``key`` can be held within ``seconds`` (from another thread)."""
    return Attempt(ledger, key).succeeds_within(seconds)


def test_a_second_holder_of_a_key_waits_until_the_first_is_done(ledger: Ledger) -> None:
    release = threading.Event()
    first = held_in_thread(ledger, "stk:1", release)
    second = Attempt(ledger, "stk:1")
    assert not second.succeeds_within(0.3)
    release.set()
    first.join()
    assert second.succeeds_within(5)


def test_holders_of_different_keys_do_not_wait_for_each_other(ledger: Ledger) -> None:
    release = threading.Event()
    first = held_in_thread(ledger, "stk:1", release)
    assert acquired_within(ledger, "stk:2", 5)
    release.set()
    first.join()


def test_a_hold_ends_when_its_block_raises(ledger: Ledger) -> None:
    with pytest.raises(RuntimeError), ledger.handling("stk:1"):
        raise RuntimeError("the handler failed")
    assert acquired_within(ledger, "stk:1", 5)


def test_a_postgres_hold_reaches_every_ledger_on_the_database(
    postgres_store: PostgresStore,
) -> None:
    one, other = postgres_store.open(), postgres_store.open()
    release = threading.Event()
    first = held_in_thread(one, "stk:1", release)
    second = Attempt(other, "stk:1")
    assert not second.succeeds_within(0.3)
    release.set()
    first.join()
    assert second.succeeds_within(5)
    one.close()
    other.close()


def test_a_postgres_hold_is_released_when_its_process_is_killed(
    postgres_store: PostgresStore,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), postgres_store.url, "stk:1"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    ledger = postgres_store.open()
    waiting = Attempt(ledger, "stk:1")
    assert not waiting.succeeds_within(0.3)
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    holder.stdout.close()
    assert waiting.succeeds_within(5)
    ledger.close()
