"""``MockDaraja``: an in-memory Daraja for ``httpx.MockTransport``, and adapters wired to it.

::

    daraja = MockDaraja()
    daraja.fail("b2c_payment", httpx.ReadTimeout)
    with mock_adapter(daraja=daraja) as mpesa:
        with pytest.raises(MpesaOutcomeUnknownError):
            mpesa.b2c_payment(...)
    assert len(daraja.calls("b2c_payment")) == 1   # never resent

Every operation is answered with its :func:`~mpesa.testing.canned_response` (echoing the
request's IDs where the answer carries them, e.g. ``CheckoutRequestID`` of an STK query),
unless the test queued its own answers.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from ..config import MpesaConfig
from .canned import _operation, _operations, _wire, canned_response

if TYPE_CHECKING:
    from .._generated._client import AsyncMpesaAdapter, MpesaAdapter
    from .._operation import Operation

__all__ = ["MockCall", "MockDaraja", "mock_adapter", "mock_config"]

# Safaricom's published sandbox passkey for shortcode 174379: public, not a secret.
SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
MERCHANT_URL = "https://merchant.example/mpesa"

_Answer = httpx.Response | BaseException | type[BaseException]


@dataclass(frozen=True)
class MockCall:
    """One request to an operation: the ``httpx.Request`` and its parsed JSON body."""

    operation: str
    request: httpx.Request
    body: Any


class MockDaraja:
    """A handler for ``httpx.MockTransport`` (sync and async) that plays Daraja.

    The OAuth endpoint hands out ``mock-token-1``, ``mock-token-2`` …; every other operation
    path gets its canned answer, or the next one queued with :meth:`respond`,
    :meth:`respond_error` or :meth:`fail` (answers queue per operation, first in first out).
    Requests are recorded in :attr:`requests`; :meth:`calls` lists one operation's.
    An unknown path gets Daraja's 404 envelope.
    """

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._calls: list[MockCall] = []
        self._queued: dict[str, deque[_Answer]] = {}
        self._tokens = 0
        self._lock = threading.Lock()
        self._by_path: dict[str, list[Operation[Any, Any]]] = {}
        for op in _operations().values():
            self._by_path.setdefault(op.path, []).append(op)

    def __repr__(self) -> str:
        return f"MockDaraja(requests={len(self.requests)})"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the ``httpx.MockTransport`` handler)."""
        body = _json_body(request)
        op = self._operation_for(request.url.path, body)
        with self._lock:
            self.requests.append(request)
            if op is None:
                return httpx.Response(
                    404,
                    json={
                        "requestId": "mock-404",
                        "errorCode": "404.001.01",
                        "errorMessage": "Resource not found",
                    },
                )
            self._calls.append(MockCall(op.name, request, body))
            queue = self._queued.get(op.name)
            answer = queue.popleft() if queue else None
            if answer is None and op.auth == "basic":
                self._tokens += 1
                token = f"mock-token-{self._tokens}"
                return httpx.Response(200, json=canned_response(op.name, access_token=token))
        if answer is None:
            return httpx.Response(200, json=canned_response(op.name, **_echo(op, body)))
        if isinstance(answer, httpx.Response):
            return answer
        if isinstance(answer, type):
            if issubclass(answer, httpx.RequestError):
                raise answer(f"{op.name}: injected by MockDaraja", request=request)
            raise answer(f"{op.name}: injected by MockDaraja")
        raise answer

    def respond(
        self,
        operation: str,
        json: Any = None,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next ``operation`` request with ``json`` (no body if None) and ``status``.

        ``mock.respond("initiate_stk_push", json=canned_response("initiate_stk_push",
        ResponseCode="1"))``; ``mock.respond("b2c_payment", status=503)`` for a bare 5xx.
        """
        response = (
            httpx.Response(status, headers=headers)
            if json is None
            else httpx.Response(status, json=json, headers=headers)
        )
        self._queue(operation, response)

    def respond_error(
        self,
        operation: str,
        error_code: str,
        *,
        status: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next ``operation`` request with Daraja's error envelope.

        The HTTP status and message default to what ``mpesa.ERROR_CODES`` records for
        ``error_code`` (e.g. ``"500.003.02"``, spike arrest: 500, "Spike arrest violation").
        """
        from ..codes import ERROR_CODES  # generated from spec/codes.yaml

        info = ERROR_CODES.get(error_code)
        envelope = {
            "requestId": "mock-request-id",
            "errorCode": error_code,
            "errorMessage": message or (info.message if info and info.message else error_code),
        }
        fallback = int(error_code.split(".")[0]) if error_code[:3].isdigit() else 400
        code = status or (info.http_status if info and info.http_status else fallback)
        self.respond(operation, json=envelope, status=code, headers=headers)

    def fail(self, operation: str, exc: BaseException | type[BaseException]) -> None:
        """Raise ``exc`` from the transport on the next ``operation`` request.

        ``httpx.ConnectError`` means the request never left; ``httpx.ReadTimeout`` or
        ``httpx.RemoteProtocolError`` mean it may have been processed. A class is instantiated
        with the request.
        """
        self._queue(operation, exc)

    def calls(self, operation: str) -> list[MockCall]:
        """The requests made to ``operation`` so far, oldest first."""
        _operation(operation)
        with self._lock:
            return [call for call in self._calls if call.operation == operation]

    def transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` served by this mock (for ``httpx.Client(transport=…)``)."""
        return httpx.MockTransport(self)

    def _queue(self, operation: str, answer: _Answer) -> None:
        _operation(operation)
        with self._lock:
            self._queued.setdefault(operation, deque()).append(answer)

    def _operation_for(self, path: str, body: Any) -> Operation[Any, Any] | None:
        """The operation of a request; on a shared path (the B2B family) by its CommandID."""
        candidates = self._by_path.get(path, [])
        if len(candidates) > 1 and isinstance(body, dict):
            for op in candidates:
                command = next((spec for spec in op.fields if spec.wire == "CommandID"), None)
                if command is not None and command.default == body.get("CommandID"):
                    return op
        return candidates[0] if candidates else None


def _json_body(request: httpx.Request) -> Any:
    if not request.content:
        return None
    try:
        return json.loads(request.content)
    except ValueError:
        return None


def _echo(op: Operation[Any, Any], body: Any) -> dict[str, Any]:
    """Request values the answer repeats, as Daraja does (a B2C OriginatorConversationID)."""
    if not isinstance(body, dict):
        return {}
    answered = {_wire(name, info) for name, info in op.response_model.model_fields.items()}
    return {key: body[key] for key in answered if isinstance(body.get(key), str)}


def mock_config(**overrides: Any) -> MpesaConfig:
    """A complete sandbox configuration for tests: every setting an operation may need.

    Fake credentials, shortcode 174379 with Safaricom's public sandbox passkey, initiator
    ``testapi`` with a precomputed security credential (no certificate needed) and https
    merchant URLs under ``https://merchant.example/mpesa``. ``overrides`` replace settings.
    """
    settings: dict[str, Any] = {
        "consumer_key": "mock-consumer-key",
        "consumer_secret": "mock-consumer-secret",
        "environment": "sandbox",
        "business_shortcode": "174379",
        "passkey": SANDBOX_PASSKEY,
        "initiator_name": "testapi",
        "security_credential": "mock-security-credential",
        "callback_url": f"{MERCHANT_URL}/callback",
        "result_url": f"{MERCHANT_URL}/result",
        "timeout_url": f"{MERCHANT_URL}/timeout",
        "confirmation_url": f"{MERCHANT_URL}/confirmation",
        "validation_url": f"{MERCHANT_URL}/validation",
        "bill_manager_app_key": "mock-app-key",
    }
    settings.update(overrides)
    return MpesaConfig(**settings)


@overload
def mock_adapter(
    config: MpesaConfig | None = None,
    *,
    daraja: MockDaraja | None = None,
    event_emitter: object = None,
    async_: Literal[False] = False,
) -> MpesaAdapter: ...


@overload
def mock_adapter(
    config: MpesaConfig | None = None,
    *,
    daraja: MockDaraja | None = None,
    event_emitter: object = None,
    async_: Literal[True],
) -> AsyncMpesaAdapter: ...


def mock_adapter(
    config: MpesaConfig | None = None,
    *,
    daraja: MockDaraja | None = None,
    event_emitter: object = None,
    async_: bool = False,
) -> MpesaAdapter | AsyncMpesaAdapter:
    """An adapter whose HTTP goes to ``daraja`` (a new :class:`MockDaraja` if None).

    ``config`` defaults to :func:`mock_config`. Retries do not sleep, so a test of the retry
    policy runs at once; everything else (validation, tokens, retries, events) is the real
    adapter's.
    """
    from .._generated._client import AsyncMpesaAdapter, MpesaAdapter

    settings = config if config is not None else mock_config()
    transport = httpx.MockTransport(daraja if daraja is not None else MockDaraja())
    if async_:
        return AsyncMpesaAdapter(
            settings,
            http_client=httpx.AsyncClient(transport=transport),
            sleep=_no_async_sleep,
            event_emitter=event_emitter,
        )
    return MpesaAdapter(
        settings,
        http_client=httpx.Client(transport=transport),
        sleep=_no_sleep,
        event_emitter=event_emitter,
    )


def _no_sleep(seconds: float) -> None:
    """Retries in tests go at once."""


async def _no_async_sleep(seconds: float) -> None:
    """Retries in tests go at once."""
