"""Bonga points: their worth (20 cents each) and redeeming them at a Pay Bill.

Source: spec/operations/bonga.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .. import _ids
from ._common import Call, Reply, answering


def _bonga_header(message: str) -> dict[str, Any]:
    return {
        "requestRefId": _ids.reference(),
        "responseCode": 200,
        "responseMessage": "Success",
        "customerMessage": message,
        "timestamp": _ids.now().isoformat(timespec="seconds"),
    }


def _bonga_points(call: Call) -> dict[str, Any]:
    points = call.fields["points"]
    rate = Decimal("0.2")
    amount = Decimal(points) * rate
    return {
        "header": _bonga_header(f"{points} Bonga points are worth KES {amount}"),
        "body": {"amount": str(amount), "points": points, "rate": str(rate)},
    }


def _bonga_redeem(call: Call) -> dict[str, Any]:
    return {"header": _bonga_header("Request accepted for processing")}


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    "bonga_calculate_points": answering(_bonga_points),
    "bonga_redeem_paybill": answering(_bonga_redeem),
}
