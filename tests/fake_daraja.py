"""A scripted Daraja for behaviour tests: httpx.MockTransport handlers that record every request.

The OAuth endpoint hands out ``token-1``, ``token-2`` … (one per request), optionally after a
short delay so concurrent callers pile up behind it. Every other request gets the next scripted
answer (an ``httpx.Response``, or an exception to raise as the transport), and once the script
is used up, the operation's usual acceptance.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from mpesa import OPERATIONS

TOKEN_PATH = OPERATIONS["get_access_token"].path
CHECKOUT_ID = "ws_CO_191220191020363925"
MERCHANT_ID = "29115-34620561-1"
CONVERSATION_ID = "AG_20191219_00005797af5d7d75f652"

ACCEPTED: dict[str, dict[str, Any]] = {
    OPERATIONS["initiate_stk_push"].path: {
        "MerchantRequestID": MERCHANT_ID,
        "CheckoutRequestID": CHECKOUT_ID,
        "ResponseCode": "0",
        "ResponseDescription": "Success. Request accepted for processing",
        "CustomerMessage": "Success. Request accepted for processing",
    },
    OPERATIONS["query_stk_push_status"].path: {
        "ResponseCode": "0",
        "ResponseDescription": "The service request has been accepted successsfully",
        "MerchantRequestID": MERCHANT_ID,
        "CheckoutRequestID": CHECKOUT_ID,
        "ResultCode": "0",
        "ResultDesc": "The service request is processed successfully.",
    },
    OPERATIONS["bill_manager_cancel_invoice"].path: {
        "rescode": "200",
        "resmsg": "Success",
        "Status_Message": "Invoice cancelled successfully.",
    },
}
ACKNOWLEDGEMENT = {
    "ConversationID": CONVERSATION_ID,
    "OriginatorConversationID": "16740-34861180-1",
    "ResponseCode": "0",
    "ResponseDescription": "Accept the service request successfully.",
}


def envelope(
    status: int, code: str, message: str, request_id: str = "11728-2929992-1"
) -> httpx.Response:
    """Daraja's error envelope."""
    return httpx.Response(
        status, json={"requestId": request_id, "errorCode": code, "errorMessage": message}
    )


Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeDaraja:
    """Answers the token endpoint and plays a script of answers to every other request.

    A scripted answer is a response, an exception to raise, or a function of the request.
    """

    def __init__(
        self,
        *script: Answer,
        expires_in: str = "3599",
        token_delay: float = 0.0,
        token_prefix: str = "token",
    ) -> None:
        self.script: list[Answer] = list(script)
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.token_prefix = token_prefix
        self.token_requests: list[httpx.Request] = []
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH and self.token_delay:
            time.sleep(self.token_delay)
        return self.answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH and self.token_delay:
            await asyncio.sleep(self.token_delay)
        return self.answer(request)

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            if request.url.path == TOKEN_PATH:
                self.token_requests.append(request)
                value = f"{self.token_prefix}-{len(self.token_requests)}"
                return httpx.Response(
                    200, json={"access_token": value, "expires_in": self.expires_in}
                )
            self.requests.append(request)
            scripted = self.script.pop(0) if self.script else None
        if isinstance(scripted, Exception):
            raise scripted
        if isinstance(scripted, httpx.Response):
            return scripted
        if scripted is not None:
            return scripted(request)
        return httpx.Response(200, json=ACCEPTED.get(request.url.path, ACKNOWLEDGEMENT))

    def bodies(self) -> list[Any]:
        return [json.loads(request.content) for request in self.requests]

    def sync_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle_async))
