"""The generator: deterministic output from a spec, and a broken spec refused with a useful message."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.build import Layout, build, differences, generate
from generator.loader import load_model
from generator.model import OperationSpec
from generator.spec import SpecError
from mpesa._codebook import CodeInfo

REPO = Path(__file__).resolve().parents[2]

API = """
info:
  title: Tiny
  version: "1"
  description: A one-operation spec.
  servers: {sandbox: "https://sandbox.example", production: "https://api.example"}
  groups:
    - {name: things, title: Things}
    - {name: auth, title: Authorization}
error_codes:
  - {code: "400.002.02", http_status: 400, message: Bad Request, category: configuration_error}
result_codes:
  generic:
    description: Results.
    codes:
      - {code: "0", description: Done, category: success}
events:
  - {name: mpesa.auth.token_acquired, description: A token was fetched.}
  - {name: mpesa.error.occurred, description: Something failed.}
"""

OPERATION = """
operations:
  get_access_token:
    summary: Token.
    group: auth
    method: GET
    path: /oauth/v1/generate
    auth: basic
    environments: [sandbox]
    moves_money: false
    retry: safe
    request: {model: TokenRequest, body: none, query: {grant_type: client_credentials}}
    response:
      model: TokenResponse
      fields:
        - {wire: access_token, name: access_token, type: string, required: true}
    errors: []
  send_thing:
    summary: Send a thing.
    group: things
    method: POST
    path: /things/v1/send
    auth: bearer
    environments: [sandbox, production]
    moves_money: true
    retry: unsafe
    arguments: [amount]
    request:
      model: SendThingRequest
      fields:
        - {wire: Amount, name: amount, type: integer, required: true, money: true, minimum: 10, maximum: 100}
        - {wire: Occassion, name: occasion, type: string, max_length: 5, aliases: [Occasion]}
        - {wire: ResultURL, name: result_url, type: string, url: true, fill: config.result_url, required: true}
    response:
      model: SendThingResponse
      fields:
        - {wire: ResponseCode, name: response_code, type: [string, integer], required: true}
        - {wire: ResponseDescription, name: response_description, type: string}
    errors: ["400.002.02"]
    events: {initiated: mpesa.thing.initiated}
"""


def model_sources(package: Path) -> str:
    """Every generated model module, whitespace collapsed."""
    files = sorted((package / "models").glob("*.py"))
    return " ".join(" ".join(path.read_text().split()) for path in files)


def make_project(root: Path, operations: str = OPERATION) -> Layout:
    (root / "spec").mkdir(parents=True)
    (root / "spec" / "api.yaml").write_text(textwrap.dedent(API))
    (root / "spec" / "things.yaml").write_text(textwrap.dedent(operations))
    shutil.copytree(REPO / "templates", root / "templates")
    return Layout(root)


def test_models_carry_wire_names_as_aliases_and_python_names_as_attributes(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    models = model_sources(out / "mpesa")
    assert "class SendThingRequest(RequestModel):" in models
    assert 'amount: Annotated[int, Field(alias="Amount", ge=10, le=100)]' in models
    assert 'validation_alias=AliasChoices("Occassion", "occasion", "Occasion")' in models
    assert "class SendThingResponse(InboundModel):" in models


def test_each_operation_gets_a_registry_entry_and_a_method(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    operations = (out / "mpesa" / "_operations.py").read_text()
    client = (out / "mpesa" / "_client.py").read_text()
    assert "SEND_THING: Operation[models.SendThingRequest, models.SendThingResponse]" in operations
    assert "def send_thing(" in client
    assert "async def send_thing(" in client


def test_building_twice_gives_identical_bytes(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    generate(layout)
    assert differences(layout) == []


def test_the_openapi_export_is_valid_openapi_3_1(tmp_path: Path) -> None:
    from openapi_spec_validator import validate

    layout = make_project(tmp_path / "project")
    generate(layout)
    import json

    validate(json.loads((layout.output / "openapi.json").read_text()))


def test_a_broken_spec_names_file_path_and_rule(tmp_path: Path) -> None:
    broken = OPERATION.replace("method: POST", "method: PUT")
    layout = make_project(tmp_path / "project", broken)
    with pytest.raises(SpecError) as caught:
        generate(layout)
    problem = caught.value.problems[0]
    assert problem.file == "spec/things.yaml"
    assert problem.path == "/operations/send_thing/method"
    assert "enum" in problem.rule


def test_a_broken_spec_writes_nothing(tmp_path: Path) -> None:
    layout = make_project(
        tmp_path / "project", OPERATION.replace('errors: ["400.002.02"]', 'errors: ["999.9"]')
    )
    with pytest.raises(SpecError, match=r"error code 999\.9 is not in error_codes"):
        generate(layout)
    assert not layout.output.exists()


def test_the_command_line_exits_non_zero_on_a_broken_spec(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project", OPERATION.replace("retry: unsafe", "retry: safe"))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(layout.root)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert (
        "spec/things.yaml: /operations/send_thing/retry: an operation that moves money must be retry: unsafe"
        in result.stderr
    )


# -- the typed model -----------------------------------------------------------------------

RESOLVED = OPERATION.replace(
    "    events: {initiated: mpesa.thing.initiated}",
    """    accepted: {wire: ResponseCode, code: "0", description: ResponseDescription}
    resolved_by:
      operation: query_thing
      arguments: {thing_id: ThingID}
    events: {initiated: mpesa.thing.initiated}
  query_thing:
    summary: Find a thing.
    group: things
    method: POST
    path: /things/v1/query
    auth: bearer
    environments: [sandbox]
    moves_money: false
    retry: safe
    arguments: [thing_id]
    request:
      model: QueryThingRequest
      fields:
        - {wire: ThingID, name: thing_id, type: string, required: true}
    response:
      model: QueryThingResponse
      fields:
        - {wire: ResultCode, name: result_code, type: string}
    errors: []""",
).replace(
    "        - {wire: Occassion,",
    "        - {wire: ThingID, name: thing_id, type: string, fill: unique_id, required: true}\n"
    "        - {wire: Occassion,",
)


def operation(tmp_path: Path, name: str, operations: str = OPERATION) -> OperationSpec:
    api = load_model(make_project(tmp_path / "project", operations).spec)
    return next(op for op in api.operations if op.name == name)


def operation_of(layout: Layout, name: str) -> OperationSpec:
    return next(op for op in load_model(layout.spec).operations if op.name == name)


def problems(tmp_path: Path, operations: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_model(make_project(tmp_path / "project", operations).spec)
    return [str(problem) for problem in caught.value.problems]


def test_an_argument_without_fill_or_default_is_needed_and_others_default_to_none(
    tmp_path: Path,
) -> None:
    parameters = {p.name: p for p in operation(tmp_path, "send_thing").parameters}
    assert parameters["amount"].declaration == "amount: int | float | Decimal | str"
    assert parameters["result_url"].declaration == "result_url: str | None = None"


def test_an_argument_filled_from_configuration_says_which_setting(tmp_path: Path) -> None:
    parameters = {p.name: p for p in operation(tmp_path, "send_thing").parameters}
    assert "Defaults to the ``result_url`` setting (``MPESA_RESULT_URL``)." in (
        parameters["result_url"].doc
    )


def test_an_inline_object_becomes_a_model_named_after_its_owner_and_field(tmp_path: Path) -> None:
    nested = OPERATION.replace(
        "        - {wire: ResponseCode,",
        "        - {wire: Detail, name: detail, type: object, fields: "
        "[{wire: Note, name: note, type: string}]}\n        - {wire: ResponseCode,",
    )
    detail = next(f for f in operation(tmp_path, "send_thing", nested).response_fields)
    assert detail.type.model == "SendThingResponseDetail"
    assert detail.type.schema == {"$ref": "#/components/schemas/SendThingResponseDetail"}


def test_the_identifying_fields_leave_out_urls_secrets_phones_and_free_text(
    tmp_path: Path,
) -> None:
    op = operation(tmp_path, "send_thing", RESOLVED.replace("max_length: 5,", "free_text: true,"))
    assert op.id_wires == ("Amount", "ThingID")


def test_a_required_positional_argument_after_an_optional_one_is_refused(tmp_path: Path) -> None:
    found = problems(
        tmp_path, OPERATION.replace("arguments: [amount]", "arguments: [occasion, amount]")
    )
    assert found == [
        "spec/things.yaml: /operations/send_thing/arguments/1: "
        "amount is required but follows the optional occasion"
    ]


def test_a_resolution_may_only_take_identifying_or_answer_fields(tmp_path: Path) -> None:
    found = problems(tmp_path, RESOLVED.replace("{thing_id: ThingID}", "{thing_id: ResultURL}"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/resolved_by/arguments/thing_id: "
        "ResultURL is neither an identifying request field nor a response field"
    ]


def test_a_resolution_must_name_an_argument_of_the_query(tmp_path: Path) -> None:
    found = problems(tmp_path, RESOLVED.replace("{thing_id: ThingID}", "{nothing: ThingID}"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/resolved_by/arguments/nothing: "
        "nothing is not an argument of query_thing"
    ]


def test_the_accepted_code_must_be_in_a_response_field(tmp_path: Path) -> None:
    found = problems(tmp_path, RESOLVED.replace("wire: ResponseCode, code", "wire: Nope, code"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/accepted/wire: Nope is not a response field"
    ]


def test_the_refusal_description_must_be_a_response_field(tmp_path: Path) -> None:
    found = problems(
        tmp_path, RESOLVED.replace("description: ResponseDescription}", "description: Nope}")
    )
    assert found == [
        "spec/things.yaml: /operations/send_thing/accepted/description: Nope is not a response field"
    ]


def test_an_msisdn_field_must_be_a_phone(tmp_path: Path) -> None:
    found = problems(tmp_path, OPERATION.replace("max_length: 5,", "msisdn: true,"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/request/fields/1: msisdn needs phone: true"
    ]


def test_accepts_number_is_only_for_a_text_field(tmp_path: Path) -> None:
    marked = "money: true, accepts_number: true, note: Daraja takes both,"
    found = problems(tmp_path, OPERATION.replace("money: true,", marked))
    assert found == [
        "spec/things.yaml: /operations/send_thing/request/fields/0/type: 'string' was expected (rule: const)"
    ]


def test_a_field_read_in_another_form_needs_a_note_naming_the_source_of_the_form_sent(
    tmp_path: Path,
) -> None:
    marked = "money: true, accepts_text: true,"
    found = problems(tmp_path, OPERATION.replace("money: true,", marked))
    assert found == [
        "spec/things.yaml: /operations/send_thing/request/fields/0: 'note' is a required property (rule: required)"
    ]


def test_a_field_read_in_another_form_says_so_in_its_schema_and_docs(tmp_path: Path) -> None:
    marked = "money: true, accepts_text: true, note: Daraja takes both,"
    spec = OPERATION.replace("money: true,", marked)
    (amount, *_) = operation(tmp_path, "send_thing", spec).fields
    assert amount.accepts == "text"
    assert amount.schema["x-accepts"] == "text"
    assert amount.rules_text.endswith("ASCII digit text is also read (sent as a number)")


def test_the_registry_carries_the_resolution_the_accepted_code_and_the_wire_sets(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    build(make_project(tmp_path / "project", RESOLVED), out)
    registry = " ".join((out / "mpesa" / "_operations.py").read_text().split())
    assert (
        'resolution=Resolution( operation="query_thing", '
        'arguments=MappingProxyType({"thing_id": "ThingID"}), )'
    ) in registry
    assert (
        'accepted=AcceptedCode( wire="ResponseCode", code="0", description="ResponseDescription", )'
    ) in registry
    assert 'money_wires=("Amount",)' in registry
    assert 'id_wires=("Amount", "ThingID", "Occassion")' in registry


def test_every_operation_emits_the_event_marked_every_operation(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    events = layout.spec / "api.yaml"
    events.write_text(
        events.read_text().replace(
            "{name: mpesa.error.occurred,", "{name: mpesa.error.occurred, every_operation: error,"
        )
    )
    api = load_model(layout.spec)
    assert {op.events["error"] for op in api.operations} == {"mpesa.error.occurred"}


def test_method_docstrings_fit_the_line_length_and_say_how_an_unknown_outcome_resolves(
    tmp_path: Path,
) -> None:
    layout = make_project(tmp_path / "project", RESOLVED)
    generate(layout)
    client = (layout.output / "mpesa" / "_client.py").read_text()
    assert max(len(line) for line in client.splitlines()) <= 100
    flat = " ".join(client.split())
    assert (
        "MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came "
        "back, so money may have moved: never send it again. Find the outcome with "
        "``query_thing(**error.resolve_with)`` (``thing_id`` from ``ThingID``)."
    ) in flat
    assert "``400.002.02`` Bad Request (configuration_error)" in flat


TOKEN_RETURNED = OPERATION.replace(
    "    request: {model: TokenRequest,",
    "    returns: access_token\n    request: {model: TokenRequest,",
).replace(
    "{wire: access_token, name: access_token, type: string, required: true}",
    "{wire: access_token, name: access_token, type: string, required: true, secret: true}",
)

ENUMS = """
enums:
  Kind:
    description: Every kind of thing.
    wires: [Kind]
  Speed:
    description: How fast.
    wires: [Speed]
    names: {"1": SLOW, "2": FAST}
"""

WITH_ENUM_FIELDS = OPERATION.replace(
    "        - {wire: ResultURL,",
    "        - {wire: Kind, name: kind, type: string, enum: [SmallThing, BigThing], default: BigThing}\n"
    '        - {wire: Speed, name: speed, type: string, const: "2", default: "2"}\n'
    "        - {wire: ResultURL,",
)


def test_an_operation_that_returns_a_field_is_typed_as_that_field(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project", TOKEN_RETURNED)
    generate(layout)
    client = " ".join((layout.output / "mpesa" / "_client.py").read_text().split())
    registry = (layout.output / "mpesa" / "_operations.py").read_text()
    assert "def get_access_token( self, ) -> str:" in client
    assert "return response.access_token" in client
    assert 'returns="access_token",' in registry


def test_an_operation_may_only_return_a_required_response_field(tmp_path: Path) -> None:
    found = problems(tmp_path, TOKEN_RETURNED.replace("returns: access_token", "returns: nope"))
    assert found == [
        "spec/things.yaml: /operations/get_access_token/returns: "
        "nope is not a required response field"
    ]


def test_a_secret_field_is_left_out_of_the_models_repr_but_not_out_of_openapi(
    tmp_path: Path,
) -> None:
    layout = make_project(tmp_path / "project", TOKEN_RETURNED)
    generate(layout)
    models = model_sources(layout.output / "mpesa")
    openapi = (layout.output / "openapi.json").read_text()
    assert 'access_token: Annotated[str, Field(alias="access_token", repr=False)]' in models
    assert '"access_token": {' in openapi
    assert "x-repr" not in openapi


def with_enums(tmp_path: Path, enums: str = ENUMS) -> Layout:
    layout = make_project(tmp_path / "project", WITH_ENUM_FIELDS)
    (layout.spec / "enums.yaml").write_text(textwrap.dedent(enums))
    return layout


def test_an_enum_takes_its_members_from_the_fields_it_names(tmp_path: Path) -> None:
    api = load_model(with_enums(tmp_path).spec)
    members = {e.name: [(m.name, m.value) for m in e.members] for e in api.enums}
    assert members == {
        "Kind": [("SMALL_THING", "SmallThing"), ("BIG_THING", "BigThing")],
        "Speed": [("FAST", "2")],
    }


def test_an_argument_of_an_enum_field_accepts_the_enums_members(tmp_path: Path) -> None:
    parameters = {p.name: p for p in operation_of(with_enums(tmp_path), "send_thing").parameters}
    assert parameters["kind"].declaration == (
        "kind: Literal['SmallThing', 'BigThing'] | enums.Kind = 'BigThing'"
    )
    assert parameters["speed"].declaration == "speed: Literal['2'] | enums.Speed = '2'"


def test_the_enums_module_has_a_str_enum_per_spec_enum_and_the_briefs_two_more(
    tmp_path: Path,
) -> None:
    layout = with_enums(tmp_path)
    generate(layout)
    enums = (layout.output / "mpesa" / "enums.py").read_text()
    assert (
        'class Kind(_StrEnum):\n    """Every kind of thing."""\n\n    SMALL_THING = "SmallThing"'
        in enums
    )
    assert 'SANDBOX = "sandbox"\n    PRODUCTION = "production"' in enums
    assert "class TransactionStatus(_StrEnum):" in enums


def test_an_enum_value_that_is_not_a_word_needs_a_name(tmp_path: Path) -> None:
    layout = with_enums(tmp_path, ENUMS.replace('names: {"1": SLOW, "2": FAST}', "note: none"))
    with pytest.raises(SpecError) as caught:
        load_model(layout.spec)
    assert [str(p) for p in caught.value.problems] == [
        "spec/enums.yaml: /enums/Speed/names: the value '2' needs a name"
    ]


def test_an_enum_may_only_name_operations_of_the_spec(tmp_path: Path) -> None:
    layout = with_enums(
        tmp_path, ENUMS.replace("wires: [Kind]", "wires: [Kind]\n    operations: [nope]")
    )
    with pytest.raises(SpecError) as caught:
        load_model(layout.spec)
    assert [str(p) for p in caught.value.problems] == [
        "spec/enums.yaml: /enums/Kind/operations/0: no operation named nope",
        "spec/enums.yaml: /enums/Kind: no request field with these wires has enum or const values",
    ]


def test_result_code_tables_keep_the_specs_order(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    (layout.spec / "codes.yaml").write_text(
        textwrap.dedent(
            """
            result_codes:
              stk:
                description: STK.
                codes: [{code: "1032", description: Cancelled, category: customer_action}]
              b2c:
                description: B2C.
                codes: [{code: "1", description: No funds, category: customer_action}]
            """
        )
    )
    api = load_model(layout.spec)
    assert [table.name for table in api.result_codes] == ["generic", "stk", "b2c"]


def test_operations_are_listed_in_the_order_of_their_groups(tmp_path: Path) -> None:
    model = load_model(make_project(tmp_path / "project").spec)
    assert [op.group for op in model.operations] == ["things", "auth"]
    assert [op.group_title for op in model.operations] == ["Things", "Authorization"]


def test_an_operation_group_must_be_listed_in_info(tmp_path: Path) -> None:
    found = problems(tmp_path, OPERATION.replace("group: things", "group: stuff"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/group: stuff is not one of info/groups"
    ]


REFUSALS = """
error_codes:
  - {code: "404.001.01", http_status: 404, message: Not found, category: configuration_error, refused: true}
  - {code: "404.001.03", message: Invalid Access Token, category: configuration_error, invalid_token: true}
  - {code: "500.003.02", message: Spike Arrest, category: retry_later, throttled: true}
  - code: "500.001.1001"
    message: Several causes
    category: unknown_outcome
    by_message:
      - {contains: Wrong Credentials, meaning: Bad password, category: configuration_error, refused: true}
      - {contains: being processed, meaning: Still open, category: pending}
"""


def built_error_codes(tmp_path: Path) -> dict[str, object]:
    layout = make_project(tmp_path / "project")
    (layout.spec / "codes.yaml").write_text(textwrap.dedent(REFUSALS))
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    namespace: dict[str, object] = {}
    code = (
        (out / "mpesa" / "codes.py").read_text().replace("from .._codebook", "from mpesa._codebook")
    )
    exec(compile(code, "codes.py", "exec"), namespace)
    error_codes = namespace["ERROR_CODES"]
    assert isinstance(error_codes, Mapping)
    return dict(error_codes)


def test_a_refusal_is_said_or_implied_by_invalid_token_or_throttled(tmp_path: Path) -> None:
    codes = built_error_codes(tmp_path)
    refused = {code for code, info in codes.items() if isinstance(info, CodeInfo) and info.refused}
    assert refused == {"404.001.01", "404.001.03", "500.003.02"}


def test_a_cause_told_by_the_message_may_be_a_refusal_of_a_code_that_is_not(
    tmp_path: Path,
) -> None:
    info = built_error_codes(tmp_path)["500.001.1001"]
    assert isinstance(info, CodeInfo)
    assert info.refined("Error: wrong credentials").refused
    assert not info.refined("The transaction is being processed").refused
    assert not info.refined("Internal Server Error").refused


# -- request rules and how an answer without its code is read --------------------------------

AT_LEAST_ONE = OPERATION.replace(
    "      model: SendThingRequest\n",
    "      model: SendThingRequest\n      at_least_one: [[Occassion, ThingRef]]\n",
).replace(
    "        - {wire: ResultURL,",
    "        - {wire: ThingRef, name: thing_ref, type: string}\n        - {wire: ResultURL,",
)
MISSING_ACCEPTED = RESOLVED.replace(
    'accepted: {wire: ResponseCode, code: "0", description: ResponseDescription}',
    'accepted: {wire: ResponseCode, code: "0", description: ResponseDescription, missing: accepted}',
)


def test_the_registry_and_the_request_model_carry_the_at_least_one_groups(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    build(make_project(tmp_path / "project", AT_LEAST_ONE), out)
    registry = " ".join((out / "mpesa" / "_operations.py").read_text().split())
    models = model_sources(out / "mpesa")
    assert 'at_least_one=(("Occassion", "ThingRef"),)' in registry
    assert 'json_schema_extra={"x-at-least-one": [["Occassion", "ThingRef"]]}' in models


def test_an_at_least_one_group_may_only_name_optional_request_fields(tmp_path: Path) -> None:
    found = problems(tmp_path, AT_LEAST_ONE.replace("[[Occassion, ThingRef]]", "[[Amount, Nope]]"))
    assert found == [
        "spec/things.yaml: /operations/send_thing/request/at_least_one/0: Amount is not an optional request field",
        "spec/things.yaml: /operations/send_thing/request/at_least_one/0: Nope is not an optional request field",
    ]


def test_the_registry_carries_how_an_answer_without_its_code_is_read(tmp_path: Path) -> None:
    layout = make_project(
        tmp_path / "project",
        MISSING_ACCEPTED.replace(
            "{wire: ResponseCode, name: response_code, type: [string, integer], required: true}",
            "{wire: ResponseCode, name: response_code, type: [string, integer]}",
        ),
    )
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    registry = " ".join((out / "mpesa" / "_operations.py").read_text().split())
    assert 'description="ResponseDescription", missing="accepted", )' in registry


def test_a_missing_code_may_be_read_as_accepted_only_when_the_field_is_optional(
    tmp_path: Path,
) -> None:
    found = problems(tmp_path, MISSING_ACCEPTED)
    assert found == [
        "spec/things.yaml: /operations/send_thing/accepted/missing: ResponseCode is required, so never missing"
    ]
