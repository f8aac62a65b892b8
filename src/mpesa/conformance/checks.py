"""The rules a Daraja-compatible server is held to, each a function returning findings.

A :class:`Finding` names the operation, the rule broken and whether it is a ``failure`` (the
server breaks the spec) or a ``warning`` (the spec allows it but it is worth knowing, such as a
field the spec does not declare).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .._operation import Operation
from .._shapes import CODE_FIELDS
from ..callbacks import Callback, parse_callback
from ..codes import ERROR_CODES, ResultCodes
from ..errors import MpesaCallbackError

__all__ = [
    "RULES",
    "Finding",
    "Rule",
    "check_answer",
    "check_callback",
    "check_refusal",
    "decode",
]

Rule = Literal[
    "accepts-valid",
    "answer-schema",
    "refuses-invalid",
    "error-envelope",
    "error-code",
    "refuses-bad-token",
    "refuses-bad-credentials",
    "callback-arrives",
    "callback-schema",
    "callback-ids",
]
RULES: Mapping[Rule, str] = {
    "accepts-valid": "a valid request is accepted",
    "answer-schema": "a synchronous answer matches the spec's response model",
    "refuses-invalid": "a request breaking one constraint is refused",
    "error-envelope": "a refusal comes in Daraja's error envelope",
    "error-code": "a refusal's errorCode is one the spec lists for the operation",
    "refuses-bad-token": "no token, a malformed one and an unknown or expired one are refused",
    "refuses-bad-credentials": "the token endpoint refuses wrong credentials",
    "callback-arrives": "an accepted request's callback arrives within the deadline",
    "callback-schema": "a callback matches the spec's callback model",
    "callback-ids": "a callback carries the IDs of the request that caused it",
}
"""Every rule and what it says, in the order a run checks them."""

Severity = Literal["failure", "warning"]
_ENVELOPE = ("requestId", "errorCode", "errorMessage")


@dataclass(frozen=True)
class Finding:
    """One rule broken (``failure``) or one oddity the spec allows (``warning``)."""

    operation: str
    rule: Rule
    severity: Severity
    message: str


def decode(content: bytes) -> Any:
    """A body's JSON (numbers with a fraction as ``Decimal``), or ``None``."""
    try:
        return json.loads(content, parse_float=Decimal) if content else None
    except ValueError:
        return None


def check_answer(op: Operation[Any, Any], status: int, data: Any) -> list[Finding]:
    """A valid request: answered 2xx with a body the response model reads, and (where the
    spec says how) with the code meaning accepted. A refusal that means "later" (pending,
    retry later, throttled) with an ``errorCode`` the operation lists, or a business result its
    code tables list (Bill Manager's ``409``), is a warning."""
    if not 200 <= status < 300:
        listed = _listed_result(op, data)
        if listed is not None:
            message = f"refused with {listed} (HTTP {status}), a result the spec lists"
            return [Finding(op.name, "accepts-valid", "warning", message)]
        code = data.get("errorCode") if isinstance(data, dict) else None
        info = ResultCodes.describe_error(code).refined(
            str(data.get("errorMessage")) if isinstance(data, dict) else None
        )
        later = info.category in ("pending", "retry_later") or info.throttled
        severity: Severity = "warning" if later and code in op.errors else "failure"
        return [Finding(op.name, "accepts-valid", severity, f"answered HTTP {status} {code}")]
    findings = _schema_findings(op.name, "answer-schema", op.response_model, data)
    if op.accepted is not None and isinstance(data, dict):
        refused = op.accepted.refused(data)
        if refused is not None:
            message = f"{op.accepted.wire} is {refused!r}, not {op.accepted.code!r}"
            findings.append(Finding(op.name, "accepts-valid", "failure", message))
    return findings


def _listed_result(op: Operation[Any, Any], data: Any) -> str | None:
    """The code of an answer in the response model's shape carrying a result code the
    operation's tables list (a business refusal such as Bill Manager's ``409``), if so."""
    if not isinstance(data, dict):
        return None
    try:
        op.response_model.model_validate(data)
    except ValidationError:
        return None
    for key, value in data.items():
        if key.lower() in CODE_FIELDS and any(str(value) in table for table in op.result_codes):
            return f"{key} {value}"
    return None


def check_refusal(
    op: Operation[Any, Any],
    status: int,
    data: Any,
    *,
    rule: Literal["refuses-invalid", "refuses-bad-token", "refuses-bad-credentials"],
    expected: Collection[str],
    listed_for: Literal["errors", "invalid_token"],
    what: str,
) -> list[Finding]:
    """A request that must fail: refused (HTTP 4xx/5xx) in the error envelope with a code in
    ``expected``. When the operation lists none that fits, any code the spec lists for that
    purpose (``listed_for``) is a warning."""
    if 200 <= status < 300:
        return [Finding(op.name, rule, "failure", f"{what}: accepted with HTTP {status}")]
    if not isinstance(data, dict) or any(key not in data for key in _ENVELOPE):
        message = f"{what}: HTTP {status} without Daraja's error envelope"
        return [Finding(op.name, "error-envelope", "failure", message)]
    code = str(data["errorCode"])
    if code in expected:
        return []
    info = ERROR_CODES.get(code)
    fits = info is not None and (
        info.invalid_token if listed_for == "invalid_token" else info.refused
    )
    if fits:
        purpose = "refuses a bad token" if listed_for == "invalid_token" else "refuses a request"
        message = f"errorCode {code} {purpose}; the spec does not list it for this operation"
        return [Finding(op.name, "error-code", "warning", message)]
    listed = ", ".join(sorted(expected)) or "none"
    message = f"{what}: errorCode {code} (the spec lists {listed})"
    return [Finding(op.name, "error-code", "failure", message)]


def check_callback(op: Operation[Any, Any], bodies: list[bytes], answer: Any) -> list[Finding]:
    """The callback an accepted request triggered: it arrived, it is the operation's callback
    model, and it carries the request's correlation IDs from the synchronous answer."""
    assert op.callback is not None
    if not bodies:
        return [Finding(op.name, "callback-arrives", "failure", "no callback arrived")]
    findings: list[Finding] = []
    if len(bodies) > 1:
        message = f"{len(bodies)} callbacks arrived for one request"
        findings.append(Finding(op.name, "callback-arrives", "warning", message))
    try:
        callback = parse_callback(bodies[0])
    except MpesaCallbackError as error:
        return [*findings, Finding(op.name, "callback-schema", "failure", str(error))]
    expected_model = op.callback.model
    if not isinstance(callback.model, expected_model):
        message = f"a {type(callback.model).__name__}, not a {expected_model.__name__}"
        return [*findings, Finding(op.name, "callback-schema", "failure", message)]
    findings += _schema_findings(op.name, "callback-schema", expected_model, decode(bodies[0]))
    return findings + _id_findings(op, callback, answer)


def _id_findings(op: Operation[Any, Any], callback: Callback, answer: Any) -> list[Finding]:
    sent = answer if isinstance(answer, dict) else {}
    got = {key.lower(): value for key, value in callback.ids.items()}
    pairs = [
        (wire, str(sent[wire]), got.get(wire.lower()))
        for wire in op.correlation
        if sent.get(wire) is not None
    ]
    compared = [(wire, mine, theirs) for wire, mine, theirs in pairs if theirs is not None]
    if pairs and not compared:
        names = ", ".join(wire for wire, _, _ in pairs)
        message = f"carries none of the request's IDs ({names})"
        return [Finding(op.name, "callback-ids", "failure", message)]
    return [
        Finding(op.name, "callback-ids", "failure", f"{wire} is {theirs!r}, the answer's {mine!r}")
        for wire, mine, theirs in compared
        if theirs != mine
    ]


def _schema_findings(
    operation: str, rule: Rule, model: type[BaseModel], data: Any
) -> list[Finding]:
    """Missing or mistyped fields are failures; fields the model does not declare, warnings."""
    try:
        validated = model.model_validate(data)
    except ValidationError as error:
        return [
            Finding(operation, rule, "failure", _problem(problem)) for problem in error.errors()
        ]
    return [
        Finding(operation, rule, "warning", f"{path} is not in the spec")
        for path in sorted(set(_extras(validated, "")))
    ]


def _problem(problem: Mapping[str, Any]) -> str:
    where = ".".join(str(part) for part in problem["loc"]) or "the body"
    if problem["type"] == "missing":
        return f"{where} is missing"
    return f"{where} has the wrong type or value ({problem['msg']})"


def _extras(value: Any, path: str) -> Iterator[str]:
    if isinstance(value, BaseModel):
        for key in value.model_extra or {}:
            yield f"{path}{key}"
        for name, info in type(value).model_fields.items():
            yield from _extras(getattr(value, name), f"{path}{info.alias or name}.")
    elif isinstance(value, list):
        for item in value:
            yield from _extras(item, path)
