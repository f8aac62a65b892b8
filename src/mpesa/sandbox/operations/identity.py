"""Identity checks (SIM swap, IMSI, age on network, KYC) and organisation info: a clean record.

Source: spec/operations/identity.yaml.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from ... import _shapes
from .. import _ids
from ._common import Call, Reply, answering


def _identity(call: Call) -> dict[str, Any]:
    """Identity checks: a clean record (no recent SIM swap, ID matches)."""
    number = call.fields.get("customerNumber") or call.fields.get("msisdn") or ""
    documented = {
        _shapes.wire_name(name, info) for name, info in call.op.response_model.model_fields.items()
    }
    values = {
        "requestRefID": call.fields.get("requestRefID") or _ids.reference(),
        "responseCode": "200",
        "responseDesc": "Success",
        "lastSwapDate": "01-01-1900 00:00",
        "imsi": hashlib.sha256(f"imsi:{number}".encode()).hexdigest(),
        "msisdnRegistrationDate": "01-01-2019 00:00",
        "status": "true",
    }
    common = {"requestRefID", "responseCode", "responseDesc"}
    return {key: value for key, value in values.items() if key in documented | common}


def _org_info(call: Call) -> dict[str, Any]:
    identifier = call.fields["Identifier"]
    return {
        "ResponseCode": "4000",
        "ResponseMessage": "Success",
        "DetailedMessage": "Organization details retrieved successfully",
        "OrganizationShortCode": identifier,
        "OrganizationName": f"Sandbox Business {identifier}",
        "ChargeProfileID": "1",
    }


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {
    **dict.fromkeys(
        ("check_sim_swap", "check_imsi", "check_age_on_network", "validate_kyc_id"),
        answering(_identity),
    ),
    "query_org_info": answering(_org_info),
}
