"""Junk bodies never raise out of the receiver, and every one is kept as a dead letter.

``HYPOTHESIS_PROFILE=fuzz`` runs 10,000 bodies per test.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpesa.ledger import SQLiteLedger
from mpesa.receiver import Receiver, Request

BASE = "https://shop.example/hooks/0123456789abcdef0123456789abcdef"
PATH = "/hooks/0123456789abcdef0123456789abcdef"
JSON = {"content-type": "application/json"}
ROUTES = ("callback", "result", "timeout", "confirmation", "validation")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
callback_keys = st.sampled_from(
    ["Body", "stkCallback", "Result", "ResultCode", "TransID", "responseHeader", "resultCode"]
)
near_callbacks = st.dictionaries(callback_keys, json_values, min_size=1, max_size=4)
"""Objects with a callback's keys but junk values."""


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    path: Path = tmp_path_factory.mktemp("junk") / "ledger.db"
    with SQLiteLedger(path) as ledger:
        yield Receiver(BASE, ledger=ledger)


def last_dead_letter(path: str) -> tuple[int, bytes | None]:
    """How many dead letters the ledger file holds, and the newest one's body."""
    with closing(sqlite3.connect(path)) as db:
        row = db.execute(
            "SELECT COUNT(*), (SELECT body FROM callbacks WHERE dead_letter IS NOT NULL"
            " ORDER BY id DESC LIMIT 1) FROM callbacks WHERE dead_letter IS NOT NULL"
        ).fetchone()
    return int(row[0]), row[1]


def deliver(receiver: Receiver, route: str, body: bytes) -> None:
    """POST ``body`` to ``route`` and check it was refused and kept as a dead letter."""
    path = cast(SQLiteLedger, receiver.ledger).path
    before, _ = last_dead_letter(path)
    reply = receiver.handle(Request("POST", f"{PATH}/{route}", JSON, body))
    assert reply.status == 400
    assert last_dead_letter(path) == (before + 1, body)


@given(route=st.sampled_from(ROUTES), body=st.binary(max_size=512))
def test_random_bytes_are_kept_as_dead_letters(receiver: Receiver, route: str, body: bytes) -> None:
    deliver(receiver, route, body)


@given(route=st.sampled_from(ROUTES), value=json_values)
def test_random_json_is_kept_as_a_dead_letter(receiver: Receiver, route: str, value: Any) -> None:
    deliver(receiver, route, json.dumps(value).encode())


@given(route=st.sampled_from(ROUTES), value=near_callbacks)
def test_junk_with_a_callback_s_keys_is_kept_as_a_dead_letter(
    receiver: Receiver, route: str, value: dict[str, Any]
) -> None:
    deliver(receiver, route, json.dumps(value).encode())
