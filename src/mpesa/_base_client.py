"""The engine under every generated adapter method.

A call goes through four steps, the same for all operations because everything that differs
between them is data in ``OPERATIONS``:

1. **prepare**: phone numbers are normalised, amounts checked as whole shillings, fields the
   caller left out are filled from the configuration (shortcode, initiator, security credential,
   callback URLs) or computed (STK password and timestamp from one Nairobi clock read, unique
   IDs), and the body is validated by the operation's request model. Bad input raises
   :class:`MpesaValidationError` here, before any network call.
2. **send**: with a cached bearer token (or Basic auth for OAuth) over one pooled connection.
3. **decide**: a refused token is dropped and the request resent once; other failures are
   resent only as ``_retry.may_resend`` allows, so a request that may have moved money is never
   sent twice, and an ambiguous failure raises :class:`MpesaOutcomeUnknownError` with the IDs
   that find the outcome.
4. **parse**: the JSON answer (floats read as ``Decimal``) becomes the typed response model;
   Daraja's error envelope becomes :class:`MpesaAPIException`. Events are emitted on the way.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, RootModel, ValidationError

from ._clock import Clock, stk_credentials, stk_password, utc_now
from ._codebook import CodeInfo
from ._logging import configure_from_env, log_request, log_response
from ._operation import FieldSpec, Operation
from ._retry import Failure, RetryPolicy, classify
from ._tokens import AccessToken, AsyncTokenCache, TokenCache
from .codes import ResultCodes
from .config import MpesaConfig
from .credentials import SecurityCredentialSource
from .errors import (
    FieldProblem,
    MpesaAPIException,
    MpesaAuthException,
    MpesaConnectionError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaTransportError,
    MpesaValidationError,
)
from .events import MpesaEventEmitter, as_emitter, event_data, safe_emit
from .validators import AmountValidator, PhoneNumberValidator

ResponseT = TypeVar("ResponseT", bound=BaseModel)
logger = logging.getLogger("mpesa")

USER_AGENT = "mpesa-adapter"
TOKEN_ACQUIRED = "mpesa.auth.token_acquired"
ERROR_OCCURRED = "mpesa.error.occurred"


@dataclass(frozen=True)
class Prepared:
    """A validated request, ready to send."""

    body: Any
    headers: dict[str, str]
    ids: dict[str, str]
    amount: int | None = None
    phone: str | None = None


@dataclass(frozen=True)
class _Retry:
    delay: float


@dataclass(frozen=True)
class _RefreshToken:
    pass


@dataclass(frozen=True)
class _Done:
    result: BaseModel


_Step = _Retry | _RefreshToken | _Done


@dataclass
class _Attempts:
    """Where one call stands in its retry loop."""

    retries: int = 0
    token_refreshed: bool = False


class _ClientCore:
    """What sync and async clients share: configuration, preparation and every decision."""

    def __init__(
        self,
        config: MpesaConfig | None = None,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: float | None = None,
        event_emitter: object = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        **settings: Any,
    ) -> None:
        overrides = {
            key: value
            for key, value in {
                "base_url": base_url,
                "environment": environment,
                "timeout": timeout,
                **settings,
            }.items()
            if value is not None
        }
        self.config = (
            config.replace(**overrides) if config is not None else MpesaConfig(**overrides)
        )
        self.events: MpesaEventEmitter = as_emitter(event_emitter)
        self._clock = clock or utc_now
        self._rng = rng or random.Random()
        self._policy = RetryPolicy.from_config(self.config)
        self._credential = SecurityCredentialSource(self.config)
        configure_from_env()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.config.environment!r}, base_url={self.config.resolved_base_url!r})"

    # -- prepare -----------------------------------------------------------------------------

    def _prepare(self, op: Operation[Any, Any], arguments: Mapping[str, object]) -> Prepared:
        given = {name: value for name, value in arguments.items() if value is not None}
        for spec in op.fields + op.headers:
            if spec.argument in given:
                given[spec.argument] = self._check_argument(op, spec, given[spec.argument])
        stk = self._stk_credentials(op, given)
        body = self._body(op, given, stk)
        headers = {
            spec.wire: str(value)
            for spec in op.headers
            if (
                value := given[spec.argument]
                if spec.argument in given
                else self._fill(op, spec, stk)
            )
            is not None
        }
        try:
            model = op.request_model.model_validate(body if body is not None else {})
        except ValidationError as exc:
            raise MpesaValidationError.from_pydantic(op.name, exc) from None
        wire = (
            model.model_dump(by_alias=True, exclude_none=True, mode="json")
            if body is not None
            else None
        )
        return Prepared(
            body=wire,
            headers=headers,
            ids=_identifiers(op, wire),
            amount=_first(op, wire, lambda spec: spec.money),
            phone=_first(op, wire, lambda spec: spec.phone),
        )

    def _stk_credentials(
        self, op: Operation[Any, Any], given: Mapping[str, object]
    ) -> tuple[str, str] | None:
        """Password and timestamp, from one Nairobi clock read (or the caller's timestamp)."""
        if not any(spec.fill in ("stk_password", "stk_timestamp") for spec in op.fields):
            return None
        shortcode = str(
            given.get("business_shortcode") or self.config.require("business_shortcode", op.name)
        )
        passkey = self.config.require("passkey", op.name)
        if "timestamp" in given:
            timestamp = str(given["timestamp"])
            return stk_password(shortcode, passkey, timestamp), timestamp
        return stk_credentials(self._clock, shortcode, passkey)

    def _body(
        self, op: Operation[Any, Any], given: Mapping[str, object], stk: tuple[str, str] | None
    ) -> Any:
        """The wire body before validation: the caller's values, else filled ones."""
        if op.body == "none":
            return None
        if op.body == "array":
            assert op.item_argument is not None
            items = given.get(op.item_argument)
            if not isinstance(items, (list, tuple)):
                problem = FieldProblem(op.item_argument, "required", "a list of items is required")
                raise MpesaValidationError(problem, operation=op.name)
            return [
                item.model_dump(by_alias=True, exclude_none=True)
                if isinstance(item, BaseModel)
                else item
                for item in items
            ]
        body: dict[str, object] = {}
        for spec in op.fields:
            value = given[spec.argument] if spec.argument in given else self._fill(op, spec, stk)
            if value is not None:
                body[spec.wire] = value
        return body

    def _check_argument(self, op: Operation[Any, Any], spec: FieldSpec, value: object) -> object:
        if spec.phone and spec.pattern is not None and spec.pattern.startswith("^254"):
            return PhoneNumberValidator.normalize(
                _scalar(value), field=spec.argument, operation=op.name
            )
        if spec.money and not isinstance(value, (list, dict)):
            limits = (self.config.amount_limits or {}).get(op.name)
            minimum, maximum = (
                limits
                if limits
                else (spec.minimum if spec.minimum is not None else 1, spec.maximum)
            )
            validator = AmountValidator(minimum=minimum, maximum=maximum)
            return validator.validate(value, field=spec.argument, operation=op.name)
        return value

    def _fill(
        self, op: Operation[Any, Any], spec: FieldSpec, stk: tuple[str, str] | None
    ) -> object:
        fill = spec.fill
        if fill is None:
            return spec.default
        if fill.startswith("config."):
            value = getattr(self.config, fill.removeprefix("config."))
            return value if value is not None else spec.default
        if fill == "stk_password" and stk is not None:
            return stk[0]
        if fill == "stk_timestamp" and stk is not None:
            return stk[1]
        if fill == "security_credential":
            return self._credential.get(op.name)
        if fill == "unique_id":
            return uuid.uuid4().hex
        return spec.default

    # -- decide ------------------------------------------------------------------------------

    def _decide(
        self,
        op: Operation[Any, Any],
        prepared: Prepared,
        attempts: _Attempts,
        response: httpx.Response,
    ) -> _Step:
        """Turn one HTTP answer into the next step, or raise the error the caller sees."""
        data = _decode(response)
        error_code = (
            str(data["errorCode"]) if isinstance(data, dict) and "errorCode" in data else None
        )
        if response.is_success and error_code is None:
            return _Done(self._parse(op, prepared, response, data))
        info = _describe_error(error_code, data)
        token_refused = (
            error_code is not None
            and (error_code in op.invalid_token_errors or (info is not None and info.invalid_token))
        ) or (error_code is None and response.status_code == 401)
        if op.auth == "bearer" and token_refused and not attempts.token_refreshed:
            return _RefreshToken()
        throttled = info is not None and info.throttled
        pending = info is not None and info.category == "pending"
        if (
            not pending
            and attempts.retries < self._policy.max_retries
            and self._policy.may_resend(
                retry_safe=op.retry_safe,
                failure=Failure.HTTP,
                status=response.status_code,
                throttled=throttled,
            )
        ):
            retry_after = response.headers.get("Retry-After")
            return _Retry(self._policy.backoff(attempts.retries, retry_after, self._rng))
        if op.moves_money and response.status_code >= 500 and error_code is None:
            raise self._unknown(op, prepared)
        raise self._api_error(op, response, data, error_code)

    def _parse(
        self, op: Operation[Any, Any], prepared: Prepared, response: httpx.Response, data: object
    ) -> BaseModel:
        if data is None and op.moves_money:
            raise self._unknown(op, prepared)
        try:
            model: BaseModel = op.response_model.model_validate(data)
        except ValidationError:
            if op.moves_money:
                raise self._unknown(op, prepared) from None
            raise MpesaAPIException(
                operation=op.name,
                http_status=response.status_code,
                error_code=None,
                error_message=f"the answer does not match {op.response_model.__name__}",
                meaning="unexpected response shape",
                category="failed",
            ) from None
        code = data.get("ResponseCode") if isinstance(data, dict) else None
        if op.events.initiated and code is not None and str(code).strip() != "0":
            info = ResultCodes.describe(code, op.result_code_tables)
            raise MpesaAPIException(
                operation=op.name,
                http_status=response.status_code,
                error_code=str(code),
                error_message=str(data.get("ResponseDescription", ""))
                if isinstance(data, dict)
                else "",
                meaning=info.description,
                category=info.category,
            )
        return model

    def _api_error(
        self,
        op: Operation[Any, Any],
        response: httpx.Response,
        data: object,
        error_code: str | None,
    ) -> MpesaAPIException:
        envelope = data if isinstance(data, dict) else {}
        message = str(envelope.get("errorMessage") or response.reason_phrase or "")
        info = _describe_error(error_code, data)
        if info is None:
            meaning, category = (
                f"HTTP {response.status_code}",
                "retry_later" if response.status_code >= 500 else "failed",
            )
        else:
            meaning, category = info.description, info.category
        return MpesaAPIException(
            operation=op.name,
            http_status=response.status_code,
            error_code=error_code,
            error_message=message,
            request_id=str(envelope["requestId"])
            if envelope.get("requestId") is not None
            else None,
            meaning=meaning,
            category=category,
        )

    def _transport(
        self, op: Operation[Any, Any], prepared: Prepared, attempts: _Attempts, exc: httpx.HTTPError
    ) -> _Retry | MpesaTransportError:
        failure = classify(exc)
        if attempts.retries < self._policy.max_retries and self._policy.may_resend(
            retry_safe=op.retry_safe, failure=failure, status=None, throttled=False
        ):
            return _Retry(self._policy.backoff(attempts.retries, None, self._rng))
        if failure is Failure.NO_ANSWER and op.moves_money:
            return self._unknown(op, prepared)
        error_type = (
            MpesaTimeoutError if isinstance(exc, httpx.TimeoutException) else MpesaConnectionError
        )
        return error_type(f"{op.name}: {type(exc).__name__}: {_safe(str(exc))}", operation=op.name)

    def _unknown(self, op: Operation[Any, Any], prepared: Prepared) -> MpesaOutcomeUnknownError:
        return MpesaOutcomeUnknownError(
            operation=op.name,
            ids=prepared.ids,
            resolved_by=op.resolved_by,
            resolve_with=_resolver_arguments(op, prepared.ids),
        )

    # -- events ------------------------------------------------------------------------------

    def _emit_success(self, op: Operation[Any, Any], prepared: Prepared, result: BaseModel) -> None:
        raw = result.model_dump(by_alias=True) if not isinstance(result, RootModel) else {}
        correlation = {
            key: str(value) for key in op.correlation if (value := _lookup(raw, key)) is not None
        }
        base: dict[str, Any] = {
            "operation": op.name,
            "correlation": correlation or None,
            "amount": prepared.amount,
            "phone": prepared.phone,
        }
        if op.events.initiated:
            code = raw.get("ResponseCode")
            safe_emit(self.events, op.events.initiated, event_data(**base, result_code=code))
        if op.events.query:
            safe_emit(
                self.events, op.events.query, event_data(**base, extra=dict(prepared.ids) or None)
            )
        result_code = raw.get("ResultCode")
        if op.events.query and result_code is not None and (op.events.success or op.events.failed):
            info = ResultCodes.describe(result_code, op.result_code_tables)
            event = op.events.success if info.category == "success" else op.events.failed
            if event and info.category != "pending":
                safe_emit(
                    self.events,
                    event,
                    event_data(**base, result_code=result_code, result_desc=raw.get("ResultDesc")),
                )

    def _emit_failure(
        self, op: Operation[Any, Any], prepared: Prepared | None, exc: MpesaException
    ) -> None:
        amount = prepared.amount if prepared else None
        phone = prepared.phone if prepared else None
        code = getattr(exc, "error_code", None)
        data = event_data(
            operation=op.name,
            amount=amount,
            phone=phone,
            error_code=code,
            extra={"error": type(exc).__name__, "message": str(exc)},
        )
        if isinstance(exc, MpesaAPIException) and op.events.failed:
            safe_emit(self.events, op.events.failed, data)
        safe_emit(self.events, ERROR_OCCURRED, data)

    def _token_response(self, op: Operation[Any, ResponseT], token: AccessToken) -> ResponseT:
        remaining = max(0, int(token.expires_at - time.monotonic()))
        return op.response_model.model_validate(
            {"access_token": token.value, "expires_in": str(remaining)}
        )

    def _basic_auth(self) -> httpx.BasicAuth:
        return httpx.BasicAuth(self.config.consumer_key, self.config.consumer_secret)

    def _token_from(self, response: httpx.Response) -> AccessToken:
        data = _decode(response)
        if not response.is_success or not isinstance(data, dict) or "access_token" not in data:
            code = (
                str(data["errorCode"]) if isinstance(data, dict) and "errorCode" in data else None
            )
            message = str(data.get("errorMessage", "")) if isinstance(data, dict) else ""
            raise MpesaAuthException(
                f"get_access_token: Daraja refused the consumer key and secret (HTTP {response.status_code}{', ' + code if code else ''})",
                error_code=code,
                error_message=message,
                http_status=response.status_code,
            )
        token = AccessToken.from_response(
            str(data["access_token"]), data.get("expires_in"), time.monotonic()
        )
        safe_emit(
            self.events,
            TOKEN_ACQUIRED,
            event_data(
                operation="get_access_token", extra={"expires_in": str(data.get("expires_in"))}
            ),
        )
        return token

    def _url(self, op: Operation[Any, Any]) -> str:
        return self.config.resolved_base_url.rstrip("/") + op.path


def _describe_error(error_code: str | None, data: object) -> CodeInfo | None:
    """The spec's meaning of an errorCode, narrowed by errorMessage where the spec says how."""
    if error_code is None:
        return None
    message = data.get("errorMessage") if isinstance(data, dict) else None
    return ResultCodes.describe_error(error_code).refined(str(message) if message else None)


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError:
        return None


def _scalar(value: object) -> str | int:
    return value if isinstance(value, int) else str(value)


def _first(op: Operation[Any, Any], wire: object, test: Callable[[FieldSpec], bool]) -> Any:
    if not isinstance(wire, dict):
        return None
    for spec in op.fields:
        if test(spec) and spec.wire in wire:
            return wire[spec.wire]
    return None


def _identifiers(op: Operation[Any, Any], wire: object) -> dict[str, str]:
    """The body fields that find a request again: not secrets, URLs, phones or free text."""
    if not isinstance(wire, dict):
        return {}
    return {
        spec.wire: str(wire[spec.wire])
        for spec in op.fields
        if spec.wire in wire and not (spec.secret or spec.url or spec.phone or spec.free_text)
    }


def _sensitive(op: Operation[Any, Any]) -> tuple[list[str], list[str]]:
    """The operation's secret and phone wire names, for redaction."""
    specs = op.fields + op.headers
    return [s.wire for s in specs if s.secret], [s.wire for s in specs if s.phone]


def _resolver_arguments(op: Operation[Any, Any], ids: Mapping[str, str]) -> dict[str, str]:
    """Keyword arguments of the resolving query, ready for ``adapter.<resolved_by>(**them)``.

    Transaction Status finds a request by the OriginatorConversationID it was sent with; other
    requests are found once their callback (or Daraja's portal) names their receipt.
    """
    if op.resolved_by == "query_transaction_status" and "OriginatorConversationID" in ids:
        return {"original_conversation_id": ids["OriginatorConversationID"]}
    return {}


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _safe(text: str) -> str:
    return text.replace("\n", " ")[:300]


class SyncBaseClient(_ClientCore):
    """The blocking client: one ``httpx.Client`` (pooled connections) for every call."""

    def __init__(
        self,
        config: MpesaConfig | None = None,
        *,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **options: Any,
    ) -> None:
        super().__init__(config, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.config.timeout, headers={"User-Agent": USER_AGENT}, verify=True
        )
        self._sleep = sleep
        self._tokens = TokenCache(self._fetch_token, margin=self.config.token_refresh_margin)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _fetch_token(self) -> AccessToken:
        op = _token_operation()
        try:
            response = self._http.request(
                op.method, self._url(op), params=dict(op.query), auth=self._basic_auth()
            )
        except httpx.HTTPError as exc:
            raise MpesaAuthException(
                f"get_access_token: {type(exc).__name__}: {_safe(str(exc))}"
            ) from None
        return self._token_from(response)

    def _call(self, op: Operation[Any, ResponseT], arguments: Mapping[str, object]) -> ResponseT:
        prepared: Prepared | None = None
        try:
            if op.auth == "basic":
                return self._token_response(op, self._tokens.get_token())
            prepared = self._prepare(op, arguments)
            result = self._send(op, prepared)
        except MpesaException as exc:
            self._emit_failure(op, prepared, exc)
            raise
        self._emit_success(op, prepared, result)
        return result  # type: ignore[return-value]

    def _send(self, op: Operation[Any, Any], prepared: Prepared) -> BaseModel:
        attempts = _Attempts()
        while True:
            token = self._tokens.get()
            headers = {**prepared.headers, "Authorization": f"Bearer {token}"}
            log_request(
                logger, op.name, op.method, self._url(op), headers, prepared.body, *_sensitive(op)
            )
            try:
                started = time.monotonic()
                response = self._http.request(
                    op.method,
                    self._url(op),
                    json=prepared.body,
                    headers=headers,
                    params=dict(op.query) or None,
                )
            except httpx.HTTPError as exc:
                outcome = self._transport(op, prepared, attempts, exc)
                if isinstance(outcome, MpesaTransportError):
                    raise outcome from exc
                step: _Step = outcome
            else:
                elapsed = time.monotonic() - started
                log_response(
                    logger,
                    op.name,
                    response.status_code,
                    _decode(response),
                    elapsed,
                    secret_keys=_sensitive(op)[0],
                    phone_keys=_sensitive(op)[1],
                    secret_values=(token,),
                )
                step = self._decide(op, prepared, attempts, response)
            if isinstance(step, _Done):
                return step.result
            if isinstance(step, _RefreshToken):
                attempts.token_refreshed = True
                self._tokens.invalidate(token)
                continue
            attempts.retries += 1
            self._sleep(step.delay)


class AsyncBaseClient(_ClientCore):
    """The asyncio client: one ``httpx.AsyncClient`` (pooled connections) for every call."""

    def __init__(
        self,
        config: MpesaConfig | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **options: Any,
    ) -> None:
        super().__init__(config, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.config.timeout, headers={"User-Agent": USER_AGENT}, verify=True
        )
        self._sleep = sleep
        self._tokens = AsyncTokenCache(self._fetch_token, margin=self.config.token_refresh_margin)

    async def aclose(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _fetch_token(self) -> AccessToken:
        op = _token_operation()
        try:
            response = await self._http.request(
                op.method, self._url(op), params=dict(op.query), auth=self._basic_auth()
            )
        except httpx.HTTPError as exc:
            raise MpesaAuthException(
                f"get_access_token: {type(exc).__name__}: {_safe(str(exc))}"
            ) from None
        return self._token_from(response)

    async def _call(
        self, op: Operation[Any, ResponseT], arguments: Mapping[str, object]
    ) -> ResponseT:
        prepared: Prepared | None = None
        try:
            if op.auth == "basic":
                return self._token_response(op, await self._tokens.get_token())
            prepared = self._prepare(op, arguments)
            result = await self._send(op, prepared)
        except MpesaException as exc:
            self._emit_failure(op, prepared, exc)
            raise
        self._emit_success(op, prepared, result)
        return result  # type: ignore[return-value]

    async def _send(self, op: Operation[Any, Any], prepared: Prepared) -> BaseModel:
        attempts = _Attempts()
        while True:
            token = await self._tokens.get()
            headers = {**prepared.headers, "Authorization": f"Bearer {token}"}
            log_request(
                logger, op.name, op.method, self._url(op), headers, prepared.body, *_sensitive(op)
            )
            try:
                started = time.monotonic()
                response = await self._http.request(
                    op.method,
                    self._url(op),
                    json=prepared.body,
                    headers=headers,
                    params=dict(op.query) or None,
                )
            except httpx.HTTPError as exc:
                outcome = self._transport(op, prepared, attempts, exc)
                if isinstance(outcome, MpesaTransportError):
                    raise outcome from exc
                step: _Step = outcome
            else:
                elapsed = time.monotonic() - started
                log_response(
                    logger,
                    op.name,
                    response.status_code,
                    _decode(response),
                    elapsed,
                    secret_keys=_sensitive(op)[0],
                    phone_keys=_sensitive(op)[1],
                    secret_values=(token,),
                )
                step = self._decide(op, prepared, attempts, response)
            if isinstance(step, _Done):
                return step.result
            if isinstance(step, _RefreshToken):
                attempts.token_refreshed = True
                self._tokens.invalidate(token)
                continue
            attempts.retries += 1
            await self._sleep(step.delay)


_SyncSelf = TypeVar("_SyncSelf", bound=SyncBaseClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncBaseClient)


def _token_operation() -> Operation[Any, Any]:
    from ._generated._operations import OPERATIONS

    return OPERATIONS["get_access_token"]
