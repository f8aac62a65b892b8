"""Daraja-shaped answers and callbacks for any operation, built from its generated models.

:func:`canned_response` is what Daraja answers when it accepts a request;
:func:`canned_callback` is what it later POSTs to the merchant. Both walk the operation's
pydantic model (``OPERATIONS[name].response_model`` or ``.callback.model``), so a new field in
the spec appears here without code, and take plausible values by wire name: the IDs and texts of
Daraja's documented samples, the operation's own success code from its result-code tables,
amounts as exact strings (sync answers) or JSON numbers (callbacks, as Daraja sends them).
The same IDs are used throughout (``ws_CO_…``, ``AG_…``), so a canned callback matches the
canned answer of the request that caused it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

if TYPE_CHECKING:
    from .._operation import Operation

__all__ = ["canned_callback", "canned_response"]

CHECKOUT_REQUEST_ID = "ws_CO_191220191020363925"
MERCHANT_REQUEST_ID = "29115-34620561-1"
CONVERSATION_ID = "AG_20191219_00005797af5d7d75f652"
ORIGINATOR_CONVERSATION_ID = "16740-34861180-1"
RECEIPT = "NLJ7RT61SV"
SUCCESS_DESC = "The service request is processed successfully."

# Wire names (lower-cased) that carry a result or response code.
_CODE_FIELDS = frozenset({"responsecode", "resultcode", "code", "rescode", "responsestatus"})

# Values from Daraja's documented samples, by wire name (lower-cased).
_SAMPLES: Mapping[str, Any] = {
    "access_token": "mock-access-token",
    "expires_in": "3599",
    "checkoutrequestid": CHECKOUT_REQUEST_ID,
    "merchantrequestid": MERCHANT_REQUEST_ID,
    "conversationid": CONVERSATION_ID,
    "originatorconversationid": ORIGINATOR_CONVERSATION_ID,
    "originatorcoversationid": ORIGINATOR_CONVERSATION_ID,  # C2B register URL's spelling
    "transactionid": RECEIPT,
    "transid": RECEIPT,
    "responsedescription": "Accept the service request successfully.",
    "customermessage": "Success. Request accepted for processing",
    "resultdesc": SUCCESS_DESC,
    "status": "USSD Initiated Successfully",
    "app_key": "AG_2376487236_126732989KJ",
    "qrcode": "iVBORw0KGgoAAAANSUhEUgAAASwAAAEsCAYAAAB5fY51AAAAAklEQVR4AewaftIAAA",
    "organizationname": "Mock Business",
    "lastswapdate": "01-01-1900 00:00",
    "msisdnregistrationdate": "01-01-2019 00:00",
    "trxdate": "2019-12-19T10:21:15Z",
    "transtime": "20191219102115",
    "timestamp": "2019-12-19T10:21:15",
    "points": "100",
    "rate": "0.2",
    "imsi": "9f2c4e1d8b7a6f5e4d3c2b1a0f9e8d7c",
    "chargeprofileid": "1",
    "resulttype": "0",
    "transactiontype": "Pay Bill",
    "billrefnumber": "INV001",
    "billreference": "INV001",
    "accountreference": "INV001",
    "paymentreference": "INV001",
}

# ResultParameters / CallbackMetadata values from the documented callback samples, by key.
# None sends the key without a Value, as Daraja does for the STK Balance item.
_BALANCES = (
    "Working Account|KES|700000.00|700000.00|0.00|0.00&Float Account|KES|0.00|0.00|0.00|0.00"
    "&Utility Account|KES|228037.00|228037.00|0.00|0.00"
    "&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.00"
)
_AMOUNT_BLOCK = "{Amount={CurrencyCode=KES, MinimumAmount=618683, BasicAmount=6186.83}}"
_PARAMETER_SAMPLES: Mapping[str, Any] = {
    "Amount": 10,
    "TransactionAmount": 10,
    "MpesaReceiptNumber": RECEIPT,
    "TransactionReceipt": RECEIPT,
    "ReceiptNo": RECEIPT,
    "TransactionID": RECEIPT,
    "OriginalTransactionID": "OEI2AK4Q16",
    "Balance": None,
    "TransactionDate": 20191219102115,
    "TransactionCompletedDateTime": "19.12.2019 11:45:50",
    "PhoneNumber": 254708374149,
    "Msisdn": "2547****149",
    "ReceiverPartyPublicName": "254708374149 - John Doe",
    "CreditPartyPublicName": "254708374149 - John Doe",
    "CreditPartyName": "254708374149 - John Doe",
    "DebitPartyPublicName": "600000 - Safaricom",
    "DebitPartyName": "600000 - Safaricom",
    "B2CRecipientIsRegisteredCustomer": "Y",
    "B2CUtilityAccountAvailableFunds": 10116,
    "B2CWorkingAccountAvailableFunds": 900000,
    "B2CChargesPaidAccountAvailableFunds": -4510,
    "Charge": 0,
    "Currency": "KES",
    "Status": "OKAY",
    "TransactionStatus": "Completed",
    "ReasonType": "Pay Bill Online",
    "DebitAccountType": "Utility Account",
    "DebitPartyCharges": "",
    "OriginatorConversationID": ORIGINATOR_CONVERSATION_ID,
    "ConversationID": CONVERSATION_ID,
    "DebitAccountBalance": _AMOUNT_BLOCK,
    "InitiatorAccountCurrentBalance": _AMOUNT_BLOCK,
    "DebitAccountCurrentBalance": _AMOUNT_BLOCK,
}
_PARAMETER_BY_TYPE: Mapping[str, Any] = {
    "decimal": 10,
    "integer": 1,
    "boolean": True,
    "datetime": 20191219102115,
    "balance": _BALANCES,
}

# The synchronous acknowledgement where it differs from the first success code of the
# operation's result-code tables (spec/codes.yaml: Ratiba acknowledges with "200").
_ACKNOWLEDGEMENT_CODE: Mapping[str, str] = {"create_standing_order": "200"}

_SKIP = object()


def canned_response(operation: str, **overrides: Any) -> dict[str, Any]:
    """Daraja's success answer to ``operation``, as the JSON body it sends.

    Every required field is filled, and every optional one whose type is known; codes are the
    operation's success code (``"0"``, or ``"200"``, ``"1000"`` … where its product uses
    another). ``overrides`` (wire names) win; a dict merges into a nested object and ``None``
    removes a key, so an answer Daraja might send is one argument away::

        canned_response("initiate_stk_push", ResponseCode="1", CustomerMessage=None)
    """
    op = _operation(operation)
    code = _ACKNOWLEDGEMENT_CODE.get(op.name) or _success_code(op)
    body = _object(op.response_model, dict.fromkeys(_CODE_FIELDS, code))
    return _merge(body, overrides)


def canned_callback(
    operation: str,
    result_code: str | int = "0",
    *,
    parameters: Mapping[str, Any] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """The callback Daraja POSTs after ``operation``, with ``result_code``.

    The shape is the operation's callback model: ``{"Body": {"stkCallback": …}}``,
    ``{"Result": …}``, Ratiba's header and body, or a flat object. A successful code brings the
    ``ResultParameters`` / ``CallbackMetadata`` keys the spec lists, with sample values that
    ``parameters`` (by key) replace; a failed one leaves them out, as Daraja does, and its
    ``ResultDesc`` is the code's meaning. ``overrides`` (wire names; a dict merges, ``None``
    removes) apply to the object carrying the result code, e.g. ``CheckoutRequestID=`` of an
    STK callback or ``ConversationID=`` of a result callback.
    """
    op = _operation(operation)
    if op.callback is None:
        with_callback = sorted(n for n, o in _operations().items() if o.callback is not None)
        raise ValueError(f"{operation} has no callback; these do: {', '.join(with_callback)}")
    from ..codes import ResultCodes

    code = str(result_code)
    info = ResultCodes.describe(code, op.result_code_tables or ("generic",))
    success = info.category == "success"
    desc = SUCCESS_DESC if success else (info.message or info.description)
    values = _parameter_values(op, code, parameters) if success else None
    shape = op.callback.model.__name__
    build = _SHAPES.get(shape)
    if build is not None:
        body, inner = build(code, desc, values)
    else:
        status = "SUCCESS" if success else "FAILED"
        fixed = {**dict.fromkeys(_CODE_FIELDS, code), "resultdesc": desc, "status": status}
        body = inner = _object(op.callback.model, fixed)
        if code != "0" and not _CODE_FIELDS & {key.lower() for key in body}:
            raise ValueError(f"{operation}'s callback ({shape}) carries no result code")
    _merge(inner, overrides)
    return body


_Built = tuple[dict[str, Any], dict[str, Any]]


def _number(code: str) -> int | str:
    """Result codes travel as JSON numbers in these callbacks (``"ResultCode": 0``)."""
    return int(code) if code.isdigit() else code


def _stk(code: str, desc: str, values: Mapping[str, Any] | None) -> _Built:
    inner: dict[str, Any] = {
        "MerchantRequestID": MERCHANT_REQUEST_ID,
        "CheckoutRequestID": CHECKOUT_REQUEST_ID,
        "ResultCode": _number(code),
        "ResultDesc": desc,
    }
    if values is not None:
        inner["CallbackMetadata"] = {"Item": _items("Name", values)}
    return {"Body": {"stkCallback": inner}}, inner


def _result(code: str, desc: str, values: Mapping[str, Any] | None) -> _Built:
    inner: dict[str, Any] = {
        "ResultType": 0,
        "ResultCode": _number(code),
        "ResultDesc": desc,
        "OriginatorConversationID": ORIGINATOR_CONVERSATION_ID,
        "ConversationID": CONVERSATION_ID,
        "TransactionID": RECEIPT,
        "ReferenceData": {
            "ReferenceItem": {
                "Key": "QueueTimeoutURL",
                "Value": "https://internalsandbox.safaricom.co.ke/mpesa/resultsv1/submit",
            }
        },
    }
    if values is not None:
        inner["ResultParameters"] = {"ResultParameter": _items("Key", values)}
    return {"Result": inner}, inner


def _ratiba(code: str, desc: str, values: Mapping[str, Any] | None) -> _Built:
    inner: dict[str, Any] = {
        "responseRefID": "4dd9b5d9-d738-42ba-9326-2cc99e966000",
        "requestRefID": "c8e1bdd0-ba4b-4a41-9ee1-6d1d82a6a4f4",
        "responseCode": code,
        "responseDescription": desc,
    }
    data = values if values is not None else {"responseCode": code}
    body = {
        "ResponseHeader": inner,
        "ResponseBody": {"ResponseData": [{"Name": k, "Value": v} for k, v in data.items()]},
    }
    return body, inner


# Callback shapes whose items a model walk cannot fill: their keys and values come from the
# operation's result_parameters. Flat callbacks (B2B Express, Bill Manager) are model-walked.
_SHAPES: Mapping[str, Callable[[str, str, Mapping[str, Any] | None], _Built]] = {
    "StkCallback": _stk,
    "ResultCallback": _result,
    "RatibaCallback": _ratiba,
}


def _operations() -> Mapping[str, Operation[Any, Any]]:
    from .._generated._operations import OPERATIONS  # generated from spec/

    return OPERATIONS


def _operation(name: str) -> Operation[Any, Any]:
    operations = _operations()
    if name not in operations:
        import difflib

        close = difflib.get_close_matches(name, operations, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ValueError(f"unknown operation {name!r}{hint}")
    return operations[name]


def _success_code(op: Operation[Any, Any]) -> str:
    from ..codes import RESULT_CODES  # generated from spec/codes.yaml

    for table in op.result_code_tables:
        for code, info in RESULT_CODES.get(table, {}).items():
            if info.category == "success":
                return code
    return "0"


def _parameter_values(
    op: Operation[Any, Any], result_code: str, given: Mapping[str, Any] | None
) -> dict[str, Any]:
    assert op.callback is not None
    values: dict[str, Any] = {}
    for spec in op.callback.result_parameters:
        if spec.key == "responseCode":
            values[spec.key] = result_code
        elif spec.key in _PARAMETER_SAMPLES and spec.type != "balance":
            # A key's type can differ per product (DebitAccountBalance: B2B's amount block,
            # a reversal's balance list); the samples are the non-balance ones.
            values[spec.key] = _PARAMETER_SAMPLES[spec.key]
        else:
            values[spec.key] = _PARAMETER_BY_TYPE.get(spec.type, "Mock")
    values.update(given or {})
    return values


def _items(key_name: str, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {key_name: key} if value is None else {key_name: key, "Value": value}
        for key, value in values.items()
    ]


def _merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in overrides.items():
        if value is None:
            base.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def _object(model: type[BaseModel], fixed: Mapping[str, Any]) -> dict[str, Any]:
    """A wire-named body for ``model``: ``fixed`` values (by lower-cased wire name) first."""
    body: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        wire = _wire(name, info)
        lower = wire.lower()
        value = fixed[lower] if lower in fixed else _value(lower, info.annotation, fixed)
        if value is not _SKIP:
            body[wire] = value
    return body


def _wire(name: str, info: FieldInfo) -> str:
    alias = info.serialization_alias or info.alias
    return alias if isinstance(alias, str) else name


def _kinds(annotation: Any) -> list[Any]:
    """The types a (possibly optional or union) annotation allows, ``None`` left out."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [kind for arg in typing.get_args(annotation) for kind in _kinds(arg)]
    return [] if annotation is type(None) else [annotation]


def _value(lower: str, annotation: Any, fixed: Mapping[str, Any]) -> Any:
    """A plausible value of a field by its type, then its (lower-cased) wire name.

    Nested objects are filled the same way (with the same ``fixed`` codes); a list holds one
    item; fields typed ``Any`` are left out, since nothing plausible can be said about them.
    """
    kinds = _kinds(annotation)
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            return _object(kind, fixed)
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            value = _value(lower, item, fixed)
            return _SKIP if value is _SKIP else [value]
    if not kinds or Any in kinds:
        return _SKIP
    if bool in kinds:
        return True
    if Decimal in kinds:
        return _SAMPLES.get(lower, "10.00")
    if str not in kinds:
        return 1
    return _SAMPLES.get(lower) or _text(lower)


def _text(lower: str) -> str:
    """A plausible text for a field the samples do not cover, by its name."""
    if lower.endswith(("desc", "description", "message", "msg")):
        return "Success"
    if "shortcode" in lower:
        return "174379"
    if lower in ("msisdn", "customernumber", "phonenumber"):
        return "254708374149"
    if lower.endswith("id"):
        return "c8e1bdd0-ba4b-4a41-9ee1-6d1d82a6a4f4"
    if "date" in lower or "time" in lower:
        return "20191219102115"
    return "Mock"
