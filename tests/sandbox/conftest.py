"""Fixtures of the sandbox tests: one local Daraja per module, a clean state for every test.

One LocalDaraja and one CallbackReceiver serve a whole test module; after each test every
pending callback is settled and the state reset, so tests never see each other's money.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mpesa.sandbox import CallbackReceiver, LocalDaraja
from tests.sandbox.daraja_client import Daraja


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LocalDaraja, CallbackReceiver]]:
    with LocalDaraja(stk_delay=0.05, callback_delay=0.0) as sandbox, CallbackReceiver() as receiver:
        yield sandbox, receiver


@pytest.fixture
def daraja(servers: tuple[LocalDaraja, CallbackReceiver]) -> Iterator[Daraja]:
    sandbox, receiver = servers
    client = Daraja(sandbox, receiver)
    yield client
    client.close()
    sandbox.state.settle()
    sandbox.state.clear_faults()
    sandbox.state.reset()
    receiver.clear()
