"""A raw-HTTP Daraja client and request bodies, shared by the sandbox tests.

The sandbox tests talk to ``LocalDaraja`` over real HTTP with httpx, exactly as any Daraja
client would, so they check the wire behaviour and not the adapter.
"""

from __future__ import annotations

import base64
import uuid
from datetime import datetime
from typing import Any

import httpx

from mpesa.credentials import encrypt_initiator_password
from mpesa.sandbox import TEST_MSISDN, CallbackReceiver, LocalDaraja

SHORTCODE = "174379"
B2C_SHORTCODE = "600992"
RECEIVER_SHORTCODE = "600000"


class Daraja:
    """A minimal Daraja client for one sandbox and one callback receiver."""

    def __init__(self, sandbox: LocalDaraja, receiver: CallbackReceiver) -> None:
        self.sandbox = sandbox
        self.receiver = receiver
        self.http = httpx.Client(base_url=sandbox.base_url, timeout=10.0)
        self._token: str | None = None

    def close(self) -> None:
        self.http.close()

    @property
    def state(self) -> Any:
        return self.sandbox.state

    def basic_auth(self, key: str | None = None, secret: str | None = None) -> str:
        pair = f"{key or self.sandbox.consumer_key}:{secret or self.sandbox.consumer_secret}"
        return "Basic " + base64.b64encode(pair.encode()).decode()

    def oauth(
        self, authorization: str | None = None, grant_type: str = "client_credentials"
    ) -> httpx.Response:
        headers = {"Authorization": authorization or self.basic_auth()}
        return self.http.get(
            "/oauth/v1/generate", params={"grant_type": grant_type}, headers=headers
        )

    def token(self) -> str:
        if self._token is None or not self.state.token_is_valid(self._token):
            self._token = str(self.oauth().json()["access_token"])
        return self._token

    def post(
        self,
        path: str,
        body: Any,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        sent = {"Authorization": f"Bearer {token if token is not None else self.token()}"}
        sent.update(headers or {})
        return self.http.post(path, json=body, headers=sent)

    def credential(self, password: str | None = None) -> str:
        return encrypt_initiator_password(
            password or self.sandbox.initiator_password, self.sandbox.certificate_pem
        )

    # Request bodies, valid unless changed ---------------------------------------------------

    def stk(self, amount: int = 10, phone: str = TEST_MSISDN, **changes: Any) -> dict[str, Any]:
        timestamp = datetime.now().strftime("%Y%m%d%H%M%S")
        body = {
            "BusinessShortCode": SHORTCODE,
            "Password": self.password(timestamp),
            "Timestamp": timestamp,
            "TransactionType": "CustomerPayBillOnline",
            "Amount": amount,
            "PartyA": phone,
            "PartyB": SHORTCODE,
            "PhoneNumber": phone,
            "CallBackURL": self.receiver.url("/stk"),
            "AccountReference": "INV001",
            "TransactionDesc": "Payment",
        }
        return body | changes

    def stk_query(self, checkout_request_id: str) -> dict[str, Any]:
        timestamp = datetime.now().strftime("%Y%m%d%H%M%S")
        return {
            "BusinessShortCode": SHORTCODE,
            "Password": self.password(timestamp),
            "Timestamp": timestamp,
            "CheckoutRequestID": checkout_request_id,
        }

    def password(self, timestamp: str) -> str:
        return base64.b64encode(f"{SHORTCODE}{self.sandbox.passkey}{timestamp}".encode()).decode()

    def b2c(self, amount: int = 100, phone: str = TEST_MSISDN, **changes: Any) -> dict[str, Any]:
        body = {
            "OriginatorConversationID": str(uuid.uuid4()),
            "InitiatorName": self.sandbox.initiator_name,
            "SecurityCredential": self.credential(),
            "CommandID": "BusinessPayment",
            "Amount": amount,
            "PartyA": B2C_SHORTCODE,
            "PartyB": phone,
            "Remarks": "Salary",
            "QueueTimeOutURL": self.receiver.url("/timeout"),
            "ResultURL": self.receiver.url("/result"),
            "Occassion": "June",
        }
        return body | changes

    def b2b(
        self, command: str = "BusinessPayBill", amount: int = 500, **changes: Any
    ) -> dict[str, Any]:
        body = {
            "Initiator": self.sandbox.initiator_name,
            "SecurityCredential": self.credential(),
            "CommandID": command,
            "SenderIdentifierType": "4",
            "RecieverIdentifierType": "4",
            "Amount": amount,
            "PartyA": SHORTCODE,
            "PartyB": RECEIVER_SHORTCODE,
            "AccountReference": "ACC-1",
            "Remarks": "Supplies",
            "QueueTimeOutURL": self.receiver.url("/timeout"),
            "ResultURL": self.receiver.url("/result"),
        }
        return body | changes

    def balance(self, party: str = SHORTCODE) -> dict[str, Any]:
        return {
            "Initiator": self.sandbox.initiator_name,
            "SecurityCredential": self.credential(),
            "CommandID": "AccountBalance",
            "PartyA": party,
            "IdentifierType": "4",
            "Remarks": "Balance",
            "QueueTimeOutURL": self.receiver.url("/timeout"),
            "ResultURL": self.receiver.url("/result"),
        }

    def status(self, **lookup: str) -> dict[str, Any]:
        return {
            "Initiator": self.sandbox.initiator_name,
            "SecurityCredential": self.credential(),
            "CommandID": "TransactionStatusQuery",
            "PartyA": SHORTCODE,
            "IdentifierType": "4",
            "ResultURL": self.receiver.url("/result"),
            "QueueTimeOutURL": self.receiver.url("/timeout"),
            "Remarks": "Status",
        } | lookup

    def reversal(self, receipt: str, amount: int, shortcode: str = SHORTCODE) -> dict[str, Any]:
        return {
            "Initiator": self.sandbox.initiator_name,
            "SecurityCredential": self.credential(),
            "CommandID": "TransactionReversal",
            "TransactionID": receipt,
            "Amount": amount,
            "ReceiverParty": shortcode,
            "RecieverIdentifierType": "11",
            "ResultURL": self.receiver.url("/result"),
            "QueueTimeOutURL": self.receiver.url("/timeout"),
            "Remarks": "Refund",
        }

    def c2b_register(self, version: str = "v2", response_type: str = "Completed") -> httpx.Response:
        body = {
            "ShortCode": SHORTCODE,
            "ResponseType": response_type,
            "ConfirmationURL": self.receiver.url("/confirm"),
            "ValidationURL": self.receiver.url("/validate"),
        }
        return self.post(f"/mpesa/c2b/{version}/registerurl", body)

    def c2b_simulate(
        self, amount: int = 75, phone: str = TEST_MSISDN, version: str = "v2"
    ) -> httpx.Response:
        body = {
            "ShortCode": SHORTCODE,
            "CommandID": "CustomerPayBillOnline",
            "Amount": amount,
            "Msisdn": phone,
            "BillRefNumber": "ACC-7",
        }
        return self.post(f"/mpesa/c2b/{version}/simulate", body)

    # Flows -----------------------------------------------------------------------------------

    def paid_stk(self, amount: int = 10, phone: str = TEST_MSISDN) -> str:
        """Run an STK push to completion and return its receipt."""
        response = self.post("/mpesa/stkpush/v1/processrequest", self.stk(amount, phone))
        assert response.status_code == 200, response.text
        (callback,) = self.receiver.wait_for(1, path="/stk")
        assert self.state.wait_idle()
        self.receiver.clear()
        items = callback["Body"]["stkCallback"]["CallbackMetadata"]["Item"]
        return str(next(item["Value"] for item in items if item["Name"] == "MpesaReceiptNumber"))

    def result(self) -> dict[str, Any]:
        """The one result callback of the request just made."""
        (callback,) = self.receiver.wait_for(1, path="/result")
        return dict(callback["Result"])


def parameters(result: dict[str, Any]) -> dict[str, Any]:
    """ResultParameters as a dict (keys without a value map to ``None``)."""
    items = result["ResultParameters"]["ResultParameter"]
    items = items if isinstance(items, list) else [items]
    return {item["Key"]: item.get("Value") for item in items}
