"""The engine under every generated adapter method.

A call goes through four steps, the same for all operations because everything that differs
between them is data in ``OPERATIONS``:

1. **prepare**: phone numbers are normalised, amounts checked as whole shillings, fields the
   caller left out are filled from the configuration (shortcode, initiator, security credential,
   callback URLs) or computed (STK password and timestamp from one Nairobi clock read, unique
   IDs), and the body is validated by the operation's request model. Bad input raises
   :class:`MpesaValidationError` here, before any network call.
2. **send**: with a cached bearer token (or Basic auth for OAuth) over one pooled connection,
   once the ``rate_limiter``, when there is one, gives the request's API its turn.
3. **decide**: a refused token is dropped and the request resent once; other failures are
   resent only as ``_retry.may_resend`` allows, so a request that may have moved money is never
   sent twice, and an ambiguous failure raises :class:`MpesaOutcomeUnknownError` with the IDs
   that find the outcome.
4. **parse**: the JSON answer (floats read as ``Decimal``) becomes the typed response model;
   Daraja's error envelope becomes :class:`MpesaAPIException`. Events are emitted on the way.

The steps are written once, in ``_ClientCore``, as a generator that yields each piece of I/O it
needs (a token, an HTTP exchange, a pause before a resend); ``SyncBaseClient`` and
``AsyncBaseClient`` only do that I/O, blocking or awaited. What is the same on every call of an
operation (its URL, its argument checks, its configured fields) is worked out on its first
call (:class:`~mpesa._plan.OperationPlan`); events are built only for an emitter that listens,
and debug logs only when on.
"""

from __future__ import annotations

import base64
import dataclasses
import inspect
import json
import logging
import random
import time
import types
import uuid
from collections.abc import Awaitable, Callable, Collection, Generator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar, cast

import httpx
from pydantic import BaseModel, RootModel, ValidationError

from ._bookkeeping import failure_outcome, record_answer
from ._callback_routes import new_reference, status_url
from ._clock import Clock, StkCredentials, utc_now
from ._codebook import CodeInfo, describe
from ._logging import configure_from_env, log_request, log_response
from ._operation import FieldSpec, Operation
from ._plan import OperationPlan, configured, configured_value
from ._rate_limit import AsyncRateLimiter, RateLimiter
from ._retry import Failure, RetryPolicy, classify
from ._tokens import (
    AccessToken,
    AsyncTokenCache,
    AsyncTokenStore,
    TokenCache,
    TokenStore,
    shared_key,
)
from .codes import ResultCodes
from .config import EnvironmentSetting, MpesaConfig
from .credentials import SecurityCredentialSource
from .errors import (
    FieldProblem,
    MpesaAPIException,
    MpesaAuthException,
    MpesaConfigError,
    MpesaConnectionError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTimeoutError,
    MpesaTransportError,
    MpesaUncertainAnswerError,
    MpesaValidationError,
    none_of,
)
from .events import EventTarget, MpesaEventEmitter, as_emitter, event_data, listens, safe_emit
from .ledger import UNRESOLVED, DarajaIds, Ledger, Outcome, RequestEntry, open_ledger
from .outcomes import Awaited, PaymentOutcome, Reconciled, from_entry, from_query_answer
from .validators import missing_group, url_rule_broken

if TYPE_CHECKING:
    from .redis import AsyncRedisRateLimiter, RedisRateLimiter

ResponseT = TypeVar("ResponseT", bound=BaseModel)
logger = logging.getLogger("mpesa")

USER_AGENT = "mpesa-adapter"


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


@dataclass(frozen=True)
class _GetToken:
    pass


_T = TypeVar("_T")
_LONGEST_POLL = 30.0
"""The longest pause between two queries while waiting for an outcome, in seconds."""
_Need: TypeAlias = httpx.Request | _GetToken | _Retry
"""The I/O a call asks for: send a request, get the bearer token, or pause before a resend."""
_Answer: TypeAlias = httpx.Response | AccessToken | None
_Steps: TypeAlias = Generator[_Need, _Answer, _T]
"""A call written once for both flavours: it yields each :data:`_Need` and is sent its result
(or has its error raised where it asked); the sync and async clients only do the I/O."""
_HttpT = TypeVar("_HttpT", bound=httpx.Client | httpx.AsyncClient)
_SleepT = TypeVar("_SleepT", bound=Callable[[float], object])


@dataclass(frozen=True)
class _Computed:
    """What the adapter works out once per request to fill its fields."""

    stk: tuple[str, str] | None = None
    """The STK password and its timestamp, from one clock read."""
    reference: str | None = None
    """The request's own reference in its derived callback URLs."""


@dataclass
class _Attempts:
    """Where one call stands in its retry loop."""

    retries: int = 0
    token_refreshed: bool = False
    sent: bool = False
    """A request has been handed to the network: from here its outcome may be unknown."""


class _ClientCore(Generic[_HttpT, _SleepT]):
    """What sync and async clients share: options, preparation, the send loop and every decision.

    The flavours add only I/O: their connection pool, sleep and token cache, and a driver
    that runs the :data:`_Steps` of a call.
    """

    _operations: ClassVar[Mapping[str, Operation[Any, Any]]]
    """The registry of the generated adapter; every Daraja fact the engine uses is in it."""
    _http: _HttpT
    _sleep: _SleepT
    _tokens: TokenCache | AsyncTokenCache
    _token_store: TokenStore | AsyncTokenStore | None
    _limiter: RateLimiter | AsyncRateLimiter | None

    def __init__(
        self,
        config: MpesaConfig,
        *,
        base_url: str | None = None,
        environment: EnvironmentSetting | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        backoff_factor: float | None = None,
        retry_statuses: Collection[int] | None = None,
        max_retry_after: float | None = None,
        token_refresh_margin: float | None = None,
        max_connections: int | None = None,
        amount_limits: Mapping[str, tuple[int, int]] | None = None,
        http_client: _HttpT | None = None,
        event_emitter: EventTarget | None = None,
        ledger: Ledger | None = None,
        token_store: TokenStore | AsyncTokenStore | None = None,
        rate_limiter: RateLimiter | AsyncRateLimiter | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        sleep: _SleepT | None = None,
    ) -> None:
        """An adapter for the Daraja app of ``config``; an option left out keeps its setting.

        Args:
            config: Credentials, shortcode, initiator, default URLs and settings.
            base_url: Any Daraja-compatible server, instead of the environment's.
            environment: ``"sandbox"`` or ``"production"`` (production refuses http URLs).
            timeout: Seconds allowed to connect, send and read, on the adapter's own connection
                pool (an ``http_client`` keeps its own timeouts).
            max_retries: Resends at most after the first attempt; only requests Daraja cannot
                have acted on, or reads, are resent.
            backoff_factor: Resend ``n`` (from 0) waits a random time up to
                ``backoff_factor * 2**n`` seconds, or the server's ``Retry-After``.
            retry_statuses: HTTP statuses on which a read is resent.
            max_retry_after: The longest wait before a resend, ``Retry-After`` included.
            token_refresh_margin: Seconds before its expiry at which the cached OAuth token is
                replaced.
            max_connections: Connections the adapter's own pool opens at most (100), every one
                kept alive between calls (an ``http_client`` keeps its own limits).
            amount_limits: Per-operation ``(minimum, maximum)`` whole shillings, instead of the
                spec's limits.
            http_client: Your own ``httpx.Client`` (sync adapter) or ``httpx.AsyncClient``
                (async adapter), which you then close; by default the adapter opens one pool.
            event_emitter: Receives the adapter's events: an object with
                ``emit(event_name, data)`` or a function ``f(event_name, data)``.
            ledger: Where every money-moving request is recorded before it is sent, then
                updated from its answer (``SQLiteLedger(path)``); by default the ledger of
                ``MPESA_LEDGER_URL`` (``config.ledger_url``), if set, which the adapter closes.
            token_store: Where every process of a deployment shares one OAuth token per app,
                refreshed by one of them (``mpesa.redis.RedisTokenStore`` for ``MpesaAdapter``,
                ``AsyncRedisTokenStore`` for ``AsyncMpesaAdapter``); the adapter's own cache
                stays in front of it, and takes over while the store fails. By default a Redis
                store on ``config.redis_url`` when it is set, which the adapter closes;
                otherwise the token is this process's own.
            rate_limiter: Holds each request until its API's rate allows it, shared by every
                process on one Redis (``mpesa.redis.RedisRateLimiter`` for ``MpesaAdapter``,
                ``AsyncRedisRateLimiter`` for ``AsyncMpesaAdapter``); the OAuth request is
                never held. By default, when ``config.rate_limit`` is set, a limiter at that
                rate on ``config.redis_url``, which the adapter closes; otherwise none.
            clock: The UTC clock behind STK timestamps (for tests).
            rng: The random source of the backoff (for tests).
            sleep: Waits before a resend: ``time.sleep`` or ``asyncio.sleep`` unless given
                (for tests).

        Raises:
            MpesaConfigError: An option's value is invalid; the error names the option.
            TypeError: An unknown option; the message names the adapter class.
        """
        settings = {
            "base_url": base_url,
            "environment": environment,
            "timeout": timeout,
            "max_retries": max_retries,
            "backoff_factor": backoff_factor,
            "retry_statuses": retry_statuses,
            "max_retry_after": max_retry_after,
            "token_refresh_margin": token_refresh_margin,
            "max_connections": max_connections,
            "amount_limits": amount_limits,
        }
        self.config = config.replace(
            **{name: value for name, value in settings.items() if value is not None}
        )
        self.events: MpesaEventEmitter = as_emitter(event_emitter)
        self._owns_ledger = ledger is None and self.config.ledger_url is not None
        self.ledger: Ledger | None = (
            open_ledger(self.config.ledger_url)
            if ledger is None and self.config.ledger_url is not None
            else ledger
        )
        self._stk = StkCredentials(clock or utc_now)
        self._plans: dict[str, OperationPlan] = {}
        self._rng = rng or random.Random()
        self._policy = RetryPolicy.from_config(self.config)
        self._credential = SecurityCredentialSource(self.config)
        self._owns_limiter = rate_limiter is None and self.config.rate_limit is not None
        self._limiter = self._limiter_for(rate_limiter)
        self._unlimited_path = (
            self._plan(self._token_operation()).url.path if self._limiter is not None else ""
        )
        self._owns_token_store = token_store is None and self.config.redis_url is not None
        self._token_store = token_store
        self._owns_http = http_client is None
        self._open(http_client, sleep)
        configure_from_env()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Give each adapter class the options constructor under its own name."""
        super().__init_subclass__(**kwargs)
        if "__init__" not in vars(cls):
            setattr(cls, "__init__", _init_named_for(cls))  # noqa: B010 (mypy forbids cls.__init__ =)

    @property
    def _secret_urls(self) -> tuple[str, ...]:
        """URL text kept out of logs: the secret ``callback_base_url``."""
        base = self.config.callback_base_url
        return (base.rstrip("/"),) if base else ()

    @property
    def event_emitter(self) -> MpesaEventEmitter:
        """The emitter receiving this adapter's events (read-only; the same as ``events``)."""
        return self.events

    def _open(self, http_client: _HttpT | None, sleep: _SleepT | None) -> None:
        """Set up the flavour's I/O: connection pool, sleep and token cache."""
        raise NotImplementedError

    def _limiter_for(
        self, given: RateLimiter | AsyncRateLimiter | None
    ) -> RateLimiter | AsyncRateLimiter | None:
        """The flavour's rate limiter: ``given``, or the one ``config.rate_limit`` asks for."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.config.environment!r}, base_url={self.config.resolved_base_url!r})"

    # -- prepare -----------------------------------------------------------------------------

    def _plan(self, op: Operation[Any, Any]) -> OperationPlan:
        """The operation's plan, built on its first call."""
        plan = self._plans.get(op.name)
        if plan is None or plan.op is not op:
            plan = self._plans[op.name] = OperationPlan.of(op, self.config)
        return plan

    def _prepare(self, op: Operation[Any, Any], arguments: Mapping[str, object]) -> Prepared:
        plan = self._plan(op)
        given = {name: value for name, value in arguments.items() if value is not None}
        for argument, check in plan.checks:
            if argument in given:
                given[argument] = check(given[argument])
        computed = _Computed(
            self._stk_credentials(op, given) if plan.stk else None, self._reference(op, given)
        )
        body = self._body(plan, given, computed)
        group = missing_group(op.at_least_one, body) if isinstance(body, dict) else None
        if group is not None:
            raise MpesaValidationError(none_of(group), operation=op.name)
        self._check_urls(plan, body)
        headers = {
            spec.wire: str(value)
            for spec in op.headers
            if (
                value := given[spec.argument]
                if spec.argument in given
                else self._fill(op, spec, computed)
            )
            is not None
        }
        missing = [spec.wire for spec in op.headers if spec.required and spec.wire not in headers]
        if missing:
            problems = (FieldProblem(wire, "required", "required") for wire in missing)
            raise MpesaValidationError(*problems, operation=op.name)
        try:
            model = plan.request_model.model_validate(body if body is not None else {})
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
            ids=_identifiers(op, wire, computed.reference),
            amount=_first(op.money_wires, wire),
            phone=_first(op.phone_wires, wire),
        )

    def _check_urls(self, plan: OperationPlan, body: Any) -> None:
        """Every URL sent, configured or given per call, obeys the configured URLs' rules
        (a configured URL the plan already found valid is not checked again)."""
        if not isinstance(body, dict):
            return
        problems = [
            FieldProblem(spec.wire, broken.rule, broken.reason)
            for spec in plan.url_fields
            if spec.wire in body
            and not _known(body[spec.wire], plan.valid_urls.get(spec.wire))
            and (
                broken := url_rule_broken(
                    body[spec.wire],
                    https_only=plan.https_only,
                    forbidden_words=spec.forbidden_words,
                )
            )
            is not None
        ]
        if problems:
            raise MpesaValidationError(*problems, operation=plan.op.name)

    def _stk_credentials(
        self, op: Operation[Any, Any], given: Mapping[str, object]
    ) -> tuple[str, str]:
        """Password and timestamp, from one Nairobi clock read (or the caller's timestamp)."""
        shortcode = str(
            given.get("business_shortcode") or self.config.require("business_shortcode", op.name)
        )
        passkey = self.config.require("passkey", op.name)
        if "timestamp" in given:
            timestamp = str(given["timestamp"])
            return self._stk.password(shortcode, passkey, timestamp), timestamp
        return self._stk.now(shortcode, passkey)

    def _body(self, plan: OperationPlan, given: Mapping[str, object], computed: _Computed) -> Any:
        """The wire body before validation: the caller's values, else filled ones."""
        op = plan.op
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
        fills = plan.fills
        for spec in op.fields:
            if spec.argument in given:
                value = given[spec.argument]
            elif spec.wire in fills:
                value = fills[spec.wire]
            else:
                value = self._fill(op, spec, computed)
            if value is not None:
                body[spec.wire] = value
        return body

    def _reference(self, op: Operation[Any, Any], given: Mapping[str, object]) -> str | None:
        """The request's own reference: its key in the ledger (a money-moving request, when
        the adapter has one), and the end of its callback URL when that URL is derived from
        ``callback_base_url`` (neither given on the call nor configured on its own)."""
        if self.ledger is not None and op.moves_money:
            return new_reference()
        if self.config.callback_base_url is None or op.callback is None:
            return None
        spec = op.field(op.callback.url_field)
        if spec.argument in given or configured(self.config, spec) is not None:
            return None
        return new_reference()

    def _fill(self, op: Operation[Any, Any], spec: FieldSpec, computed: _Computed) -> object:
        fill = spec.fill
        if fill is None:
            return spec.default
        if fill.startswith("config."):
            return configured_value(self.config, op, spec, computed.reference)
        stk = computed.stk
        if fill == "stk_password" and stk is not None:
            return stk[0]
        if fill == "stk_timestamp" and stk is not None:
            return stk[1]
        if fill == "security_credential":
            return self._credential.get(op.name)
        if fill == "unique_id":
            return uuid.uuid4().hex
        return spec.default

    # -- send --------------------------------------------------------------------------------

    def _steps(
        self, op: Operation[Any, ResponseT], arguments: Mapping[str, object]
    ) -> _Steps[ResponseT]:
        """One call, from the caller's arguments to the typed response, with its events."""
        prepared: Prepared | None = None
        attempts = _Attempts()
        try:
            if op.auth == "basic":
                return self._token_response(op, (yield from _token()))
            prepared = self._prepare(op, arguments)
            result = yield from self._exchanges(self._plan(op), prepared, attempts)
        except MpesaException as exc:
            if prepared is not None and attempts.sent:
                self._record_outcome(op, prepared, failure_outcome(exc))
            self._emit_failure(op, prepared, exc)
            raise
        except BaseException as exc:  # cancelled, interrupted, or a bug: not Daraja's answer
            if prepared is not None and attempts.sent and op.moves_money:
                self._report_abandoned(op, prepared, exc)
            raise
        if attempts.sent:
            self._record_accepted(op, prepared, result)
        self._emit_success(op, prepared, result)
        return result  # type: ignore[return-value]

    def _exchanges(
        self, plan: OperationPlan, prepared: Prepared, attempts: _Attempts
    ) -> _Steps[BaseModel]:
        """Send ``prepared`` until :meth:`_decide` or :meth:`_transport` settles it."""
        op = plan.op
        while True:
            token = (yield from _token()).value
            headers = {**prepared.headers, "Authorization": f"Bearer {token}"}
            debug = logger.isEnabledFor(logging.DEBUG)
            if debug:
                log_request(
                    logger,
                    op.name,
                    op.method,
                    str(plan.url),
                    headers,
                    prepared.body,
                    plan.secret_keys,
                    plan.phone_keys,
                    secret_values=self._secret_urls,
                )
            request = self._http.build_request(
                op.method, plan.url, json=prepared.body, headers=headers, params=plan.params
            )
            if not attempts.sent:
                self._record_sending(op, prepared)
                self._emit_payment(op.events.sending, op, prepared)
                attempts.sent = True
            started = time.monotonic() if debug else 0.0
            try:
                response = yield from _exchange(request)
            except httpx.HTTPError as exc:
                outcome = self._transport(op, prepared, attempts, exc)
                if isinstance(outcome, MpesaTransportError):
                    raise outcome from exc
                step: _Step = outcome
            else:
                data = _decode(response)
                if debug:
                    log_response(
                        logger,
                        op.name,
                        response.status_code,
                        data,
                        time.monotonic() - started,
                        secret_keys=plan.secret_keys,
                        phone_keys=plan.phone_keys,
                        secret_values=(token,),
                    )
                step = self._decide(plan, prepared, attempts, response, data)
            if isinstance(step, _Done):
                return step.result
            if isinstance(step, _RefreshToken):
                attempts.token_refreshed = True
                self._tokens.invalidate(token)
                continue
            attempts.retries += 1
            yield step

    # -- outcomes ----------------------------------------------------------------------------

    def _waiting(
        self, awaited: Awaited, timeout: float, poll_interval: float
    ) -> _Steps[PaymentOutcome]:
        """Until ``timeout``: the ledger's word (callbacks a receiver recorded), else the
        query that resolves the request, asked again with a growing pause."""
        deadline = time.monotonic() + timeout
        pause = poll_interval
        last = PaymentOutcome(
            "unknown", operation=awaited.operation.name, reference=awaited.ids.get("reference")
        )
        while True:
            entry = self._ledger_entry(awaited)
            if entry is not None and from_entry(entry).status != "unknown":
                last = from_entry(entry)
                if last.is_final:
                    return last
            answered = yield from self._asked(awaited, entry)
            if answered is not None and entry is not None:
                answered = dataclasses.replace(
                    answered, reference=entry.reference, amount=entry.amount
                )
            if answered is not None:
                last = answered
                if answered.is_final:
                    if entry is not None and self.ledger is not None:
                        outcome = Outcome(
                            answered.status, answered.result_code, answered.result_desc
                        )
                        record_answer(self.ledger, entry.reference, outcome)
                    return answered
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return last
            yield _Retry(min(pause, remaining))
            pause = min(pause * 2, _LONGEST_POLL)

    def _ledger_entry(self, awaited: Awaited) -> RequestEntry | None:
        if self.ledger is None:
            return None
        for correlation_id in awaited.lookup_ids():
            entry = self.ledger.find_request(correlation_id)
            if entry is not None:
                return entry
        return None

    def _asked(self, awaited: Awaited, entry: RequestEntry | None) -> _Steps[PaymentOutcome | None]:
        """Ask the resolving query once: its answer, when it answers at once (STK); a query
        answered by callback is only sent when a ledger will see that callback, with its
        result URL ending in the request's reference."""
        query = awaited.query()
        if query is None:
            return None
        name, arguments = query
        op = self._operations[name]
        if op.callback is not None:
            base = self.config.callback_base_url
            if self.ledger is None or entry is None or base is None:
                return None
            url = status_url(base, entry.reference)
            wires = (op.callback.url_field, op.callback.timeout_url_field)
            arguments = {**arguments, **{f.argument: url for f in op.fields if f.wire in wires}}
        try:
            answer = yield from self._steps(op, arguments)
        except MpesaAPIException as exc:
            if exc.category == "pending":
                return PaymentOutcome(
                    "pending", exc.error_code, exc.error_message, operation=awaited.operation.name
                )
            return None
        except MpesaTransportError:
            return None
        return from_query_answer(op, answer, awaited)

    def _reconciling(self, older_than: timedelta, poll_interval: float) -> _Steps[list[Reconciled]]:
        """Ask about every unresolved ledger entry older than ``older_than``, once each."""
        if self.ledger is None:
            raise MpesaConfigError("reconcile needs a ledger", setting="ledger")
        changed: list[Reconciled] = []
        for entry in self.ledger.list_requests(statuses=UNRESOLVED, older_than=older_than):
            operation = self._operations.get(entry.operation)
            if operation is None or not operation.moves_money:
                continue
            outcome = yield from self._waiting(
                Awaited.of_entry(operation, entry), 0.0, poll_interval
            )
            changed.append(Reconciled(entry.reference, entry.operation, entry.status, outcome))
        return changed

    def _token_steps(self) -> _Steps[AccessToken]:
        """Fetch a new OAuth token with the consumer key and secret."""
        op = self._token_operation()
        plan = self._plan(op)
        request = self._http.build_request(
            op.method,
            plan.url,
            params=plan.params,
            headers={"Authorization": self._basic_authorization()},
        )
        try:
            response = yield from _exchange(request)
        except httpx.HTTPError as exc:
            raise MpesaAuthException(
                f"{op.name}: {type(exc).__name__}: {_safe(str(exc))}"
            ) from None
        return self._token_from(response)

    # -- decide ------------------------------------------------------------------------------

    def _decide(
        self,
        plan: OperationPlan,
        prepared: Prepared,
        attempts: _Attempts,
        response: httpx.Response,
        data: object,
    ) -> _Step:
        """Turn one HTTP answer (``data``: its JSON) into the next step, or raise the error the
        caller sees."""
        op = plan.op
        error_code = (
            str(data["errorCode"]) if isinstance(data, dict) and "errorCode" in data else None
        )
        if response.is_success and error_code is None:
            return _Done(self._parse(plan, prepared, response, data))
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
        raise self._api_error(op, prepared, response, data, error_code)

    def _parse(
        self, plan: OperationPlan, prepared: Prepared, response: httpx.Response, data: object
    ) -> BaseModel:
        op = plan.op
        if data is None and op.moves_money:
            raise self._unknown(op, prepared)
        try:
            model: BaseModel = plan.response_model.model_validate(data)
        except ValidationError:
            what = f"does not match {plan.response_model.__name__}"
            raise self._unexpected(op, prepared, response, what) from None
        if op.accepted is not None and op.accepted.unstated(data):
            raise self._unexpected(op, prepared, response, f"has no {op.accepted.wire}")
        refused = op.accepted.refused(data) if op.accepted is not None else None
        if refused is not None:
            assert op.accepted is not None and isinstance(data, dict)
            info = describe(refused, op.result_codes)
            raise MpesaAPIException(
                operation=op.name,
                http_status=response.status_code,
                error_code=refused,
                error_message=str(data.get(op.accepted.description, "")),
                meaning=info.description,
                category=info.category,
            )
        return model

    def _api_error(
        self,
        op: Operation[Any, Any],
        prepared: Prepared,
        response: httpx.Response,
        data: object,
        error_code: str | None,
    ) -> MpesaAPIException:
        """The error for Daraja's error answer.

        On an operation that moves money, only a definite refusal before processing (a code
        the spec marks refused, or HTTP 401 without a code) is a plain
        :class:`MpesaAPIException`; any other answer (a code not marked refused, a code the
        spec does not know, no code) may have moved money, so it is a
        :class:`MpesaUncertainAnswerError` with the IDs that find the outcome.
        """
        envelope = data if isinstance(data, dict) else {}
        message = str(envelope.get("errorMessage") or response.reason_phrase or "")
        request_id = str(envelope["requestId"]) if envelope.get("requestId") is not None else None
        info = _describe_error(error_code, data)
        if info is None:
            meaning, category = (
                f"HTTP {response.status_code}",
                "retry_later" if response.status_code >= 500 else "failed",
            )
        else:
            meaning, category = info.description, info.category
        error = MpesaAPIException(
            operation=op.name,
            http_status=response.status_code,
            error_code=error_code,
            error_message=message,
            request_id=request_id,
            meaning=meaning,
            category=category,
        )
        # Without a code, only 401 says the gateway refused the request (RFC 9110 §15.5.2).
        refused = info.refused if info is not None else response.status_code == 401
        if op.moves_money and not refused:
            ids, resolved_by, resolve_with = _resolution(op, prepared)
            return MpesaUncertainAnswerError(
                error, ids=ids, resolved_by=resolved_by, resolve_with=resolve_with
            )
        return error

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

    def _unexpected(
        self, op: Operation[Any, Any], prepared: Prepared, response: httpx.Response, what: str
    ) -> MpesaException:
        """An answer of the wrong shape: uncertain for money, a failure for the rest."""
        if op.moves_money:
            return self._unknown(op, prepared)
        return MpesaAPIException(
            operation=op.name,
            http_status=response.status_code,
            error_code=None,
            error_message=f"the answer {what}",
            meaning="unexpected response shape",
            category="failed",
        )

    def _unknown(self, op: Operation[Any, Any], prepared: Prepared) -> MpesaOutcomeUnknownError:
        ids, resolved_by, resolve_with = _resolution(op, prepared)
        return MpesaOutcomeUnknownError(
            operation=op.name, ids=ids, resolved_by=resolved_by, resolve_with=resolve_with
        )

    # -- events ------------------------------------------------------------------------------

    def _emit_success(self, op: Operation[Any, Any], prepared: Prepared, result: BaseModel) -> None:
        if not (listens(self.events) and (op.events.initiated or op.events.query)):
            return
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
            code = raw.get(op.accepted.wire) if op.accepted else None
            safe_emit(self.events, op.events.initiated, event_data(**base, result_code=code))
        if op.events.query:
            safe_emit(
                self.events, op.events.query, event_data(**base, extra=dict(prepared.ids) or None)
            )
        result_code = raw.get("ResultCode")
        if op.events.query and result_code is not None and (op.events.success or op.events.failed):
            info = describe(result_code, op.result_codes)
            event = op.events.success if info.category == "success" else op.events.failed
            if event and info.category != "pending":
                safe_emit(
                    self.events,
                    event,
                    event_data(**base, result_code=result_code, result_desc=raw.get("ResultDesc")),
                )

    def _record_sending(self, op: Operation[Any, Any], prepared: Prepared) -> None:
        """Write a money-moving request in the ledger before it first leaves; if that fails,
        it is not sent."""
        reference = prepared.ids.get("reference")
        if self.ledger is None or not op.moves_money or reference is None:
            return
        self.ledger.record_request(
            op.name,
            reference=reference,
            amount=prepared.amount,
            phone=prepared.phone,
            client_ids={key: value for key, value in prepared.ids.items() if key != "reference"},
            ids=DarajaIds.from_wire(prepared.ids),
        )

    def _record_accepted(
        self, op: Operation[Any, Any], prepared: Prepared, result: BaseModel
    ) -> None:
        """Write Daraja's acceptance, with the IDs its answer gave, in the ledger."""
        if self.ledger is None or not op.moves_money:
            return
        answer = result.model_dump(by_alias=True) if not isinstance(result, RootModel) else {}
        self._record_outcome(op, prepared, Outcome("accepted"), DarajaIds.from_wire(answer))

    def _record_outcome(
        self,
        op: Operation[Any, Any],
        prepared: Prepared,
        outcome: Outcome,
        ids: DarajaIds | None = None,
    ) -> None:
        reference = prepared.ids.get("reference")
        if self.ledger is not None and op.moves_money and reference is not None:
            record_answer(self.ledger, reference, outcome, ids)

    def _emit_payment(
        self, name: str | None, op: Operation[Any, Any], prepared: Prepared, **extra: object
    ) -> None:
        """Publish ``name`` with the request's IDs, amount, masked phone and the query that
        resolves it."""
        if not name or not listens(self.events):
            return
        ids, resolved_by, resolve_with = _resolution(op, prepared)
        if resolved_by:
            extra = {**extra, "resolved_by": resolved_by, "resolve_with": resolve_with}
        data = event_data(
            operation=op.name,
            correlation=ids,
            amount=prepared.amount,
            phone=prepared.phone,
            extra=extra or None,
        )
        safe_emit(self.events, name, data)

    def _report_abandoned(
        self, op: Operation[Any, Any], prepared: Prepared, exc: BaseException
    ) -> None:
        """A payment's call ended after its request left and before Daraja's answer was read
        (task cancelled, ``wait_for`` timeout, interrupt): its outcome is unknown. Log and
        publish the IDs that resolve it, then let the exception go on."""
        ids, resolved_by, resolve_with = _resolution(op, prepared)
        logger.warning(
            "%s ended by %s after its request was sent; outcome unknown; ids=%s; resolve with %s(%s)",
            op.name,
            type(exc).__name__,
            ids,
            resolved_by or "its callback",
            ", ".join(f"{key}={value!r}" for key, value in resolve_with.items()),
        )
        self._emit_payment(
            op.events.error, op, prepared, error=type(exc).__name__, outcome="unknown"
        )

    def _emit_failure(
        self, op: Operation[Any, Any], prepared: Prepared | None, exc: MpesaException
    ) -> None:
        if not listens(self.events):
            return
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
        refused = (
            isinstance(exc, MpesaAPIException)
            and not isinstance(exc, MpesaOutcomeUnknownError)
            and exc.category != "pending"
        )
        if refused and op.events.failed:
            safe_emit(self.events, op.events.failed, data)
        if op.events.error:
            safe_emit(self.events, op.events.error, data)

    def _token_response(self, op: Operation[Any, ResponseT], token: AccessToken) -> ResponseT:
        remaining = max(0, int(token.expires_at - time.monotonic()))
        return op.response_model.model_validate(
            {"access_token": token.value, "expires_in": str(remaining)}
        )

    def _basic_authorization(self) -> str:
        """HTTP Basic auth (RFC 7617) with the consumer key and secret, as OAuth asks."""
        pair = f"{self.config.consumer_key}:{self.config.consumer_secret}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def _token_operation(self) -> Operation[Any, Any]:
        """The OAuth operation: the registry's one entry with Basic auth."""
        return next(op for op in self._operations.values() if op.auth == "basic")

    def _token_from(self, response: httpx.Response) -> AccessToken:
        op = self._token_operation()
        data = _decode(response)
        if not response.is_success or not isinstance(data, dict) or "access_token" not in data:
            code = (
                str(data["errorCode"]) if isinstance(data, dict) and "errorCode" in data else None
            )
            message = str(data.get("errorMessage", "")) if isinstance(data, dict) else ""
            where = ", ".join(part for part in (f"HTTP {response.status_code}", code) if part)
            error = MpesaAuthException(
                f"{op.name}: Daraja refused the consumer key and secret ({where})"
            )
            # Set after construction, so the message says the status and code once.
            error.error_code, error.error_message = code, message or None
            error.http_status = response.status_code
            raise error
        token = AccessToken.from_response(
            str(data["access_token"]), data.get("expires_in"), time.monotonic()
        )
        if op.events.acquired and listens(self.events):
            safe_emit(
                self.events,
                op.events.acquired,
                event_data(operation=op.name, extra={"expires_in": str(data.get("expires_in"))}),
            )
        return token


def _describe_error(error_code: str | None, data: object) -> CodeInfo | None:
    """The spec's meaning of an errorCode, narrowed by errorMessage where the spec says how."""
    if error_code is None:
        return None
    message = data.get("errorMessage") if isinstance(data, dict) else None
    return ResultCodes.describe_error(error_code).refined(str(message) if message else None)


def _resolution(
    op: Operation[Any, Any], prepared: Prepared
) -> tuple[dict[str, str], str | None, dict[str, str]]:
    """The IDs of an uncertain request, the query that finds its outcome and that query's IDs."""
    resolution = op.resolution
    if resolution is None:
        return prepared.ids, None, {}
    return prepared.ids, resolution.operation, resolution.arguments_from(prepared.ids)


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError:
        return None


def _first(wires: tuple[str, ...], body: object) -> Any:
    """The value of the first of ``wires`` present in the wire body."""
    if not isinstance(body, dict):
        return None
    return next((body[wire] for wire in wires if wire in body), None)


def _identifiers(op: Operation[Any, Any], body: object, reference: str | None) -> dict[str, str]:
    """What finds the request again: the body fields of the registry's ``id_wires``, and the
    ``reference`` in its derived callback URL."""
    ids = (
        {wire: str(body[wire]) for wire in op.id_wires if wire in body}
        if isinstance(body, dict)
        else {}
    )
    return {**ids, "reference": reference} if reference is not None else ids


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _pool_limits(config: MpesaConfig) -> httpx.Limits:
    """At most ``max_connections``, every one kept alive: concurrent calls never open more
    connections than there are calls, and none is closed only to be opened again."""
    return httpx.Limits(
        max_connections=config.max_connections, max_keepalive_connections=config.max_connections
    )


def _known(value: object, valid: str | None) -> bool:
    """Whether ``value`` is the text of a URL already found valid."""
    return valid is not None and isinstance(value, str) and value == valid


def _safe(text: str) -> str:
    return text.replace("\n", " ")[:300]


def _check_flavour(given: object, method: str, *, awaited: bool, setting: str, like: str) -> None:
    """``given`` (a token store, a rate limiter) is of the adapter's flavour: its ``method`` is
    awaited by the async adapter, not by the other; ``like`` names one that is."""
    if given is not None and inspect.iscoroutinefunction(getattr(given, method, None)) != awaited:
        raise MpesaConfigError(
            f"{setting}: this adapter needs one like mpesa.redis.{like}", setting=setting
        )


def _token() -> _Steps[AccessToken]:
    """Ask for the bearer token: the cached one, or a new one when it is about to expire."""
    answer = yield _GetToken()
    assert isinstance(answer, AccessToken)
    return answer


def _exchange(request: httpx.Request) -> _Steps[httpx.Response]:
    """Ask for ``request`` to be sent; its answer comes back, or its httpx error is raised."""
    answer = yield request
    assert isinstance(answer, httpx.Response)
    return answer


class _Run(Generic[_T]):
    """Steps being run: hands out the I/O they ask for and takes back its outcome."""

    def __init__(self, steps: _Steps[_T]) -> None:
        self._steps = steps
        self.outcome: _Answer | BaseException = None
        self.result: _T

    def next_need(self) -> _Need | None:
        """Give the steps the last outcome; the I/O they ask for next, or None once they return."""
        try:
            if isinstance(self.outcome, BaseException):
                return self._steps.throw(self.outcome)
            return self._steps.send(self.outcome)
        except StopIteration as done:
            self.result = done.value
            return None


def _init_named_for(cls: type) -> Callable[..., None]:
    """``_ClientCore.__init__`` renamed after ``cls``.

    Python's ``TypeError`` for an unknown option then names the adapter the caller built:
    ``MpesaAdapter.__init__() got an unexpected keyword argument 'base_ulr'``.
    """
    init = vars(_ClientCore)["__init__"]
    named = types.FunctionType(
        init.__code__, init.__globals__, init.__name__, init.__defaults__, init.__closure__
    )
    named.__kwdefaults__ = dict(init.__kwdefaults__)
    named.__annotations__ = init.__annotations__
    named.__qualname__ = f"{cls.__qualname__}.__init__"
    return named


class SyncBaseClient(_ClientCore[httpx.Client, Callable[[float], None]]):
    """The blocking client: one ``httpx.Client`` (pooled connections) for every call."""

    _tokens: TokenCache
    _token_store: TokenStore | None
    _limiter: RateLimiter | None

    def _open(
        self, http_client: httpx.Client | None, sleep: Callable[[float], None] | None
    ) -> None:
        _check_flavour(
            self._token_store, "token", awaited=False, setting="token_store", like="RedisTokenStore"
        )
        self._http = http_client or httpx.Client(
            timeout=self.config.timeout,
            limits=_pool_limits(self.config),
            headers={"User-Agent": USER_AGENT},
            verify=True,
        )
        self._sleep = sleep or time.sleep
        if self._token_store is None and self.config.redis_url is not None:
            # Imported here: only a deployment on Redis imports redis.
            from .redis import RedisTokenStore

            self._token_store = RedisTokenStore(self.config.redis_url)
        self._tokens = TokenCache(
            self._fetch_token,
            margin=self.config.token_refresh_margin,
            store=self._token_store,
            key=shared_key(self.config.resolved_base_url, self.config.consumer_key),
        )

    def close(self) -> None:
        """Close the connection pool and the ledger (only those this client opened)."""
        if self._owns_http:
            self._http.close()
        if self._owns_ledger and self.ledger is not None:
            self.ledger.close()
        if self._owns_token_store and self._token_store is not None:
            self._token_store.close()
        if self._owns_limiter:
            cast("RedisRateLimiter", self._limiter).close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _limiter_for(self, given: RateLimiter | AsyncRateLimiter | None) -> RateLimiter | None:
        if given is None and self.config.rate_limit is not None:
            from .redis import RedisRateLimiter

            return RedisRateLimiter.from_config(self.config)
        _check_flavour(
            given, "acquire", awaited=False, setting="rate_limiter", like="RedisRateLimiter"
        )
        return cast("RateLimiter | None", given)

    def _call(self, op: Operation[Any, ResponseT], arguments: Mapping[str, object]) -> ResponseT:
        return self._drive(self._steps(op, arguments))

    def wait_for_result(
        self, response_or_error: object, *, timeout: float = 60.0, poll_interval: float = 2.0
    ) -> PaymentOutcome:
        """Follow a money-moving call to its outcome: pass its response, or the
        ``MpesaOutcomeUnknownError`` it raised.

        The ledger is read first (callbacks a receiver recorded there); otherwise the query
        that resolves the request is asked (the STK query answers at once; a transaction
        status query is answered by callback, so it needs a ledger and ``callback_base_url``),
        again and again with a pause doubling from ``poll_interval`` seconds, until
        ``timeout`` seconds. Returns ``pending`` or ``unknown`` if nothing final came by then.
        """
        awaited = Awaited.of(response_or_error, self._operations)
        return self._drive(self._waiting(awaited, timeout, poll_interval))

    def reconcile(
        self, *, older_than: timedelta = timedelta(minutes=5), poll_interval: float = 2.0
    ) -> list[Reconciled]:
        """Ask once about every ledger entry still unresolved after ``older_than``."""
        return self._drive(self._reconciling(older_than, poll_interval))

    def _fetch_token(self) -> AccessToken:
        return self._drive(self._token_steps())

    def _drive(self, steps: _Steps[_T]) -> _T:
        run = _Run(steps)
        while (need := run.next_need()) is not None:
            try:
                run.outcome = self._io(need)
            except BaseException as exc:  # raised back in the step that asked for the I/O
                run.outcome = exc
        return run.result

    def _io(self, need: _Need) -> _Answer:
        if isinstance(need, httpx.Request):
            if self._limiter is not None and need.url.path != self._unlimited_path:
                self._limiter.acquire(need.url.path)
            return self._http.send(need)
        if isinstance(need, _Retry):
            self._sleep(need.delay)
            return None
        return self._tokens.get_token()


class AsyncBaseClient(_ClientCore[httpx.AsyncClient, Callable[[float], Awaitable[None]]]):
    """The asyncio client: one ``httpx.AsyncClient`` (pooled connections) for every call."""

    _tokens: AsyncTokenCache
    _token_store: AsyncTokenStore | None
    _limiter: AsyncRateLimiter | None

    def _open(
        self,
        http_client: httpx.AsyncClient | None,
        sleep: Callable[[float], Awaitable[None]] | None,
    ) -> None:
        import asyncio  # here, not at the top: a program using only MpesaAdapter never loads it

        _check_flavour(
            self._token_store,
            "token",
            awaited=True,
            setting="token_store",
            like="AsyncRedisTokenStore",
        )
        self._http = http_client or httpx.AsyncClient(
            timeout=self.config.timeout,
            limits=_pool_limits(self.config),
            headers={"User-Agent": USER_AGENT},
            verify=True,
        )
        self._sleep = sleep or asyncio.sleep
        if self._token_store is None and self.config.redis_url is not None:
            # Imported here: only a deployment on Redis imports redis.
            from .redis import AsyncRedisTokenStore

            self._token_store = AsyncRedisTokenStore(self.config.redis_url)
        self._tokens = AsyncTokenCache(
            self._fetch_token,
            margin=self.config.token_refresh_margin,
            store=self._token_store,
            key=shared_key(self.config.resolved_base_url, self.config.consumer_key),
        )

    async def aclose(self) -> None:
        """Close the connection pool and the ledger (only those this client opened)."""
        if self._owns_http:
            await self._http.aclose()
        if self._owns_ledger and self.ledger is not None:
            self.ledger.close()
        if self._owns_token_store and self._token_store is not None:
            await self._token_store.aclose()
        if self._owns_limiter:
            await cast("AsyncRedisRateLimiter", self._limiter).aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _limiter_for(self, given: RateLimiter | AsyncRateLimiter | None) -> AsyncRateLimiter | None:
        if given is None and self.config.rate_limit is not None:
            from .redis import AsyncRedisRateLimiter

            return AsyncRedisRateLimiter.from_config(self.config)
        _check_flavour(
            given, "acquire", awaited=True, setting="rate_limiter", like="AsyncRedisRateLimiter"
        )
        return cast("AsyncRateLimiter | None", given)

    async def _call(
        self, op: Operation[Any, ResponseT], arguments: Mapping[str, object]
    ) -> ResponseT:
        return await self._drive(self._steps(op, arguments))

    async def wait_for_result(
        self, response_or_error: object, *, timeout: float = 60.0, poll_interval: float = 2.0
    ) -> PaymentOutcome:
        """Follow a money-moving call to its outcome; see ``MpesaAdapter.wait_for_result``."""
        awaited = Awaited.of(response_or_error, self._operations)
        return await self._drive(self._waiting(awaited, timeout, poll_interval))

    async def reconcile(
        self, *, older_than: timedelta = timedelta(minutes=5), poll_interval: float = 2.0
    ) -> list[Reconciled]:
        """Ask once about every ledger entry still unresolved after ``older_than``."""
        return await self._drive(self._reconciling(older_than, poll_interval))

    async def _fetch_token(self) -> AccessToken:
        return await self._drive(self._token_steps())

    async def _drive(self, steps: _Steps[_T]) -> _T:
        run = _Run(steps)
        while (need := run.next_need()) is not None:
            try:
                run.outcome = await self._io(need)
            except BaseException as exc:  # raised back in the step that asked for the I/O
                run.outcome = exc
        return run.result

    async def _io(self, need: _Need) -> _Answer:
        if isinstance(need, httpx.Request):
            if self._limiter is not None and need.url.path != self._unlimited_path:
                await self._limiter.acquire(need.url.path)
            return await self._http.send(need)
        if isinstance(need, _Retry):
            await self._sleep(need.delay)
            return None
        return await self._tokens.get_token()


_SyncSelf = TypeVar("_SyncSelf", bound=SyncBaseClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncBaseClient)
