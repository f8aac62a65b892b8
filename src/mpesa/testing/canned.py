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

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import _shapes

if TYPE_CHECKING:
    from .._operation import Operation

__all__ = ["canned_callback", "canned_response"]

CHECKOUT_REQUEST_ID = "ws_CO_191220191020363925"
MERCHANT_REQUEST_ID = "29115-34620561-1"
CONVERSATION_ID = "AG_20191219_00005797af5d7d75f652"
ORIGINATOR_CONVERSATION_ID = "16740-34861180-1"
RECEIPT = "NLJ7RT61SV"
SUCCESS_DESC = "The service request is processed successfully."

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

# Values by type for the result parameters the spec gives no example of.
_PARAMETER_BY_TYPE: Mapping[str, Any] = {
    "decimal": 10,
    "integer": 1,
    "boolean": True,
    "datetime": 20191219102115,
    "balance": (
        "Working Account|KES|700000.00|700000.00|0.00|0.00&Float Account|KES|0.00|0.00|0.00|0.00"
        "&Utility Account|KES|228037.00|228037.00|0.00|0.00"
        "&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.00"
    ),
}

# The identifiers of the object carrying a callback's result code, from the documented samples.
_CALLBACK_IDS: Mapping[str, Any] = {
    "MerchantRequestID": MERCHANT_REQUEST_ID,
    "CheckoutRequestID": CHECKOUT_REQUEST_ID,
    "OriginatorConversationID": ORIGINATOR_CONVERSATION_ID,
    "ConversationID": CONVERSATION_ID,
    "TransactionID": RECEIPT,
    "responseRefID": "4dd9b5d9-d738-42ba-9326-2cc99e966000",
    "requestRefID": "c8e1bdd0-ba4b-4a41-9ee1-6d1d82a6a4f4",
}
_REFERENCES = (
    ("QueueTimeoutURL", "https://internalsandbox.safaricom.co.ke/mpesa/resultsv1/submit"),
)

# The synchronous acknowledgement where it differs from the first success code of the
# operation's result-code tables (spec/codes.yaml: Ratiba acknowledges with "200").
_ACKNOWLEDGEMENT_CODE: Mapping[str, str] = {"create_standing_order": "200"}


def canned_response(operation: str, **overrides: Any) -> dict[str, Any]:
    """Daraja's success answer to ``operation``, as the JSON body it sends.

    Every required field is filled, and every optional one whose type is known; codes are the
    operation's success code (``"0"``, or ``"200"``, ``"1000"`` … where its product uses
    another). ``overrides`` (wire names) win; a dict merges into a nested object and ``None``
    removes a key, so an answer Daraja might send is one argument away::

        canned_response("initiate_stk_push", ResponseCode="1", CustomerMessage=None)
    """
    op = _operation(operation)
    code = _ACKNOWLEDGEMENT_CODE.get(op.name)
    return _shapes.answer(op, _sample, code=code, overrides=overrides)


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
    ``ResultParameters`` / ``CallbackMetadata`` keys the spec lists, with the spec's example
    values that ``parameters`` (by key) replace; a failed one leaves them out, as Daraja does,
    and its ``ResultDesc`` is the code's meaning. ``overrides`` (wire names; a dict merges,
    ``None`` removes) apply to the object carrying the result code, e.g. ``CheckoutRequestID=``
    of an STK callback or ``ConversationID=`` of a result callback.
    """
    op = _operation(operation)
    if op.callback is None:
        with_callback = sorted(n for n, o in _operations().items() if o.callback is not None)
        raise ValueError(f"{operation} has no callback; these do: {', '.join(with_callback)}")
    code = str(result_code)
    success, desc = _result(op, code)
    ids = {**_CALLBACK_IDS, "status": "SUCCESS" if success else "FAILED"}
    try:
        envelope = _shapes.callback(
            op,
            code,
            desc,
            ids=ids,
            parameters=_parameter_values(op, code, parameters) if success else None,
            leaf=_sample,
            references=_REFERENCES,
        )
    except ValueError as error:
        raise ValueError(f"{operation}'s callback: {error}") from None
    _shapes.merge(envelope.result, overrides)
    return envelope.body


def result_description(operation: str, result_code: str | int) -> str:
    """The ``ResultDesc`` Daraja sends with ``result_code`` of ``operation``."""
    return _result(_operation(operation), str(result_code))[1]


def _result(op: Operation[Any, Any], code: str) -> tuple[bool, str]:
    """Whether ``code`` is a success of ``op``, and the ``ResultDesc`` Daraja sends with it."""
    from ..codes import ResultCodes

    info = ResultCodes.describe(code, op.result_code_tables or ("generic",))
    success = info.category == "success"
    return success, SUCCESS_DESC if success else (info.message or info.description)


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


def _parameter_values(
    op: Operation[Any, Any], result_code: str, given: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The spec's example of each result parameter, else a value of its type; then ``given``."""
    assert op.callback is not None
    values: dict[str, Any] = {}
    for spec in op.callback.result_parameters:
        if spec.key == "responseCode":
            values[spec.key] = result_code
        elif spec.example is not None:
            values[spec.key] = spec.example
        else:
            values[spec.key] = _PARAMETER_BY_TYPE.get(spec.type, "Mock")
    values.update(given or {})
    return values


def _sample(wire: str, kinds: Sequence[Any]) -> Any:
    """A plausible value of a field the caller left open: a documented sample, else by type."""
    lower = wire.lower()
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
