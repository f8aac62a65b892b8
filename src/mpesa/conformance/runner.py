"""Run the conformance checks of every chosen operation against one server.

For each operation, driven by ``mpesa.OPERATIONS`` alone: Hypothesis draws valid requests (the
adapter fills credentials, passwords and configured values, then the body is sent raw) and
requests breaking one constraint (sent raw, past the adapter's validation); each failing
example is shrunk to the smallest one. Then the token checks: no token, a malformed one, an
unknown one and (where the server offers the local sandbox's control) an expired one.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import random
import secrets
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from hypothesis import HealthCheck, Phase, Verbosity, find, given, reject, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

from .. import MpesaAdapter
from .._generated._operations import OPERATIONS
from .._generated.constants import SERVERS
from .._operation import Operation
from ..config import MpesaConfig
from ..errors import MpesaConfigError, MpesaValidationError
from .checks import Finding, check_answer, check_callback, check_refusal, decode
from .listener import CallbackListener
from .report import Failure, OperationResult, Report
from .strategies import Breakage, arguments, breakages

__all__ = [
    "REMOTE_INTERVAL",
    "ConformanceRefused",
    "is_loopback",
    "offered",
    "run_conformance",
    "wire_request",
]

REMOTE_INTERVAL = 1.0
"""Seconds between two requests to a server that is not on this machine."""
_EXPIRE_TOKENS = "/sandbox/control/expire-tokens"


class ConformanceRefused(MpesaConfigError):
    """The run would move money on production without ``allow_production``."""


class _Failed(Exception):
    """An example broke a rule (raised inside a Hypothesis test)."""


class _Unpreparable(Exception):
    """The configuration lacks a setting the operation's requests are filled from."""


@dataclass(frozen=True)
class _Sent:
    """A valid request as sent and its answer."""

    body: Any
    headers: dict[str, str]
    status: int
    answer: Any
    key: str


def wire_request(
    adapter: MpesaAdapter, op: Operation[Any, Any], arguments: Mapping[str, Any]
) -> tuple[Any, dict[str, str]]:
    """The body and headers ``adapter`` would send for ``op`` with ``arguments``: filled from
    its configuration and checked by its own validation (``MpesaValidationError``)."""
    prepared = adapter._prepare(op, arguments)
    return prepared.body, prepared.headers


def is_loopback(base_url: str) -> bool:
    """Whether ``base_url`` is on this machine (requests to it need no pause)."""
    host = urlsplit(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def offered(config: MpesaConfig, allow_production: bool) -> list[str]:
    """The operations the configured environment offers (no money-moving one on production
    unless ``allow_production``)."""
    production = _is_production(config)
    return [
        name
        for name, op in OPERATIONS.items()
        if config.environment in op.environments
        and not (production and op.moves_money and not allow_production)
    ]


def _is_production(config: MpesaConfig) -> bool:
    """The production environment, or the spec's production host in any environment."""
    host = urlsplit(config.resolved_base_url).hostname
    return config.environment == "production" or host == urlsplit(SERVERS["production"]).hostname


def run_conformance(
    config: MpesaConfig,
    *,
    operations: Sequence[str] | None = None,
    max_examples: int = 10,
    seed: int | None = None,
    listen: str | None = None,
    allow_production: bool = False,
    callback_timeout: float = 10.0,
    interval: float | None = None,
) -> Report:
    """Check the server at ``config``'s base URL against the spec; see :mod:`mpesa.conformance`.

    ``operations`` defaults to those the environment offers. ``listen`` (``HOST:PORT``) is
    where callbacks are collected; on a loopback server it defaults to ``127.0.0.1:0``
    (without it, callbacks are not checked and URL fields come from ``config``).
    ``interval`` is the pause between requests (default: none on loopback, else
    :data:`REMOTE_INTERVAL`). Raises :class:`ConformanceRefused` for money-moving operations
    on production without ``allow_production``, ``KeyError`` for an unknown operation.
    """
    names = list(operations) if operations is not None else offered(config, allow_production)
    for name in names:
        if name not in OPERATIONS:
            raise KeyError(f"no operation named {name!r}")
    moving = [name for name in names if OPERATIONS[name].moves_money]
    if moving and _is_production(config) and not allow_production:
        raise ConformanceRefused(
            f"refusing to send money-moving requests ({', '.join(moving)}) to production; "
            "pass allow_production (--allow-production) to do it anyway"
        )
    loopback = is_loopback(config.resolved_base_url)
    if listen is None and loopback:
        listen = "127.0.0.1:0"
    report = Report(
        base_url=config.resolved_base_url,
        seed=seed if seed is not None else random.randrange(2**32),
        max_examples=max_examples,
    )
    pause = interval if interval is not None else (0.0 if loopback else REMOTE_INTERVAL)
    listener = _listener(listen)
    try:
        with _Run(config, report, listener, pause, callback_timeout, loopback) as run:
            for name in names:
                report.results.append(run.check(OPERATIONS[name]))
    finally:
        if listener is not None:
            listener.close()
    return report


def _listener(listen: str | None) -> CallbackListener | None:
    if listen is None:
        return None
    host, _, port = listen.rpartition(":")
    return CallbackListener(host or "127.0.0.1", int(port or 0)).start()


class _Run:
    """The state of one run: the HTTP client, the token and the callback listener."""

    def __init__(
        self,
        config: MpesaConfig,
        report: Report,
        listener: CallbackListener | None,
        pause: float,
        callback_timeout: float,
        loopback: bool,
    ) -> None:
        self.config = config
        self.report = report
        self.listener = listener
        self.pause = pause
        self.callback_timeout = callback_timeout
        self.loopback = loopback
        self.http = httpx.Client(timeout=config.timeout)
        # Only builds requests: no ledger of the configuration's is opened.
        self.adapter = MpesaAdapter(config.replace(ledger_url=None), http_client=self.http)
        self._last = 0.0
        self._token: str | None = None

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.adapter.close()
        self.http.close()

    # -- one operation -----------------------------------------------------------------------

    def check(self, op: Operation[Any, Any]) -> OperationResult:
        result = OperationResult(op.name)
        if op.auth == "basic":
            self._check_oauth(op, result)
            return result
        try:
            fixed = self._prerequisite(op)
            sample = self._explore(op, result, self._valid_probe(op, fixed))
        except _Unpreparable as reason:
            result.skipped = str(reason)
            return result
        self._explore(op, result, self._invalid_probe(op, fixed))
        if sample is not None:
            self._check_tokens(op, sample, result)
        return result

    def _prerequisite(self, op: Operation[Any, Any]) -> dict[str, Any]:
        """Arguments naming a real earlier request, for a query that resolves one."""
        for earlier in OPERATIONS.values():
            resolution = earlier.resolution
            if resolution is None or resolution.operation != op.name:
                continue
            try:
                sent = self._send_valid(earlier, _first(earlier))
            except _Unpreparable:
                continue
            if sent.status != 200:
                continue
            if self.listener is not None and earlier.callback is not None:
                self.listener.wait(sent.key, earlier.callback.url_field, self.callback_timeout)
            ids = {**_strings(sent.body), **_strings(sent.answer)}
            return resolution.arguments_from(ids)
        return {}

    # -- properties --------------------------------------------------------------------------

    def _explore(
        self,
        op: Operation[Any, Any],
        result: OperationResult,
        probe: Callable[[Any, st.DataObject], tuple[str, list[Finding], _Sent | None]],
    ) -> _Sent | None:
        """Run ``probe`` on up to ``max_examples`` examples, recording warnings and the
        smallest failing example; returns the first request the server accepted."""
        smallest: list[tuple[str, list[Finding]]] = []
        accepted: list[_Sent] = []

        @settings(_QUIET, max_examples=self.report.max_examples)
        @hypothesis_seed(self.report.seed)
        @given(example=arguments(op), data=st.data())
        def test(example: dict[str, Any], data: st.DataObject) -> None:
            shown, findings, sent = probe(example, data)
            if sent is not None and 200 <= sent.status < 300 and not accepted:
                accepted.append(sent)
            for finding in findings:
                if finding.severity == "warning":
                    result.warn(finding)
            failures = [finding for finding in findings if finding.severity == "failure"]
            if failures:
                smallest[:] = [(shown, failures)]
                raise _Failed
            result.passed += 1

        with contextlib.suppress(_Failed, HypothesisException):
            test()
        for shown, failures in smallest:
            for finding in failures:
                result.fail(Failure(finding, shown, self.report.reproduce(op.name)))
        return accepted[0] if accepted else None

    def _valid_probe(
        self, op: Operation[Any, Any], fixed: Mapping[str, Any]
    ) -> Callable[[Any, st.DataObject], tuple[str, list[Finding], _Sent | None]]:
        def probe(example: dict[str, Any], data: st.DataObject) -> tuple[str, list[Finding], Any]:
            chosen = {**example, **fixed}
            sent = self._send_valid(op, chosen)
            findings = check_answer(op, sent.status, sent.answer)
            failed = any(finding.severity == "failure" for finding in findings)
            callback = op.callback
            if (
                not failed
                and callback is not None
                and op.correlation
                and self.listener is not None
                and 200 <= sent.status < 300
            ):
                bodies = self.listener.wait(sent.key, callback.url_field, self.callback_timeout)
                findings += check_callback(op, bodies, sent.answer)
            return f"valid request with {_shown(chosen)}", findings, sent

        return probe

    def _invalid_probe(
        self, op: Operation[Any, Any], fixed: Mapping[str, Any]
    ) -> Callable[[Any, st.DataObject], tuple[str, list[Finding], _Sent | None]]:
        def probe(example: dict[str, Any], data: st.DataObject) -> tuple[str, list[Finding], Any]:
            chosen = {**example, **fixed}
            body, headers = self._prepared(op, chosen, uuid.uuid4().hex)
            choices = breakages(op, body)
            if not choices:
                reject()
            breakage: Breakage = data.draw(st.sampled_from(choices), label="breakage")
            response = self._send(op, breakage.apply(body), headers, self._bearer())
            what = breakage.describe()
            findings = check_refusal(
                op,
                response.status_code,
                decode(response.content),
                rule="refuses-invalid",
                expected=op.errors,
                listed_for="errors",
                what=what,
            )
            return f"{what} in a request with {_shown(chosen)}", findings, None

        return probe

    # -- tokens ------------------------------------------------------------------------------

    def _check_tokens(
        self, op: Operation[Any, Any], sample: _Sent, result: OperationResult
    ) -> None:
        """No token, a malformed one, an unknown one and an expired one are each refused."""
        cases: list[tuple[str, str | None]] = [
            ("no token", None),
            ("a malformed token", "Bearer not a token!"),
            ("an unknown token", f"Bearer {secrets.token_urlsafe(21)}"),
        ]
        expired = self._expired_token()
        if expired is not None:
            cases.append(("an expired token", f"Bearer {expired}"))
        for what, authorization in cases:
            response = self._send(op, sample.body, sample.headers, authorization)
            findings = check_refusal(
                op,
                response.status_code,
                decode(response.content),
                rule="refuses-bad-token",
                expected=op.invalid_token_errors,
                listed_for="invalid_token",
                what=f"a request with {what}",
            )
            self._record(op, result, findings, f"the first valid request, with {what}")

    def _expired_token(self) -> str | None:
        """A token the server has expired, where it offers the local sandbox's control."""
        if not self.loopback:
            return None
        token = self._new_token()
        self._wait()
        url = self.config.resolved_base_url + _EXPIRE_TOKENS
        response = self.http.post(url, json={})
        self._token = None
        return token if response.status_code == 200 else None

    def _check_oauth(self, op: Operation[Any, Any], result: OperationResult) -> None:
        """The token endpoint answers right credentials in the spec's shape, refuses wrong ones."""
        response = self._oauth(self.config.consumer_key, self.config.consumer_secret)
        findings = check_answer(op, response.status_code, decode(response.content))
        self._record(op, result, findings, "the configured credentials")
        response = self._oauth(self.config.consumer_key, secrets.token_urlsafe(24))
        findings = check_refusal(
            op,
            response.status_code,
            decode(response.content),
            rule="refuses-bad-credentials",
            expected=op.errors,
            listed_for="errors",
            what="a wrong consumer secret",
        )
        self._record(op, result, findings, "the configured key with a wrong secret")

    def _record(
        self, op: Operation[Any, Any], result: OperationResult, findings: list[Finding], shown: str
    ) -> None:
        failures = [finding for finding in findings if finding.severity == "failure"]
        for finding in findings:
            if finding.severity == "warning":
                result.warn(finding)
        for finding in failures:
            result.fail(Failure(finding, shown, self.report.reproduce(op.name)))
        if not failures:
            result.passed += 1

    # -- HTTP --------------------------------------------------------------------------------

    def _prepare(
        self, op: Operation[Any, Any], chosen: Mapping[str, Any], key: str
    ) -> tuple[Any, dict[str, str]]:
        """The wire body and headers the adapter builds, URL fields at the listener."""
        given_arguments = dict(chosen)
        if self.listener is not None:
            for spec in op.fields:
                if spec.url:
                    given_arguments[spec.argument] = self.listener.url(key, spec.wire)
        try:
            return wire_request(self.adapter, op, given_arguments)
        except MpesaConfigError as error:
            raise _Unpreparable(error.message) from None
        except MpesaValidationError as error:
            missing = {problem.field for problem in error.errors if problem.rule == "required"}
            variables = [
                "MPESA_" + spec.fill.removeprefix("config.").upper()
                for spec in (*op.fields, *op.headers)
                if spec.wire in missing and spec.fill and spec.fill.startswith("config.")
            ]
            if variables:
                raise _Unpreparable(f"needs {', '.join(variables)}") from None
            raise

    def _prepared(
        self, op: Operation[Any, Any], chosen: Mapping[str, Any], key: str
    ) -> tuple[Any, dict[str, str]]:
        """:meth:`_prepare`, an example the adapter refuses set aside (Hypothesis draws another)."""
        try:
            return self._prepare(op, chosen, key)
        except MpesaValidationError:
            reject()

    def _send_valid(self, op: Operation[Any, Any], chosen: Mapping[str, Any]) -> _Sent:
        key = uuid.uuid4().hex
        body, headers = self._prepared(op, chosen, key)
        response = self._send(op, body, headers, self._bearer())
        answer = decode(response.content)
        return _Sent(body, headers, response.status_code, answer, key)

    def _bearer(self) -> str:
        if self._token is None:
            self._token = self._new_token()
        return f"Bearer {self._token}"

    def _new_token(self) -> str:
        response = self._oauth(self.config.consumer_key, self.config.consumer_secret)
        data = decode(response.content)
        if response.status_code != 200 or not isinstance(data, dict) or "access_token" not in data:
            raise MpesaConfigError(
                f"the token endpoint answered HTTP {response.status_code}: check the consumer "
                "key and secret",
                setting="consumer_key",
            )
        return str(data["access_token"])

    def _oauth(self, key: str | None, secret: str | None) -> httpx.Response:
        op = OPERATIONS["get_access_token"]
        pair = base64.b64encode(f"{key or ''}:{secret or ''}".encode()).decode()
        self._wait()
        return self.http.get(
            self.config.resolved_base_url + op.path,
            params=dict(op.query),
            headers={"Authorization": f"Basic {pair}"},
        )

    def _send(
        self, op: Operation[Any, Any], body: Any, headers: Mapping[str, str], auth: str | None
    ) -> httpx.Response:
        sent = dict(headers)
        if auth is not None:
            sent["Authorization"] = auth
        self._wait()
        return self.http.request(
            op.method,
            self.config.resolved_base_url + op.path,
            params=dict(op.query),
            json=body,
            headers=sent,
        )

    def _wait(self) -> None:
        """Keep at least ``pause`` seconds between two requests."""
        left = self._last + self.pause - time.monotonic()
        if left > 0:
            time.sleep(left)
        self._last = time.monotonic()


_QUIET = settings(
    database=None,
    derandomize=False,
    deadline=None,
    verbosity=Verbosity.quiet,
    report_multiple_bugs=False,
    suppress_health_check=list(HealthCheck),
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
)


def _first(op: Operation[Any, Any]) -> dict[str, Any]:
    """One valid set of arguments, the same every time, found without shrinking."""
    first: dict[str, Any] = find(arguments(op), lambda _: True, settings=_FIRST)
    return first


_FIRST = settings(_QUIET, phases=(Phase.generate,), derandomize=True)


def _strings(data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        return {}
    return {key: str(value) for key, value in data.items() if isinstance(value, (str, int))}


def _shown(arguments: Mapping[str, Any]) -> str:
    return (
        ", ".join(f"{name}={value!r}" for name, value in sorted(arguments.items()))
        or "no arguments"
    )
