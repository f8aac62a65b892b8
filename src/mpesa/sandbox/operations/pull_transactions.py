"""Pull Transactions: register a shortcode, then read its customer payments back.

Source: spec/operations/pull.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timezone
from typing import Any

from ._common import Call, Reply, answering


def _pull_register(call: Call) -> dict[str, Any]:
    shortcode = call.fields["ShortCode"]
    with call.state.lock:
        known = shortcode in call.state.pull_registrations
        call.state.pull_registrations.add(shortcode)
    return {
        "ResponseStatus": "1001" if known else "1000",
        "ResponseDescription": "Shortcode already Registered"
        if known
        else "Shortcode Registered Successfully",
    }


def _pull_query(call: Call) -> dict[str, Any]:
    """The shortcode's completed customer payments in the window, from the given row offset."""
    fields = call.fields
    window = (_minute(fields["StartDate"]), _minute(fields["EndDate"]))
    rows = [
        {
            "transactionId": txn.receipt,
            "trxDate": f"{txn.time.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}",
            "msisdn": int(txn.debit_party),
            "sender": "UNKNOWN",
            "transactiontype": "c2b-pay-bill-debit",
            "billreference": txn.reference or "",
            "amount": f"{txn.amount:.1f}",
            "organizationname": f"Sandbox Business {txn.credit_party}",
        }
        for txn in call.state.transactions()
        if txn.credit_party == fields["ShortCode"]
        and txn.debit_account is None
        and txn.status == "Completed"
        and window[0] <= f"{txn.time:%Y-%m-%d %H:%M}" <= window[1]
    ][int(fields["OffSetValue"]) :]
    if not rows:
        return {
            "ResponseCode": "1001",
            "ResponseMessage": "No transactions found",
            "Response": None,
            "Transaction": "[[]]",
        }
    return {"ResponseCode": "1000", "ResponseMessage": "Success", "Response": [rows]}


def _minute(text: str) -> str:
    """A window bound as "YYYY-MM-DD HH:mm", comparable as text: the request's
    "YYYY-MM-DD HH:mm[:ss]" with a one-digit hour padded (D3's sample sends "8:36:00")."""
    date, _, clock = text.partition(" ")
    hour, minute = clock.split(":")[:2]
    return f"{date} {hour:0>2}:{minute}"


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "pull_transactions_register": answering(_pull_register),
    "pull_transactions_query": answering(_pull_query),
}
