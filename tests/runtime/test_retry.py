"""The retry policy: what may be resent, and how long to wait before resending."""

from __future__ import annotations

import random
from datetime import datetime, timezone

import httpx
import pytest

from mpesa._retry import Failure, RetryPolicy, classify
from mpesa.config import MpesaConfig

POLICY = RetryPolicy()
REQUEST = httpx.Request("POST", "https://sandbox.safaricom.co.ke/mpesa/b2c/v3/paymentrequest")
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


def clock() -> datetime:
    return NOW


def resend(
    *, safe: bool, failure: Failure, status: int | None = None, throttled: bool = False
) -> bool:
    return POLICY.may_resend(retry_safe=safe, failure=failure, status=status, throttled=throttled)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused", request=REQUEST),
        httpx.ConnectTimeout("connect timed out", request=REQUEST),
        httpx.PoolTimeout("no free connection", request=REQUEST),
    ],
)
def test_errors_before_the_request_left_are_not_sent(exc: httpx.HTTPError) -> None:
    assert classify(exc) is Failure.NOT_SENT


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read timed out", request=REQUEST),
        httpx.WriteTimeout("write timed out", request=REQUEST),
        httpx.ReadError("connection reset", request=REQUEST),
        httpx.WriteError("broken pipe", request=REQUEST),
        httpx.RemoteProtocolError("server disconnected", request=REQUEST),
    ],
)
def test_errors_after_sending_began_are_no_answer(exc: httpx.HTTPError) -> None:
    assert classify(exc) is Failure.NO_ANSWER


def test_an_unrecognised_transport_error_counts_as_no_answer() -> None:
    assert classify(httpx.ProxyError("proxy failed", request=REQUEST)) is Failure.NO_ANSWER


def test_an_http_status_error_is_an_http_failure() -> None:
    response = httpx.Response(503, request=REQUEST)
    error = httpx.HTTPStatusError("unavailable", request=REQUEST, response=response)
    assert classify(error) is Failure.HTTP


def test_a_money_moving_request_that_timed_out_reading_is_not_resent() -> None:
    failure = classify(httpx.ReadTimeout("read timed out", request=REQUEST))
    assert resend(safe=False, failure=failure) is False


def test_a_read_request_that_timed_out_reading_is_resent() -> None:
    failure = classify(httpx.ReadTimeout("read timed out", request=REQUEST))
    assert resend(safe=True, failure=failure) is True


@pytest.mark.parametrize("safe", [True, False])
def test_a_request_that_never_left_is_resent(safe: bool) -> None:
    assert resend(safe=safe, failure=Failure.NOT_SENT) is True


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_a_read_request_answered_with_a_retry_status_is_resent(status: int) -> None:
    assert resend(safe=True, failure=Failure.HTTP, status=status) is True


@pytest.mark.parametrize("status", [400, 401, 404, 501])
def test_a_read_request_answered_with_another_status_is_not_resent(status: int) -> None:
    assert resend(safe=True, failure=Failure.HTTP, status=status) is False


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_an_unsafe_request_answered_with_a_server_error_is_not_resent(status: int) -> None:
    assert resend(safe=False, failure=Failure.HTTP, status=status) is False


def test_an_unsafe_request_refused_by_spike_arrest_or_quota_is_resent() -> None:
    assert resend(safe=False, failure=Failure.HTTP, status=500, throttled=True) is True


def test_throttling_cannot_be_claimed_for_a_lost_answer() -> None:
    assert resend(safe=False, failure=Failure.NO_ANSWER, throttled=True) is False


def test_the_retry_statuses_come_from_the_policy() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({503}))
    assert (
        policy.may_resend(retry_safe=True, failure=Failure.HTTP, status=500, throttled=False)
        is False
    )
    assert (
        policy.may_resend(retry_safe=True, failure=Failure.HTTP, status=503, throttled=False)
        is True
    )


def test_policy_from_config_copies_the_retry_settings() -> None:
    config = MpesaConfig(
        consumer_key="k",
        consumer_secret="s",
        max_retries=5,
        backoff_factor=0.25,
        retry_statuses=frozenset({503}),
        max_retry_after=10.0,
    )
    assert RetryPolicy.from_config(config) == RetryPolicy(
        max_retries=5, backoff_factor=0.25, retry_statuses=frozenset({503}), max_retry_after=10.0
    )


@pytest.mark.parametrize("attempt", [0, 1, 2, 3, 4])
def test_backoff_is_full_jitter_over_the_exponential_window(attempt: int) -> None:
    expected = 2.0**attempt * random.Random(7).random()
    assert POLICY.backoff(attempt, None, random.Random(7)) == pytest.approx(expected)


def test_backoff_stays_within_zero_and_the_window() -> None:
    rng = random.Random(42)
    for attempt in range(4):
        for _ in range(200):
            assert 0.0 <= POLICY.backoff(attempt, None, rng) <= 2.0**attempt


def test_backoff_scales_with_the_backoff_factor() -> None:
    assert RetryPolicy(backoff_factor=0.5).backoff(2, None, lambda: 1.0) == 2.0


def test_backoff_window_never_exceeds_max_retry_after() -> None:
    assert RetryPolicy(max_retry_after=5.0).backoff(10, None, lambda: 1.0) == 5.0


def test_retry_after_in_seconds_is_honoured() -> None:
    assert POLICY.backoff(0, "7", lambda: 0.0) == 7.0


def test_retry_after_is_capped_at_max_retry_after() -> None:
    assert POLICY.backoff(0, "3600", lambda: 0.0) == 60.0


def test_retry_after_as_an_http_date_is_honoured() -> None:
    assert POLICY.backoff(0, "Thu, 01 Jan 2026 12:00:30 GMT", lambda: 0.0, clock=clock) == 30.0


def test_retry_after_date_in_the_past_means_no_wait() -> None:
    assert POLICY.backoff(0, "Thu, 01 Jan 2026 11:00:00 GMT", lambda: 1.0, clock=clock) == 0.0


@pytest.mark.parametrize("header", ["soon", "-5", "nan", "inf", ""])
def test_an_invalid_retry_after_falls_back_to_jitter(header: str) -> None:
    assert POLICY.backoff(1, header, lambda: 0.5) == 1.0


def test_a_negative_attempt_is_refused() -> None:
    with pytest.raises(ValueError, match="attempt"):
        POLICY.backoff(-1, None, lambda: 0.5)
