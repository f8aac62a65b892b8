"""Fixtures of the command-line tests that talk to the local Daraja over real HTTP.

``sandbox_env`` configures ``mpesa`` as a user would: every ``MPESA_*`` variable of a running
local Daraja in the environment, its callbacks sent to the sandbox's own inbox.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpesa.sandbox import LocalDaraja
from mpesa.sandbox.__main__ import settings
from tests.servers import PostgresServer

STK_DELAY = 0.2


@pytest.fixture(scope="module")
def daraja() -> Iterator[LocalDaraja]:
    with LocalDaraja(stk_delay=STK_DELAY, callback_delay=0.0) as server:
        yield server


@pytest.fixture
def sandbox_env(
    daraja: LocalDaraja, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[LocalDaraja]:
    """The environment ``mpesa sandbox`` prints for ``daraja``; its state reset afterwards."""
    certificate = tmp_path / "sandbox.pem"
    certificate.write_bytes(daraja.certificate_pem)
    for name, value in settings(daraja, certificate).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COLUMNS", "200")
    yield daraja
    daraja.state.stk_delay = STK_DELAY
    daraja.state.settle()
    daraja.state.clear_faults()
    daraja.state.reset()


@pytest.fixture(autouse=True)
def no_mpesa_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what a test sets configures ``mpesa``."""
    for name in list(os.environ):
        if name.startswith("MPESA_"):
            monkeypatch.delenv(name)


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    """Where a test's ledger is kept (not created)."""
    return tmp_path / "payments.db"


@pytest.fixture
def postgres_ledger_url(postgres_server: PostgresServer) -> str:
    """The URL of an emptied PostgreSQL database, for a ledger of the test's own."""
    return postgres_server.empty_database()
