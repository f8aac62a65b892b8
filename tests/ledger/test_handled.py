"""The handled mark: a callback's reply, kept once its handlers succeeded."""

from __future__ import annotations

import pytest

from mpesa.ledger import Ledger, LedgerError

from .conftest import Store
from .test_callbacks import deliver

REPLY = b'{"ResultCode":0,"ResultDesc":"Accepted"}'


def test_a_new_callback_is_not_handled(ledger: Ledger) -> None:
    assert deliver(ledger).callback.reply is None


def test_a_duplicate_of_a_handled_callback_carries_its_reply(ledger: Ledger) -> None:
    ledger.mark_handled(deliver(ledger).callback.id, REPLY)
    again = deliver(ledger)
    assert again.duplicate and again.callback.reply == REPLY


def test_a_duplicate_of_an_unhandled_callback_carries_no_reply(ledger: Ledger) -> None:
    deliver(ledger)
    assert deliver(ledger).callback.reply is None


def test_a_dead_letter_cannot_be_marked_handled(ledger: Ledger) -> None:
    letter = ledger.record_dead_letter(b"junk", reason="not JSON")
    with pytest.raises(LedgerError, match="no parsed callback"):
        ledger.mark_handled(letter.id, REPLY)


def test_the_mark_survives_reopening_the_ledger(ledger: Ledger, store: Store) -> None:
    ledger.mark_handled(deliver(ledger).callback.id, REPLY)
    ledger.close()
    reopened = store.open()
    assert deliver(reopened).callback.reply == REPLY
    reopened.close()
