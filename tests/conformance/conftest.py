"""Fixtures of the conformance tests: local Daraja sandboxes, sound or deliberately flawed.

The default (``ci``) profile keeps the runs short: one example per property of a run, a few
per property of the requests it draws. The
``conformance`` Hypothesis profile (``HYPOTHESIS_PROFILE=conformance``) runs its own example
count, for a long run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import settings

from mpesa import MpesaAdapter, MpesaConfig
from mpesa.sandbox import LocalDaraja
from mpesa.sandbox.__main__ import settings as sandbox_variables

FAST = {"stk_delay": 0.05, "callback_delay": 0.0}
"""Quick STK answers and callbacks, so each example's callback arrives at once."""

StartSandbox = Callable[..., LocalDaraja]

LONG_RUN = os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci"
"""A profile other than the default ``ci`` was chosen: its example counts apply."""


def examples(short: int) -> int:
    """``short`` examples by default; the loaded profile's count for a long run."""
    return settings.default.max_examples if LONG_RUN else short


@pytest.fixture(scope="session")
def max_examples() -> int:
    """Examples per property of a conformance run: one, unless on a long run."""
    return examples(1)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[LocalDaraja]:
    with LocalDaraja(**FAST) as server:
        yield server


def opted_in(sandbox: LocalDaraja) -> MpesaConfig:
    """The sandbox's settings, with a Bill Manager app key from an opt-in (as a user has)."""
    config = sandbox.config(callback_url=sandbox.inbox_url("bills"))
    with MpesaAdapter(config) as mpesa:
        app_key = mpesa.bill_manager_opt_in(email="shop@example.com", official_contact="0700")
    return config.replace(bill_manager_app_key=app_key["app_key"])


@pytest.fixture
def start_sandbox() -> Iterator[StartSandbox]:
    """Start a ``LocalDaraja`` (``flaws=...`` and other options); stopped afterwards."""
    with ExitStack() as stack:

        def start(**options: object) -> LocalDaraja:
            return stack.enter_context(LocalDaraja(**FAST, **options))

        yield start


@pytest.fixture
def sandbox_environment(
    sandbox: LocalDaraja, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> LocalDaraja:
    """The ``MPESA_*`` variables of ``sandbox`` set, as ``mpesa sandbox`` prints them."""
    certificate = tmp_path / "sandbox.pem"
    certificate.write_bytes(sandbox.certificate_pem)
    for name in [name for name in os.environ if name.startswith("MPESA_")]:
        monkeypatch.delenv(name)
    for name, value in sandbox_variables(sandbox, certificate).items():
        monkeypatch.setenv(name, value)
    return sandbox
