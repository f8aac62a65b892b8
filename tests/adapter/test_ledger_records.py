"""An adapter with a ledger records every money-moving request before it leaves, then its answer.

The record is written first: a ledger that cannot write stops the payment. The answer then
moves it to accepted (with Daraja's IDs), refused, or unknown; a ledger failure after the
request left is logged and never raised, since raising would invite a second payment.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mpesa import MpesaAPIException, MpesaConfigError, MpesaOutcomeUnknownError
from mpesa.ledger import LedgerError, RequestEntry, SQLiteLedger
from mpesa.testing import MockDaraja, mock_adapter, mock_config
from tests.spec_strategies import minimal_arguments


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteLedger]:
    with SQLiteLedger(tmp_path / "ledger.db") as opened:
        yield opened


ACCEPTED = {
    "ConversationID": "AG_1",
    "OriginatorConversationID": "x",
    "ResponseCode": "0",
    "ResponseDescription": "Accepted",
}


def payout(ledger: SQLiteLedger, daraja: MockDaraja) -> None:
    with mock_adapter(daraja=daraja, ledger=ledger) as client:
        client.b2c_payment(**minimal_arguments("b2c_payment"))


def only_entry(ledger: SQLiteLedger) -> RequestEntry:
    (entry,) = ledger.list_requests()
    return entry


def test_a_payout_is_recorded_before_its_request_leaves(ledger: SQLiteLedger) -> None:
    daraja = MockDaraja()
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(only_entry(ledger).status)
        return httpx.Response(200, json=ACCEPTED)

    daraja.respond_with("b2c_payment", answer)
    payout(ledger, daraja)
    assert seen == ["sent"]


def test_an_accepted_payout_is_recorded_with_darajas_ids(ledger: SQLiteLedger) -> None:
    daraja = MockDaraja()
    payout(ledger, daraja)
    entry = only_entry(ledger)
    sent = daraja.calls("b2c_payment")[0].body
    assert entry.status == "accepted"
    assert entry.operation == "b2c_payment"
    assert entry.ids.originator_conversation_id == sent["OriginatorConversationID"]
    assert entry.ids.conversation_id is not None
    assert entry.amount == int(sent["Amount"])


def test_a_refused_payout_is_recorded_refused_with_the_code(ledger: SQLiteLedger) -> None:
    daraja = MockDaraja()
    daraja.respond_error("b2c_payment", "400.002.02")
    with pytest.raises(MpesaAPIException):
        payout(ledger, daraja)
    entry = only_entry(ledger)
    assert (entry.status, entry.result_code) == ("refused", "400.002.02")


def test_a_payout_whose_answer_was_lost_is_recorded_unknown(ledger: SQLiteLedger) -> None:
    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout)
    with pytest.raises(MpesaOutcomeUnknownError) as caught:
        payout(ledger, daraja)
    entry = ledger.find_request(caught.value.ids["OriginatorConversationID"])
    assert entry is not None and entry.status == "unknown"
    assert entry.reference == caught.value.ids["reference"]


def test_a_ledger_that_cannot_record_stops_the_payment(ledger: SQLiteLedger) -> None:
    daraja = MockDaraja()
    ledger.close()
    with pytest.raises(LedgerError):
        payout(ledger, daraja)
    assert daraja.calls("b2c_payment") == []


def test_a_ledger_failure_after_sending_is_logged_not_raised(
    ledger: SQLiteLedger, caplog: pytest.LogCaptureFixture
) -> None:
    daraja = MockDaraja()

    def answer_after_closing(request: httpx.Request) -> httpx.Response:
        ledger.close()
        return httpx.Response(200, json=ACCEPTED)

    daraja.respond_with("b2c_payment", answer_after_closing)
    with caplog.at_level(logging.ERROR, "mpesa"):
        payout(ledger, daraja)
    assert "could not record the answer" in caplog.text


def test_reads_are_not_recorded(ledger: SQLiteLedger) -> None:
    with mock_adapter(ledger=ledger) as client:
        client.get_account_balance(**minimal_arguments("get_account_balance"))
    assert ledger.list_requests() == []


def test_the_ledger_url_opens_a_sqlite_ledger_the_adapter_closes(tmp_path: Path) -> None:
    path = tmp_path / "from-url.db"
    daraja = MockDaraja()
    with mock_adapter(mock_config(ledger_url=f"sqlite:///{path}"), daraja=daraja) as client:
        client.b2c_payment(**minimal_arguments("b2c_payment"))
        ledger = client.ledger
    assert ledger is not None
    with pytest.raises(LedgerError):
        ledger.list_requests()
    with SQLiteLedger(path) as reopened:
        assert [entry.status for entry in reopened.list_requests()] == ["accepted"]


@pytest.mark.parametrize("url", ["mysql://db/ledger", "sqlite://", "ledger.db"])
def test_a_ledger_url_that_is_not_sqlite_or_postgresql_is_refused(url: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        mock_config(ledger_url=url)
    assert caught.value.setting == "ledger_url"


def test_a_postgresql_ledger_url_is_a_secret_kept_out_of_the_repr() -> None:
    config = mock_config(ledger_url="postgresql://shop:hunter2@db.internal/payments")

    assert "hunter2" not in repr(config)
