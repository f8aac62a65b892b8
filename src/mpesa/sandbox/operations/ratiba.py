"""Ratiba: a standing order, one per customer and name.

Source: D3-Ratiba (spec/operations/ratiba.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ... import _shapes
from .. import _ids
from ._common import Call, Reply, describe, plausible, precheck, send


def _masked(msisdn: str) -> str:
    """Ratiba's masked MSISDN: ``254******867``."""
    return msisdn[:3] + "******" + msisdn[-3:]


def _standing_order(call: Call) -> Reply:
    state, fields = call.state, call.fields
    response_ref = _ids.reference()
    key = (fields["PartyA"], fields["StandingOrderName"])
    with state.lock:
        failure = precheck(call)
        if failure is None and key in state.standing_orders:
            failure = "1050", describe(call, "1050")
        if failure is None:
            state.standing_orders.add(key)
        transaction_id = state.new_receipt(_ids.now())
    code, desc = failure or ("0", describe(call, "0"))
    values = {
        "TransactionID": transaction_id,
        "responseCode": code,
        "Status": "OKAY" if failure is None else "ERROR",
        "Msisdn": _masked(fields["PartyA"]),
    }
    refs = {"requestRefID": _ids.reference(), "responseRefID": response_ref}
    body = _shapes.callback(call.op, code, desc, ids=refs, parameters=values, leaf=plausible).body
    send(call, body)
    accepted = "Request accepted for processing"
    return Reply(
        200,
        {
            "ResponseHeader": {
                "responseRefID": response_ref,
                "responseCode": "200",
                "responseDescription": accepted,
                "ResultDesc": describe(call, "0"),
            },
            "ResponseBody": {"responseDescription": accepted, "responseCode": "200"},
        },
    )


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {"create_standing_order": _standing_order}
