"""The handled mark: a callback's reply, kept once its handlers succeeded."""

from __future__ import annotations

import pytest

from mpesa.ledger import LedgerError, SQLiteLedger

from .test_callbacks import deliver

REPLY = b'{"ResultCode":0,"ResultDesc":"Accepted"}'


def test_a_new_callback_is_not_handled(ledger: SQLiteLedger) -> None:
    assert deliver(ledger).callback.reply is None


def test_a_duplicate_of_a_handled_callback_carries_its_reply(ledger: SQLiteLedger) -> None:
    ledger.mark_handled(deliver(ledger).callback.id, REPLY)
    again = deliver(ledger)
    assert again.duplicate and again.callback.reply == REPLY


def test_a_duplicate_of_an_unhandled_callback_carries_no_reply(ledger: SQLiteLedger) -> None:
    deliver(ledger)
    assert deliver(ledger).callback.reply is None


def test_a_dead_letter_cannot_be_marked_handled(ledger: SQLiteLedger) -> None:
    letter = ledger.record_dead_letter(b"junk", reason="not JSON")
    with pytest.raises(LedgerError, match="no parsed callback"):
        ledger.mark_handled(letter.id, REPLY)


def test_the_mark_survives_reopening_the_file(ledger: SQLiteLedger) -> None:
    ledger.mark_handled(deliver(ledger).callback.id, REPLY)
    ledger.close()
    with SQLiteLedger(ledger.path) as reopened:
        assert deliver(reopened).callback.reply == REPLY
