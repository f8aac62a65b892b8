"""Daraja timestamps in Nairobi time and the STK password built from them."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import pytest

import mpesa._clock
from mpesa._clock import NAIROBI, StkCredentials, daraja_timestamp, stk_password, utc_now

SANDBOX_SHORTCODE = "174379"
SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
D3_SAMPLE_PASSWORD = (
    "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkx"
    "OTIwMjEwNjI4MDkyNDA4"
)


def test_nairobi_is_three_hours_ahead_of_utc_all_year() -> None:
    for month in (1, 7):
        assert datetime(2026, month, 1, tzinfo=NAIROBI).utcoffset() == timedelta(hours=3)


def test_utc_now_is_timezone_aware() -> None:
    assert utc_now().utcoffset() == timedelta(0)


def test_timestamp_is_nairobi_time_even_across_midnight() -> None:
    assert daraja_timestamp(datetime(2026, 1, 1, 21, 30, tzinfo=timezone.utc)) == "20260102003000"


def test_timestamp_of_a_nairobi_moment_is_its_own_wall_time() -> None:
    assert daraja_timestamp(datetime(2021, 6, 28, 9, 24, 8, tzinfo=NAIROBI)) == "20210628092408"


def test_timestamp_converts_from_any_timezone() -> None:
    new_york = timezone(timedelta(hours=-5))
    assert daraja_timestamp(datetime(2026, 3, 1, 10, 0, tzinfo=new_york)) == "20260301180000"


def test_timestamp_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        daraja_timestamp(datetime(2026, 1, 1, 12, 0))


def test_stk_password_matches_the_daraja_sandbox_sample() -> None:
    assert stk_password(SANDBOX_SHORTCODE, SANDBOX_PASSKEY, "20210628092408") == D3_SAMPLE_PASSWORD


def test_stk_password_is_base64_of_shortcode_passkey_and_timestamp() -> None:
    decoded = base64.b64decode(stk_password("600000", "pk", "20260101000000")).decode()
    assert decoded == "600000pk20260101000000"


def test_stk_credentials_give_the_password_for_the_timestamp_they_return() -> None:
    def clock() -> datetime:
        return datetime(2021, 6, 28, 6, 24, 8, tzinfo=timezone.utc)

    password, timestamp = StkCredentials(clock).now(SANDBOX_SHORTCODE, SANDBOX_PASSKEY)
    assert (password, timestamp) == (D3_SAMPLE_PASSWORD, "20210628092408")


def test_stk_credentials_read_the_clock_once() -> None:
    moments = iter(
        [
            datetime(2026, 1, 1, 0, 0, 59, tzinfo=timezone.utc),
            datetime(2026, 1, 1, 0, 1, 0, tzinfo=timezone.utc),
        ]
    )
    password, timestamp = StkCredentials(lambda: next(moments)).now("600000", "pk")
    assert timestamp == "20260101030059"
    assert base64.b64decode(password).decode().endswith(timestamp)


def test_stk_credentials_compute_the_password_once_per_timestamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    computed: list[str] = []

    def counting(shortcode: str, passkey: str, timestamp: str) -> str:
        computed.append(timestamp)
        return stk_password(shortcode, passkey, timestamp)

    monkeypatch.setattr(mpesa._clock, "stk_password", counting)
    moment = datetime(2026, 1, 1, 0, 0, 59, tzinfo=timezone.utc)
    credentials = StkCredentials(lambda: moment)
    first = [credentials.now("600000", "pk") for _ in range(3)]
    assert first == [first[0]] * 3
    assert computed == ["20260101030059"]


def test_stk_credentials_follow_the_clock_into_the_next_second() -> None:
    moments = iter(
        [
            datetime(2026, 1, 1, 0, 0, 59, 999_999, tzinfo=timezone.utc),
            datetime(2026, 1, 1, 0, 1, 0, tzinfo=timezone.utc),
        ]
    )
    credentials = StkCredentials(lambda: next(moments))
    (password, timestamp), (next_password, next_timestamp) = (
        credentials.now("600000", "pk"),
        credentials.now("600000", "pk"),
    )
    assert (timestamp, next_timestamp) == ("20260101030059", "20260101030100")
    assert next_password == stk_password("600000", "pk", next_timestamp) != password


def test_stk_credentials_give_each_shortcode_its_own_password() -> None:
    credentials = StkCredentials(lambda: datetime(2026, 1, 1, tzinfo=timezone.utc))
    password, timestamp = credentials.now("600000", "pk")
    other, _ = credentials.now("600001", "pk")
    assert other == stk_password("600001", "pk", timestamp) != password


def test_stk_credentials_refuse_a_naive_clock_on_every_call() -> None:
    credentials = StkCredentials(lambda: datetime(2026, 1, 1, 12, 0))
    for _ in range(2):
        with pytest.raises(ValueError, match="naive"):
            credentials.now("600000", "pk")
