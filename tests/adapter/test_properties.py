"""Property tests of the generated client against the spec, for every operation.

Valid arguments drawn from the spec's constraints must produce exactly the method, path,
headers and JSON body the spec describes; any single constraint violation must raise
``MpesaValidationError`` naming the field, before anything is sent; responses drawn from the
spec, with unknown keys added, must parse and round-trip through ``to_dict()``.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpesa import OPERATIONS, AsyncMpesaAdapter, MpesaAdapter, MpesaConfig, MpesaValidationError
from tests.spec_strategies import (
    SPEC,
    arguments_strategy,
    inbound_object,
    minimal_arguments,
    request_fields,
)

CLOCK_AT = datetime(2026, 11, 26, 7, 30, 0, tzinfo=timezone.utc)
CONFIG = MpesaConfig(
    consumer_key="test-key",
    consumer_secret="test-secret",
    business_shortcode="174379",
    passkey="test-passkey",
    base_url="https://daraja.test",
    initiator_name="testapi",
    security_credential="precomputed-credential",
    callback_url="https://merchant.example/stk",
    result_url="https://merchant.example/result",
    timeout_url="https://merchant.example/timeout",
    confirmation_url="https://merchant.example/confirm",
    validation_url="https://merchant.example/validate",
    bill_manager_app_key="app-key",
)
FILLS = {
    "config.business_shortcode": "174379",
    "config.initiator_name": "testapi",
    "config.callback_url": "https://merchant.example/stk",
    "config.result_url": "https://merchant.example/result",
    "config.timeout_url": "https://merchant.example/timeout",
    "config.confirmation_url": "https://merchant.example/confirm",
    "config.validation_url": "https://merchant.example/validate",
    "config.bill_manager_app_key": "app-key",
    "security_credential": "precomputed-credential",
    "stk_timestamp": "20261126103000",
}
BEARER_OPERATIONS = sorted(name for name, op in OPERATIONS.items() if op.auth == "bearer")


class Recorder:
    """A mock Daraja: answers the token endpoint and records every other request."""

    def __init__(self, answer: dict[str, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or {"ResponseCode": "0"}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/v1/generate":
            return httpx.Response(200, json={"access_token": "tok", "expires_in": "3599"})
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)


def adapter(recorder: Recorder) -> MpesaAdapter:
    client = httpx.Client(transport=httpx.MockTransport(recorder))
    return MpesaAdapter(CONFIG, http_client=client, clock=lambda: CLOCK_AT)


def answer_strategy(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """An acknowledgement drawn from the spec's response fields, accepted (ResponseCode "0")."""
    fields = SPEC.operations[name]["response"]["fields"]
    accepted = {"ResponseCode": "0"} if any(f["wire"] == "ResponseCode" for f in fields) else {}
    return inbound_object(fields).map(lambda body: {**body, **accepted})


def expected_body(name: str, arguments: dict[str, Any]) -> Any:
    """The JSON body the spec says the adapter sends for these arguments."""
    request = SPEC.operations[name]["request"]
    if request.get("body") == "array":
        return arguments[request["item_argument"]]
    body: dict[str, Any] = {}
    for field in request.get("fields", []):
        argument = field.get("argument", field["name"])
        if argument in arguments:
            body[field["wire"]] = arguments[argument]
        elif field.get("fill") in FILLS:
            body[field["wire"]] = FILLS[field["fill"]]
        elif "default" in field:
            body[field["wire"]] = field["default"]
    return body


def comparable(body: Any, sent: Any) -> tuple[Any, Any]:
    """Drop values the adapter computes freshly (unique IDs, the STK password)."""
    if isinstance(sent, dict) and isinstance(body, dict):
        sent = dict(sent)
        for key in [k for k, v in sent.items() if k not in body]:
            sent.pop(key)
    return json.loads(json.dumps(body, default=str)), sent


@pytest.mark.parametrize("name", BEARER_OPERATIONS)
@given(data=st.data())
def test_valid_arguments_send_the_method_path_headers_and_body_the_spec_describes(
    name: str, data: st.DataObject
) -> None:
    arguments = data.draw(arguments_strategy(name))
    recorder = Recorder(data.draw(answer_strategy(name)))
    with adapter(recorder) as client:
        getattr(client, name)(**arguments)
    op = OPERATIONS[name]
    (sent,) = recorder.requests
    assert sent.method == op.method
    assert sent.url.path == op.path
    assert sent.headers["Authorization"] == "Bearer tok"
    assert sent.headers["Content-Type"] == "application/json"
    for header in op.headers:
        assert sent.headers[header.wire] == "app-key"
    expected, body = comparable(expected_body(name, arguments), json.loads(sent.content))
    assert body == expected


@pytest.mark.parametrize("name", BEARER_OPERATIONS)
@given(data=st.data())
def test_the_async_adapter_sends_the_same_request_as_the_sync_one(
    name: str, data: st.DataObject
) -> None:
    arguments = data.draw(arguments_strategy(name))
    answer = data.draw(answer_strategy(name))
    sync_recorder, async_recorder = Recorder(answer), Recorder(answer)
    with adapter(sync_recorder) as client:
        getattr(client, name)(**arguments)

    async def send() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(async_recorder))
        async with AsyncMpesaAdapter(CONFIG, http_client=http, clock=lambda: CLOCK_AT) as client:
            await getattr(client, name)(**arguments)

    asyncio.run(send())
    sync_body, async_body = (
        json.loads(r[0].content) for r in (sync_recorder.requests, async_recorder.requests)
    )
    for volatile in ("OriginatorConversationID", "RequestRefID", "requestRefID"):
        sync_body.pop(volatile, None) if isinstance(sync_body, dict) else None
        async_body.pop(volatile, None) if isinstance(async_body, dict) else None
    assert (async_recorder.requests[0].method, async_recorder.requests[0].url.path) == (
        sync_recorder.requests[0].method,
        sync_recorder.requests[0].url.path,
    )
    assert async_body == sync_body


def violations(field: dict[str, Any]) -> list[tuple[str, Any]]:
    """Values breaking exactly one of the field's rules, with the rule's name."""
    found: list[tuple[str, Any]] = []
    if "max_length" in field and "enum" not in field and "const" not in field:
        found.append(("max_length", "9" * (field["max_length"] + 1)))
    if "min_length" in field and field["min_length"] > 1 and "pattern" not in field:
        found.append(("min_length", "x" * (field["min_length"] - 1)))
    if "maximum" in field:
        found.append(("maximum", int(field["maximum"]) + 1))
    if "minimum" in field and field["minimum"] > 0:
        found.append(("minimum", int(field["minimum"]) - 1))
    if ("enum" in field or "const" in field) and not field.get("open_enum"):
        found.append(("enum", "NotAValue"))
    if (
        "pattern" in field
        and not field.get("phone")
        and not field.get("url")
        and "enum" not in field
    ):
        found.append(("pattern", "!"))
    return found


VIOLATIONS = sorted(
    (name, field["wire"], field.get("argument", field["name"]), rule, value)
    for name in BEARER_OPERATIONS
    if SPEC.operations[name]["request"].get("body") != "array"
    for field in request_fields(name)
    if field.get("fill") not in ("stk_password", "stk_timestamp")
    for rule, value in violations(field)
)


@pytest.mark.parametrize(("name", "wire", "argument", "rule", "value"), VIOLATIONS)
def test_a_single_constraint_violation_is_refused_before_any_request(
    name: str, wire: str, argument: str, rule: str, value: Any
) -> None:
    valid = minimal_arguments(name)
    valid[argument] = value
    recorder = Recorder()
    with adapter(recorder) as client, pytest.raises(MpesaValidationError) as caught:
        getattr(client, name)(**valid)
    assert recorder.requests == []
    assert caught.value.field in (wire, argument)


RESPONSE_CASES = sorted(name for name in OPERATIONS)


@pytest.mark.parametrize("name", RESPONSE_CASES)
@given(data=st.data())
def test_spec_responses_with_unknown_keys_parse_and_round_trip(
    name: str, data: st.DataObject
) -> None:
    fields = SPEC.operations[name]["response"]["fields"]
    body = data.draw(inbound_object(fields))
    body["SomethingDarajaAddedLater"] = "kept"
    model = OPERATIONS[name].response_model.model_validate(
        json.loads(json.dumps(body), parse_float=Decimal)
    )
    assert model["SomethingDarajaAddedLater"] == "kept"
    again = OPERATIONS[name].response_model.model_validate(model.to_dict())
    assert again == model


def test_every_operation_has_a_sync_and_an_async_method() -> None:
    for name in OPERATIONS:
        assert callable(getattr(MpesaAdapter, name, None)), name
        assert asyncio.iscoroutinefunction(getattr(AsyncMpesaAdapter, name)), name
    assert len(OPERATIONS) == 37
