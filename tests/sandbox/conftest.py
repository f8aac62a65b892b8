"""Fixtures of the sandbox tests: one local Daraja per module, a clean state for every test.

One LocalDaraja and one CallbackReceiver serve a whole test module; after each test every
pending callback is settled and the state reset, so tests never see each other's money.
``start_sandbox`` runs ``mpesa sandbox`` processes, as a user does, and always stops them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mpesa.sandbox import CallbackReceiver, LocalDaraja
from tests.sandbox.daraja_client import Daraja
from tests.sandbox.sandbox_process import FAST, SandboxProcess, StartSandbox


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


@pytest.fixture
def start_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartSandbox]:
    """Start ``mpesa sandbox <options>`` (on a free port unless told); stopped afterwards."""
    started: list[SandboxProcess] = []

    def start(*options: str) -> SandboxProcess:
        port = () if "--port" in options else ("--port", "0")
        stderr = tmp_path_factory.mktemp("sandbox") / "stderr.txt"
        started.append(SandboxProcess(*port, *FAST, *options, stderr=stderr))
        return started[-1]

    yield start
    for process in started:
        process.stop()


@pytest.fixture(scope="module")
def sandbox_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """One ``mpesa sandbox`` process for a whole module."""
    process = SandboxProcess("--port", "0", *FAST, stderr=tmp_path_factory.mktemp("sb") / "err")
    yield process
    process.stop()


@pytest.fixture
def running_sandbox(sandbox_process: SandboxProcess) -> Iterator[SandboxProcess]:
    """The module's ``mpesa sandbox`` with a clean ledger and an empty inbox."""
    yield sandbox_process
    sandbox_process.settle()
    sandbox_process.reset()
