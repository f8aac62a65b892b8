"""The exceptions mpesa-adapter raises.

Every exception derives from :class:`MpesaException`, so one ``except`` catches them all; the
subclasses say what the caller can do next::

    MpesaException
    ├── MpesaConfigError            a setting is missing or malformed (also a ValueError)
    ├── MpesaAuthException          the credentials were refused or the token fetch failed
    ├── MpesaValidationError        bad input, caught before any request (also a ValueError)
    ├── MpesaCallbackError          a callback body that cannot be read
    ├── MpesaRateLimitError         the shared rate limit held a request back: nothing was sent
    ├── MpesaAPIException           Daraja answered with an error
    └── MpesaTransportError         no usable answer arrived
        ├── MpesaTimeoutError
        ├── MpesaConnectionError
        └── MpesaOutcomeUnknownError  a money-moving request may have been processed:
            │                         do not resend, query its outcome
            └── MpesaUncertainAnswerError  ... because Daraja answered an error that is not a
                                           refusal (also an MpesaAPIException)

On a money-moving operation, an error answer is an :class:`MpesaAPIException` only when the
spec marks its code a definite refusal before processing; every other answer raises
:class:`MpesaUncertainAnswerError`, whose ``category`` is always ``"unknown_outcome"``. It is
still an ``MpesaAPIException`` (it has the code, message and status), so catch
``MpesaOutcomeUnknownError`` first: a handler that catches ``MpesaAPIException`` alone must not
treat it as a refusal.

No message, attribute or repr carries a secret: callers log exceptions, and the runtime never
puts the consumer secret, passkey, initiator password, security credential or a token into one.
Daraja itself echoes the rejected token in ``401.002.01 Invalid Access Token - <token>``; that
text is redacted before it is stored.

The exceptions pickle with their attributes, because task queues carry them across processes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

__all__ = [
    "FieldProblem",
    "MpesaAPIException",
    "MpesaAuthException",
    "MpesaCallbackError",
    "MpesaConfigError",
    "MpesaConnectionError",
    "MpesaException",
    "MpesaOutcomeUnknownError",
    "MpesaRateLimitError",
    "MpesaTimeoutError",
    "MpesaTransportError",
    "MpesaUncertainAnswerError",
    "MpesaValidationError",
]

_ECHOED_TOKEN = re.compile(r"(Invalid Access Token)\s*-\s*\S+", re.IGNORECASE)


def _redact(text: str | None) -> str | None:
    """Remove the access token Daraja repeats in some ``Invalid Access Token`` messages."""
    if text is None:
        return None
    return _ECHOED_TOKEN.sub(r"\1 - [redacted]", text)


def _rebuild(cls: type[MpesaException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Unpickle an exception without calling its keyword-only ``__init__``."""
    exc = cls.__new__(cls, *args)
    exc.__dict__.update(state)
    return exc


class MpesaException(Exception):
    """The root of every exception mpesa-adapter raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


class MpesaConfigError(MpesaException, ValueError):
    """A setting is missing or malformed; ``setting`` names it as the user wrote it."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


def _answer_details(
    error_code: str | None,
    error_message: str | None,
    http_status: int | None,
    request_id: str | None,
) -> str:
    """Format the parts of a Daraja error answer that are known, e.g. ``400.008.01: ...``."""
    text = ": ".join(part for part in (error_code, error_message) if part)
    where = [f"HTTP {http_status}"] if http_status is not None else []
    if request_id:
        where.append(f"requestId {request_id}")
    if where:
        text = f"{text} ({', '.join(where)})" if text else ", ".join(where)
    return text


class MpesaAuthException(MpesaException):
    """The consumer key and secret were refused, or the OAuth token could not be fetched."""

    def __init__(
        self,
        message: str,
        *,
        error_code: str | None = None,
        error_message: str | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
    ) -> None:
        error_message = _redact(error_message)
        details = _answer_details(error_code, error_message, http_status, request_id)
        super().__init__(f"{message}: {details}" if details else message)
        self.error_code = error_code
        self.error_message = error_message
        self.request_id = request_id
        self.http_status = http_status


@dataclass(frozen=True)
class FieldProblem:
    """One input that broke one rule: ``AccountReference`` broke ``max_length=12``."""

    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        if self.rule in self.message:
            return f"{self.field}: {self.message}"
        return f"{self.field}: {self.message} ({self.rule})"


class MpesaValidationError(MpesaException, ValueError):
    """Input was refused before any request was sent.

    ``field`` and ``rule`` describe the first problem; ``errors`` lists all of them. Input
    values are never quoted, since they may be secrets or phone numbers.
    """

    def __init__(self, *problems: FieldProblem, operation: str | None = None) -> None:
        if not problems:
            raise TypeError("MpesaValidationError needs at least one FieldProblem")
        text = "; ".join(str(problem) for problem in problems)
        super().__init__(f"{operation}: {text}" if operation else text)
        self.operation = operation
        self.errors = list(problems)
        self.field = problems[0].field
        self.rule = problems[0].rule

    @classmethod
    def from_pydantic(cls, operation: str, exc: ValidationError) -> MpesaValidationError:
        """Translate a request model's validation failure, naming fields by their wire names.

        Raise the result ``from None``: pydantic's own message quotes the input values, which
        may be secrets or phone numbers, and a chained traceback would print it.
        """
        problems = [_problem(error) for error in exc.errors(include_url=False, include_input=False)]
        return cls(*problems, operation=operation)


def none_of(wires: Sequence[str]) -> FieldProblem:
    """The problem of a request that gives none of ``wires``, of which it needs one."""
    return FieldProblem(" or ".join(wires), "at_least_one", "at least one is required")


def _location(loc: tuple[int | str, ...]) -> str:
    """``("Items", 0, "Amount")`` -> ``Items[0].Amount``; models are validated by alias."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(request)"


def _count(limit: int, noun: str, bound: str) -> str:
    return f"{bound} {limit} {noun}" + ("" if limit == 1 else "s")


def _problem(error: ErrorDetails) -> FieldProblem:
    """Map one pydantic error to a field, a short rule and a plain-words message."""
    field = _location(error["loc"])
    ctx = error.get("ctx", {})
    match error["type"]:
        case "missing":
            return FieldProblem(field, "required", "required")
        case "extra_forbidden":
            return FieldProblem(field, "unknown field", "not a field of this request")
        case "string_too_long":
            limit = ctx["max_length"]
            return FieldProblem(field, f"max_length={limit}", _count(limit, "character", "at most"))
        case "string_too_short":
            limit = ctx["min_length"]
            return FieldProblem(
                field, f"min_length={limit}", _count(limit, "character", "at least")
            )
        case "too_long":
            limit = ctx["max_length"]
            return FieldProblem(field, f"max_items={limit}", _count(limit, "item", "at most"))
        case "too_short":
            limit = ctx["min_length"]
            return FieldProblem(field, f"min_items={limit}", _count(limit, "item", "at least"))
        case "string_pattern_mismatch":
            return FieldProblem(field, "pattern", f"must match {ctx['pattern']}")
        case "greater_than_equal":
            return FieldProblem(field, f"minimum={ctx['ge']}", f"at least {ctx['ge']}")
        case "less_than_equal":
            return FieldProblem(field, f"maximum={ctx['le']}", f"at most {ctx['le']}")
        case "greater_than":
            return FieldProblem(field, f"greater_than={ctx['gt']}", f"more than {ctx['gt']}")
        case "less_than":
            return FieldProblem(field, f"less_than={ctx['lt']}", f"less than {ctx['lt']}")
        case "int_from_float":
            return FieldProblem(field, "integer", "must be a whole number")
        case "int_parsing" | "int_type":
            return FieldProblem(field, "integer", "must be an integer")
        case "string_type":
            return FieldProblem(field, "string", "must be text")
        case "enum" | "literal_error":
            return FieldProblem(field, "enum", f"must be one of {ctx['expected']}")
        case "at_least_one":
            return none_of(ctx["wires"])
        case other:
            return FieldProblem(field, other, error["msg"].removeprefix("Value error, "))


class MpesaCallbackError(MpesaException):
    """A callback body is not one Daraja sends: not JSON, too large or deep, or the wrong shape.

    The message says what is wrong, never the body's values (they may name a customer).
    """


class MpesaRateLimitError(MpesaException):
    """The adapter's rate limiter held a request back: its turn would come after
    ``max_wait``, or the limiter's server could not be asked. The request was not sent, so no money moved; ``api``
    is the request path whose budget it waited for.
    """

    def __init__(self, message: str, *, api: str) -> None:
        super().__init__(message)
        self.api = api


class MpesaAPIException(MpesaException):
    """Daraja answered with an error envelope ``{requestId, errorCode, errorMessage}``.

    ``meaning`` and ``category`` come from the spec's error table (``codes.yaml``) when the
    code is known there.
    """

    def __init__(
        self,
        *,
        operation: str,
        http_status: int | None,
        error_code: str | None,
        error_message: str | None,
        request_id: str | None = None,
        meaning: str | None = None,
        category: str | None = None,
    ) -> None:
        error_message = _redact(error_message)
        details = _answer_details(error_code, error_message, http_status, request_id)
        text = f"{operation}: Daraja error {details}"
        if meaning:
            text += f"; meaning: {meaning}"
        super().__init__(text)
        self.operation = operation
        self.http_status = http_status
        self.error_code = error_code
        self.error_message = error_message
        self.request_id = request_id
        self.meaning = meaning
        self.category = category


class MpesaTransportError(MpesaException):
    """No usable answer arrived: the connection failed, timed out or broke."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


class MpesaTimeoutError(MpesaTransportError):
    """Daraja did not answer in time."""


class MpesaConnectionError(MpesaTransportError):
    """The connection to Daraja could not be made or broke."""


class MpesaOutcomeUnknownError(MpesaTransportError):
    """A money-moving request may have been processed, and no answer says whether it was.

    The answer was lost, or (:class:`MpesaUncertainAnswerError`) Daraja answered an error that
    is not a definite refusal. The money may or may not have moved, so resending risks paying
    twice. ``ids`` holds what identifies the request (wire name -> value); ``resolved_by``
    names the query operation that finds the outcome, and ``resolve_with`` the wire fields to
    give it (``ids`` when the query takes the same names). Raise it ``from`` the transport
    error so the cause stays visible. ``ids`` must hold no secret and only masked phone
    numbers. ``error_code``, ``error_message``, ``http_status`` and ``request_id`` are those
    of Daraja's answer, ``None`` when it was lost.
    """

    operation: str
    ids: dict[str, str]
    resolved_by: str | None
    resolve_with: dict[str, str]
    error_code: str | None = None
    error_message: str | None = None
    http_status: int | None = None
    request_id: str | None = None

    def __init__(
        self,
        *,
        operation: str,
        ids: Mapping[str, str],
        resolved_by: str | None,
        resolve_with: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            _unknown_outcome_text(
                f"{operation}: the request may have reached Daraja but its answer was lost, "
                "so it may have been processed; do not resend",
                ids,
                resolved_by,
                resolve_with,
            ),
            operation=operation,
        )
        _set_resolution(self, ids, resolved_by, resolve_with)


class MpesaUncertainAnswerError(MpesaOutcomeUnknownError, MpesaAPIException):
    """Daraja answered a money-moving request with an error that is not a definite refusal.

    ``500.001.1001 Internal Server Error``, ``500.002.1001 Duplicate OriginatorConversationID``
    (an earlier request with that ID may have moved money), a code the spec does not know, or
    a server error without a code: the request may have been processed. It carries
    ``answer``'s attributes like any :class:`MpesaAPIException`, except that ``category`` is
    always ``"unknown_outcome"``, and the resolution like any :class:`MpesaOutcomeUnknownError`.
    """

    def __init__(
        self,
        answer: MpesaAPIException,
        *,
        ids: Mapping[str, str],
        resolved_by: str | None,
        resolve_with: Mapping[str, str] | None = None,
    ) -> None:
        self.__dict__.update(vars(answer))  # operation, the answer's fields and its meaning
        MpesaException.__init__(
            self,
            _unknown_outcome_text(
                f"{answer.message}; this answer does not say whether the request was "
                "processed, so it may have been; do not resend",
                ids,
                resolved_by,
                resolve_with,
            ),
        )
        self.category = "unknown_outcome"
        _set_resolution(self, ids, resolved_by, resolve_with)


def _unknown_outcome_text(
    text: str,
    ids: Mapping[str, str],
    resolved_by: str | None,
    resolve_with: Mapping[str, str] | None,
) -> str:
    """``text``, then the request's ids and how to find its outcome."""
    resolve_with = ids if resolve_with is None else resolve_with
    if ids:
        text += " (" + ", ".join(f"{key}={value}" for key, value in ids.items()) + ")"
    if resolved_by and resolve_with:
        arguments = ", ".join(f"{key}={value}" for key, value in resolve_with.items())
        text += f"; call {resolved_by} with {arguments}"
    elif resolved_by:
        text += f"; wait for its callback, or find it with {resolved_by} once you know its id"
    else:
        text += "; wait for its callback or check the M-Pesa org portal"
    return text


def _set_resolution(
    error: MpesaOutcomeUnknownError,
    ids: Mapping[str, str],
    resolved_by: str | None,
    resolve_with: Mapping[str, str] | None,
) -> None:
    error.ids = dict(ids)
    error.resolved_by = resolved_by
    error.resolve_with = dict(ids if resolve_with is None else resolve_with)
