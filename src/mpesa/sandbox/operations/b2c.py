"""B2C and B2Pochi: a business pays a customer; the result callback follows.

Source: D3-BusinessToCustomer (spec/operations/b2c.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from ..state import UTILITY, WORKING
from ._common import Call, Reply, new_ids, precheck, public_name, report, settle_money


def _b2c(call: Call) -> Reply:
    """B2C (v1, v3, with ID validation) and B2Pochi: Utility account to a customer wallet."""
    state, fields = call.state, call.fields
    ids = new_ids(call)
    shortcode, customer = fields["PartyA"], fields["PartyB"]
    txn = settle_money(
        call,
        ids,
        amount=Decimal(fields["Amount"]),
        debit=(shortcode, UTILITY),
        credit=(customer, None),
        failure=precheck(call),
    )
    parameters = {
        "TransactionAmount": txn.amount,
        "TransactionReceipt": txn.receipt,
        "ReceiverPartyPublicName": public_name(customer, None),
        "TransactionCompletedDateTime": f"{txn.time:%d.%m.%Y %H:%M:%S}",
        "B2CUtilityAccountAvailableFunds": state.business_balance(shortcode, UTILITY),
        "B2CWorkingAccountAvailableFunds": state.business_balance(shortcode, WORKING),
        "B2CRecipientIsRegisteredCustomer": "Y",
        "B2CChargesPaidAccountAvailableFunds": state.business_balance(
            shortcode, "Charges Paid Account"
        ),
    }
    return report(call, ids, txn, parameters)


HANDLERS: Mapping[str, Callable[[Call], Reply]] = dict.fromkeys(
    ("b2c_payment", "b2c_payment_v1", "b2c_payment_with_validation", "b2pochi_payment"), _b2c
)
