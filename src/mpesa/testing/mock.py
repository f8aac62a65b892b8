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

import asyncio
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .. import _shapes
from ..config import MpesaConfig
from ..ledger import Ledger
from .canned import _operation, _operations, canned_response

if TYPE_CHECKING:
    from .._generated._client import AsyncMpesaAdapter, MpesaAdapter
    from .._operation import Operation
    from ..events import EventTarget

__all__ = ["MockCall", "MockDaraja", "mock_adapter", "mock_config"]

# Safaricom's published sandbox passkey for shortcode 174379: public, not a secret.
SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
MERCHANT_URL = "https://merchant.example/daraja"

Handler = Callable[[httpx.Request], httpx.Response]


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

    Tokens last ``token_lifetime`` seconds (the ``expires_in`` Daraja sends, 3599) and come
    after ``token_delay`` seconds, so concurrent callers can pile up behind one token request.
    An async client takes :meth:`async_transport`, whose delay does not block the event loop.
    """

    def __init__(self, *, token_lifetime: int = 3599, token_delay: float = 0.0) -> None:
        self.token_lifetime = token_lifetime
        self.token_delay = token_delay
        self.requests: list[httpx.Request] = []
        self._calls: list[MockCall] = []
        self._queued: dict[str, deque[Handler]] = {}
        self._tokens = 0
        self._lock = threading.Lock()
        self._by_path: dict[str, list[Operation[Any, Any]]] = {}
        for op in _operations().values():
            self._by_path.setdefault(op.path, []).append(op)

    def __repr__(self) -> str:
        return f"MockDaraja(requests={len(self.requests)})"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the ``httpx.MockTransport`` handler)."""
        if self.token_delay and self._asks_for_token(request):
            time.sleep(self.token_delay)
        return self._answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """Answer one request of an async client (see :meth:`async_transport`)."""
        if self.token_delay and self._asks_for_token(request):
            await asyncio.sleep(self.token_delay)
        return self._answer(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = _json_body(request)
        op = self._operation_for(request.url.path, body)
        with self._lock:
            self.requests.append(request)
            if op is None:
                envelope = _shapes.error_envelope("404.001.01", request_id="mock-404")
                return httpx.Response(404, json=envelope)
            self._calls.append(MockCall(op.name, request, body))
            queue = self._queued.get(op.name)
            answer = queue.popleft() if queue else None
            if answer is None and op.auth == "basic":
                self._tokens += 1
                token = f"mock-token-{self._tokens}"
                lifetime = str(self.token_lifetime)
                answer_body = canned_response(op.name, access_token=token, expires_in=lifetime)
                return httpx.Response(200, json=answer_body)
        if answer is None:
            return httpx.Response(200, json=canned_response(op.name, **_echo(op, body)))
        return answer(request)

    def respond(
        self,
        operation: str,
        json: Any = None,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        text: str | None = None,
    ) -> None:
        """Answer the next ``operation`` request with ``json`` (else ``text``, else no body).

        ``mock.respond("initiate_stk_push", json=canned_response("initiate_stk_push",
        ResponseCode="1"))``; ``mock.respond("b2c_payment", status=503)`` for a bare 5xx;
        ``text="Bad Gateway"`` for a gateway's own page.
        """
        response = (
            httpx.Response(status, headers=headers, text=text)
            if json is None
            else httpx.Response(status, json=json, headers=headers)
        )
        self._queue(operation, lambda request: response)

    def respond_error(
        self,
        operation: str,
        error_code: str,
        *,
        status: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str = "mock-request-id",
    ) -> None:
        """Answer the next ``operation`` request with Daraja's error envelope.

        The HTTP status and message default to what ``mpesa.ERROR_CODES`` records for
        ``error_code`` (e.g. ``"500.003.02"``, spike arrest: 500, "Spike arrest violation").
        """
        envelope = _shapes.error_envelope(error_code, message, request_id=request_id)
        code = status or _shapes.error_status(error_code)
        self.respond(operation, json=envelope, status=code, headers=headers)

    def respond_with(self, operation: str, handler: Handler) -> None:
        """Answer the next ``operation`` request with ``handler(request)``.

        For answers that depend on the request, e.g. Daraja's 401.002.01 message, which repeats
        the refused token.
        """
        self._queue(operation, handler)

    def fail(self, operation: str, exc: BaseException | type[BaseException]) -> None:
        """Raise ``exc`` from the transport on the next ``operation`` request.

        ``httpx.ConnectError`` means the request never left; ``httpx.ReadTimeout`` or
        ``httpx.RemoteProtocolError`` mean it may have been processed. A class is instantiated
        with the request.
        """

        def raise_it(request: httpx.Request) -> httpx.Response:
            if isinstance(exc, BaseException):
                raise exc
            if issubclass(exc, httpx.RequestError):
                raise exc(f"{operation}: injected by MockDaraja", request=request)
            raise exc(f"{operation}: injected by MockDaraja")

        self._queue(operation, raise_it)

    def calls(self, operation: str) -> list[MockCall]:
        """The requests made to ``operation`` so far, oldest first."""
        _operation(operation)
        with self._lock:
            return [call for call in self._calls if call.operation == operation]

    def transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` served by this mock (for ``httpx.Client(transport=…)``)."""
        return httpx.MockTransport(self)

    def async_transport(self) -> httpx.MockTransport:
        """The same for ``httpx.AsyncClient(transport=…)``: the token delay awaits."""
        return httpx.MockTransport(self.handle_async)

    def _asks_for_token(self, request: httpx.Request) -> bool:
        return any(op.auth == "basic" for op in self._by_path.get(request.url.path, []))

    def _queue(self, operation: str, answer: Handler) -> None:
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
    answered = {
        _shapes.wire_name(name, info) for name, info in op.response_model.model_fields.items()
    }
    return {key: body[key] for key in answered if isinstance(body.get(key), str)}


def mock_config(**overrides: Any) -> MpesaConfig:
    """A complete sandbox configuration for tests: every setting an operation may need.

    Fake credentials, shortcode 174379 with Safaricom's public sandbox passkey, initiator
    ``testapi`` with a precomputed security credential (no certificate needed) and https
    merchant URLs under ``https://merchant.example/daraja``. ``overrides`` replace settings.
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
    event_emitter: EventTarget | None = None,
    ledger: Ledger | None = None,
    async_: Literal[False] = False,
) -> MpesaAdapter: ...


@overload
def mock_adapter(
    config: MpesaConfig | None = None,
    *,
    daraja: MockDaraja | None = None,
    event_emitter: EventTarget | None = None,
    ledger: Ledger | None = None,
    async_: Literal[True],
) -> AsyncMpesaAdapter: ...


def mock_adapter(
    config: MpesaConfig | None = None,
    *,
    daraja: MockDaraja | None = None,
    event_emitter: EventTarget | None = None,
    ledger: Ledger | None = None,
    async_: bool = False,
) -> MpesaAdapter | AsyncMpesaAdapter:
    """An adapter whose HTTP goes to ``daraja`` (a new :class:`MockDaraja` if None).

    ``config`` defaults to :func:`mock_config`. Retries do not sleep, so a test of the retry
    policy runs at once; everything else (validation, tokens, retries, events) is the real
    adapter's.
    """
    from .._generated._client import AsyncMpesaAdapter, MpesaAdapter

    settings = config if config is not None else mock_config()
    daraja = daraja if daraja is not None else MockDaraja()
    if async_:
        return AsyncMpesaAdapter(
            settings,
            http_client=httpx.AsyncClient(transport=daraja.async_transport()),
            sleep=_no_async_sleep,
            event_emitter=event_emitter,
            ledger=ledger,
        )
    return MpesaAdapter(
        settings,
        http_client=httpx.Client(transport=daraja.transport()),
        sleep=_no_sleep,
        event_emitter=event_emitter,
        ledger=ledger,
    )


def _no_sleep(seconds: float) -> None:
    """Retries in tests go at once."""


async def _no_async_sleep(seconds: float) -> None:
    """Retries in tests go at once."""
