"""Requests taken together (``handle_many``, and the ASGI app for requests read in the same
turn of its event loop): callbacks that need no handler share one commit, and each request
still gets the reply it would get alone."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

from mpesa.events import RecordingEventEmitter
from mpesa.ledger import DarajaIds, Outcome, SQLiteLedger
from mpesa.receiver import Receiver, Request, new_secret_path
from mpesa.testing import canned_callback

from .conftest import JSON, free_socket, serve_asgi

SECRET = new_secret_path()
BASE = f"https://shop.example{SECRET}"


def stk(number: int) -> bytes:
    body = canned_callback("initiate_stk_push", CheckoutRequestID=f"ws_CO_{number}")
    return json.dumps(body).encode()


def post(route: str, body: bytes) -> Request:
    return Request("POST", f"{SECRET}/{route}", JSON, body, "127.0.0.1")


def callback_rows(ledger: SQLiteLedger) -> list[tuple[str | None, int]]:
    """(kind, deliveries) of every callback row, read through a connection of its own."""
    with closing(sqlite3.connect(ledger.path)) as db:
        return db.execute("SELECT kind, deliveries FROM callbacks ORDER BY id").fetchall()


def test_each_request_of_a_batch_gets_the_reply_it_would_get_alone(
    ledger: SQLiteLedger, tmp_path: Path
) -> None:
    requests = [
        post("callback", stk(1)),
        post("callback", b"not json"),
        post("callback", stk(1)),
        post("result", json.dumps(canned_callback("b2c_payment")).encode()),
        Request("GET", f"{SECRET}/callback", JSON, b"", "127.0.0.1"),
        post("callback", stk(2)),
    ]
    together = Receiver(BASE, ledger=ledger)
    together.on("result", lambda callback: None)
    with SQLiteLedger(tmp_path / "alone.db") as other:
        alone = Receiver(BASE, ledger=other)
        alone.on("result", lambda callback: None)
        expected = [alone.handle(request) for request in requests]
    replies = together.handle_many(requests)
    assert replies == expected
    assert [reply.status for reply in replies] == [200, 400, 200, 200, 405, 200]


def test_a_duplicate_within_a_batch_is_recorded_once(ledger: SQLiteLedger) -> None:
    Receiver(BASE, ledger=ledger).handle_many([post("callback", stk(1))] * 3)
    assert callback_rows(ledger) == [("stk", 3)]


def test_a_batch_s_events_are_published_once_it_is_committed(ledger: SQLiteLedger) -> None:
    committed_when_published: list[int] = []

    class Checking(RecordingEventEmitter):
        def emit(self, event: str, data: Any) -> None:
            committed_when_published.append(len(callback_rows(ledger)))
            super().emit(event, data)

    for number in (1, 2):
        ledger.record_request("initiate_stk_push", reference=f"r{number}", amount=1)
        ids = DarajaIds(checkout_request_id=f"ws_CO_{number}")
        ledger.update_request(f"r{number}", Outcome("accepted", "0"), ids)
    receiver = Receiver(BASE, ledger=ledger, event_emitter=Checking())
    receiver.handle_many([post("callback", stk(1)), post("callback", stk(2))])
    assert committed_when_published == [2, 2, 2, 2]  # received and success, for each


def test_callbacks_posted_at_once_are_each_answered_and_recorded(ledger: SQLiteLedger) -> None:
    sock = free_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}{SECRET}"
    receiver = Receiver(base, ledger=ledger)

    async def post_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=10) as client:
            posts = (
                client.post(f"{base}/callback", content=stk(n), headers=JSON) for n in range(40)
            )
            return await asyncio.gather(*posts)

    with serve_asgi(receiver.asgi_app(), sock):
        responses = asyncio.run(post_all())
    assert [response.status_code for response in responses] == [200] * 40
    assert callback_rows(ledger) == [("stk", 1)] * 40
