"""The local Daraja as a Starlette ASGI app, with routes generated from ``mpesa.OPERATIONS``.

Each distinct path of the registry gets one route. A request passes the gateway steps in
Daraja's order (injected faults, method, bearer token, payload, field validation with the
operation's request model, duplicate ``OriginatorConversationID``) and then runs the
operation's behaviour (:mod:`.operations`). Operations that share a path (the B2B family on
``/mpesa/b2b/v1/paymentrequest``) are told apart by their ``CommandID`` constant.

Test controls live under ``/sandbox/``: ``GET /sandbox/transactions``, ``GET
/sandbox/callbacks``, ``GET /sandbox/balances``, ``GET /sandbox/certificate`` and ``POST
/sandbox/control/{next-outcome, fault, reset, settle, expire-tokens}`` (``DELETE
/sandbox/control/fault`` clears faults). ``POST /sandbox/inbox/<path>`` is a callback inbox: it
accepts any callback (a C2B validation too) and ``GET /sandbox/inbox`` lists what arrived, so
callback URLs can point at the sandbox itself.

Every request is bounded (:mod:`._limits`): a body over ``max_body_size`` gets 413 without
being buffered, a bearer token is checked before the body is read, and JSON nested deeper than
Daraja's shapes is refused as an invalid payload. A control request must be JSON
(``Content-Type: application/json`` when it has a body, else 415), from no other browser origin
(403), and carry ``Authorization: Bearer <control_token>`` when the app has one (401).

The state's flaws (:mod:`.flaws`), deliberate non-conformance for testing conformance tools,
apply on the request path here: ``token-never-refused`` in :func:`_has_valid_token`,
``accept-invalid`` around field validation, ``wrong-error-code`` and ``answer-field-type`` on
the way out.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .._shapes import dumps, error_status
from ._limits import MAX_BODY_SIZE, BodyTooLarge, has_body, parse_json, read_body
from .flaws import wrong_code, wrong_type
from .operations import Call, DarajaError, Reply, accept, handle
from .receiver import ACCEPTED, Received
from .state import SandboxState

if TYPE_CHECKING:
    from .._operation import Operation

__all__ = ["ConnectionDropped", "create_app"]

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
_UNAVAILABLE = (
    "<html><head><title>503 Service Unavailable</title></head>"
    "<body><h1>503 Service Unavailable</h1></body></html>"
)


class ConnectionDropped(Exception):
    """Raised after a request was processed, to cut the connection (the drop fault)."""


class _DroppedResponse(Response):
    """Start a response, then break off: the client gets no complete answer.

    ASGI has no way to close a socket, so the status line goes out, the promised body never
    does, and the server closes the connection; clients see a protocol error.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"1024")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        raise ConnectionDropped("local Daraja dropped the connection (injected fault)")


class _HideDroppedConnections(logging.Filter):
    """Keep the server's traceback for a deliberately dropped connection out of the logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


def _json(status: int, body: Any) -> Response:
    return Response(dumps(body), status_code=status, media_type="application/json")


def _error(error: DarajaError) -> Response:
    return _json(error.status, error.envelope())


def create_app(
    state: SandboxState, *, max_body_size: int = MAX_BODY_SIZE, control_token: str | None = None
) -> Starlette:
    """A Starlette app serving every operation of ``mpesa.OPERATIONS`` from ``state``.

    ``max_body_size`` is the largest request body in bytes; ``control_token``, when given, is
    the bearer token every ``/sandbox/control/`` request must carry.
    """
    from .._generated._operations import OPERATIONS  # generated from spec/

    uvicorn_errors = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideDroppedConnections) for f in uvicorn_errors.filters):
        uvicorn_errors.addFilter(_HideDroppedConnections())
    by_path: dict[str, list[Operation[Any, Any]]] = {}
    for op in OPERATIONS.values():
        by_path.setdefault(op.path, []).append(op)
    routes = [
        Route(path, _Endpoint(state, ops, max_body_size).handle, methods=_METHODS)
        for path, ops in by_path.items()
    ]
    routes += _control_routes(state, max_body_size, control_token)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(DarajaError(404, "404.001.01", "Resource not found"))

    async def too_large(request: Request, exc: Exception) -> Response:
        message = f"Request body larger than {max_body_size} bytes"
        response = _error(DarajaError(413, "413", message))
        # The rest of the body is never read: the connection closes after this answer.
        response.headers["Connection"] = "close"
        return response

    async def gone(request: Request, exc: Exception) -> Response:
        # The client went away (or was timed out) mid-body: nobody reads this answer.
        return Response(status_code=400)

    return Starlette(
        routes=routes,
        exception_handlers={404: not_found, BodyTooLarge: too_large, ClientDisconnect: gone},
    )


class _Endpoint:
    """The handler of one path: gateway checks, then the operation's behaviour."""

    def __init__(
        self, state: SandboxState, ops: list[Operation[Any, Any]], max_body_size: int
    ) -> None:
        self.state = state
        self.ops = ops
        self.max_body_size = max_body_size
        self.discriminator = _discriminator(ops)
        self.models = {op.name: _lenient(op.request_model) for op in ops}

    async def handle(self, request: Request) -> Response:
        if self._reads_body(request):
            return await self._answer(request, await read_body(request, self.max_body_size))
        response = await self._answer(request, b"")
        if has_body(request.headers):
            # The body stays unread: close the connection rather than drain it.
            response.headers["Connection"] = "close"
        return response

    async def _answer(self, request: Request, raw: bytes) -> Response:
        parsed, parse_error = _parse(raw)
        op = self._choose(parsed)
        faults = self.state.take_request_faults(op.name)
        delay = sum(fault.seconds for fault in faults if fault.kind == "latency")
        if delay:
            await asyncio.sleep(delay)
        kinds = {fault.kind for fault in faults}
        if "http_503" in kinds:
            return HTMLResponse(_UNAVAILABLE, status_code=503)
        if "spike_arrest" in kinds:
            return _error(DarajaError(500, "500.003.02", "Spike Arrest Violation"))
        flaws = self.state.flaws
        try:
            reply = self._process(request, op, raw, parsed, parse_error)
        except DarajaError as error:
            if "wrong-error-code" in flaws:
                error.code = wrong_code(error.code)
            return _error(error)
        if "drop_connection" in kinds:
            return _DroppedResponse()
        if "answer-field-type" in flaws and op.auth == "bearer" and reply.status == 200:
            return _json(reply.status, wrong_type(op, reply.body))
        return _json(reply.status, reply.body)

    def _reads_body(self, request: Request) -> bool:
        """Whether the body is worth reading: the path takes one and the bearer token is valid
        (an unauthenticated body is never read, whatever its size)."""
        if all(op.body == "none" for op in self.ops):
            return False
        return _has_valid_token(self.state, request.headers.get("authorization", ""))

    def _choose(self, parsed: Any) -> Operation[Any, Any]:
        """The operation a request on this path is for (by ``CommandID`` on a shared path)."""
        if self.discriminator is None or not isinstance(parsed, dict):
            return self.ops[0]
        sent = parsed.get(self.discriminator)
        return (
            next((op for op in self.ops if op.field(self.discriminator).default == sent), None)
            or (self.ops[0])
        )

    def _process(
        self, request: Request, op: Operation[Any, Any], raw: bytes, parsed: Any, parse_error: bool
    ) -> Reply:
        if request.method != op.method:
            raise DarajaError(405, "405.001", f"{request.method} Method Not Allowed")
        if op.auth == "basic":
            return _oauth(self.state, request)
        _check_token(self.state, op, request.headers.get("authorization", ""))
        if op.body == "none":
            return handle(Call(self.state, op, headers=request.headers))
        if parse_error or not raw:
            raise DarajaError(400, "400.002.05", "Invalid Request Payload")
        if "json" not in request.headers.get("content-type", ""):
            first = next((spec.wire for spec in op.fields if spec.required), "Request")
            raise DarajaError(400, "400.002.02", f"Bad Request - Invalid {first}")
        if self.discriminator is not None and op.field(self.discriminator).default != parsed.get(
            self.discriminator
        ):
            raise DarajaError(400, "400.002.02", f"Bad Request - Invalid {self.discriminator}")
        self._check_headers(op, request.headers)
        try:
            call = self._validate(op, parsed, request.headers)
        except DarajaError:
            if "accept-invalid" not in self.state.flaws:
                raise
            return accept(Call(self.state, op, headers=request.headers))
        self._check_originator(op, call.fields)
        reply = handle(call)
        if reply.status == 200:
            # A safety net: the sandbox never answers with a body the adapter's model refuses.
            op.response_model.model_validate(json.loads(dumps(reply.body)))
        return reply

    def _check_headers(self, op: Operation[Any, Any], headers: Mapping[str, str]) -> None:
        with self.state.lock:
            issued = {biller.app_key for biller in self.state.billers.values()}
        for spec in op.headers:
            value = headers.get(spec.wire)
            if (spec.required and not value) or (
                spec.fill == "config.bill_manager_app_key" and value not in issued
            ):
                raise DarajaError(400, "400.002.02", f"Bad Request - Invalid {spec.wire}")

    def _validate(self, op: Operation[Any, Any], parsed: Any, headers: Mapping[str, str]) -> Call:
        """Check the body with the operation's request model; name the first bad field."""
        if op.body == "array":
            if not isinstance(parsed, list):
                raise DarajaError(400, "400.002.05", "Invalid Request Payload")
            model: type[BaseModel] = op.request_model
            data: Any = parsed
        else:
            if not isinstance(parsed, dict):
                raise DarajaError(400, "400.002.05", "Invalid Request Payload")
            model = self.models[op.name]
            data = parsed
        try:
            valid = model.model_validate(data)
        except ValidationError as exc:
            raise _invalid(exc) from None
        dumped: Any = valid.model_dump(by_alias=True, exclude_none=True)
        if op.body == "array":
            return Call(self.state, op, items=list(dumped), headers=headers)
        return Call(self.state, op, fields=dict(dumped), headers=headers)

    def _check_originator(self, op: Operation[Any, Any], fields: Mapping[str, Any]) -> None:
        """A reused ``OriginatorConversationID`` is refused before anything is processed."""
        value = fields.get("OriginatorConversationID")
        if value is None or not any(spec.wire == "OriginatorConversationID" for spec in op.fields):
            return
        with self.state.lock:
            if value in self.state.originator_conversation_ids:
                raise DarajaError(500, "500.002.1001", "Duplicate OriginatorConversationID")
            self.state.originator_conversation_ids.add(value)


def _parse(raw: bytes) -> tuple[Any, bool]:
    """The parsed body and whether it failed to parse (not JSON, or nested too deeply)."""
    if not raw:
        return None, False
    try:
        return parse_json(raw), False
    except ValueError:
        return None, True


def _invalid(exc: ValidationError) -> DarajaError:
    for error in exc.errors():
        names = [part for part in error["loc"] if isinstance(part, str)]
        if error["type"] == "at_least_one":
            names = list(error.get("ctx", {}).get("wires", []))
        if names:
            return DarajaError(400, "400.002.02", f"Bad Request - Invalid {names[0]}")
    return DarajaError(400, "400.002.05", "Invalid Request Payload")


def _discriminator(ops: list[Operation[Any, Any]]) -> str | None:
    """The field whose constant tells apart operations sharing a path (``CommandID``)."""
    if len(ops) < 2:
        return None
    for spec in ops[0].fields:
        defaults = []
        for op in ops:
            try:
                defaults.append(op.field(spec.wire).default)
            except KeyError:
                break
        if len(defaults) == len(ops) and None not in defaults and len(set(defaults)) == len(ops):
            return spec.wire
    raise RuntimeError(f"operations {[op.name for op in ops]} share a path but no constant field")


def _lenient(model: type[BaseModel]) -> type[BaseModel]:
    """The request model, ignoring unknown keys as Daraja does (a misspelt key still fails
    as a missing required field, like ``RecieverIdentifierType``)."""
    if "root" in model.model_fields:
        return model
    lenient: type[BaseModel] = type(
        model.__name__, (model,), {"model_config": ConfigDict(extra="ignore")}
    )
    return lenient


# OAuth and tokens --------------------------------------------------------------------------


def _oauth(state: SandboxState, request: Request) -> Reply:
    """``GET /oauth/v1/generate``: Basic auth with the consumer key and secret."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    try:
        key, sep, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        sep = ""
    if scheme.lower() != "basic" or not sep:
        raise DarajaError(400, "400.008.01", "Invalid authentication type passed")
    if request.query_params.get("grant_type") != "client_credentials":
        raise DarajaError(400, "400.008.02", "Invalid grant type passed")
    good_key = hmac.compare_digest(key.encode(), state.consumer_key.encode())
    good_secret = hmac.compare_digest(secret.encode(), state.consumer_secret.encode())
    if not (good_key and good_secret):
        raise DarajaError(400, "400.008.01", "Invalid Authentication passed")
    return Reply(200, {"access_token": state.issue_token(), "expires_in": "3599"})


def _bearer(header: str) -> str:
    """The token of a ``Bearer`` ``Authorization`` header ('' for any other)."""
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _has_valid_token(state: SandboxState, header: str) -> bool:
    """Whether an ``Authorization`` header carries a bearer token this sandbox issued (any
    header does with the ``token-never-refused`` flaw)."""
    if "token-never-refused" in state.flaws:
        return True
    token = _bearer(header)
    return bool(token) and state.token_is_valid(token)


def _check_token(state: SandboxState, op: Operation[Any, Any], header: str) -> None:
    """A missing, unknown or expired token gets the operation's own invalid-token code."""
    if _has_valid_token(state, header):
        return
    from ..codes import ERROR_CODES  # generated from spec/codes.yaml

    code = min(op.invalid_token_errors, default="401.002.01")
    info = ERROR_CODES[code]
    # Daraja appends the token to 401.002.01's message; a token never goes into a message here.
    message = (info.message or "Invalid Access Token").replace(" - <token>", "")
    raise DarajaError(error_status(code), code, message)


# Test controls -----------------------------------------------------------------------------


def _control_routes(
    state: SandboxState, max_body_size: int, control_token: str | None
) -> list[Route]:
    guarded = _control_guard(control_token)

    async def transactions(request: Request) -> Response:
        return _json(200, {"transactions": [txn.to_dict() for txn in state.transactions()]})

    async def callbacks(request: Request) -> Response:
        return _json(200, {"callbacks": [d.to_dict() for d in state.deliveries()]})

    async def balances(request: Request) -> Response:
        return _json(200, state.balances())

    async def certificate(request: Request) -> Response:
        return Response(state.certificate_pem, media_type="application/x-pem-file")

    async def inbox(request: Request) -> Response:
        received = [{"path": item.path, "body": item.body} for item in state.inbox()]
        return _json(200, {"received": received})

    async def receive(request: Request) -> Response:
        raw = await read_body(request, max_body_size)
        body, unparsable = _parse(raw)
        if unparsable:
            body = raw.decode("utf-8", "replace")
        state.receive(Received(request.url.path, body, dict(request.headers.items())))
        return _json(200, ACCEPTED)

    async def next_outcome(request: Request) -> Response:
        body = await _control_body(request, max_body_size)
        state.set_next_outcome(
            body.get("operation"),
            body.get("result_code", "0"),
            result_desc=body.get("result_desc"),
            count=body.get("count", 1),
        )
        return _json(200, {"ok": True})

    async def fault(request: Request) -> Response:
        if request.method == "DELETE":
            state.clear_faults()
            return _json(200, {"ok": True})
        body = await _control_body(request, max_body_size)
        state.inject_fault(
            body.get("kind", ""),
            operation=body.get("operation"),
            count=body.get("count", 1),
            seconds=body.get("seconds", 0.0),
        )
        return _json(200, {"ok": True})

    async def reset(request: Request) -> Response:
        state.reset()
        return _json(200, {"ok": True})

    async def settle(request: Request) -> Response:
        settled = await asyncio.to_thread(state.settle)
        return _json(200, {"settled": settled})

    async def expire_tokens(request: Request) -> Response:
        state.expire_tokens()
        return _json(200, {"ok": True})

    return [
        Route("/sandbox/transactions", transactions, methods=["GET"]),
        Route("/sandbox/callbacks", callbacks, methods=["GET"]),
        Route("/sandbox/balances", balances, methods=["GET"]),
        Route("/sandbox/certificate", certificate, methods=["GET"]),
        Route("/sandbox/inbox", inbox, methods=["GET"]),
        Route("/sandbox/inbox/{path:path}", receive, methods=["POST"]),
        Route("/sandbox/control/next-outcome", guarded(next_outcome), methods=["POST"]),
        Route("/sandbox/control/fault", guarded(fault), methods=["POST", "DELETE"]),
        Route("/sandbox/control/reset", guarded(reset), methods=["POST"]),
        Route("/sandbox/control/settle", guarded(settle), methods=["POST"]),
        Route("/sandbox/control/expire-tokens", guarded(expire_tokens), methods=["POST"]),
    ]


async def _control_body(request: Request, max_body_size: int) -> dict[str, Any]:
    raw = await read_body(request, max_body_size)
    body = parse_json(raw) if raw else {}
    if not isinstance(body, dict):
        raise ValueError("the body must be a JSON object")
    return body


def _control_guard(
    control_token: str | None,
) -> Callable[[Callable[[Request], Awaitable[Response]]], Callable[[Request], Awaitable[Response]]]:
    """Wrap a control endpoint: refuse requests from elsewhere, answer bad values with 400."""

    def guard(
        endpoint: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def guarded(request: Request) -> Response:
            refusal = _refuse_control(request, control_token)
            if refusal is not None:
                return refusal
            try:
                return await endpoint(request)
            except (ValueError, TypeError) as exc:
                return _json(400, {"error": str(exc)})

        return guarded

    return guard


def _refuse_control(request: Request, control_token: str | None) -> Response | None:
    """Why a control request is refused (``None``: it is not), checked before its body is read.

    A browser page on another origin can send a form or a plain-text POST without asking
    first, but never one with an ``Origin`` of this server or a JSON content type.
    """
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host')}":
        return _json(403, {"error": "cross-origin control requests are refused"})
    if control_token is not None:
        sent = _bearer(request.headers.get("authorization", ""))
        if not hmac.compare_digest(sent.encode(), control_token.encode()):
            return _json(401, {"error": "this control needs the sandbox's control token"})
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if has_body(request.headers) and media_type != "application/json":
        return _json(415, {"error": "control requests take Content-Type: application/json"})
    return None
