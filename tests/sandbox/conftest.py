"""Fixtures of the sandbox tests: one local Daraja per module, a clean state for every test.

One LocalDaraja and one CallbackReceiver serve a whole test module; after each test every
pending callback is settled and the state reset, so tests never see each other's money.
``flawed`` starts a local Daraja of the test's own with deliberate flaws.
``start_sandbox`` runs ``mpesa sandbox`` processes, as a user does, and always stops them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from mpesa.sandbox import CallbackReceiver, Flaw, LocalDaraja
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


@pytest.fixture(scope="module")
def flawed_sandboxes() -> Iterator[dict[Flaw, LocalDaraja]]:
    """The module's flawed local Darajas, one per flaw, each started when first asked for."""
    sandboxes: dict[Flaw, LocalDaraja] = {}
    yield sandboxes
    for sandbox in sandboxes.values():
        sandbox.stop()


@pytest.fixture
def flawed(
    servers: tuple[LocalDaraja, CallbackReceiver], flawed_sandboxes: dict[Flaw, LocalDaraja]
) -> Iterator[Callable[[Flaw], Daraja]]:
    """``flawed("drop-callback")``: a client of a local Daraja with that flaw, calling back to
    the module's receiver; settled and reset after the test, like ``daraja``."""
    _, receiver = servers
    clients: list[Daraja] = []

    def start(flaw: Flaw) -> Daraja:
        if flaw not in flawed_sandboxes:
            sandbox = LocalDaraja(stk_delay=0.05, callback_delay=0.0, flaws={flaw})
            flawed_sandboxes[flaw] = sandbox.start()
        clients.append(Daraja(flawed_sandboxes[flaw], receiver))
        return clients[-1]

    yield start
    for client in clients:
        client.close()
        client.state.settle()
        client.state.reset()
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
