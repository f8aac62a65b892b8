"""The pacing arithmetic (GCRA) as data: when a request goes, how long one waits, and what the
settings of a limiter turn into. Times are whole microseconds."""

from __future__ import annotations

import pytest

from mpesa import MpesaConfigError
from mpesa.redis._gcra import Decision, Gcra

EVERY_100 = Gcra(interval=100, tolerance=0)
"""Ten thousand requests a second, no burst."""
BURST_OF_3 = Gcra(interval=100, tolerance=200)


@pytest.mark.parametrize(
    ("rate", "burst", "pacing"),
    [
        (40, 1, Gcra(25_000, 0)),
        (10, 3, Gcra(100_000, 200_000)),
        (0.5, 1, Gcra(2_000_000, 0)),
        (3, 1, Gcra(333_333, 0)),
    ],
)
def test_rate_and_burst_become_an_interval_and_a_tolerance(
    rate: float, burst: int, pacing: Gcra
) -> None:
    assert Gcra.of(rate, burst) == pacing


@pytest.mark.parametrize(
    ("tat", "now", "decision"),
    [
        (None, 1000, Decision(0, 1100)),
        (1100, 1000, Decision(100)),
        (1100, 1060, Decision(40)),
        (1100, 1100, Decision(0, 1200)),
        (900, 1000, Decision(0, 1100)),
    ],
    ids=["first", "too-early", "less-early", "on-time", "after-idle"],
)
def test_a_request_goes_when_due_and_otherwise_waits_until_it_is(
    tat: int | None, now: int, decision: Decision
) -> None:
    assert EVERY_100.decide(tat, now) == decision


@pytest.mark.parametrize(
    ("tat", "decision"),
    [
        (None, Decision(0, 100)),
        (100, Decision(0, 200)),
        (200, Decision(0, 300)),
        (300, Decision(100)),
    ],
    ids=["first", "second", "third", "fourth"],
)
def test_a_burst_of_three_goes_at_once_and_the_fourth_waits(
    tat: int | None, decision: Decision
) -> None:
    assert BURST_OF_3.decide(tat, 0) == decision


def test_requests_asking_as_often_as_they_may_go_at_the_rate_after_the_burst() -> None:
    gone: list[int] = []
    tat: int | None = None
    now = 0
    while now < 1000:
        decision = BURST_OF_3.decide(tat, now)
        if decision.wait:
            now += decision.wait
            continue
        gone.append(now)
        tat = decision.tat
    assert gone == [0, 0, 0, 100, 200, 300, 400, 500, 600, 700, 800, 900]


@pytest.mark.parametrize(
    ("rate", "burst", "setting"),
    [
        (0, 1, "rate"),
        (-5, 1, "rate"),
        (float("inf"), 1, "rate"),
        (10, 0, "burst"),
        (10, 1.5, "burst"),
    ],
)
def test_a_rate_or_burst_out_of_range_is_refused_naming_it(
    rate: float, burst: int, setting: str
) -> None:
    with pytest.raises(MpesaConfigError) as raised:
        Gcra.of(rate, burst)
    assert raised.value.setting == setting
