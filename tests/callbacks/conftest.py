"""Callbacks as Daraja sends them: the documented samples, and every operation's canned callback.

The samples are Daraja's own (catalog §3, sources D3 and GHOST), written as the JSON text that
arrives; ``canned_callback`` builds the rest from the spec, so every operation is covered.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mpesa import OPERATIONS, MpesaAdapter
from mpesa.codes import RESULT_CODES
from mpesa.sandbox import CallbackReceiver, LocalDaraja
from mpesa.testing.helpers import MpesaAdapterTestHelper

CALLBACK_OPERATIONS = sorted(name for name, op in OPERATIONS.items() if op.callback is not None)
"""Every operation whose outcome Daraja POSTs later."""

FAILING_OPERATIONS = sorted(
    name for name in CALLBACK_OPERATIONS if OPERATIONS[name].result_code_tables != ("bill_manager",)
)
"""Those whose callback carries a result code (a Bill Manager payment notice carries none)."""


def failure_code(operation: str) -> str:
    """The first code of the operation's own result table that is not a success."""
    table = RESULT_CODES[OPERATIONS[operation].result_code_tables[0]]
    return next(code for code, info in table.items() if info.category != "success")


Encode = Callable[[dict[str, Any]], Any]

ENCODINGS: dict[str, Encode] = {
    "bytes": lambda body: json.dumps(body).encode(),
    "str": json.dumps,
    "dict": lambda body: body,
}


@pytest.fixture(params=sorted(ENCODINGS))
def encode(request: pytest.FixtureRequest) -> Encode:
    """The same body as bytes, as text, and as the parsed object."""
    return ENCODINGS[request.param]


# D3-MpesaExpressSimulate: a paid STK push (amount a JSON decimal, phone and date numbers).
STK_SUCCESS = """{"Body": {"stkCallback": {
  "MerchantRequestID": "29115-34620561-1",
  "CheckoutRequestID": "ws_CO_191220191020363925",
  "ResultCode": 0,
  "ResultDesc": "The service request is processed successfully.",
  "CallbackMetadata": {"Item": [
    {"Name": "Amount", "Value": 1.00},
    {"Name": "MpesaReceiptNumber", "Value": "NLJ7RT61SV"},
    {"Name": "Balance"},
    {"Name": "TransactionDate", "Value": 20191219102115},
    {"Name": "PhoneNumber", "Value": 254708374149}]}}}}"""

# D3-MpesaExpressSimulate (C7): a result code sent as text.
STK_TEXT_CODE = """{"Body": {"stkCallback": {
  "MerchantRequestID": "29115-34620561-1",
  "CheckoutRequestID": "ws_CO_191220191020363925",
  "ResultCode": "1032",
  "ResultDesc": "Request cancelled by user"}}}"""

# D3-BusinessPayBill: a failed B2B result, its one ResultParameter an object, not a list.
B2B_FAILURE = """{"Result": {
  "ResultType": "0",
  "ResultCode": "2001",
  "ResultDesc": "The initiator information is invalid.",
  "OriginatorConversationID": "12337-23509183-5",
  "ConversationID": "AG_20200120_0000657265d5fa9ae5c0",
  "TransactionID": "OAK0000000",
  "ResultParameters": {"ResultParameter": {"Key": "BOCompletedTime", "Value": 20200120164825}},
  "ReferenceData": {"ReferenceItem": {"Key": "QueueTimeoutURL",
    "Value": "https://internalsandbox.safaricom.co.ke/mpesa/b2bresults/v1/submit"}}}}"""

# D3-AccountBalance: the balances of five accounts packed into one string.
ACCOUNT_BALANCE = """{"Result": {
  "ResultType": 0,
  "ResultCode": 0,
  "ResultDesc": "The service request is processed successfully.",
  "OriginatorConversationID": "16917-22577599-3",
  "ConversationID": "AG_20200206_00005e091a8ec6b9eac5",
  "TransactionID": "OA90000000",
  "ResultParameters": {"ResultParameter": [
    {"Key": "AccountBalance", "Value": "Working Account|KES|700000.00|700000.00|0.00|0.00&Float Account|KES|0.00|0.00|0.00|0.00&Utility Account|KES|228037.00|228037.00|0.00|0.00&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.00&Organization Settlement Account|KES|0.00|0.00|0.00|0.00"},
    {"Key": "BOCompletedTime", "Value": 20200109125710}]},
  "ReferenceData": {"ReferenceItem": {"Key": "QueueTimeoutURL",
    "Value": "https://internalsandbox.safaricom.co.ke/mpesa/abresults/v1/submit"}}}}"""

# D3-CustomerToBusinessRegisterURL: a v2 payment, before (blank balance) and after.
C2B_VALIDATION = """{
  "TransactionType": "Pay Bill",
  "TransID": "RKTQDM7W6S",
  "TransTime": "20191122063845",
  "TransAmount": "10",
  "BusinessShortCode": "600638",
  "BillRefNumber": "invoice008",
  "InvoiceNumber": "",
  "OrgAccountBalance": "",
  "ThirdPartyTransID": "",
  "MSISDN": "2547 ***** 126",
  "FirstName": "John",
  "MiddleName": "",
  "LastName": "Doe"}"""
C2B_CONFIRMATION = C2B_VALIDATION.replace(
    '"OrgAccountBalance": ""', '"OrgAccountBalance": "49197.00"'
)

# D3-MpesaRatiba: the success sample's lower-case keys.
RATIBA_SUCCESS = """{
  "responseHeader": {"responseRefID": "0acb1e83-0a7d-4a52-bd5a-e6a2e1d9d4d2",
    "requestRefID": "c8e1bdd0-ba4b-4a41-9ee1-6d1d82a6a4f4",
    "responseCode": "0", "responseDescription": "The service request is processed successfully"},
  "responseBody": {"responseData": [
    {"name": "TransactionID", "value": "SC8F2IQMH5"},
    {"name": "responseCode", "value": "0"},
    {"name": "Status", "value": "OKAY"},
    {"name": "Msisdn", "value": "254******867"}]}}"""

# D3-B2BExpressCheckout: the customer cancelled.
B2B_EXPRESS_FAILURE = """{
  "resultCode": "4001",
  "resultDesc": "User cancelled transaction",
  "requestId": "c2a9ba32-9e11-4b90-892c-7bc54944609a",
  "amount": "71.0",
  "paymentReference": "MAndbubry3hi"}"""

# D3-BillManager: a payment pushed to the biller.
BILL_PAYMENT = """{
  "transactionId": "RJB53MYR1N",
  "paidAmount": "5000",
  "msisdn": "254722000000",
  "dateCreated": "2019-12-09",
  "accountReference": "LGHJIO789",
  "shortCode": "718003"}"""


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LocalDaraja, CallbackReceiver]]:
    """A local Daraja and a receiver for its callbacks, for a whole module."""
    with LocalDaraja(stk_delay=0.05, callback_delay=0.0) as sandbox, CallbackReceiver() as receiver:
        yield sandbox, receiver


@pytest.fixture
def mpesa(servers: tuple[LocalDaraja, CallbackReceiver]) -> Iterator[MpesaAdapter]:
    """An adapter on the local Daraja whose callbacks go to the receiver; a clean state after."""
    sandbox, receiver = servers
    with MpesaAdapterTestHelper.create_local_adapter(sandbox, receiver) as adapter:
        yield adapter
    sandbox.state.settle()
    sandbox.state.reset()
    receiver.clear()


@pytest.fixture
def receiver(servers: tuple[LocalDaraja, CallbackReceiver]) -> CallbackReceiver:
    return servers[1]
