"""A conformance run is careful with real servers: it never moves money on production unless
told to, and spaces its requests to a server that is not on this machine."""

from __future__ import annotations

import time

import pytest

from mpesa import OPERATIONS, MpesaConfig
from mpesa.conformance import ConformanceRefused, offered, run_conformance
from mpesa.conformance.runner import is_loopback
from mpesa.constants import SERVERS
from mpesa.sandbox import LocalDaraja

PRODUCTION = MpesaConfig(consumer_key="key", consumer_secret="secret", environment="production")


def test_money_moving_operations_on_production_are_refused_before_any_request() -> None:
    with pytest.raises(ConformanceRefused, match="b2c_payment"):
        run_conformance(PRODUCTION, operations=["query_org_info", "b2c_payment"])


def test_the_production_host_counts_as_production_in_any_environment() -> None:
    config = MpesaConfig(
        consumer_key="key", consumer_secret="secret", base_url=SERVERS["production"]
    )
    with pytest.raises(ConformanceRefused):
        run_conformance(config, operations=["initiate_stk_push"])


def test_by_default_production_is_checked_without_its_money_moving_operations() -> None:
    chosen = offered(PRODUCTION, allow_production=False)
    assert chosen
    assert not [name for name in chosen if OPERATIONS[name].moves_money]


def test_allow_production_adds_them() -> None:
    chosen = offered(PRODUCTION, allow_production=True)
    assert {name for name, op in OPERATIONS.items() if op.moves_money} & set(chosen)


def test_the_environment_decides_which_operations_are_offered() -> None:
    sandbox_only = {name for name, op in OPERATIONS.items() if op.environments == {"sandbox"}}
    sandbox = MpesaConfig(consumer_key="key", consumer_secret="secret")
    assert sandbox_only <= set(offered(sandbox, allow_production=False))
    assert not sandbox_only & set(offered(PRODUCTION, allow_production=True))


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        (SERVERS["sandbox"], False),
        ("https://daraja.example.com", False),
    ],
)
def test_only_a_server_on_this_machine_is_loopback(url: str, local: bool) -> None:
    assert is_loopback(url) is local


def test_requests_are_spaced_by_the_interval(sandbox: LocalDaraja) -> None:
    started = time.monotonic()
    run_conformance(sandbox.config(), operations=["get_access_token"], interval=0.4)
    assert time.monotonic() - started >= 0.4  # two requests, one pause
