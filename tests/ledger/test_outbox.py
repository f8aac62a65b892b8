"""The outbox: events stored with the change that causes them, read back until published."""

from __future__ import annotations

import pytest

from mpesa import MpesaValidationError
from mpesa.ledger import Event, Ledger, LedgerError

from .conftest import Clock, Store
from .test_callbacks import deliver
from .test_handled import REPLY

RECEIVED = Event("e-1", "mpesa.callback.received", {"operation": "initiate_stk_push"})
PAID = Event("e-2", "mpesa.stk_push.success", {"amount": "10"})


def pending_ids(ledger: Ledger) -> list[str]:
    return [stored.event.event_id for stored in ledger.pending_events()]


def test_a_new_ledger_has_no_pending_events(ledger: Ledger) -> None:
    assert ledger.pending_events() == []


def test_appended_events_are_pending_in_order_with_their_data(ledger: Ledger, clock: Clock) -> None:
    ledger.append_events([RECEIVED, PAID])
    pending = ledger.pending_events()
    assert [stored.event for stored in pending] == [RECEIVED, PAID]
    assert pending[0].id < pending[1].id
    assert {stored.created_at for stored in pending} == {clock.now}


def test_an_event_appended_twice_is_stored_once(ledger: Ledger) -> None:
    ledger.append_events([RECEIVED])
    ledger.append_events([RECEIVED, PAID])
    assert pending_ids(ledger) == ["e-1", "e-2"]


def test_pending_events_are_limited_to_the_oldest(ledger: Ledger) -> None:
    ledger.append_events([Event(f"e-{n}", "x", {}) for n in range(5)])
    assert [stored.event.event_id for stored in ledger.pending_events(2)] == ["e-0", "e-1"]


def test_published_events_are_no_longer_pending(ledger: Ledger) -> None:
    ledger.append_events([RECEIVED, PAID])
    ledger.mark_published(["e-1"])
    assert pending_ids(ledger) == ["e-2"]


def test_marking_unknown_or_published_events_changes_nothing(ledger: Ledger) -> None:
    ledger.append_events([RECEIVED])
    ledger.mark_published(["e-1"])
    ledger.mark_published(["e-1", "no such event"])
    ledger.append_events([RECEIVED])
    assert pending_ids(ledger) == []


def test_a_new_callback_stores_its_events_with_it(ledger: Ledger) -> None:
    deliver(ledger, reply=REPLY, events=[RECEIVED, PAID])
    assert pending_ids(ledger) == ["e-1", "e-2"]


def test_a_duplicate_callback_stores_no_events(ledger: Ledger) -> None:
    deliver(ledger)
    assert deliver(ledger, events=[RECEIVED]).duplicate
    assert ledger.pending_events() == []


def test_marking_a_callback_handled_stores_its_events(ledger: Ledger) -> None:
    recorded = deliver(ledger)
    ledger.mark_handled(recorded.callback.id, REPLY, events=[RECEIVED, PAID])
    assert pending_ids(ledger) == ["e-1", "e-2"]


def test_a_failed_mark_stores_no_events(ledger: Ledger) -> None:
    letter = ledger.record_dead_letter(b"junk", reason="not JSON")
    with pytest.raises(LedgerError):
        ledger.mark_handled(letter.id, REPLY, events=[RECEIVED])
    assert ledger.pending_events() == []


def test_events_whose_data_is_not_json_are_refused_before_the_callback_is_stored(
    ledger: Ledger,
) -> None:
    with pytest.raises(MpesaValidationError, match=r"events\.data"):
        deliver(ledger, events=[Event("e-3", "x", {"amount": object()})])
    assert not deliver(ledger).duplicate


def test_an_event_without_an_id_is_refused(ledger: Ledger) -> None:
    with pytest.raises(MpesaValidationError, match=r"events\.event_id"):
        ledger.append_events([Event("", "x", {})])


def test_a_limit_below_one_is_refused(ledger: Ledger) -> None:
    with pytest.raises(MpesaValidationError, match="limit"):
        ledger.pending_events(0)


def test_pending_events_survive_reopening_the_ledger(ledger: Ledger, store: Store) -> None:
    ledger.append_events([RECEIVED])
    ledger.close()
    reopened = store.open()
    assert [stored.event for stored in reopened.pending_events()] == [RECEIVED]
    reopened.close()


def test_a_named_event_s_id_follows_from_its_basis_and_name() -> None:
    first = Event.named("mpesa.stk_push.success", {"amount": "10"}, basis="stk:abc")
    again = Event.named("mpesa.stk_push.success", {"amount": "10"}, basis="stk:abc")
    other = Event.named("mpesa.callback.received", {"amount": "10"}, basis="stk:abc")
    assert first == again and first.event_id != other.event_id
    assert first.data == {"amount": "10", "event_id": first.event_id}
